package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
	"github.com/understudy/understudy/subset"
)

// PrepareConfig is the front half of every command that reads the source:
// run, plan, lint, report, verify, init and inspect.
type PrepareConfig struct {
	// SourceURL is the production database, read read-only.
	SourceURL string
	// Rules is the parsed rules file, resolved against the schema in the
	// snapshot; nil only classifies (init, inspect).
	Rules *rules.Config
	// Secret keys the rules' transformers and the subset's sample. Without
	// it the rules are compiled for validation only, and a keyed sample
	// differs from run's.
	Secret []byte
	// SampleRows is how many rows per table are read to classify columns
	// by their data; 0 or less: classify by name and type only.
	SampleRows int
	// SampleTimeout bounds each worker's whole sample and each table's
	// read within it (statement_timeout); 0: classify's defaults (two
	// minutes, ten seconds). A table cut short is classified on the rows
	// read, so a result that must not depend on the machine's load (the
	// labelled evaluation) sets it high.
	SampleTimeout time.Duration
	// Workers is how many sessions sample at once (default: the number of
	// CPUs).
	Workers int
	// Logger receives diagnostics (default: discard).
	Logger *slog.Logger

	// opened, when set, runs once the snapshot is open and the schema
	// read, before the sample: run starts pg_dump there, beside it.
	opened func(context.Context, *Prepared) error
	// estimateSizes reads small tables' sizes from the catalog's page
	// counts (schema.EstimatedSizes): run's use of sizes, ordering and
	// splitting the copy, needs no more; inspect and plan show sizes.
	estimateSizes bool
}

// Prepared is the source as of one instant: an open read-only snapshot,
// the schema in it, each column's classification and, with rules, the
// rules resolved against that schema. The snapshot stays open (and
// exported, for workers and pg_dump) until Close.
type Prepared struct {
	// Model is the source schema in the snapshot.
	Model *schema.Model
	// Classes classify every column by name, type and the sample.
	Classes []classify.ColumnClass
	// Plan is the rules resolved against Model; nil without rules.
	Plan *rules.Plan
	// Diags are the resolution's diagnostics, warnings and errors.
	Diags rules.Diagnostics
	// Snapshot is the exported snapshot's id; SourceLSN the source's WAL
	// position (the replay position on a standby); Standby whether the
	// source is a hot standby.
	Snapshot  string
	SourceLSN string
	Standby   bool

	cfg PrepareConfig
	// fileNodes is each table's relfilenode as of the snapshot, by OID.
	fileNodes map[uint32]uint32
	srcCfg    *pgx.ConnConfig
	conn      *pgx.Conn // holds the snapshot
}

// Prepare opens the source read-only, exports a snapshot, reads the schema
// in it, samples and classifies the columns, and resolves the rules. It
// writes nothing anywhere. Close the result.
func Prepare(ctx context.Context, cfg PrepareConfig) (*Prepared, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	srcCfg, err := dsn.SourceConfig(cfg.SourceURL)
	if err != nil {
		return nil, err
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	p := &Prepared{cfg: cfg, srcCfg: srcCfg}
	if err := p.open(ctx); err != nil {
		p.Close()
		return nil, err
	}
	if cfg.opened != nil {
		if err := cfg.opened(ctx, p); err != nil {
			p.Close()
			return nil, err
		}
	}
	var samples *classify.Samples
	if cfg.SampleRows > 0 {
		if samples, err = p.sample(ctx); err != nil {
			p.Close()
			return nil, p.sourceError("sample", err)
		}
	}
	p.Classes = classify.Classify(p.Model, samples)
	if cfg.Rules != nil {
		p.Plan, p.Diags = rules.Resolve(cfg.Rules, p.Model, rules.Options{Classes: p.Classes, Secret: cfg.Secret})
	}
	return p, nil
}

// sample reads a bounded sample of every table for the classifier, on
// Workers sessions of their own, each table in a transaction of its own
// that imports the snapshot: the snapshot's transaction stays free of
// locks, and no transaction grows with the number of tables. The sessions
// speak the simple protocol (when the database is UTF-8, as it needs): one
// round trip a statement, BEGIN and the snapshot's import in one, and none
// to prepare each table's query.
func (p *Prepared) sample(ctx context.Context) (*classify.Samples, error) {
	var roots []schema.Name // a partition is read through its root
	for _, t := range p.Model.Tables {
		if t.Parent == nil || (t.Kind != schema.KindPartition && t.Kind != schema.KindPartitioned) {
			roots = append(roots, t.Name)
		}
	}
	workers := max(min(p.cfg.Workers, len(roots)), 1)
	parts := make([]*classify.Samples, workers)
	// The simple protocol needs client_encoding UTF8; the tables' names
	// are in the coordinator's encoding, the database's.
	simple := p.conn.PgConn().ParameterStatus("client_encoding") == "UTF8"
	begin := []string{"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "SET TRANSACTION SNAPSHOT " + pgsql.QuoteLiteral(p.Snapshot)}
	if simple {
		begin = []string{strings.Join(begin, "; ")}
	}
	g, gctx := errgroup.WithContext(ctx)
	for w := range workers {
		var mine []schema.Name
		for i := w; i < len(roots); i += workers {
			mine = append(mine, roots[i])
		}
		g.Go(func() error {
			cfg := p.srcCfg.Copy()
			if simple {
				cfg.DefaultQueryExecMode = pgx.QueryExecModeSimpleProtocol
			}
			conn, err := dsn.Connect(gctx, "source", cfg)
			if err != nil {
				return err
			}
			defer conn.Close(context.Background())
			parts[w], err = classify.Sample(gctx, conn, p.Model, classify.SampleOptions{Rows: p.cfg.SampleRows, Tables: mine, Begin: begin,
				TableTimeout: p.cfg.SampleTimeout, Timeout: p.cfg.SampleTimeout})
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	if workers == 1 {
		return parts[0], nil
	}
	order := map[schema.Name]int{}
	for i, t := range p.Model.Tables {
		order[t.Name] = i
	}
	all := &classify.Samples{}
	for _, part := range parts {
		all.Tables = append(all.Tables, part.Tables...)
	}
	sort.Slice(all.Tables, func(i, j int) bool { return order[all.Tables[i].Table] < order[all.Tables[j].Table] })
	return all, nil
}

// open connects the coordinator, exports its snapshot and reads the schema.
func (p *Prepared) open(ctx context.Context) error {
	conn, err := dsn.Connect(ctx, "source", p.srcCfg)
	if err != nil {
		return err
	}
	p.conn = conn
	if _, err := conn.Exec(ctx, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); err != nil {
		return p.sourceError("begin snapshot", err)
	}
	err = conn.QueryRow(ctx, `SELECT pg_export_snapshot(), pg_is_in_recovery(),
		COALESCE(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END::text, '')`).Scan(&p.Snapshot, &p.Standby, &p.SourceLSN)
	if err != nil {
		return p.sourceError("export snapshot", err)
	}
	// The catalog is read in a savepoint rolled back after: reading sizes
	// (pg_table_size) locks every table and index, and those locks would
	// otherwise stay with the snapshot until the run ends. The snapshot
	// needs none: pg_dump and every reader take their own.
	err = released(ctx, conn, func() error {
		var opts []schema.LoadOption
		if p.cfg.estimateSizes {
			opts = append(opts, schema.EstimatedSizes())
		}
		p.Model, err = schema.Load(ctx, conn, opts...)
		return err
	})
	if err != nil {
		if schema.IsPermissionDenied(err) {
			return fmt.Errorf("source %s: the role %q may not read the catalog: %w", dsn.Describe(p.srcCfg), p.srcCfg.User, err)
		}
		return fmt.Errorf("source %s: %w", dsn.Describe(p.srcCfg), err)
	}
	return p.readFileNodes(ctx)
}

// readFileNodes records each table's relfilenode as of the snapshot. The
// snapshot holds no table lock, so production DDL is not blocked during a
// refresh; a TRUNCATE or a rewrite (ALTER TABLE ... TYPE, VACUUM FULL,
// CLUSTER) gives the table a new file whose rows the snapshot cannot see.
// The copy compares, after each table, to tell such a table from an
// empty one (see checkNotRewritten).
func (p *Prepared) readFileNodes(ctx context.Context) error {
	oids := make([]uint32, 0, len(p.Model.Tables))
	for _, t := range p.Model.Tables {
		oids = append(oids, t.OID)
	}
	rows, err := p.conn.Query(ctx, "SELECT oid, relfilenode FROM pg_class WHERE oid = ANY($1::oid[]) AND relfilenode <> 0", oids)
	if err != nil {
		return p.sourceError("read the tables' files", err)
	}
	defer rows.Close()
	p.fileNodes = make(map[uint32]uint32, len(oids))
	for rows.Next() {
		var oid, node uint32
		if err := rows.Scan(&oid, &node); err != nil {
			return p.sourceError("read the tables' files", err)
		}
		p.fileNodes[oid] = node
	}
	if err := rows.Err(); err != nil {
		return p.sourceError("read the tables' files", err)
	}
	return nil
}

// checkNotRewritten reports a table that production truncated or rewrote
// since the snapshot: its copy may have missed rows the snapshot holds.
// conn must be outside a transaction, so that it reads the catalog as it
// is now.
func (p *Prepared) checkNotRewritten(ctx context.Context, conn *pgx.Conn, t *schema.Table) error {
	then, ok := p.fileNodes[t.OID]
	if !ok {
		return nil // a partitioned table or a view: no file of its own
	}
	var now uint32
	err := conn.QueryRow(ctx, "SELECT relfilenode FROM pg_class WHERE oid = $1", t.OID).Scan(&now)
	if errors.Is(err, pgx.ErrNoRows) {
		return &ConcurrentDDLError{Table: t.Name.String(), Dropped: true}
	}
	if err != nil {
		return fmt.Errorf("source: %w", err)
	}
	if now != then {
		return &ConcurrentDDLError{Table: t.Name.String()}
	}
	return nil
}

// readSavepoint is where released runs its reads.
const readSavepoint = "understudy_read"

// released runs fn's reads in a savepoint of the transaction open on conn
// and rolls the savepoint back: the locks they took end there, not with
// the transaction, whose snapshot stays as it was.
func released(ctx context.Context, conn *pgx.Conn, fn func() error) error {
	if _, err := conn.Exec(ctx, "SAVEPOINT "+readSavepoint); err != nil {
		return err
	}
	ferr := fn()
	if _, err := conn.Exec(ctx, "ROLLBACK TO SAVEPOINT "+readSavepoint+"; RELEASE SAVEPOINT "+readSavepoint); err != nil {
		return errors.Join(ferr, err)
	}
	return ferr
}

func (p *Prepared) sourceError(what string, err error) error {
	return fmt.Errorf("source %s: %s: %w", dsn.Describe(p.srcCfg), what, err)
}

// Source describes the source connection (user@host:port/database), never
// with its password.
func (p *Prepared) Source() string { return dsn.Describe(p.srcCfg) }

// Close ends the snapshot.
func (p *Prepared) Close() {
	if p.conn != nil {
		p.conn.Close(context.Background())
	}
}

// SubsetSpec is the rules file's subset section as the closure takes it;
// nil when there is none (every table whole).
func (p *Prepared) SubsetSpec() *subset.Spec {
	if p.cfg.Rules == nil {
		return nil
	}
	return SubsetSpec(p.cfg.Rules.Subset)
}

// Subset computes the closure of spec in the snapshot, on a session of its
// own: the snapshot's coordinator stays free. The closure reads each table
// in a savepoint of its own, so the session holds no table's lock longer
// than one query.
func (p *Prepared) Subset(ctx context.Context, spec *subset.Spec, opts subset.Options) (*subset.Result, error) {
	conn, err := p.openSource(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	if err := p.beginSnapshot(ctx, conn); err != nil {
		return nil, err
	}
	if opts.Logger == nil {
		opts.Logger = p.cfg.Logger
	}
	if opts.Secret == nil {
		opts.Secret = p.cfg.Secret
	}
	res, err := subset.Compute(ctx, conn, p.Model, spec, opts)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", dsn.Describe(p.srcCfg), err)
	}
	return res, nil
}

// openSource opens a source session set up to read rows the way the copy
// writes them: row security off (a role it would filter fails rather than
// copy part of a table), and the output settings the COPY codec expects.
// It is not in a transaction: beginSnapshot starts one in the snapshot.
func (p *Prepared) openSource(ctx context.Context) (*pgx.Conn, error) {
	cfg := p.srcCfg.Copy()
	cfg.RuntimeParams["row_security"] = "off"
	cfg.RuntimeParams["DateStyle"] = "ISO"
	cfg.RuntimeParams["IntervalStyle"] = "postgres"
	cfg.RuntimeParams["TimeZone"] = "UTC"
	cfg.RuntimeParams["extra_float_digits"] = "3"
	cfg.RuntimeParams["bytea_output"] = "hex"
	// A subset's COPY (SELECT ...) carries key lists of megabytes: JIT
	// compiling them costs more than it saves.
	cfg.RuntimeParams["jit"] = "off"
	return dsn.Connect(ctx, "source", cfg)
}

// beginSnapshot begins a read-only transaction on conn that reads in the
// run's snapshot (one round trip). A worker begins one per table and
// commits it when the table is read, so it never holds more than that
// table's locks.
func (p *Prepared) beginSnapshot(ctx context.Context, conn *pgx.Conn) error {
	if _, err := conn.Exec(ctx, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT "+pgsql.QuoteLiteral(p.Snapshot)); err != nil {
		return fmt.Errorf("source: import snapshot %s: %w", p.Snapshot, err)
	}
	return nil
}
