package cli

import (
	"github.com/spf13/cobra"

	"github.com/understudy/understudy/rules"
)

func (a *app) rulesSchemaCommand() *cobra.Command {
	var output string
	cmd := &cobra.Command{
		Use:   "rules-schema",
		Short: "Print the JSON Schema of the rules file, for editors",
		Long: `rules-schema prints the JSON Schema of the rules file. Save it next to your
rules and start the rules file with
  # yaml-language-server: $schema=./understudy-rules.schema.json
so that editors with yaml-language-server complete and check keys,
transformer names and their parameters as you type.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return writeOutput(a.stdout, output, rules.JSONSchema(nil))
		},
	}
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
	return cmd
}
