// Package pipeline runs one refresh: a read-only snapshot of the source,
// the lock on the target, the schema into <target>__next, the table copies
// with masking, post-data, the swap, and the manifest.
//
// # Safety
//
// The source is only read: every connection is read-only and every read
// happens in a REPEATABLE READ READ ONLY transaction that imports one
// exported snapshot. Staging is only ever the old complete copy or the new
// one: everything is built in <target>__next, and the swap renames both
// databases in one transaction. A failure or a cancelled context at any step
// drops __next (unless KeepFailed) and leaves the target as it was.
//
// # Events
//
// Progress is reported through Config.OnEvent as typed events (see Event);
// the CLI renders them as progress bars or JSON lines.
package pipeline

import (
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"time"

	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/rules"
)

// Config is one refresh. The zero value of each optional field is its
// documented default.
type Config struct {
	// Rules is the parsed rules file; it is resolved against the source
	// schema as read in the run's snapshot.
	Rules *rules.Config
	// SourceURL and TargetURL are connection strings. The target names the
	// staging database; the run connects to the server's maintenance
	// database (MaintenanceDB) to create, lock and rename databases.
	SourceURL, TargetURL string
	// Secret keys the transformers. Required when a rule is keyed.
	Secret []byte
	// MaintenanceDB is the target server's database used for CREATE and
	// ALTER DATABASE and the lock (default "postgres").
	MaintenanceDB string
	// Workers is the number of tables copied at once, and of indexes and
	// constraints built at once (default: the number of CPUs).
	Workers int
	// SplitTablesLargerThan is the size (pg_table_size, bytes) above
	// which a table is copied in ranges of its heap pages by several
	// workers at once, in the same snapshot (PostgreSQL 14 and later
	// sources; never an extension's configuration table). 0: sized for
	// the data and the workers, the larger of 64 MiB and the tables'
	// total over 2*Workers; negative: never.
	SplitTablesLargerThan int64
	// KeepFailed leaves <target>__next in place after a failure, for
	// inspection.
	KeepFailed bool
	// KeepPrevious keeps <target>__prev after the swap, for rollback.
	KeepPrevious bool
	// TerminateSessions ends staging sessions at the swap; otherwise the
	// swap waits up to SwapTimeout for them to leave, then fails.
	TerminateSessions bool
	// SwapTimeout bounds the wait for staging sessions (default 1 minute).
	SwapTimeout time.Duration
	// AllowUncovered copies PII-looking columns that no rule covers as they
	// are. Without it, such a column stops the run before the target is
	// touched.
	AllowUncovered bool
	// SampleRows is how many rows per table the run samples to find
	// secrets no rule names (default 200; negative: no sampling).
	SampleRows int
	// PgTools says where to look for pg_dump and pg_restore (schema: copy): the
	// first pg_dump of at least the source server's major version is
	// used, and none is a *PgDumpError before the target is touched.
	PgTools PgToolSearch
	// Version is the understudy version, recorded in the manifest.
	Version string
	// Logger receives diagnostics (default: discard).
	Logger *slog.Logger
	// OnEvent receives progress events, from several goroutines at once.
	OnEvent func(Event)
	// NoVerify swaps without verifying the new copy first. By default the
	// run verifies it (integrity, leaks, credentials: package verify) and a
	// failed check stops the run before the swap with a *VerifyFailedError.
	NoVerify bool
	// FullVerify verifies by reading staging and production again after
	// the copy, every row of every checked column (as understudy verify
	// does), instead of checking the rows on the copy stream as they pass
	// (verify.Stream). The findings are the same; the full check costs a
	// second read of both databases, for audits.
	FullVerify bool
	// SignKey, when set, signs the run's record (the manifest's digest, the
	// rules file's and the verify record: package signing) when it is
	// stored in understudy.runs, and a failed verification's record in
	// Result.Record. It needs the verification (not NoVerify).
	SignKey *signing.PrivateKey
}

func (c *Config) validate() error {
	switch {
	case c.Rules == nil:
		return errors.New("pipeline: Config.Rules is required")
	case c.SourceURL == "":
		return errors.New("pipeline: Config.SourceURL is required: set source: in the rules file, --source or UNDERSTUDY_SOURCE_URL")
	case c.TargetURL == "":
		return errors.New("pipeline: Config.TargetURL is required: set target: in the rules file, --target or UNDERSTUDY_TARGET_URL")
	case c.SignKey != nil && c.NoVerify:
		return errors.New("pipeline: Config.SignKey signs the verify record, and Config.NoVerify makes none: drop one")
	case c.Workers < 0:
		return fmt.Errorf("pipeline: Config.Workers is %d: want 1 or more (0: the number of CPUs)", c.Workers)
	}
	return nil
}

func (c *Config) defaults() {
	if c.Workers == 0 {
		c.Workers = runtime.NumCPU()
	}
	if c.MaintenanceDB == "" {
		c.MaintenanceDB = "postgres"
	}
	if c.SwapTimeout == 0 {
		c.SwapTimeout = time.Minute
	}
	if c.SampleRows == 0 {
		c.SampleRows = 200
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.OnEvent == nil {
		c.OnEvent = func(Event) {}
	}
}

// Event is a progress event: one of the *Event types below.
type Event interface{ event() }

// StepEvent marks the start or end of a step of the run.
type StepEvent struct {
	Step Step
	Done bool
	// Elapsed is set when Done.
	Elapsed time.Duration
}

// CopyPlanEvent announces the copy step: every table with its estimated
// rows and bytes, largest first.
type CopyPlanEvent struct {
	Tables []TableEstimate
}

// TableEstimate is a table's size before the copy.
type TableEstimate struct {
	Table string
	Rows  int64
	Bytes int64
}

// TableProgressEvent reports rows and bytes read so far from one table.
type TableProgressEvent struct {
	Table string
	Rows  int64
	Bytes int64
}

// TableDoneEvent reports a finished table.
type TableDoneEvent struct {
	Table   string
	Rows    int64
	Bytes   int64
	Elapsed time.Duration
	// Masked lists the columns rewritten in this table.
	Masked []string
	Format string // "binary" or "text"
}

func (StepEvent) event()          {}
func (CopyPlanEvent) event()      {}
func (TableProgressEvent) event() {}
func (TableDoneEvent) event()     {}
