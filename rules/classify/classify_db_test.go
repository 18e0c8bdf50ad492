package classify_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func planted() pgtest.Fixture {
	return pgtest.Fixture{Name: "classify-planted", Files: []string{filepath.Join("testdata", "planted.sql")}}
}

// snapshot opens a fresh clone of the fixture and begins the transaction the
// tool reads a source in: REPEATABLE READ, READ ONLY.
func snapshot(t *testing.T, fx pgtest.Fixture) (pgx.Tx, *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, fx))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(ctx) })
	tx, err := conn.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	require.NoError(t, err)
	t.Cleanup(func() { _ = tx.Rollback(ctx) })
	return tx, conn
}

// classifyAll loads the model and samples it in the snapshot, and checks
// the snapshot is still usable and still read-only afterwards.
func classifyAll(t *testing.T, tx pgx.Tx, opts classify.SampleOptions) (*schema.Model, *classify.Samples, map[string]classify.ColumnClass) {
	t.Helper()
	ctx := context.Background()
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	s, err := classify.Sample(ctx, tx, m, opts)
	require.NoError(t, err)
	var ro, timeout string
	require.NoError(t, tx.QueryRow(ctx, "SELECT current_setting('transaction_read_only'), current_setting('statement_timeout')").Scan(&ro, &timeout))
	require.Equal(t, "on", ro)
	require.Equal(t, "0", timeout, "SET LOCAL statement_timeout is undone after each table")
	byName := map[string]classify.ColumnClass{}
	for _, c := range classify.Classify(m, s) {
		byName[c.Table.String()+"."+pgsql.QuoteIdent(c.Column)] = c
	}
	return m, s, byName
}

func transform(c classify.ColumnClass) string {
	if c.Suggestion == nil {
		return ""
	}
	return c.Suggestion.Transform
}

func requireClass(t *testing.T, got map[string]classify.ColumnClass, column string, cat classify.Category, tr string) classify.ColumnClass {
	t.Helper()
	c, ok := got[column]
	require.True(t, ok, "no class for %s", column)
	require.Equal(t, cat, c.Category, "%s: %s", column, evidence(c))
	require.Equal(t, tr, transform(c), "%s: %s", column, evidence(c))
	return c
}

func evidence(c classify.ColumnClass) string {
	var b strings.Builder
	for _, e := range c.Evidence {
		b.WriteString("\n  " + string(e.Source) + " " + e.Detector + " " + e.Path + ": " + e.Message)
	}
	return b.String()
}

func TestPagila(t *testing.T) {
	t.Parallel()
	tx, _ := snapshot(t, pgtest.Pagila())
	m, s, got := classifyAll(t, tx, classify.SampleOptions{})

	c := requireClass(t, got, "public.customer.email", classify.DirectIdentifier, "email")
	require.Equal(t, 599, c.Sampled)
	requireClass(t, got, "public.customer.first_name", classify.DirectIdentifier, "first_name")
	requireClass(t, got, "public.customer.last_name", classify.DirectIdentifier, "last_name")
	requireClass(t, got, "public.customer.activebool", classify.None, "")
	c = requireClass(t, got, "public.staff.password", classify.Secret, "constant")
	require.Contains(t, evidence(c), "hex digests", "the sampled SHA-1 values back the name")
	requireClass(t, got, "public.staff.username", classify.DirectIdentifier, "username")
	requireClass(t, got, "public.staff.picture", classify.DirectIdentifier, "null")
	requireClass(t, got, "public.address.phone", classify.DirectIdentifier, "phone")
	requireClass(t, got, "public.address.address", classify.DirectIdentifier, "street_address")
	requireClass(t, got, "public.address.postal_code", classify.QuasiIdentifier, "postcode")
	// Prose someone typed, in which 1,000 sampled values hold no email,
	// phone, card, IBAN, IP address, person's name or secret: catalogue
	// copy, kept, and the evidence says why (init writes it above the
	// keep). Its search vector holds nothing more than its words.
	c = requireClass(t, got, "public.film.description", classify.None, "")
	require.Contains(t, evidence(c), "overruled by the values")
	require.Contains(t, evidence(c), "prose")
	requireClass(t, got, "public.film.fulltext", classify.None, "")
	requireClass(t, got, "public.film.title", classify.None, "")
	requireClass(t, got, "public.film.special_features", classify.None, "")
	requireClass(t, got, "public.city.city", classify.None, "")
	requireClass(t, got, "public.country.country", classify.None, "")
	requireClass(t, got, "public.language.name", classify.None, "")
	requireClass(t, got, "public.payment.amount", classify.None, "")
	requireClass(t, got, "public.payment_p2022_03.amount", classify.None, "")

	// The payment partitions are read once, through the root.
	ps := s.Table(schema.Name{Schema: "public", Name: "payment"})
	require.NotNil(t, ps)
	require.Len(t, ps.Covers, 7)
	require.Same(t, ps, s.Table(schema.Name{Schema: "public", Name: "payment_p2022_05"}))
	for _, ts := range s.Tables {
		require.Empty(t, ts.Error, ts.Table.String())
	}

	b, err := json.MarshalIndent(classify.Classify(m, s), "", "  ")
	require.NoError(t, err)
	golden.Check(t, filepath.Join("testdata", "golden", "pagila.json"), append(b, '\n'))
}

func TestPlanted(t *testing.T) {
	t.Parallel()
	tx, _ := snapshot(t, planted())
	_, s, got := classifyAll(t, tx, classify.SampleOptions{Rows: 100})

	// Data evidence alone finds the planted secrets and identifiers.
	for col, det := range map[string]string{
		`"Vault"."Service Config".alpha`:   classify.DetectorJWT,
		`"Vault"."Service Config".bravo`:   classify.DetectorAWSAccessKey,
		`"Vault"."Service Config".charlie`: classify.DetectorPasswordHash,
		`"Vault"."Service Config".delta`:   classify.DetectorPrivateKey,
		`"Vault"."Service Config".echo`:    classify.DetectorURLCredentials,
	} {
		c := requireClass(t, got, col, classify.Secret, transformOf(det))
		require.Equal(t, classify.SourceData, c.Evidence[0].Source, col)
		require.Equal(t, det, c.Evidence[0].Detector, col)
		require.Equal(t, 1.0, c.Evidence[0].Share, col)
	}
	// One AWS key among 100 sampled values is enough.
	c := requireClass(t, got, `"Vault"."Service Config".hotel`, classify.Secret, "redact")
	require.Equal(t, 1, c.Evidence[0].Matched)
	requireClass(t, got, `"Vault"."Service Config".foxtrot`, classify.DirectIdentifier, "iban")
	requireClass(t, got, `"Vault"."Service Config".golf`, classify.DirectIdentifier, "email")
	requireClass(t, got, `"Vault"."Service Config".juliett`, classify.DirectIdentifier, "email")
	requireClass(t, got, `"Vault"."Service Config".kilo`, classify.DirectIdentifier, "email")
	c = requireClass(t, got, `"Vault"."Service Config".india`, classify.FreeText, "scrub_text")
	require.Contains(t, evidence(c), "contain email addresses in their text")

	// JSON: per-path evidence and a json suggestion.
	c = requireClass(t, got, `"Vault"."Service Config"."Mixed Case"`, classify.Secret, "json")
	require.Equal(t, map[string]string{
		"$.api_key":           "redact",
		"$.bank.iban":         "iban",
		"$.billing.card":      "card",
		"$.billing.email":     "email",
		"$.billing.zip":       "postcode",
		"$.contacts[*].name":  "full_name", // by the key, a contact's name
		"$.contacts[*].phone": "phone",
	}, c.Suggestion.Paths)

	// Decoys.
	requireClass(t, got, "public.accounts.email", classify.DirectIdentifier, "email")
	requireClass(t, got, "public.accounts.email_verified", classify.None, "")
	requireClass(t, got, "public.accounts.emailed_at", classify.None, "")
	requireClass(t, got, "public.accounts.version", classify.None, "")
	c = requireClass(t, got, "public.accounts.order_no", classify.None, "")
	require.Empty(t, c.Evidence, "16 digits that fail Luhn are no card and no phone")
	require.Equal(t, 100, c.Sampled)
	requireClass(t, got, "public.accounts.sku", classify.None, "")
	requireClass(t, got, "public.accounts.status", classify.None, "")
	requireClass(t, got, "public.accounts.profile", classify.None, "")
	c = requireClass(t, got, "public.accounts.password_hash", classify.Secret, "constant")
	require.Contains(t, evidence(c), "password hashes")
	c = requireClass(t, got, "public.accounts.display", classify.DirectIdentifier, "")
	require.True(t, c.Generated)
	requireClass(t, got, "public.accounts.login_ip", classify.QuasiIdentifier, "ipv4")
	requireClass(t, got, "public.accounts.id", classify.None, "")

	// Partitions are classified from the root's sample.
	requireClass(t, got, "public.events.actor", classify.DirectIdentifier, "email")
	c = requireClass(t, got, "public.events_2025.actor", classify.DirectIdentifier, "email")
	require.Equal(t, 100, c.Sampled)
	c = requireClass(t, got, "public.events_2024.payload", classify.QuasiIdentifier, "json")
	require.Equal(t, map[string]string{"$.ip": "ipv4"}, c.Suggestion.Paths)

	// bytea: vCards are read as text, and hashed whole: the emails in
	// them cannot be scrubbed out, so the column is a direct identifier;
	// a PNG is not read.
	c = requireClass(t, got, "public.address_cards.carddata", classify.DirectIdentifier, "hash")
	require.Contains(t, evidence(c), "contain email addresses in their text")
	c = requireClass(t, got, "public.address_cards.photo", classify.DirectIdentifier, "null")
	require.Zero(t, c.Sampled, "a PNG is not text")
	requireClass(t, got, "public.address_cards.blob", classify.Secret, "hash")
	cards := s.Table(schema.Name{Schema: "public", Name: "address_cards"})
	for _, cs := range cards.Columns {
		switch cs.Column {
		case "carddata", "blob":
			require.Equal(t, 30, cs.NonNull, cs.Column)
		case "photo":
			require.Equal(t, 30, cs.Binary)
			require.Zero(t, cs.NonNull)
		}
	}

	// The large analyzed table is sampled with TABLESAMPLE, the small ones
	// with LIMIT, the one without text columns not at all.
	big := s.Table(schema.Name{Schema: "public", Name: "big"})
	require.True(t, strings.HasPrefix(big.Method, "TABLESAMPLE SYSTEM ("), big.Method)
	require.Equal(t, 100, big.Rows)
	require.Equal(t, "LIMIT", s.Table(schema.Name{Schema: "public", Name: "accounts"}).Method)
	events := s.Table(schema.Name{Schema: "public", Name: "events"})
	require.True(t, strings.HasPrefix(events.Method, "TABLESAMPLE SYSTEM ("), "a partitioned root is sampled through its partitions: %s", events.Method)
	require.Positive(t, events.Rows)
	numbers := s.Table(schema.Name{Schema: "public", Name: "numbers"})
	require.Empty(t, numbers.Method)
	require.Zero(t, numbers.Rows)
	requireClass(t, got, "public.big.email", classify.DirectIdentifier, "email")

	// Samples hold counts, never values.
	b, err := json.Marshal(s)
	require.NoError(t, err)
	for _, leak := range []string{"AKIA", "eyJ", "@example", "PRIVATE KEY", "$2b$", "postgres://"} {
		require.NotContains(t, string(b), leak)
	}
}

func transformOf(det string) string {
	if det == classify.DetectorPasswordHash {
		return "constant"
	}
	return "redact"
}

func TestSampleTimeoutAndPermissions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tx, conn := snapshot(t, planted())
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)

	// Another session holds a lock that blocks every read of accounts.
	locker, err := pgx.Connect(ctx, conn.Config().ConnString())
	require.NoError(t, err)
	defer locker.Close(ctx)
	ltx, err := locker.Begin(ctx)
	require.NoError(t, err)
	defer ltx.Rollback(ctx)
	_, err = ltx.Exec(ctx, "LOCK TABLE public.accounts IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)

	// And the snapshot reads as a role that may not read "Vault".hidden.
	_, err = tx.Exec(ctx, "SET LOCAL ROLE classify_reader")
	require.NoError(t, err)

	start := time.Now()
	s, err := classify.Sample(ctx, tx, m, classify.SampleOptions{Rows: 50, TableTimeout: 300 * time.Millisecond})
	require.NoError(t, err)
	require.Less(t, time.Since(start), 20*time.Second)

	accounts := s.Table(schema.Name{Schema: "public", Name: "accounts"})
	require.True(t, accounts.Partial)
	require.Contains(t, accounts.Error, "statement_timeout")
	hidden := s.Table(schema.Name{Schema: "Vault", Name: "hidden"})
	require.Contains(t, hidden.Error, "permission denied")
	// The tables after them were still read, in the same snapshot.
	cfg := s.Table(schema.Name{Schema: "Vault", Name: "Service Config"})
	require.Empty(t, cfg.Error)
	require.Equal(t, 50, cfg.Rows)
	events := s.Table(schema.Name{Schema: "public", Name: "events"})
	require.Equal(t, 50, events.Rows)

	var one int
	require.NoError(t, tx.QueryRow(ctx, "SELECT 1").Scan(&one))
}

func TestSampleOverallTimeout(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tx, _ := snapshot(t, planted())
	m, err := schema.Load(ctx, tx)
	require.NoError(t, err)
	s, err := classify.Sample(ctx, tx, m, classify.SampleOptions{Timeout: time.Nanosecond})
	require.NoError(t, err)
	for _, ts := range s.Tables {
		if len(ts.Columns) == 0 && ts.Error == "" {
			continue // no text columns: nothing to read
		}
		require.Contains(t, ts.Error, "not sampled", ts.Table.String())
	}
	// Without data the names still classify.
	got := map[string]classify.ColumnClass{}
	for _, c := range classify.Classify(m, s) {
		got[c.Table.String()+"."+pgsql.QuoteIdent(c.Column)] = c
	}
	requireClass(t, got, "public.accounts.email", classify.DirectIdentifier, "email")
	requireClass(t, got, `"Vault"."Service Config".alpha`, classify.None, "")

	// A cancelled context is an error.
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = classify.Sample(cctx, tx, m, classify.SampleOptions{})
	require.ErrorIs(t, err, context.Canceled)
}

func TestSampleOutsideTransaction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, planted()))
	require.NoError(t, err)
	defer conn.Close(ctx)
	m, err := schema.Load(ctx, conn)
	require.NoError(t, err)
	s, err := classify.Sample(ctx, conn, m, classify.SampleOptions{Rows: 10, Tables: []schema.Name{{Schema: "public", Name: "events_2024"}}})
	require.NoError(t, err)
	require.Len(t, s.Tables, 1)
	require.Equal(t, "events", s.Tables[0].Table.Name)
	require.Equal(t, 10, s.Tables[0].Rows)
}

func classifyName(schemaName, table string) schema.Name {
	return schema.Name{Schema: schemaName, Name: table}
}

// TestSampleEachTableInItsOwnTransaction: with Begin, every table is read
// in a transaction of its own that imports an exported snapshot: rows
// committed after the snapshot are not seen, a table's lock ends with its
// read, a timeout or a permission error stays that table's, and the
// session is left outside any transaction.
func TestSampleEachTableInItsOwnTransaction(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	url := pgtest.Database(t, planted())
	holder, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer holder.Close(ctx)
	htx, err := holder.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	require.NoError(t, err)
	defer htx.Rollback(ctx)
	var snap string
	require.NoError(t, htx.QueryRow(ctx, "SELECT pg_export_snapshot()").Scan(&snap))
	m, err := schema.Load(ctx, htx)
	require.NoError(t, err)

	writer, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer writer.Close(ctx)
	_, err = writer.Exec(ctx, `DELETE FROM "Vault"."Service Config"`)
	require.NoError(t, err)
	// Another session holds a lock that blocks every read of accounts.
	ltx, err := writer.Begin(ctx)
	require.NoError(t, err)
	defer ltx.Rollback(ctx)
	_, err = ltx.Exec(ctx, "LOCK TABLE public.accounts IN ACCESS EXCLUSIVE MODE")
	require.NoError(t, err)

	conn, err := pgx.Connect(ctx, url)
	require.NoError(t, err)
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "SET ROLE classify_reader")
	require.NoError(t, err)
	s, err := classify.Sample(ctx, conn, m, classify.SampleOptions{Rows: 50, TableTimeout: 300 * time.Millisecond, Begin: []string{
		"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "SET TRANSACTION SNAPSHOT '" + snap + "'"}})
	require.NoError(t, err)

	cfg := s.Table(schema.Name{Schema: "Vault", Name: "Service Config"})
	require.Empty(t, cfg.Error)
	require.Equal(t, 50, cfg.Rows, "read as of the snapshot, before the delete")
	require.Contains(t, s.Table(schema.Name{Schema: "public", Name: "accounts"}).Error, "statement_timeout")
	require.Contains(t, s.Table(schema.Name{Schema: "Vault", Name: "hidden"}).Error, "permission denied")
	require.Equal(t, 50, s.Table(schema.Name{Schema: "public", Name: "events"}).Rows)

	_, err = conn.Exec(ctx, "SAVEPOINT probe")
	var pgErr *pgconn.PgError
	require.ErrorAs(t, err, &pgErr, "no transaction is left open")
	require.Equal(t, "25P01", pgErr.Code)
	var locks int
	require.NoError(t, conn.QueryRow(ctx, "SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid() AND locktype = 'relation' AND relation <> 'pg_locks'::regclass").Scan(&locks))
	require.Zero(t, locks)
}
