package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"net/url"
	"os"
	"os/exec"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
)

// lockKey is the advisory lock key of a target database.
func lockKey(target string) int64 {
	h := fnv.New64a()
	h.Write([]byte("understudy refresh " + target))
	return int64(h.Sum64())
}

// lock connects to the target server's maintenance database and takes the
// refresh lock for the target, held by that session for the whole run.
func (r *run) lock(ctx context.Context) error {
	cfg := r.tgtCfg.Copy()
	cfg.Database = r.cfg.MaintenanceDB
	cfg.RuntimeParams["application_name"] = fmt.Sprintf("understudy refresh (pid %d)", os.Getpid())
	conn, err := dsn.Connect(ctx, "target", cfg)
	if err != nil {
		return err
	}
	r.admin = conn
	key := lockKey(r.target)
	var ok bool
	if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1)", key).Scan(&ok); err != nil {
		return fmt.Errorf("target: take the refresh lock: %w", err)
	}
	if ok {
		return nil
	}
	held := &LockHeldError{Target: r.target}
	_ = conn.QueryRow(ctx, `SELECT a.pid, COALESCE(a.application_name, ''), COALESCE(host(a.client_addr), 'local socket'), a.backend_start
		FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
		WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1 AND l.objid = $2 AND l.objsubid = 1`,
		uint32(uint64(key)>>32), uint32(uint64(key))).Scan(&held.PID, &held.Application, &held.Client, &held.Since)
	return held
}

// prepareSchema creates <target>__next and loads the source's pre-data
// schema into it, credentials stripped.
func (r *run) prepareSchema(ctx context.Context) error {
	rows, err := r.admin.Query(ctx, "SELECT rolname FROM pg_roles")
	if err != nil {
		return fmt.Errorf("target: read roles: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return fmt.Errorf("target: read roles: %w", err)
	}
	r.targetRoles = map[string]bool{}
	for _, n := range names {
		r.targetRoles[n] = true
	}
	close(r.rolesRead)
	// A __next left by a killed run is ours: drop it.
	if err := dropDatabase(ctx, r.admin, r.next); err != nil {
		return fmt.Errorf("target: drop a leftover %s: %w", r.next, err)
	}
	loc, err := readLocale(ctx, r.coord, "")
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	// Set before the statement: a cancelled CREATE may still complete on
	// the server, and cleanup's DROP ... IF EXISTS is harmless otherwise.
	r.created = true
	if err := r.createNext(ctx, loc); err != nil {
		return err
	}
	stmts, err := r.preData.wait(ctx)
	if err != nil {
		return err
	}
	return r.loadPreData(ctx, stmts)
}

// dbLocale is how a database sorts and compares text: its encoding, its
// libc locale, and the provider of its default collation with that
// provider's locale (PostgreSQL 15's ICU, 17's builtin), empty for libc.
type dbLocale struct {
	Encoding, Collate, Ctype string
	Provider                 string // "i" (ICU), "b" (builtin) or "c" (libc)
	Locale                   string // the ICU or builtin locale
	ICURules                 string // PostgreSQL 16's ICU tailoring rules
}

// readLocale reads the locale of the database named, or of the current
// one where the name is empty. The provider columns are read through
// to_jsonb so that one query serves every server version: they came in
// PostgreSQL 15 (daticulocale), 16 (daticurules) and 17 (datlocale,
// which replaced daticulocale).
func readLocale(ctx context.Context, conn *pgx.Conn, name string) (dbLocale, error) {
	var l dbLocale
	err := conn.QueryRow(ctx, `SELECT pg_encoding_to_char(d.encoding), d.datcollate, d.datctype,
		COALESCE(to_jsonb(d)->>'datlocprovider', 'c'),
		COALESCE(to_jsonb(d)->>'datlocale', to_jsonb(d)->>'daticulocale', ''),
		COALESCE(to_jsonb(d)->>'daticurules', '')
		FROM pg_database d WHERE d.datname = COALESCE(NULLIF($1, ''), current_database())`, name).
		Scan(&l.Encoding, &l.Collate, &l.Ctype, &l.Provider, &l.Locale, &l.ICURules)
	return l, err
}

// String names the locale as a DBA would write it.
func (l dbLocale) String() string {
	switch l.Provider {
	case "i":
		if l.ICURules != "" {
			return "ICU " + l.Locale + " with its tailoring rules"
		}
		return "ICU " + l.Locale
	case "b":
		return "builtin " + l.Locale
	}
	return l.Collate
}

// createNext creates <target>__next in production's encoding and, where
// the staging server has it, production's locale (LC_COLLATE, LC_CTYPE,
// and the ICU or builtin locale of its default collation), so that
// staging sorts and compares text as production does. A server without
// that locale (or without ICU, or older than the provider) gets the
// database in production's libc locale, else its own default locale and,
// where that does not fit the encoding (a LATIN1 database on a server
// initialised in C.UTF-8), the C locale, which fits every encoding; the
// log says which, and what production's is.
func (r *run) createNext(ctx context.Context, loc dbLocale) error {
	create := "CREATE DATABASE " + pgx.Identifier{r.next}.Sanitize() + " TEMPLATE template0 ENCODING " + pgsql.QuoteLiteral(loc.Encoding)
	libc := " LC_COLLATE " + pgsql.QuoteLiteral(loc.Collate) + " LC_CTYPE " + pgsql.QuoteLiteral(loc.Ctype)
	var tries []string
	switch loc.Provider {
	case "i":
		clause := " LOCALE_PROVIDER icu ICU_LOCALE " + pgsql.QuoteLiteral(loc.Locale)
		if loc.ICURules != "" {
			// PostgreSQL 16's tailoring rules; a 15 staging server
			// takes the locale without them.
			tries = append(tries, clause+" ICU_RULES "+pgsql.QuoteLiteral(loc.ICURules)+libc)
		}
		tries = append(tries, clause+libc)
	case "b":
		tries = append(tries, " LOCALE_PROVIDER builtin BUILTIN_LOCALE "+pgsql.QuoteLiteral(loc.Locale)+libc)
	}
	// A server whose own default provider is ICU would give libc's
	// clauses an ICU database: name libc where the server knows the
	// keyword (15 and later), and fall back to the bare clause.
	tries = append(tries,
		" LOCALE_PROVIDER libc"+libc,
		libc,
		"", // the server's default
		" LC_COLLATE 'C' LC_CTYPE 'C'",
	)
	var first error
	for _, clause := range tries {
		_, err := r.admin.Exec(ctx, create+clause)
		if err == nil {
			if first != nil {
				got, _ := readLocale(ctx, r.admin, r.next)
				if got != loc {
					r.cfg.Logger.Warn("staging sorts text in another locale than production: the staging server lacks production's locale, or it does not fit the encoding",
						"production", loc.String(), "staging", got.String(), "encoding", loc.Encoding, "reason", first.Error())
				}
			}
			return nil
		}
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || !localeRefused[pgErr.Code] {
			// Not a locale the server refuses: a permission, a name
			// in use.
			return fmt.Errorf("target: create %s: %w", r.next, err)
		}
		if first == nil {
			first = err
		}
	}
	return fmt.Errorf("target: create %s: %w", r.next, first)
}

// localeRefused are the SQLSTATEs of a CREATE DATABASE whose locale the
// server cannot give: an unknown locale (wrong_object_type), one that
// does not fit the encoding (invalid_parameter_value), a server built
// without ICU or an encoding ICU lacks (feature_not_supported), and a
// provider keyword older servers do not know (syntax_error).
var localeRefused = map[string]bool{"42809": true, "22023": true, "0A000": true, "42601": true}

// startSchemaScripts starts, as soon as the snapshot is open, what the
// schema and post-data steps need from the source: pg_dump's archive of
// the schema, then each section's statements, written and parsed while
// the snapshot step samples the tables and the schema step loads. Only
// the statements that name roles wait for the schema step to read the
// target's.
func (r *run) startSchemaScripts(ctx context.Context) {
	r.rolesRead = make(chan struct{})
	archive := startBackground(ctx, r.dumpSchema)
	section := func(name string) func(context.Context) ([]pgsql.Statement, error) {
		return func(ctx context.Context) ([]pgsql.Statement, error) {
			a, err := archive.wait(ctx)
			if err != nil {
				return nil, err
			}
			return r.sectionStatements(ctx, a, name)
		}
	}
	r.preData = startBackground(ctx, section("pre-data"))
	post := section("post-data")
	r.postDataScript = startBackground(ctx, func(ctx context.Context) ([]pgsql.Statement, error) {
		_, _ = r.preData.wait(ctx) // one parse at a time: pre-data's is needed first
		return post(ctx)
	})
	r.stopScripts = func() {
		r.postDataScript.stop()
		r.preData.stop()
		archive.stop()
	}
}

// preDataBatch is how many statements of the pre-data schema the load's
// transactions hold at once, all sessions together (each session's batches
// are preDataBatch / Workers statements). Creating a table locks it, its
// TOAST table and the TOAST table's index until the transaction ends:
// loaded in one, a schema of thousands of tables would need a lock table
// of their size (psql --single-transaction did). A failed load leaves only
// __next, which is dropped, so one transaction buys nothing.
const preDataBatch = 100

// preDataLocks is the most relation locks the pre-data load's transactions
// hold at once: a table, its TOAST table and its index per statement.
const preDataLocks = 3 * preDataBatch

// sectionStatements writes one section of the schema archive as a script
// and returns its statements: credentials stripped, roles mapped to the
// target's (targetRoles, once read; renamed as the rules say, dropped
// where the target lacks them)
// and, in post-data, what serves production only left out. Pre-data's
// statements say what each must wait for (pgsql.Ordering).
func (r *run) sectionStatements(ctx context.Context, archive []byte, section string) ([]pgsql.Statement, error) {
	script, err := r.restoreSection(ctx, archive, section)
	if err != nil {
		return nil, err
	}
	// Roles are mapped even when grants are not kept: owners and grants
	// are gone from the dump then, but user mappings and policies still
	// name roles, which a staging server of its own does not have.
	var mapping map[string]string
	if roles := r.cfg.Rules.Roles; roles != nil {
		mapping = roles.Map
	}
	postData := section == "post-data"
	exists := func(role string) bool {
		select {
		case <-r.rolesRead:
			return r.targetRoles[role]
		case <-ctx.Done():
			return false // the run is over
		}
	}
	stmts, rep, err := pgsql.SchemaStatements(script, pgsql.ScriptEdits{Roles: mapping, RoleExists: exists,
		OmitProductionOnly: postData, Order: !postData})
	if err != nil {
		return nil, fmt.Errorf("schema: %s: %w", section, err)
	}
	r.mu.Lock() // post-data runs beside the copy
	defer r.mu.Unlock()
	for _, s := range rep.Scrubbed {
		r.cfg.Logger.Info("credential removed from the schema", "statement", s.Kind, "object", s.Object, "removed", strings.Join(s.Removed, ","))
		r.manifest.Scrubbed = append(r.manifest.Scrubbed, s.Kind+" "+s.Object)
	}
	for _, c := range rep.Mapped {
		r.cfg.Logger.Info("role mapped", "statement", c.Kind, "object", c.Object, "action", c.Action, "reason", c.Reason)
	}
	for _, s := range rep.Omitted {
		r.cfg.Logger.Info("left out of staging", "statement", s.Kind, "object", s.Object, "reason", s.Reason)
		r.manifest.Omitted = append(r.manifest.Omitted, s.Kind+" "+s.Object)
	}
	return stmts, nil
}

// dumpSchema runs pg_dump once for the source's schema, in the run's
// snapshot, as an archive (custom format) from which restoreSection
// writes each section: one pass over the source's catalog for both. The
// scripts are UTF-8 whatever the source's encoding: the parser and the
// loader's sessions speak UTF-8, and the target converts.
func (r *run) dumpSchema(ctx context.Context) ([]byte, error) {
	conn, password := connString(r.cfg.SourceURL)
	args := []string{"--schema-only", "--format=custom", "--encoding=UTF8", "--no-subscriptions", "--snapshot=" + r.snapshot, "--dbname=" + conn}
	cmd := exec.CommandContext(ctx, r.tools.pgDump, args...)
	cmd.Env = append(os.Environ(), "PGOPTIONS=-c default_transaction_read_only=on", "PGAPPNAME=understudy pg_dump")
	if password != "" {
		cmd.Env = append(cmd.Env, "PGPASSWORD="+password)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		// pg_dump reads the source: a failure of it is the source's.
		return nil, fmt.Errorf("source: pg_dump --schema-only: %v: %s", err, dsn.Redact(strings.TrimSpace(stderr.String())))
	}
	return stdout.Bytes(), nil
}

// restoreSection writes one section of the run's schema archive as a
// script, with pg_restore (no server involved), without owners or grants
// (the target's roles are not the source's) unless the rules keep them.
// Tablespaces are the production server's disks: staging puts every table
// and index in its own default tablespace.
func (r *run) restoreSection(ctx context.Context, archive []byte, section string) (string, error) {
	args := []string{"--section=" + section, "--no-tablespaces", "--file=-"}
	if roles := r.cfg.Rules.Roles; roles == nil || !roles.KeepGrants {
		args = append(args, "--no-owner", "--no-privileges")
	}
	cmd := exec.CommandContext(ctx, r.tools.pgRestore, args...)
	cmd.Stdin = bytes.NewReader(archive)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("schema: pg_restore --section=%s: %v: %s", section, err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

// connString returns the connection string without its password, and the
// password, so that neither a process list nor a log shows it.
func connString(raw string) (string, string) {
	if u, err := url.Parse(raw); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		password, _ := u.User.Password()
		if u.User != nil {
			u.User = url.User(u.User.Username())
		}
		q := u.Query()
		if p := q.Get("password"); p != "" {
			password = p
			q.Del("password")
			u.RawQuery = q.Encode()
		}
		return u.String(), password
	}
	var password string
	kv := regexp.MustCompile(`(?i)\bpassword\s*=\s*('(?:[^'\\]|\\.)*'|\S*)`)
	out := kv.ReplaceAllStringFunc(raw, func(m string) string {
		v := kv.FindStringSubmatch(m)[1]
		if strings.HasPrefix(v, "'") {
			v = strings.ReplaceAll(strings.Trim(v, "'"), `\'`, "'")
		}
		password = v
		return ""
	})
	return strings.TrimSpace(out), password
}

// withDatabase points a connection string at another database.
func withDatabase(conn, database string) string {
	if u, err := url.Parse(conn); err == nil && (u.Scheme == "postgres" || u.Scheme == "postgresql") {
		u.Path = "/" + database
		return u.String()
	}
	re := regexp.MustCompile(`\bdbname\s*=\s*('(?:[^'\\]|\\.)*'|\S*)`)
	q := "dbname='" + strings.ReplaceAll(database, "'", `\'`) + "'"
	if re.MatchString(conn) {
		return re.ReplaceAllLiteralString(conn, q)
	}
	return conn + " " + q
}

// connectScript opens a connection to <target>__next that runs the
// schema scripts, which pg_dump writes in UTF-8 (dumpSchema): the server
// reads each statement in the client_encoding of the session as the
// statement arrives, before any SET in it.
func (r *run) connectScript(ctx context.Context) (*pgx.Conn, error) {
	return r.connectNextWith(ctx, map[string]string{"client_encoding": "UTF8"})
}

// connectNext opens a connection to <target>__next.
func (r *run) connectNext(ctx context.Context) (*pgx.Conn, error) {
	return r.connectNextWith(ctx, nil)
}

func (r *run) connectNextWith(ctx context.Context, params map[string]string) (*pgx.Conn, error) {
	cfg := r.tgtCfg.Copy()
	for k, v := range params {
		cfg.RuntimeParams[k] = v
	}
	cfg.Database = r.next
	cfg.RuntimeParams["application_name"] = "understudy"
	cfg.RuntimeParams["DateStyle"] = "ISO"
	cfg.RuntimeParams["TimeZone"] = "UTC"
	cfg.AfterConnect = loadSettings
	return dsn.Connect(ctx, "target", cfg)
}

// loadSettings sets up a session writing <target>__next, as pgcopydb
// sets up its target's:
//
//   - synchronous_commit off: a commit returns before its WAL is flushed.
//     Nobody reads __next before the swap, and the swap's own commit (the
//     maintenance session's, synchronous) flushes the WAL up to it, the
//     whole copy's included; a crash before that leaves a __next the next
//     run drops. With fsync on, a schema of thousands of tables no longer
//     waits for a flush at each of its thousands of commits.
//   - maintenance_work_mem at least loadMaintenanceMem, for the index
//     builds: a primary key of 2 million rows sorts in memory instead of
//     on disk (about 10% faster, measured on pgbench_accounts at scale 20).
//     A larger setting of the server's is kept.
//
// SET, not startup parameters: PgBouncer refuses startup parameters it
// does not know.
func loadSettings(ctx context.Context, c *pgconn.PgConn) error {
	return c.Exec(ctx, fmt.Sprintf(`SET synchronous_commit = off;
SELECT set_config('maintenance_work_mem', '%d kB', false) WHERE pg_size_bytes(current_setting('maintenance_work_mem')) < %d`,
		loadMaintenanceMem>>10, loadMaintenanceMem)).Close()
}

// loadMaintenanceMem is the least maintenance_work_mem of a session
// writing __next: a quarter of pgcopydb's 1 GB, as index builds run on
// every worker at once and a staging server is often a small one.
const loadMaintenanceMem = 256 << 20

var errSessions = errors.New("staging still has sessions")

// background is work started ahead of the step that needs its result.
type background[T any] struct {
	done   chan struct{}
	cancel context.CancelFunc
	val    T
	err    error
}

// startBackground runs fn in a goroutine of its own, with a context that
// stop cancels.
func startBackground[T any](ctx context.Context, fn func(context.Context) (T, error)) *background[T] {
	ctx, cancel := context.WithCancel(ctx)
	b := &background[T]{done: make(chan struct{}), cancel: cancel}
	go func() {
		defer close(b.done)
		b.val, b.err = fn(ctx)
	}()
	return b
}

// wait returns fn's result once it is there.
func (b *background[T]) wait(ctx context.Context) (T, error) {
	select {
	case <-b.done:
		return b.val, b.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}

// stop cancels fn and waits for it to return; a nil b is nothing to stop.
func (b *background[T]) stop() {
	if b == nil {
		return
	}
	b.cancel()
	<-b.done
}
