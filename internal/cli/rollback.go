package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/understudy/understudy/pipeline"
	"github.com/understudy/understudy/rules"
)

func (a *app) rollbackCommand() *cobra.Command {
	var config, target, maintenanceDB string
	var terminate bool
	var swapTimeout time.Duration
	cmd := &cobra.Command{
		Use:   "rollback",
		Short: "Put back the staging copy from before the last refresh",
		Long: `rollback exchanges <target> and <target>__prev (kept after a refresh when the
rules file says keep_previous: true) in one transaction, under the refresh
lock. Running it twice undoes it.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var cfg *rules.Config
			if config != "" {
				var err error
				if cfg, _, err = loadRules(config, a.stderr); err != nil {
					return err
				}
			}
			tgt, err := a.targetURL(target, cfg)
			if err != nil {
				return err
			}
			if err := pipeline.Rollback(cmd.Context(), pipeline.RollbackConfig{TargetURL: tgt, MaintenanceDB: maintenanceDB, TerminateSessions: terminate, SwapTimeout: swapTimeout}); err != nil {
				return err
			}
			fmt.Fprintln(a.stderr, "understudy: rolled back: staging holds the copy from before the last refresh")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&config, "config", "c", "", "rules file (for its target:)")
	f.StringVar(&target, "target", "", "target database URL (default: the rules file's target, then $"+EnvTarget+")")
	f.BoolVar(&terminate, "terminate-sessions", false, "end staging sessions instead of waiting for them")
	f.DurationVar(&swapTimeout, "swap-timeout", time.Minute, "how long to wait for staging sessions to end")
	f.StringVar(&maintenanceDB, "maintenance-db", "postgres", "database on the target server used to lock and rename the staging database")
	return cmd
}
