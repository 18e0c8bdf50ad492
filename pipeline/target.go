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
	// A __next left by a killed run is ours: drop it.
	if err := dropDatabase(ctx, r.admin, r.next); err != nil {
		return fmt.Errorf("target: drop a leftover %s: %w", r.next, err)
	}
	var encoding string
	if err := r.coord.QueryRow(ctx, "SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()").Scan(&encoding); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	// Set before the statement: a cancelled CREATE may still complete on
	// the server, and cleanup's DROP ... IF EXISTS is harmless otherwise.
	r.created = true
	if _, err := r.admin.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{r.next}.Sanitize()+" TEMPLATE template0 ENCODING "+pgsql.QuoteLiteral(encoding)); err != nil {
		return fmt.Errorf("target: create %s: %w", r.next, err)
	}
	r.created = true
	script, err := r.dump(ctx, "pre-data")
	if err != nil {
		return err
	}
	scrubbed, err := r.scrub(ctx, script)
	if err != nil {
		return err
	}
	batched, err := inBatches(scrubbed, preDataBatch)
	if err != nil {
		return fmt.Errorf("schema: %w", err)
	}
	return r.psql(ctx, r.next, batched)
}

// preDataBatch is how many statements of the pre-data schema load in one
// transaction of the target. Creating a table locks it, its TOAST table and
// the TOAST table's index until the transaction ends: loaded in one, a
// schema of thousands of tables would need a lock table of their size
// (psql --single-transaction did). A failed load leaves only __next, which
// is dropped, so one transaction buys nothing.
const preDataBatch = 100

// preDataLocks is the most relation locks a batch of the pre-data load
// takes: a table, its TOAST table and its index per statement.
const preDataLocks = 3 * preDataBatch

// inBatches rewrites a script as transactions of at most n statements.
func inBatches(script string, n int) (string, error) {
	stmts, err := pgsql.SplitScript(script)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(script) + len(stmts)/n*16 + 16)
	for i, s := range stmts {
		if i%n == 0 {
			if i > 0 {
				b.WriteString("COMMIT;\n")
			}
			b.WriteString("BEGIN;\n")
		}
		b.WriteString(s.SQL)
		b.WriteString(";\n")
	}
	if len(stmts) > 0 {
		b.WriteString("COMMIT;\n")
	}
	return b.String(), nil
}

// scrub strips credentials from a schema script and maps its roles to the
// target's (renamed as the rules say, dropped where the target lacks them).
func (r *run) scrub(ctx context.Context, script string) (string, error) {
	scrubbed, report, err := pgsql.ScrubDDL(script)
	if err != nil {
		return "", fmt.Errorf("schema: strip credentials: %w", err)
	}
	for _, s := range report {
		r.cfg.Logger.Info("credential removed from the schema", "statement", s.Kind, "object", s.Object, "removed", strings.Join(s.Removed, ","))
		r.manifest.Scrubbed = append(r.manifest.Scrubbed, s.Kind+" "+s.Object)
	}
	// Roles are mapped even when grants are not kept: owners and grants
	// are gone from the dump then, but user mappings and policies still
	// name roles, which a staging server of its own does not have.
	var mapping map[string]string
	if roles := r.cfg.Rules.Roles; roles != nil {
		mapping = roles.Map
	}
	rows, err := r.admin.Query(ctx, "SELECT rolname FROM pg_roles")
	if err != nil {
		return "", fmt.Errorf("target: read roles: %w", err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return "", fmt.Errorf("target: read roles: %w", err)
	}
	have := map[string]bool{}
	for _, n := range names {
		have[n] = true
	}
	mapped, changes, err := pgsql.MapRoles(scrubbed, mapping, func(role string) bool { return have[role] })
	if err != nil {
		return "", fmt.Errorf("schema: map roles: %w", err)
	}
	for _, c := range changes {
		r.cfg.Logger.Info("role mapped", "statement", c.Kind, "object", c.Object, "action", c.Action, "reason", c.Reason)
	}
	return mapped, nil
}

// dump runs pg_dump for one section of the source's schema, in the run's
// snapshot, without owners or grants (the target's roles are not the
// source's).
func (r *run) dump(ctx context.Context, section string) (string, error) {
	bin := r.tools.pgDump
	conn, password := connString(r.cfg.SourceURL)
	// Tablespaces are the production server's disks: staging puts every
	// table and index in its own default tablespace.
	args := []string{"--schema-only", "--section=" + section, "--no-subscriptions", "--no-tablespaces", "--snapshot=" + r.snapshot, "--dbname=" + conn}
	if roles := r.cfg.Rules.Roles; roles == nil || !roles.KeepGrants {
		args = append(args, "--no-owner", "--no-privileges")
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "PGOPTIONS=-c default_transaction_read_only=on", "PGAPPNAME=understudy pg_dump")
	if password != "" {
		cmd.Env = append(cmd.Env, "PGPASSWORD="+password)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		// pg_dump reads the source: a failure of it is the source's.
		return "", fmt.Errorf("source: pg_dump --section=%s: %v: %s", section, err, dsn.Redact(strings.TrimSpace(stderr.String())))
	}
	return stdout.String(), nil
}

// psql runs a SQL script in a target database, stopping at the first
// error; the script says where its transactions begin and end.
func (r *run) psql(ctx context.Context, database, script string) error {
	bin := r.tools.psql
	conn, password := connString(r.cfg.TargetURL)
	u := withDatabase(conn, database)
	cmd := exec.CommandContext(ctx, bin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", u, "-f", "-")
	cmd.Env = append(os.Environ(), "PGAPPNAME=understudy")
	if password != "" {
		cmd.Env = append(cmd.Env, "PGPASSWORD="+password)
	}
	cmd.Stdin = strings.NewReader(script)
	// Only stderr: stdout holds the results of the script's queries
	// (pg_dump's set_config), which would bury the error.
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("schema: load into %s: %v: %s", database, err, dsn.Redact(strings.TrimSpace(stderr.String())))
	}
	return nil
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

// connectNext opens a connection to <target>__next.
func (r *run) connectNext(ctx context.Context) (*pgx.Conn, error) {
	cfg := r.tgtCfg.Copy()
	cfg.Database = r.next
	cfg.RuntimeParams["application_name"] = "understudy"
	cfg.RuntimeParams["DateStyle"] = "ISO"
	cfg.RuntimeParams["TimeZone"] = "UTC"
	return dsn.Connect(ctx, "target", cfg)
}

var errSessions = errors.New("staging still has sessions")
