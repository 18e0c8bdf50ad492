package integration

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// badInputFixture holds values and names that stress the copy engine: MB
// values, NULLs everywhere, an empty table, 1,600 columns, names that need
// quoting, user-defined array, composite and range types, invalid JSON, and
// numbers at the bounds of their types.
func badInputFixture() pgtest.Fixture {
	return pgtest.Fixture{Name: "badinput", Files: []string{filepath.Join(pgtest.RepoRoot(), "testdata", "badinput", "schema.sql")}}
}

// editRules replaces one line of the rules file init wrote.
func editRules(t *testing.T, path, old, new string) {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, 1, strings.Count(string(data), old), "rules file has %q once", old)
	require.NoError(t, os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644))
}

// ruleNames reads a rules file as table -> column -> rule name ("keep" for
// a passed-through column).
func ruleNames(t *testing.T, path string) map[string]map[string]string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	var f struct {
		Tables map[string]map[string]any `yaml:"tables"`
	}
	require.NoError(t, yaml.Unmarshal(data, &f))
	out := map[string]map[string]string{}
	for tb, cols := range f.Tables {
		out[tb] = map[string]string{}
		for c, rule := range cols {
			switch r := rule.(type) {
			case string:
				out[tb][c] = r
			case map[string]any:
				out[tb][c] = fmt.Sprint(r["transform"])
			default:
				out[tb][c] = fmt.Sprint(r)
			}
		}
	}
	return out
}

// columnSums returns, per table of the fixture and per column, the count
// of non-NULL values and an order-independent checksum of the values.
func columnSums(t *testing.T, conn *pgx.Conn) map[string]map[string]string {
	t.Helper()
	ctx := context.Background()
	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	defer tx.Rollback(ctx)
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	out := map[string]map[string]string{}
	for _, tb := range m.Tables {
		if !tb.HasData() || tb.Name.Schema == "understudy" {
			continue
		}
		var exprs []string
		for _, c := range tb.Columns {
			v := "md5(" + pgx.Identifier{c.Name}.Sanitize() + "::text)"
			exprs = append(exprs, fmt.Sprintf("count(%[1]s)::text || ':' || COALESCE(md5(string_agg(%[1]s, ',' ORDER BY %[1]s)), '')", v))
		}
		q := "SELECT " + strings.Join(exprs, ", ") + " FROM ONLY " + tb.Name.Sanitize()
		vals := make([]string, len(exprs))
		dst := make([]any, len(exprs))
		for i := range vals {
			dst[i] = &vals[i]
		}
		require.NoError(t, tx.QueryRow(ctx, q).Scan(dst...), tb.Name.String())
		cols := map[string]string{}
		for i, c := range tb.Columns {
			cols[c.Name] = vals[i]
		}
		out[tb.Name.String()] = cols
	}
	return out
}

// valueSet returns the md5 of every non-NULL, non-blank value of a column
// (a masked blank may stay blank).
func valueSet(t *testing.T, conn *pgx.Conn, table, column string) map[string]bool {
	t.Helper()
	col := pgx.Identifier{column}.Sanitize()
	rows, err := conn.Query(context.Background(), "SELECT md5("+col+"::text) FROM "+table+" WHERE "+col+" IS NOT NULL AND "+col+"::text <> ''")
	require.NoError(t, err)
	vals, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	set := map[string]bool{}
	for _, v := range vals {
		set[v] = true
	}
	return set
}

func TestBadInput(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("run", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, badInputFixture())
		res := understudy(t, "lint", "--config", r.Rules, "--source", r.Src, "--strict")
		require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
		res = r.Run(t)
		require.Equal(t, 0, res.Code, res.Stderr)

		src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
		srcSums, tgtSums := clitest.TableChecksums(t, src), clitest.WithoutRuns(clitest.TableChecksums(t, tgt))
		require.Equal(t, clitest.RowCounts(srcSums), clitest.RowCounts(tgtSums), "every table and every row arrives")
		require.Equal(t, "0", tgtSums["badinput.empty_people"][:1])
		for _, tb := range []string{"badinput.types_plain", `"Bad Schema"."表"`, `"Bad Schema"."user"`} {
			require.Equal(t, srcSums[tb], tgtSums[tb], "%s has no masked column: every row is identical", tb)
		}

		// Column by column: kept columns are identical, masked columns keep
		// their NULLs and change every other value.
		ruleOf := ruleNames(t, r.Rules)
		srcCols, tgtCols := columnSums(t, src), columnSums(t, tgt)
		require.Equal(t, len(srcCols), len(tgtCols))
		for tb, cols := range srcCols {
			for col, sum := range cols {
				got := tgtCols[tb][col]
				rule, ok := ruleOf[tb][col]
				require.True(t, ok, "%s.%s is in the rules file", tb, col)
				srcN, _, _ := strings.Cut(sum, ":")
				tgtN, _, _ := strings.Cut(got, ":")
				if rule == "keep" {
					require.Equal(t, sum, got, "%s.%s is passed through byte for byte", tb, col)
					continue
				}
				require.Equal(t, srcN, tgtN, "%s.%s (%s): NULLs stay NULL, values stay non-NULL", tb, col, rule)
				if rule == "noise" || rule == "scrub_text" || srcN == "0" {
					continue // noise may keep a value (0 stays 0), scrub_text one without an entity
				}
				before, after := valueSet(t, src, tb, col), valueSet(t, tgt, tb, col)
				for v := range after {
					require.False(t, before[v], "%s.%s (%s): a masked value equals a source value", tb, col, rule)
				}
			}
		}

		// 1. MB values: passed through whole, masked without failing.
		var rawLen, blobLen, chunkLen, notesN, emailN int64
		require.NoError(t, tgt.QueryRow(ctx, `SELECT octet_length(raw), octet_length(blob),
			(SELECT octet_length(chunk) FROM badinput.big_secret WHERE id = 1),
			(SELECT count(notes) FROM badinput.big), (SELECT count(email) FROM badinput.big)
			FROM badinput.big WHERE id = 1`).Scan(&rawLen, &blobLen, &chunkLen, &notesN, &emailN))
		require.Equal(t, int64(6<<20), rawLen)
		require.Equal(t, int64(3<<20), blobLen)
		require.Equal(t, int64(4<<20), chunkLen)
		require.Equal(t, int64(2), notesN)
		require.Equal(t, int64(2), emailN)

		// 2. A row of NULLs stays a row of NULLs.
		var allNull int
		require.NoError(t, tgt.QueryRow(ctx, `SELECT count(*) FROM badinput.nulls n WHERE n IS NULL`).Scan(&allNull))
		require.Equal(t, 2, allNull)

		// 4. 1,600 columns.
		var natts, wideRows, wideLeaked int
		require.NoError(t, tgt.QueryRow(ctx, `SELECT (SELECT count(*) FROM pg_attribute WHERE attrelid = 'badinput.wide'::regclass AND attnum > 0 AND NOT attisdropped),
			count(*), count(*) FILTER (WHERE email LIKE 'wide%@example.com') FROM badinput.wide`).Scan(&natts, &wideRows, &wideLeaked))
		require.Equal(t, 1600, natts)
		require.Equal(t, 3, wideRows)
		require.Zero(t, wideLeaked)

		// 5. Quoted names survive, and the foreign key between them holds.
		var weird, sel, space, cell string
		var mixed int
		require.NoError(t, tgt.QueryRow(ctx, `SELECT k."we""ird", k."select", k."MixedCase", k."with space", t."列 名"
			FROM "Bad Schema"."Kundenübersicht" k JOIN "Bad Schema"."表" t ON t."user" = k."ID" WHERE t."order" = 10`).
			Scan(&weird, &sel, &mixed, &space, &cell))
		require.Equal(t, []any{`a"b`, "sel", 1, "sp ace", "値"}, []any{weird, sel, mixed, space, cell})
		var fks int
		require.NoError(t, tgt.QueryRow(ctx, `SELECT count(*) FROM pg_constraint WHERE conrelid = '"Bad Schema"."表"'::regclass AND contype = 'f' AND convalidated`).Scan(&fks))
		require.Equal(t, 1, fks)

		// 6. User-defined types, masked table or not, arrive as they were.
		const typed = `SELECT id, moods::text, labels::text, home::text, homes::text, span::text, fr::text FROM badinput.%s ORDER BY id`
		for _, tb := range []string{"types_plain", "types_masked"} {
			want, err := src.Query(ctx, fmt.Sprintf(typed, tb))
			require.NoError(t, err)
			wantRows, err := pgx.CollectRows(want, pgx.RowToMap)
			require.NoError(t, err)
			got, err := tgt.Query(ctx, fmt.Sprintf(typed, tb))
			require.NoError(t, err)
			gotRows, err := pgx.CollectRows(got, pgx.RowToMap)
			require.NoError(t, err)
			require.Equal(t, wantRows, gotRows, tb)
		}

	})

	// 8. Noise on values at the bounds of int2 and numeric(5,2): every value
	// stays in its type and changes (verify fails a run whose masked values
	// equal the source).
	t.Run("noise at bounds", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, badInputFixture())
		editRules(t, r.Rules, "    small: keep\n", "    small: { transform: noise, percent: 50 }\n")
		editRules(t, r.Rules, "    price: keep\n", "    price: { transform: noise, percent: 50 }\n")
		res := understudy(t, "lint", "--config", r.Rules, "--source", r.Src)
		require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
		res = r.Run(t, "--no-verify")
		require.Equal(t, 0, res.Code, res.Stderr)
		src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)
		const q = `SELECT id, small, price::text FROM badinput.bounds WHERE small IS NOT NULL ORDER BY id`
		type bound struct {
			ID    int32
			Small int16
			Price string
		}
		read := func(conn *pgx.Conn) []bound {
			rows, err := conn.Query(ctx, q)
			require.NoError(t, err)
			out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[bound])
			require.NoError(t, err)
			return out
		}
		before, after := read(src), read(tgt)
		require.Len(t, after, len(before))
		for i := range before {
			require.NotEqual(t, before[i].Small, after[i].Small, "id %d: noise changes %d (got %v)", before[i].ID, before[i].Small, after)
			require.NotEqual(t, before[i].Price, after[i].Price, "id %d: noise changes %s (got %v)", before[i].ID, before[i].Price, after)
		}
	})

	// 7. A json rule on a text column that holds invalid JSON ('{not json'
	// in row 5, '' in row 6). By default (on_invalid: error) the run goes
	// on: those values arrive as NULL and are counted in the manifest.
	// on_invalid: keep copies them as they are, counted too. on_invalid:
	// fail stops the run naming the table, column and row, and staging
	// keeps its old copy.
	jsonRule := "    payload: { transform: json, paths: { \"$.email\": email } }\n"
	payloads := func(t *testing.T, db string) map[int]*string {
		rows, err := clitest.Connect(t, db).Query(ctx, "SELECT id, payload FROM badinput.json_text")
		require.NoError(t, err)
		out := map[int]*string{}
		for rows.Next() {
			var id int
			var p *string
			require.NoError(t, rows.Scan(&id, &p))
			out[id] = p
		}
		require.NoError(t, rows.Err())
		return out
	}
	invalidCounted := func(t *testing.T, manifest string) int64 {
		data, err := os.ReadFile(manifest)
		require.NoError(t, err)
		var mf struct {
			Tables []struct {
				Table   string           `json:"table"`
				Invalid map[string]int64 `json:"invalid_values"`
			} `json:"tables"`
		}
		require.NoError(t, json.Unmarshal(data, &mf))
		for _, tb := range mf.Tables {
			if tb.Table == "badinput.json_text" {
				return tb.Invalid["payload"]
			}
		}
		return -1
	}
	t.Run("invalid json counted as an error", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, badInputFixture())
		editRules(t, r.Rules, "    payload: scrub_text\n", jsonRule)
		manifest := filepath.Join(t.TempDir(), "manifest.json")
		res := r.Run(t, "--manifest", manifest)
		require.Equal(t, 0, res.Code, res.Stderr)
		require.Contains(t, res.Stderr, "a value the rule cannot read")
		require.NotContains(t, res.Stderr, "{not json", "the value itself is never logged")
		got := payloads(t, r.Tgt)
		require.Nil(t, got[5])
		require.Nil(t, got[6])
		require.NotNil(t, got[1])
		require.NotContains(t, *got[1], "ann@example.com", "valid documents are masked")
		require.EqualValues(t, 2, invalidCounted(t, manifest))
	})
	t.Run("invalid json passed through", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, badInputFixture())
		editRules(t, r.Rules, "    payload: scrub_text\n", jsonRule)
		editRules(t, r.Rules, "version: 1\n", "version: 1\non_invalid: keep\n")
		manifest := filepath.Join(t.TempDir(), "manifest.json")
		res := r.Run(t, "--manifest", manifest)
		require.Equal(t, 0, res.Code, res.Stderr)
		got := payloads(t, r.Tgt)
		require.Equal(t, "{not json", *got[5])
		require.Equal(t, "", *got[6])
		require.EqualValues(t, 2, invalidCounted(t, manifest))
	})
	t.Run("invalid json fails the run when asked", func(t *testing.T) {
		t.Parallel()
		r := newRefresh(t, badInputFixture())
		res := r.Run(t)
		require.Equal(t, 0, res.Code, res.Stderr)
		before := clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))

		editRules(t, r.Rules, "    payload: scrub_text\n", jsonRule)
		editRules(t, r.Rules, "version: 1\n", "version: 1\non_invalid: fail\n")
		res = r.Run(t)
		require.NotEqual(t, 0, res.Code, res.Stderr)
		t.Logf("exit %d: %s", res.Code, lastLines(res.Stderr, 3))
		require.Contains(t, res.Stderr, "badinput.json_text")
		require.Contains(t, res.Stderr, "payload")
		require.Contains(t, res.Stderr, "row 5")

		after := clitest.TableChecksums(t, clitest.Connect(t, r.Tgt))
		require.Equal(t, before, after, "staging is unchanged")
		var left int
		require.NoError(t, clitest.Connect(t, pgtest.Shared(t).AdminURL()).QueryRow(ctx,
			"SELECT count(*) FROM pg_database WHERE datname = $1", r.Target+"__next").Scan(&left))
		require.Zero(t, left, "nothing half-built is left")
	})
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(len(lines)-n, 0):], "\n")
}
