package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

// TestAfterSyntaxErrorPositions: a syntax error inside an after: step's
// SQL is reported at the line and column of the mistake in the rules file,
// however the scalar is written: plain, quoted (with escapes and folded
// lines), literal or folded block, behind an anchor, with CRLF line ends.
// The marker UPDTE is the mistake; its place in the file is the answer.
func TestAfterSyntaxErrorPositions(t *testing.T) {
	for name, src := range map[string]string{
		"plain":          "version: 1\nafter:\n  - sql: SELECT 1; UPDTE t SET a = 1\n",
		"plain folded":   "version: 1\nafter:\n  - sql: SELECT 1;\n      SELECT 2;\n\n      UPDTE t SET a = 1\n",
		"single quoted":  "version: 1\nafter:\n  - sql: 'UPDATE t SET a = ''x'';\n      UPDTE t SET a = 1'\n",
		"double quoted":  "version: 1\nafter:\n  - sql: \"UPDATE t SET a = '\\u00e9\\\"'; \\\n      UPDTE t SET a = 1\"\n",
		"double escapes": "version: 1\nafter:\n  - { sql: \"SELECT '\\t\\x41\\n'; UPDTE t SET a = 1\" }\n",
		"literal":        "version: 1\nafter:\n  - sql: |\n      -- known password for every user\n      UPDATE users SET password_hash = 'é';\n\n        UPDTE t SET a = 1;\n",
		"literal keep":   "version: 1\nafter:\n  - sql: |+\n      SELECT 1;\n\n\n      UPDTE t SET a = 1;\n\n\nsource: x\n",
		"folded":         "version: 1\nafter:\n  - sql: >-\n      SELECT 1;\n      SELECT 2;\n\n      UPDTE t SET a = 1\n",
		"anchor":         "version: 1\nafter:\n  - sql: &reset SELECT 1; UPDTE t SET a = 1\n",
		"crlf":           "version: 1\r\nafter:\r\n  - sql: |\r\n      SELECT 1;\r\n      UPDTE t SET a = 1;\r\n",
		"crlf plain":     "version: 1\r\nafter:\r\n  - sql: SELECT 1;\r\n      UPDTE t SET a = 1\r\n",
		"second step":    "version: 1\nafter:\n  - sql: TRUNCATE sessions\n  - sql: \"  UPDTE t\"\n",
		"multibyte":      "version: 1\nafter:\n  - sql: SELECT 'ünïcødé'; UPDTE t SET a = 1\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, diags := Parse("rules.yaml", []byte(src))
			require.Len(t, diags, 1, diags.String())
			d := diags[0]
			require.Equal(t, "after-syntax", d.Code, d.String())
			require.Contains(t, d.Message, `syntax error at or near "UPDTE"`)
			require.Equal(t, markerPos(src, "UPDTE"), d.Pos, "%s\n%s", d, src)
		})
	}
}

// markerPos is the 1-based line and column (in characters) of the only
// occurrence of marker in src.
func markerPos(src, marker string) Pos {
	i := strings.Index(src, marker)
	line := strings.Count(src[:i], "\n") + 1
	col := len([]rune(src[strings.LastIndex(src[:i], "\n")+1:i])) + 1
	return Pos{File: "rules.yaml", Line: line, Col: col}
}

func TestAfterSteps(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sql"), 0o755))
	script := "-- webhooks to the sink\nUPDATE public.webhooks SET url = 'https://sink.invalid/' || id;\nTRUNCATE public.sessions;\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sql", "staging.sql"), []byte(script), 0o644))
	rulesPath := filepath.Join(dir, "rules.yaml")
	src := "version: 1\nafter:\n  - sql: UPDATE public.users SET password_hash = 'x'\n  - file: sql/staging.sql\n"
	require.NoError(t, os.WriteFile(rulesPath, []byte(src), 0o644))
	cfg, diags := Load(rulesPath)
	require.Empty(t, diags)
	require.Len(t, cfg.After, 2)

	inline, file := cfg.After[0], cfg.After[1]
	require.Equal(t, "inline", inline.Source())
	require.Empty(t, inline.SHA256)
	require.Equal(t, Pos{rulesPath, 3, 5}, inline.Pos)
	require.Len(t, inline.Statements, 1)
	require.Equal(t, Pos{rulesPath, 3, 10}, inline.PosAt(inline.Statements[0].Offset))
	require.Equal(t, Pos{rulesPath, 3, 10 + len(inline.SQL)}, inline.PosAt(len(inline.SQL)), "the end of the SQL")

	require.Equal(t, "sql/staging.sql", file.Source())
	require.Len(t, file.SHA256, 64)
	require.Equal(t, script, file.SQL)
	require.Len(t, file.Statements, 2)
	require.Equal(t, "TRUNCATE public.sessions", file.Statements[1].SQL)
	sqlPath := filepath.Join(dir, "sql", "staging.sql")
	require.Equal(t, Pos{sqlPath, 1, 1}, file.PosAt(file.Statements[0].Offset), "a statement starts with its comment")
	require.Equal(t, Pos{sqlPath, 3, 1}, file.PosAt(file.Statements[1].Offset))
}

// TestAfterErrors: what an after: section can get wrong, each reported
// where it is written.
func TestAfterErrors(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.sql"), []byte("SELECT 1;\n\nUPDATE t SET a = = 1;\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "commit.sql"), []byte("UPDATE t SET a = 1;\nCOMMIT;\n"), 0o644))
	rulesPath := filepath.Join(dir, "rules.yaml")
	src := `version: 1
after:
  - file: bad.sql
  - file: missing.sql
  - file: commit.sql
  - sql: "VACUUM t"
  - sql: COPY t FROM STDIN
  - { sql: SELECT 1, file: bad.sql }
  - TRUNCATE sessions
  - sql: "-- nothing"
  - sqll: SELECT 1
  - file: .
`
	require.NoError(t, os.WriteFile(rulesPath, []byte(src), 0o644))
	cfg, diags := Load(rulesPath)
	require.NotNil(t, cfg)
	require.Empty(t, cfg.After)
	got := strings.ReplaceAll(diags.String(), dir, "DIR")
	want := `DIR/bad.sql:3:18: error: after: step 1: syntax error at or near "="
DIR/commit.sql:2:1: error: after: step 3: COMMIT cannot run here: the after: steps run in one transaction, so that a failure leaves staging as it was; remove it; run it by hand after the refresh if it is needed
DIR/rules.yaml:4:11: error: after: step 2: cannot read DIR/missing.sql: no such file or directory; file: names a SQL file, relative to the rules file (DIR)
DIR/rules.yaml:6:11: error: after: step 4: VACUUM cannot run here: the after: steps run in one transaction, so that a failure leaves staging as it was; remove it; run it by hand after the refresh if it is needed
DIR/rules.yaml:7:10: error: after: step 5: COPY FROM STDIN and COPY TO STDOUT need a client that streams the data; use INSERT ... SELECT, or COPY from a file on the staging server
DIR/rules.yaml:8:5: error: after: step 6 has both sql: and file:; write one of them per step
DIR/rules.yaml:9:5: error: after: step 7 must be a mapping with sql: or file:, found a scalar; for example - sql: "TRUNCATE public.sessions" or - file: staging.sql
DIR/rules.yaml:10:11: error: after: step 8 holds no SQL statement
DIR/rules.yaml:11:5: error: after: step 9: unknown key "sqll"; did you mean "sql"?
DIR/rules.yaml:12:11: error: after: step 10: DIR is not a regular file; file: names a SQL file, relative to the rules file (DIR)
`
	require.Equal(t, want, got)
}

// FuzzScalarOffsets: wherever scalarOffsets maps a scalar, each byte of
// the value maps to the same byte in the file, or to what YAML turns into
// it: a line break folded into a space or a newline, an escape.
func FuzzScalarOffsets(f *testing.F) {
	for _, s := range []string{
		"a: SELECT 1; UPDTE t\n",
		"a: 'it''s'\n",
		"a: \"\\u00e9\\x41\\t \\\n   b\"\n",
		"a: |\n  x\n\n   y\n",
		"a: >-\n  x\n  y\n\n  z\n",
		"a: |+\n  x\n\n\nb: 1\n",
		"a: b\n  c\n\n  d\n",
		"- &x y\n- *x\n",
		"a: \"x\r\n  y\"\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var doc yaml.Node
		if yaml.Unmarshal(data, &doc) != nil {
			return
		}
		var walk func(n *yaml.Node)
		walk = func(n *yaml.Node) {
			for _, c := range n.Content {
				walk(c)
			}
			if n.Kind != yaml.ScalarNode {
				return
			}
			at := scalarOffsets(data, n)
			if at == nil {
				return
			}
			require.Len(t, at, len(n.Value))
			for j, off := range at {
				require.True(t, off >= 0 && off < len(data), "offset %d outside the file", off)
				v, s := n.Value[j], data[off]
				if v == s || s == '\n' || s == '\r' || (s == '\\' && n.Style&yaml.DoubleQuotedStyle != 0) {
					continue
				}
				// A multibyte character maps every byte to its first.
				if v >= 0x80 && s >= 0x80 {
					continue
				}
				t.Fatalf("value byte %d (%q) maps to %q at %d in %q", j, v, s, off, data)
			}
		}
		walk(&doc)
	})
}
