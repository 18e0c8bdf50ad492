package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

// TestRulesSchema: rules-schema prints a JSON Schema (draft 2020-12) of the
// rules file, whose references all resolve, that names every key of the
// rules file and the transformers; it is the file the repository ships for
// editors, and -o writes the same bytes.
func TestRulesSchema(t *testing.T) {
	t.Parallel()
	res := understudy(t, "rules-schema")
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Empty(t, res.Stderr)

	var doc struct {
		Schema     string                     `json:"$schema"`
		Type       string                     `json:"type"`
		Required   []string                   `json:"required"`
		Additional *bool                      `json:"additionalProperties"`
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]json.RawMessage `json:"$defs"`
	}
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &doc), res.Stdout)
	require.Equal(t, "https://json-schema.org/draft/2020-12/schema", doc.Schema)
	require.Equal(t, "object", doc.Type)
	require.Equal(t, []string{"version"}, doc.Required)
	require.NotNil(t, doc.Additional)
	require.False(t, *doc.Additional, "an unknown key is flagged, as lint does")
	var keys []string
	for k := range doc.Properties {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	require.Equal(t, []string{"after", "columns", "defaults", "domains", "keep_previous", "on_invalid", "roles", "schema",
		"secret", "secret_file", "source", "subset", "tables", "target", "verify", "version", "workers"}, keys)
	for _, ref := range regexp.MustCompile(`"\$ref": *"([^"]*)"`).FindAllStringSubmatch(res.Stdout, -1) {
		name, ok := strings.CutPrefix(ref[1], "#/$defs/")
		require.True(t, ok, "a local reference: %s", ref[1])
		require.Contains(t, doc.Defs, name, "the reference %s resolves", ref[1])
	}
	for _, transformer := range []string{`"email"`, `"phone"`, `"mask"`, `"keep"`} {
		require.Contains(t, string(doc.Defs["rule"]), transformer)
	}

	shipped, err := os.ReadFile(filepath.Join(pgtest.RepoRoot(), "rules", "understudy-rules.schema.json"))
	require.NoError(t, err)
	require.Equal(t, string(shipped), res.Stdout, "the schema the repository ships for editors")

	out := filepath.Join(t.TempDir(), "understudy-rules.schema.json")
	res = understudy(t, "rules-schema", "-o", out)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.Empty(t, res.Stdout)
	written, err := os.ReadFile(out)
	require.NoError(t, err)
	require.Equal(t, shipped, written)

	res = understudy(t, "rules-schema", "extra")
	require.Equal(t, 2, res.Code, res.Stderr)
}
