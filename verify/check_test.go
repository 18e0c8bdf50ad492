package verify

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

var shop = pgtest.Fixture{Name: "verify-shop", Files: []string{filepath.Join(pgtest.RepoRoot(), "verify", "testdata", "shop.sql")}}

const shopRules = `version: 1
tables:
  public.customers:
    id: keep
    email: email
    city: city
  public.orders:
    id: keep
    customer_id: keep
    note: keep
  public.events:
    id: keep
    order_ref: keep
    payload: keep
  public.tags:
    customer_email: email
    tag: keep
subset:
  virtual_foreign_keys:
    - from: public.events(order_ref)
      to: public.orders(id)
`

// The token planted in the target; it must never show in a report.
const token = "sk_live_51AbCdEfGhIjKlMnOpQrStUvWx"

// shopPair is a source and a staging copy of it whose masked columns are
// masked: a check of it, as committed, finds nothing.
func shopPair(t *testing.T, rulesYAML string) (plan *rules.Plan, src, tgt string) {
	t.Helper()
	ctx := context.Background()
	src, tgt = pgtest.Database(t, shop), pgtest.Database(t, shop)
	conn := connect(t, tgt)
	_, err := conn.Exec(ctx, `UPDATE public.customers SET email = 'c' || id || '@example.com', city = 'Nowhere';
UPDATE public.tags SET customer_email = md5(customer_email) || '@example.com'`)
	require.NoError(t, err)

	return resolvePlan(t, src, rulesYAML), src, tgt
}

// resolvePlan parses a rules file and resolves it against the schema of
// the database at src.
func resolvePlan(t *testing.T, src, rulesYAML string) *rules.Plan {
	t.Helper()
	cfg, diags := rules.Parse("rules.yaml", []byte(rulesYAML))
	require.False(t, diags.HasErrors(), diags.String())
	m, err := schema.Load(context.Background(), connect(t, src))
	require.NoError(t, err)
	plan, diags := rules.Resolve(cfg, m, rules.Options{})
	require.False(t, diags.HasErrors(), diags.String())
	return plan
}

func connect(t *testing.T, url string) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), url)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// spoil writes, in tx, one finding of each kind: an orphan of the declared
// key, an orphan of the virtual key whose parent production has and one
// whose parent it has not, a production email back in a keyed and in an
// unkeyed table, a token in the data and a password in a function.
func spoil(t *testing.T, tx pgx.Tx) {
	t.Helper()
	ctx := context.Background()
	for _, q := range []string{
		"SET LOCAL session_replication_role = replica", // foreign keys off (the test role is a superuser)
		"INSERT INTO public.orders VALUES (41, 999, 'lost')",
		"DELETE FROM public.orders WHERE id = 3", // events 2 references it
		"INSERT INTO public.events VALUES (41, -5, '{}')",
		"UPDATE public.customers SET email = 'person1@corp.example' WHERE id = 1",
		"INSERT INTO public.tags VALUES ('person7@corp.example', 'new')",
		"UPDATE public.orders SET note = 'pay with " + token + "' WHERE id = 2",
		"CREATE FUNCTION public.remote() RETURNS text LANGUAGE sql AS $$ SELECT 'host=db password=hunter2' $$",
	} {
		_, err := tx.Exec(ctx, q)
		require.NoError(t, err, q)
	}
}

// requireSpoiled checks that rep holds what spoil wrote, and nothing else.
func requireSpoiled(t *testing.T, rep *Report) {
	t.Helper()
	fks := map[string]ForeignKeyCheck{}
	for _, c := range rep.Integrity {
		fks[c.Name] = c
	}
	require.Len(t, fks, 2, "%+v", rep.Integrity)
	require.EqualValues(t, 1, fks["orders_customer_id_fkey"].Violations, "%+v", fks)
	require.EqualValues(t, 40, fks["orders_customer_id_fkey"].Rows)
	virtual := fks["virtual public.events(order_ref) -> public.orders(id)"]
	require.True(t, virtual.Virtual, "%+v", fks)
	require.EqualValues(t, 1, virtual.Violations, "events 2: order 3 is in production")
	require.EqualValues(t, 1, virtual.DanglingInSource, "events 41: order -5 is nowhere")

	leaks := map[string]Leak{}
	for _, l := range rep.Leaks {
		leaks[l.Table+"."+l.Column] = l
	}
	require.Len(t, leaks, 3, "%+v", rep.Leaks)
	require.Equal(t, Leak{Table: "public.customers", Column: "email", Method: "row key", Rows: 20, Equal: 1, Unique: true}, leaks["public.customers.email"])
	require.Zero(t, leaks["public.customers.city"].Equal)
	require.Equal(t, "hashed set", leaks["public.tags.customer_email"].Method)
	require.EqualValues(t, 11, leaks["public.tags.customer_email"].Rows)
	require.EqualValues(t, 1, leaks["public.tags.customer_email"].Equal)

	require.Len(t, rep.Credentials, 1, "%+v", rep.Credentials)
	cred := rep.Credentials[0]
	require.Equal(t, []string{"public.orders", "note", "(2)"}, []string{cred.Table, cred.Column, cred.RowKeys[0]})
	require.EqualValues(t, 1, cred.Rows)

	var functions []string
	for _, f := range rep.Catalog {
		if f.Category == CategoryDatabase {
			require.Equal(t, "function", f.Kind, "%+v", f)
			functions = append(functions, f.Object)
		}
	}
	require.Equal(t, []string{"remote()"}, functions)

	require.Len(t, rep.Failures(), 6, "%q", rep.Failures())
	require.NotContains(t, strings.Join(rep.Failures(), "\n"), token)
}

// requireUsable checks that tx is open, writable and holds no savepoint of
// Check.
func requireUsable(t *testing.T, tx pgx.Tx) {
	t.Helper()
	ctx := context.Background()
	var n int
	require.NoError(t, tx.QueryRow(ctx, "SELECT count(*) FROM public.orders").Scan(&n))
	var readOnly string
	require.NoError(t, tx.QueryRow(ctx, "SHOW transaction_read_only").Scan(&readOnly))
	require.Equal(t, "off", readOnly, "the savepoint's READ ONLY is gone")
	_, err := tx.Exec(ctx, "INSERT INTO public.tags VALUES ('after@example.com', 'after')")
	require.NoError(t, err)

	sp, err := tx.Begin(ctx)
	require.NoError(t, err)
	_, err = sp.Exec(ctx, "ROLLBACK TO SAVEPOINT "+savepoint)
	var pgErr *pgconn.PgError
	require.True(t, errors.As(err, &pgErr), "%v", err)
	require.Equal(t, "3B001", pgErr.Code, "Check released its savepoint: %v", err)
	require.NoError(t, sp.Rollback(ctx))
}

// Check in a caller's transaction sees its uncommitted writes, leaves it
// usable, and a rollback then takes them all back.
func TestCheckTargetTxSeesUncommittedWrites(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	plan, src, tgt := shopPair(t, shopRules)
	conn := connect(t, tgt)

	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	spoil(t, tx)
	rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetTx: tx})
	require.NoError(t, err)
	requireSpoiled(t, rep)
	require.Equal(t, dsn.Describe(conn.Config()), rep.Target)
	requireUsable(t, tx)
	require.NoError(t, tx.Rollback(ctx))

	// Nobody else saw the writes, and they are gone.
	clean, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	require.Empty(t, clean.Failures())
}

// A check that fails with an error leaves the transaction usable too.
func TestCheckTargetTxErrorLeavesTransactionUsable(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	plan, src, tgt := shopPair(t, shopRules+"      where: \"1 / (id - id) = 1\"\n")
	conn := connect(t, tgt)

	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	spoil(t, tx)
	_, err = Check(ctx, Config{Plan: plan, SourceURL: src, TargetTx: tx})
	require.ErrorContains(t, err, "division by zero")
	requireUsable(t, tx)
	require.NoError(t, tx.Commit(ctx))

	var n int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM public.orders WHERE id = 41").Scan(&n))
	require.Equal(t, 1, n, "the transaction's writes are committed")
}

// Check in a transaction and Check over a connection of its own reach the
// same report on the same data.
func TestCheckTargetTxMatchesTargetURL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	plan, src, tgt := shopPair(t, shopRules)
	conn := connect(t, tgt)

	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead})
	require.NoError(t, err)
	spoil(t, tx)
	inTx, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: "postgres://ignored.invalid/x", TargetTx: tx})
	require.NoError(t, err)
	require.NoError(t, tx.Commit(ctx))

	own, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	requireSpoiled(t, own)
	require.WithinDuration(t, own.Checked, inTx.Checked, time.Minute)
	inTx.Checked = own.Checked
	require.Equal(t, own, inTx)
}

// Check writes nothing in the caller's transaction, even when a where: of
// the rules calls a function that would.
func TestCheckTargetTxIsReadOnly(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	plan, src, tgt := shopPair(t, shopRules+"      where: \"public.touch(id)\"\n")
	conn := connect(t, tgt)

	tx, err := conn.Begin(ctx)
	require.NoError(t, err)
	_, err = tx.Exec(ctx, `CREATE FUNCTION public.touch(int) RETURNS boolean LANGUAGE sql
AS $$ INSERT INTO public.tags VALUES ('touched', 'touched'); SELECT true $$`)
	require.NoError(t, err)
	_, err = Check(ctx, Config{Plan: plan, SourceURL: src, TargetTx: tx})
	require.ErrorContains(t, err, "read-only transaction")
	requireUsable(t, tx)
	var n int
	require.NoError(t, tx.QueryRow(ctx, "SELECT count(*) FROM public.tags WHERE tag = 'touched'").Scan(&n))
	require.Zero(t, n)
	require.NoError(t, tx.Rollback(ctx))
}

// TestLeakCheckOnANullableKey: a table whose only row key is a nullable
// UNIQUE NULLS NOT DISTINCT integer key (one row may hold NULL) is merged
// by the key's text, so the NULL-keyed row is compared like the others
// rather than failing the scan.
func TestLeakCheckOnANullableKey(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, tgt := pgtest.Database(t, pgtest.Empty), pgtest.Database(t, pgtest.Empty)
	for _, url := range []string{src, tgt} {
		_, err := connect(t, url).Exec(ctx, `CREATE TABLE public.badges (code int UNIQUE NULLS NOT DISTINCT, holder text);
INSERT INTO public.badges VALUES (1, 'ann@example.com'), (2, 'bob@example.com'), (NULL, 'cy@example.com')`)
		require.NoError(t, err)
	}
	_, err := connect(t, tgt).Exec(ctx, `UPDATE public.badges SET holder = 'x' || coalesce(code, 0) || '@example.net' WHERE code IS DISTINCT FROM 2`)
	require.NoError(t, err)
	plan := resolvePlan(t, src, "version: 1\ntables:\n  public.badges:\n    code: keep\n    holder: email\n")

	rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	require.Len(t, rep.Leaks, 1)
	require.Equal(t, Leak{Table: "public.badges", Column: "holder", Method: "row key", Rows: 3, Equal: 1, Unique: true}, rep.Leaks[0], "bob's row kept its email")
}

// An empty array holds no value: a row whose list is empty in production
// and in staging is no leak (Mealie's allergy register: most people have
// none listed), where a list copied as it is still is.
func TestLeakCheckEmptyArrays(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, tgt := pgtest.Database(t, pgtest.Empty), pgtest.Database(t, pgtest.Empty)
	for _, url := range []string{src, tgt} {
		_, err := connect(t, url).Exec(ctx, `CREATE TABLE public.allergy_register (id int PRIMARY KEY, allergens text[] NOT NULL, notes jsonb);
INSERT INTO public.allergy_register VALUES (1, '{"tree nuts",sesame}', '[]'), (2, '{}', '{}'), (3, '{}', '[]'), (4, '{penicillin}', '[]')`)
		require.NoError(t, err)
	}
	_, err := connect(t, tgt).Exec(ctx, `UPDATE public.allergy_register SET allergens = '{"****","****"}' WHERE id = 1`)
	require.NoError(t, err)
	plan := resolvePlan(t, src, "version: 1\ntables:\n  public.allergy_register:\n    id: keep\n    allergens: { transform: mask, keep_first: 0, keep_last: 0 }\n    notes: keep\n")

	rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	require.Len(t, rep.Leaks, 1)
	require.EqualValues(t, 1, rep.Leaks[0].Equal, "row 4 kept its allergy; rows 2 and 3 hold none")
}

// A json rule's paths in any form the transformer reads (a quoted key
// with a dot, recursive descent, a key PostgreSQL's jsonpath would read as
// arithmetic) are asked of PostgreSQL in its own syntax. Saleor's
// $['support.verified_phone'] made the leak check a syntax error.
func TestLeakCheckJSONPathForms(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src, tgt := pgtest.Database(t, pgtest.Empty), pgtest.Database(t, pgtest.Empty)
	for _, url := range []string{src, tgt} {
		_, err := connect(t, url).Exec(ctx, `CREATE TABLE public.accounts (id int PRIMARY KEY, meta jsonb);
INSERT INTO public.accounts VALUES
  (1, '{"support.verified_phone": "+4930123456", "first-name": "Ann", "contacts": [{"email": "a@example.com"}]}'),
  (2, '{"support.verified_phone": "+4930654321"}'),
  (3, '{"theme": "dark"}')`)
		require.NoError(t, err)
	}
	// Row 1 is masked; row 2 kept its phone; row 3 holds nothing to mask.
	_, err := connect(t, tgt).Exec(ctx, `UPDATE public.accounts SET meta = '{"support.verified_phone": "+4930999999", "first-name": "Zoe", "contacts": [{"email": "z@example.net"}]}' WHERE id = 1`)
	require.NoError(t, err)
	plan := resolvePlan(t, src, `version: 1
tables:
  public.accounts:
    id: keep
    meta: { transform: json, paths: { "$['support.verified_phone']": phone, "$..email": email, "$.first-name": first_name } }
`)

	rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	require.Len(t, rep.Leaks, 1)
	l := rep.Leaks[0]
	require.EqualValues(t, 3, l.Rows)
	require.EqualValues(t, 1, l.Equal, "row 2 kept its phone; row 3, equal too, holds nothing the paths reach")
	require.Equal(t, []string{"$..email", "$.first-name", "$['support.verified_phone']"}, l.Paths, "the paths as written")
}

// The leak check asks PostgreSQL which documents hold a string a json
// rule's path reaches, and the check on the stream asks the rule itself
// (anonymize.JSONStrings). PostgreSQL must find every string the rule
// masks, or a leak would go uncounted; and it must not reach what the
// rule leaves as it is, or a document with nothing to mask fails verify.
// In PostgreSQL's default lax mode $.value[*] reached a value that is a
// string, and listmonk's settings log failed verify every night. (Inside
// a container a path matches whole, PostgreSQL may find strings the rule
// does not read one by one: the rule replaces the container, so they
// differ all the same.)
func TestJSONPathsAsRulesReadThem(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t, pgtest.Database(t, pgtest.Empty))
	reaches := func(pg, doc string) bool {
		var got bool
		err := conn.QueryRow(ctx, `SELECT jsonb_path_exists($1::jsonb, ($2 || ' ? (@.type() == "string" && @ != "")')::jsonpath)`, doc, pg).Scan(&got)
		require.NoError(t, err, "%s on %s", pg, doc)
		return got
	}
	docs := []string{
		`{"value": "https://lists.example.com"}`, `{"value": ["ann@example.com"]}`, `{"value": {"to": "ann@example.com"}}`,
		`{"value": true}`, `{"key": "smtp"}`, `[{"value": ["z@example.com"]}]`, `"value"`, `{"value": ["", 3, null]}`,
		`{"a": [{"b": 1}, {"c": "two"}]}`, `{"a": {"x": {"c": "deep"}}}`, `{"a": [{"c": ["list"]}]}`, `{"users": [{"email": "a@example.com"}]}`,
		`{"user": {"email": "b@example.com"}}`, `{"contacts": [{"phone": "+1 415"}, {"fax": "+1 416"}]}`, `{"contacts": "none"}`,
		`{"say \"hi\"": "x", "support.verified_phone": "+49 30"}`, `[["nested"]]`, `{"a": []}`,
	}
	paths := []string{
		"$.value[*]", "$.value.*", "$.a[*].c", "$.a.*.c", "$..c", "$..*", "$.user.email", "$..email", "$.users.email",
		"$.contacts[*].phone", "$.contacts[0].phone", "$.contacts[1].phone", "$.contacts[2].phone", "$[0].value[0]", "$[*]",
		`$["say \"hi\""]`, "$['support.verified_phone']", "$.a",
	}
	for _, p := range paths {
		pg, err := anonymize.PostgresJSONPath(p)
		require.NoError(t, err, p)
		holds, err := anonymize.JSONStrings([]string{p})
		require.NoError(t, err, p)
		for _, doc := range docs {
			if holds([]byte(doc)) {
				require.True(t, reaches(pg, doc), "%s (%s) misses a string the rule masks in %s", p, pg, doc)
			}
		}
	}
	// What lax mode reached and the rule leaves as it is.
	for _, tc := range [][2]string{
		{"$.value[*]", `{"value": "https://lists.example.com"}`},
		{"$.value.*", `{"value": "https://lists.example.com"}`},
		{"$.users.email", `{"users": [{"email": "a@example.com"}]}`},
		{"$.contacts[*].phone", `{"contacts": "none"}`},
		{"$.contacts[1].phone", `{"contacts": [{"phone": "+1 415"}, {"fax": "+1 416"}]}`},
		{"$.contacts[2].phone", `{"contacts": [{"phone": "+1 415"}, {"fax": "+1 416"}]}`},
		{"$[*]", `"value"`},
		{"$[0].value[0]", `{"value": ["ann@example.com"]}`},
	} {
		holds, err := anonymize.JSONStrings([]string{tc[0]})
		require.NoError(t, err)
		require.False(t, holds([]byte(tc[1])), "%s on %s", tc[0], tc[1])
		pg, err := anonymize.PostgresJSONPath(tc[0])
		require.NoError(t, err)
		require.False(t, reaches(pg, tc[1]), "%s (%s) on %s", tc[0], pg, tc[1])
	}
}

// Personal data in a column the rules keep is found in the column's
// sample, as a warning by default and a failure under residual: fail;
// masked columns, whose fakes look like the real thing, are not looked at.
func TestResidualPersonalDataInKeptColumns(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	for _, mode := range []string{"", "warn", "fail"} {
		t.Run("residual="+mode, func(t *testing.T) {
			t.Parallel()
			rulesYAML := shopRules
			if mode != "" {
				rulesYAML += "verify: { residual: " + mode + " }\n"
			}
			plan, src, tgt := shopPair(t, rulesYAML)
			_, err := connect(t, tgt).Exec(ctx, `
UPDATE public.orders SET note = 'call ann' || id || '@corp.example before noon' WHERE id <= 5;
UPDATE public.events SET payload = jsonb_build_object('n', id, 'contact', 'x' || id || '@corp.example') WHERE id <= 3`)
			require.NoError(t, err)

			rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
			require.NoError(t, err)
			byCol := map[string]Residual{}
			for _, r := range rep.Residual {
				byCol[r.Table+"."+r.Column+" "+r.Detector] = r
			}
			require.Len(t, byCol, 2, "%+v", rep.Residual)
			note := byCol["public.orders.note email"]
			require.Equal(t, 5, note.Matched)
			require.Equal(t, 40, note.Sampled)
			require.True(t, note.Embedded)
			require.ElementsMatch(t, []string{"(1)", "(2)", "(3)", "(4)", "(5)"}, note.RowKeys)
			payload := byCol["public.events.payload email"]
			require.Equal(t, "$.contact", payload.Path)
			require.Equal(t, 3, payload.Matched)

			fails := mode == "fail"
			require.Equal(t, fails, note.Fails)
			require.Equal(t, fails, rep.Failed(), "%q", rep.Failures())
			require.Equal(t, !fails, len(rep.Warnings()) == 2, "%q", rep.Warnings())
			out, err := json.Marshal(NewRecord(rep, PhaseOnDemand))
			require.NoError(t, err)
			require.NotContains(t, string(out), "@corp.example", "a record never holds a value")
		})
	}
}

// A credential in a bytea column whose values are text is found by the
// full scan, compressed with zlib too; the same bytes after a PNG header
// are not read.
func TestScanReadsByteaText(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	plan, src, tgt := shopPair(t, shopRules)
	conn := connect(t, tgt)
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	fmt.Fprintf(w, `{"job": "sync", "api_key": "%s"}`, token)
	require.NoError(t, w.Close())
	for _, sql := range []string{
		`ALTER TABLE public.orders ADD COLUMN attachment bytea`,
		`UPDATE public.orders SET attachment = convert_to('{"api_key": "' || $1 || '"}', 'UTF8') WHERE id = 2`,
		`UPDATE public.orders SET attachment = decode('89504e470d0a1a0a', 'hex') || convert_to($1, 'UTF8') WHERE id = 3`,
		`UPDATE public.orders SET attachment = $1 WHERE id = 4`,
	} {
		var args []any
		switch {
		case strings.Contains(sql, "id = 4"):
			args = append(args, z.Bytes())
		case strings.Contains(sql, "$1"):
			args = append(args, token)
		}
		tag, err := conn.Exec(ctx, sql, args...)
		require.NoError(t, err)
		if strings.HasPrefix(sql, "UPDATE") {
			require.EqualValues(t, 1, tag.RowsAffected(), sql)
		}
	}
	rep, err := Check(ctx, Config{Plan: plan, SourceURL: src, TargetURL: tgt})
	require.NoError(t, err)
	var found []Credential
	for _, c := range rep.Credentials {
		if c.Column == "attachment" {
			found = append(found, c)
		}
	}
	require.Len(t, found, 1, "%+v", rep.Credentials)
	require.Equal(t, []string{"(2)", "(4)"}, found[0].RowKeys)
}

// The reservoir keeps at most ResidualSample values, drawn uniformly, the
// same ones for the same rows.
func TestReservoirIsBoundedAndRepeatable(t *testing.T) {
	draw := func() *reservoir {
		r := newReservoir("public.t", "c")
		for i := range 20 * ResidualSample {
			r.add(strconv.Itoa(i), "("+strconv.Itoa(i)+")")
		}
		return r
	}
	a, b := draw(), draw()
	require.Len(t, a.vals, ResidualSample)
	require.Equal(t, a.vals, b.vals)
	late := 0
	for _, v := range a.vals {
		if n, _ := strconv.Atoi(v); n >= 10*ResidualSample {
			late++
		}
	}
	// Half of the values come after the first half of the stream; 5
	// standard deviations either side.
	require.InDelta(t, ResidualSample/2, late, 5*math.Sqrt(ResidualSample/4), "a uniform sample")
	long := newReservoir("public.t", "c")
	long.add(strings.Repeat("é", residualValueBytes), "(1)")
	require.LessOrEqual(t, len(long.vals[0]), residualValueBytes)
	require.True(t, utf8.ValidString(long.vals[0]))
}

// A kept column of base64-encoded serialized documents is read decoded,
// as init reads it: the emails inside are found.
func TestResidualReadsBase64Documents(t *testing.T) {
	r := newReservoir("public.saved_search", "contents")
	for i := range 10 {
		doc := fmt.Sprintf(`a:1:{s:12:"email1_basic";s:%d:"%s";}`, len(fmt.Sprintf("ann%d@corp.example", i)), fmt.Sprintf("ann%d@corp.example", i))
		r.add(base64.StdEncoding.EncodeToString([]byte(doc)), "("+strconv.Itoa(i)+")")
	}
	res := r.residuals("public.saved_search", "contents", false, false)
	require.Len(t, res, 1, "%+v", res)
	require.Equal(t, "email", res[0].Detector)
	require.Equal(t, 10, res[0].Matched)
}

// A kept column of order numbers, one in eleven of which passes a bare
// Portuguese tax number's check, or of checksums in eight hex digits, is
// no finding; a column of the tax numbers, or of addresses in hex under
// a name that says so, is.
func TestResidualColumnWideDetectors(t *testing.T) {
	var nifs []string // the numbers from 512345678 that pass the check
	for n := 512345678; len(nifs) < 200; n++ {
		if s := strconv.Itoa(n); detect.IsBarePortugueseNIF(s) {
			nifs = append(nifs, s)
		}
	}
	nif := func(i int) string { return nifs[i] }
	run := func(column string, value func(int) string) []Residual {
		r := newReservoir("public.t", column)
		for i := range 200 {
			r.add(value(i), "("+strconv.Itoa(i)+")")
		}
		return r.residuals("public.t", column, false, false)
	}
	require.Empty(t, run("order_ref", func(i int) string { return strconv.Itoa(500000000 + i*104729) }))
	res := run("field_309", nif)
	require.Len(t, res, 1, "%+v", res)
	require.Equal(t, "pt_nif", res[0].Detector)
	hex := func(i int) string { return fmt.Sprintf("%02X%02X%02X%02X", 83+i%100, 213, 160+i%90, 7*i%250) }
	require.Empty(t, run("crc32", hex))
	res = run("vote_ip", hex)
	require.Len(t, res, 1, "%+v", res)
	require.Equal(t, "hex_ip", res[0].Detector)
}
