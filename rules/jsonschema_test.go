package rules

import (
	"encoding/json"
	"os"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/golden"
)

const schemaFile = "understudy-rules.schema.json"

// TestJSONSchemaInSync: the shipped schema is what the code generates, and
// it names exactly the keys the loader accepts.
func TestJSONSchemaInSync(t *testing.T) {
	got := JSONSchema(nil)
	golden.Check(t, schemaFile, got)

	var s struct {
		Properties map[string]struct {
			Properties map[string]any `json:"properties"`
		} `json:"properties"`
		Defs struct {
			Rule struct {
				OneOf []struct {
					Enum  []string `json:"enum"`
					OneOf []struct {
						Properties map[string]any `json:"properties"`
					} `json:"oneOf"`
				} `json:"oneOf"`
			} `json:"rule"`
		} `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal(got, &s))
	keys := func(m map[string]struct {
		Properties map[string]any `json:"properties"`
	}) []string {
		var out []string
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	want := append([]string(nil), topKeys...)
	sort.Strings(want)
	require.Equal(t, want, keys(s.Properties), "top-level keys")
	var subset []string
	for k := range s.Properties["subset"].Properties {
		subset = append(subset, k)
	}
	sort.Strings(subset)
	wantSubset := append([]string(nil), subsetKeys...)
	sort.Strings(wantSubset)
	require.Equal(t, wantSubset, subset, "subset keys")

	var after struct {
		Properties struct {
			After struct {
				Items struct {
					Properties map[string]any `json:"properties"`
				} `json:"items"`
			} `json:"after"`
		} `json:"properties"`
	}
	require.NoError(t, json.Unmarshal(got, &after))
	var afterProps []string
	for k := range after.Properties.After.Items.Properties {
		afterProps = append(afterProps, k)
	}
	sort.Strings(afterProps)
	wantAfter := append([]string(nil), afterKeys...)
	sort.Strings(wantAfter)
	require.Equal(t, wantAfter, afterProps, "after: step keys")

	reg := anonymize.NewRegistry()
	require.Equal(t, append([]string{"keep"}, reg.Names()...), s.Defs.Rule.OneOf[0].Enum, "transformer names")
	branches := s.Defs.Rule.OneOf[1].OneOf
	for i, name := range reg.Names() {
		def, _ := reg.Lookup(name)
		props := branches[i].Properties
		for _, k := range ruleKeys {
			require.Contains(t, props, k, "%s: rule key %s", name, k)
		}
		for _, p := range def.ParamDocs() {
			require.Contains(t, props, p.Name, "%s: parameter %s", name, p.Name)
		}
	}
	_, err := os.Stat(schemaFile)
	require.NoError(t, err)
}
