package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

// schedulerScript is a pre-data section as pg_dump writes it, with a
// setting in the middle and statements that must run alone.
const schedulerScript = `SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('calm');
CREATE TABLE app.p (id int, day date) PARTITION BY RANGE (day);
SET default_table_access_method = heap;
CREATE TABLE app.a (id bigint NOT NULL, m app.mood);
CREATE SEQUENCE app.a_id_seq;
ALTER SEQUENCE app.a_id_seq OWNED BY app.a.id;
CREATE TABLE app.b (id bigint NOT NULL, who app.a);
CREATE TABLE app.c (id bigint NOT NULL);
CREATE TABLE app.p1 (id int, day date);
CREATE TABLE app.p2 (id int, day date);
CREATE TABLE app.p3 (id int, day date);
CREATE VIEW app.v AS SELECT id FROM app.c;
CREATE TABLE app.d (id bigint NOT NULL);
CREATE TABLE app.e (id bigint NOT NULL);
ALTER TABLE ONLY app.p ATTACH PARTITION app.p1 FOR VALUES FROM ('2024-01-01') TO ('2024-01-02');
ALTER TABLE ONLY app.p ATTACH PARTITION app.p2 FOR VALUES FROM ('2024-01-02') TO ('2024-01-03');
ALTER TABLE ONLY app.p ATTACH PARTITION app.p3 FOR VALUES FROM ('2024-01-03') TO ('2024-01-04');
ALTER TABLE ONLY app.a ALTER COLUMN id SET DEFAULT nextval('app.a_id_seq'::regclass);
COMMENT ON TABLE app.d IS 'd';
COMMENT ON COLUMN app.e.id IS 'e';
VACUUM app.e;
CREATE TABLE app.f (id bigint NOT NULL);
`

// The scheduler hands out every statement once, and never before what it
// must follow has committed or comes before it in the same batch: any
// statement of another kind than a named relation's waits for all before
// it; a session's settings precede its statements; a statement that runs
// outside a transaction runs alone. Checked against random interleavings
// of three sessions.
func TestPreLoadOrdersBatches(t *testing.T) {
	t.Parallel()
	stmts, _, err := pgsql.SchemaStatements(schedulerScript, pgsql.ScriptEdits{Order: true})
	require.NoError(t, err)
	shared := func(a, b pgsql.Statement) bool {
		for _, n := range a.Names {
			if slices.Contains(b.Names, n) {
				return true
			}
		}
		return false
	}
	// follows: statement i must come after j (j < i).
	follows := func(i, j int) bool {
		a, b := stmts[i], stmts[j]
		return a.Order != pgsql.OrderByName || b.Order != pgsql.OrderByName || a.OutsideTransaction != "" || b.OutsideTransaction != "" || shared(a, b)
	}
	for seed := range uint64(200) {
		rng := rand.New(rand.NewPCG(seed, 11))
		l := newPreLoad(stmts, 1+int(seed%4))
		done := make([]bool, len(stmts))
		applied := make([]int, 3) // settings each session has run
		var running [][]int32
		var owner []int
		for steps := 0; l.left > 0; steps++ {
			require.Less(t, steps, 10000, "seed %d: the load does not end", seed)
			if len(running) < 3 && (len(running) == 0 || rng.IntN(2) == 0) {
				batch, wait, err := l.take()
				require.NoError(t, err)
				if batch == nil {
					require.NotNil(t, wait, "seed %d", seed)
					require.NotEmpty(t, running, "seed %d: nothing runs and nothing is ready", seed)
					continue
				}
				require.LessOrEqual(t, len(batch), l.batch)
				require.True(t, slices.IsSorted(batch))
				w := rng.IntN(3)
				for k, i := range batch {
					require.False(t, done[i], "seed %d: statement %d twice", seed, i)
					if stmts[i].OutsideTransaction != "" {
						require.Len(t, batch, 1, "seed %d: %s runs alone", seed, stmts[i].SQL)
					}
					for j := range int(i) {
						if follows(int(i), j) {
							require.True(t, done[j] || slices.Contains(batch[:k], int32(j)),
								"seed %d: %q before %q", seed, stmts[i].SQL, stmts[j].SQL)
						}
					}
				}
				// The session runs the settings it lacks first.
				before := l.settingsBefore(batch[0])
				require.GreaterOrEqual(t, before, applied[w])
				applied[w] = l.settingsBefore(batch[len(batch)-1] + 1)
				running, owner = append(running, batch), append(owner, w)
				continue
			}
			k := rng.IntN(len(running))
			for _, i := range running[k] {
				done[i] = true
			}
			l.done(running[k])
			running, owner = slices.Delete(running, k, k+1), slices.Delete(owner, k, k+1)
		}
		for i, d := range done {
			require.True(t, d, "seed %d: statement %d never ran", seed, i)
		}
		batch, wait, err := l.take()
		require.NoError(t, err)
		require.Nil(t, batch)
		require.Nil(t, wait, "all done")
	}
}

// dumpSection is pg_dump's script of one section of db's schema, without
// owners, grants or the random \restrict key.
func dumpSection(t *testing.T, db, section string) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	var version int
	require.NoError(t, conn.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&version))
	require.NoError(t, conn.Close(ctx))
	tools, err := findPgTools(ctx, PgToolSearch{}, version, nil)
	require.NoError(t, err)
	out, err := exec.CommandContext(ctx, tools.pgDump, "--schema-only", "--section="+section, "--no-owner", "--no-privileges", "--dbname="+db).Output()
	require.NoError(t, err)
	return regexp.MustCompile(`(?m)^\\(un)?restrict .*$`).ReplaceAllString(string(out), "")
}

// The pre-data section of a schema with types, functions, row-typed
// columns, inheritance, nested partitions, views and comments, loaded on
// three sessions in batches of two, is the source's: pg_dump writes the
// same script from both.
func TestLoadPreDataOnSessions(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := pgtest.Database(t, pgtest.Fixture{Name: "pipeline-predata", Files: []string{filepath.Join("testdata", "predata.sql")}})
	dst := pgtest.Database(t, pgtest.Empty)
	script := dumpSection(t, src, "pre-data")
	stmts, _, err := pgsql.SchemaStatements(script, pgsql.ScriptEdits{Order: true})
	require.NoError(t, err)
	require.Greater(t, len(stmts), 150)
	connect := func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, dst) }
	require.NoError(t, loadPreData(ctx, stmts, 3, 2, connect, "dst"))
	require.Equal(t, script, dumpSection(t, dst, "pre-data"))
}

// A statement that fails is named, with the server's error, though it ran
// in a batch with others.
func TestLoadPreDataNamesTheFailedStatement(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dst := pgtest.Database(t, pgtest.Empty)
	stmts, _, err := pgsql.SchemaStatements(`SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.a (x int);
--
-- Name: b; Type: TABLE
--
CREATE TABLE public.b (
    x public.nosuch
);
CREATE TABLE public.c (x int);
`, pgsql.ScriptEdits{Order: true})
	require.NoError(t, err)
	connect := func(ctx context.Context) (*pgx.Conn, error) { return pgx.Connect(ctx, dst) }
	err = loadPreData(ctx, stmts, 2, 10, connect, "dst")
	require.ErrorContains(t, err, `schema: load into dst: ERROR: type "public.nosuch" does not exist (SQLSTATE 42704)`)
	require.ErrorContains(t, err, "\nCREATE TABLE public.b ( ...")
}

// A sequence is set past the largest value of the columns that use it,
// and never below the source's value: setval(largest, true) when the
// largest is above the source's, or equal and the source's not called.
func TestSetvalSQL(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	_, conn := emptyDatabase(t, `CREATE TABLE public.t (id bigserial, other bigint DEFAULT nextval('public.t_id_seq'));
		CREATE TABLE public."Empty" (id serial);
		CREATE SEQUENCE public.free;
		INSERT INTO public.t (id) SELECT generate_series(1, 10)`)
	m, err := schema.Load(ctx, conn)
	require.NoError(t, err)
	seq := func(name string) *schema.Sequence {
		for _, s := range m.Sequences {
			if s.Name.Name == name {
				return s
			}
		}
		t.Fatalf("no sequence %s", name)
		return nil
	}
	r := &run{model: m}
	for _, c := range []struct {
		seq        string
		last       int64
		called     bool
		want       int64
		wantCalled bool
	}{
		{"t_id_seq", 5, true, 10, true},
		{"t_id_seq", 20, true, 20, true},
		{"t_id_seq", 10, false, 10, true},
		{"t_id_seq", 10, true, 10, true},
		{"Empty_id_seq", 1, false, 1, false},
		{"Empty_id_seq", 7, true, 7, true},
		{"free", 3, true, 3, true},
	} {
		sql := r.setvalSQL(sequenceValue{seq: seq(c.seq), last: c.last, called: c.called})
		_, err := conn.Exec(ctx, sql)
		require.NoError(t, err, sql)
		var last int64
		var called bool
		require.NoError(t, conn.QueryRow(ctx, "SELECT last_value, is_called FROM public."+pgx.Identifier{c.seq}.Sanitize()).Scan(&last, &called))
		require.Equal(t, []any{c.want, c.wantCalled}, []any{last, called}, "%+v", c)
	}
	// The same through a batch, as schema: existing sets them.
	_, err = conn.Exec(ctx, "UPDATE public.t SET other = 40 WHERE id = 1")
	require.NoError(t, err)
	require.NoError(t, r.setSequenceBatch(ctx, conn, []sequenceValue{{seq: seq("t_id_seq"), last: 2, called: true}, {seq: seq("free"), last: 9, called: false}}))
	var a, b int64
	require.NoError(t, conn.QueryRow(ctx, "SELECT (SELECT last_value FROM public.t_id_seq), (SELECT last_value FROM public.free)").Scan(&a, &b))
	require.Equal(t, []int64{40, 9}, []int64{a, b}, "the largest of every column that uses it")
}

// emptyDatabase is a fresh empty database with setup run in it, and a
// session on it, closed when the test ends.
func emptyDatabase(t *testing.T, setup string) (string, *pgx.Conn) {
	t.Helper()
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.Empty)
	conn, err := pgx.Connect(ctx, db)
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	_, err = conn.Exec(ctx, setup)
	require.NoError(t, err)
	return db, conn
}

// The sessions that write <target>__next commit without waiting for the
// WAL flush and build indexes in 256 MB; the maintenance session, whose
// commit swaps the copy in, waits as the server says.
func TestNextSessionSettings(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	db := pgtest.Database(t, pgtest.Empty)
	cfg, err := pgx.ParseConfig(db)
	require.NoError(t, err)
	// pgtest's servers commit asynchronously; this target says otherwise,
	// as a server with default settings does.
	cfg.RuntimeParams["options"] = "-c synchronous_commit=on -c maintenance_work_mem=64MB"
	r := &run{tgtCfg: cfg, next: cfg.Database}
	for _, connect := range []func(context.Context) (*pgx.Conn, error){r.connectNext, r.connectScript} {
		conn, err := connect(ctx)
		require.NoError(t, err)
		var setting, mem string
		require.NoError(t, conn.QueryRow(ctx, "SELECT current_setting('synchronous_commit'), current_setting('maintenance_work_mem')").Scan(&setting, &mem))
		require.Equal(t, "off", setting)
		require.Equal(t, "256MB", mem)
		conn.Close(ctx)
	}
	conn, err := r.connectDB(ctx, cfg.Database)
	require.NoError(t, err)
	defer conn.Close(ctx)
	var setting string
	require.NoError(t, conn.QueryRow(ctx, "SHOW synchronous_commit").Scan(&setting))
	require.Equal(t, "on", setting, "the swap's session keeps the target's setting")

	// A larger setting of the server's stays.
	cfg.RuntimeParams["options"] = "-c maintenance_work_mem=1GB"
	big, err := r.connectNext(ctx)
	require.NoError(t, err)
	defer big.Close(ctx)
	require.NoError(t, big.QueryRow(ctx, "SHOW maintenance_work_mem").Scan(&setting))
	require.Equal(t, "1GB", setting)
}

// __next is created in production's locale where the staging server has
// it, else in the server's default, else in C (which fits any encoding),
// and the log says so. An ICU default collation (PostgreSQL 15) is
// read from production (readLocale) and carried over as one.
func TestCreateNextLocale(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := pgtest.Shared(t)
	admin, err := pgx.Connect(ctx, srv.AdminURL())
	require.NoError(t, err)
	defer admin.Close(ctx)
	var logs bytes.Buffer
	n := 0
	create := func(loc dbLocale) dbLocale {
		t.Helper()
		n++
		name := fmt.Sprintf("locale_%d_%d", n, time.Now().UnixNano())
		t.Cleanup(func() { _ = srv.DropDatabase(context.Background(), name) })
		r := &run{admin: admin, next: name, cfg: &Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))}}
		require.NoError(t, r.createNext(ctx, loc))
		got, err := readLocale(ctx, admin, name)
		require.NoError(t, err)
		require.Equal(t, loc.Encoding, got.Encoding)
		return got
	}
	libc := func(encoding, locale string) dbLocale {
		return dbLocale{Encoding: encoding, Collate: locale, Ctype: locale, Provider: "c"}
	}
	def, err := readLocale(ctx, admin, "template0")
	require.NoError(t, err)
	// A locale the server has: production's, whatever the server's
	// default (C on pgtest's servers).
	for _, locale := range []string{"C", "C.UTF-8"} {
		got := create(libc("UTF8", locale))
		require.Equal(t, locale, got.Collate)
		require.Equal(t, "c", got.Provider)
	}
	icu := dbLocale{Encoding: "UTF8", Collate: "C", Ctype: "C", Provider: "i", Locale: "de-DE"}
	require.Equal(t, icu, create(icu), "an ICU database stays one")
	require.Empty(t, logs.String())
	// PostgreSQL 16's tailoring rules: a 15 server takes the locale
	// without them, and says so.
	var version int
	require.NoError(t, admin.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&version))
	tailored := icu
	tailored.ICURules = "&a < g"
	if version < 160000 {
		require.Equal(t, icu, create(tailored))
		require.Contains(t, logs.String(), `production="ICU de-DE with its tailoring rules" staging="ICU de-DE"`)
		logs.Reset()
	} else {
		require.Equal(t, tailored, create(tailored))
	}

	// A locale it lacks: the server's default where it fits the encoding,
	// else C; the log says which.
	want := def.Collate
	if want != "C" && want != "POSIX" {
		want = "C" // a UTF-8 default (C.UTF-8, en_US.UTF-8) does not fit LATIN1
	}
	got := create(libc("LATIN1", "xx_XX.ISO-8859-1"))
	require.Equal(t, want, got.Collate)
	// On a server whose default is ICU's, the fallbacks keep its provider.
	require.Equal(t, def.Provider, got.Provider)
	staging := got.String()
	if strings.Contains(staging, " ") {
		staging = strconv.Quote(staging) // as slog's text handler writes it
	}
	require.Contains(t, logs.String(), "production=xx_XX.ISO-8859-1 staging="+staging)
	require.Equal(t, def.Collate, create(libc("UTF8", "xx_XX.UTF-8")).Collate, "a UTF-8 database on a server without the locale: its default")
	// ICU cannot serve SQL_ASCII: production's libc locale, with a warning.
	logs.Reset()
	got = create(dbLocale{Encoding: "SQL_ASCII", Collate: "C", Ctype: "C", Provider: "i", Locale: "de-DE"})
	require.Equal(t, "c", got.Provider)
	require.Contains(t, logs.String(), `production="ICU de-DE" staging=C`)
	// Anything else fails as it did.
	r := &run{admin: admin, next: fmt.Sprintf("locale_bad_%d", time.Now().UnixNano()), cfg: &Config{Logger: slog.New(slog.DiscardHandler)}}
	require.Error(t, r.createNext(ctx, libc("NO_SUCH_ENCODING", "C")))

	// readLocale reads production's on the source's own connection, its
	// ICU provider included.
	name := fmt.Sprintf("locale_icu_%d", time.Now().UnixNano())
	_, err = admin.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE' LC_COLLATE 'C' LC_CTYPE 'C'")
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.DropDatabase(context.Background(), name) })
	conn, err := pgx.Connect(ctx, srv.URL(name))
	require.NoError(t, err)
	defer conn.Close(ctx)
	got, err = readLocale(ctx, conn, "")
	require.NoError(t, err)
	require.Equal(t, dbLocale{Encoding: "UTF8", Collate: "C", Ctype: "C", Provider: "i", Locale: "sv-SE"}, got)
	require.Equal(t, "ICU sv-SE", got.String())
}

// When one session's connect fails, the others are cancelled, and what
// they return says only that (a connect error is text: it keeps no
// context.Canceled to recognise). The load returns the first session's
// cause, however the goroutines are scheduled: a run against a role at
// its connection limit said "context canceled" now and then.
func TestLoadPreDataReturnsTheCause(t *testing.T) {
	t.Parallel()
	stmts, _, err := pgsql.SchemaStatements("CREATE TABLE public.a (x int);\n", pgsql.ScriptEdits{Order: true})
	require.NoError(t, err)
	cause := errors.New(`connect to target app@db/staging__next: too many connections for role "app" (SQLSTATE 53300)`)
	for range 500 {
		var once sync.Once
		connect := func(ctx context.Context) (*pgx.Conn, error) {
			failed := false
			once.Do(func() { failed = true })
			if failed {
				return nil, cause
			}
			<-ctx.Done()
			return nil, fmt.Errorf("connect to target app@db/staging__next: %s", ctx.Err())
		}
		require.Equal(t, cause, loadPreData(context.Background(), stmts, 8, 1, connect, "staging__next"))
	}
}
