package rules

import (
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/internal/pgsql"
)

// TestKeyedWhenQuoting: the when: init writes for a group of keys reads
// back, through YAML and PostgreSQL's parser, as the keys it was written
// from, whatever they hold: quotes, backslashes, other scripts, a form's
// label with single spaces between its words. A key with other white
// space (a tab, a line break, two spaces, a space at an end) is left to
// the rule for every other key.
func TestKeyedWhenQuoting(t *testing.T) {
	keys := []string{`it's`, `back\slash`, `dq"key`, "ключ", "Passport No.", "has\ttab", "two  spaces", " lead", "line\nbreak"}
	when, ok := keyedWhen("meta key", keys)
	require.True(t, ok)
	require.Equal(t, `"meta key" IN ('it''s', 'back\slash', 'dq"key', 'ключ', 'Passport No.')`, when)

	var rule struct {
		When      string `yaml:"when"`
		Transform string `yaml:"transform"`
		Domain    string `yaml:"domain"`
	}
	line := whenRule(when, "email", map[string]any{"domain": "contacts"})
	require.NoError(t, yaml.Unmarshal([]byte(line), &rule), line)
	require.Equal(t, when, rule.When)
	require.Equal(t, "email", rule.Transform)
	require.Equal(t, "contacts", rule.Domain)
	_, err := pgsql.ParseCondition(rule.When)
	require.NoError(t, err)

	when, ok = keyedWhen("key", []string{"only\tone"})
	require.False(t, ok, "no key can be spelled: %s", when)
	when, _ = keyedWhen("key", []string{"smtp_password"})
	require.Equal(t, `key = 'smtp_password'`, when)
}
