package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/runlog"
	"github.com/understudy/understudy/internal/signing"
)

// Manifest records one run: what was read, what was written, and how it
// ended. It is written to a file and into the target's understudy.runs
// table, so staging itself tells which refresh it holds.
type Manifest struct {
	Version           string        `json:"understudy_version"`
	Started           time.Time     `json:"started"`
	Finished          time.Time     `json:"finished,omitempty"`
	RulesSHA256       string        `json:"rules_sha256"`
	SchemaFingerprint string        `json:"schema_fingerprint,omitempty"`
	Snapshot          string        `json:"source_snapshot,omitempty"`
	SourceLSN         string        `json:"source_lsn,omitempty"`
	SourceStandby     bool          `json:"source_standby"`
	Target            string        `json:"target,omitempty"`
	Tables            []TableResult `json:"tables,omitempty"`
	// Subset is the subset asked for and each table's selected and total
	// rows; nil when whole tables were copied.
	Subset *SubsetSummary `json:"subset,omitempty"`
	Steps  []StepTiming   `json:"steps,omitempty"`
	// Scrubbed lists the schema statements that lost a credential.
	Scrubbed []string `json:"scrubbed,omitempty"`
	// NotValid lists the constraints production holds NOT VALID and
	// whether staging could validate them; those the copied rows violate
	// stay NOT VALID, as in production.
	NotValid []NotValidConstraint `json:"not_valid_constraints,omitempty"`
	// Omitted lists the statements of production's schema that staging
	// does not get: event triggers and publications.
	Omitted []string `json:"omitted,omitempty"`
	// After lists the rules file's after: steps as they ran.
	After []AfterResult `json:"after,omitempty"`
	// LargeObjects is how many large objects were created empty in
	// staging, under production's OIDs: their contents are not copied.
	LargeObjects int `json:"large_objects_emptied,omitempty"`
	// Verified reports that the new copy passed verification before the
	// swap (false when the run skipped it).
	Verified bool `json:"verified"`
	// Swap is "swapped" once staging holds the new copy.
	Swap  string `json:"swap"`
	Error string `json:"error,omitempty"`
}

// StepTiming is how long one step took.
type StepTiming struct {
	Step    Step    `json:"step"`
	Seconds float64 `json:"seconds"`
}

// recordManifest writes the run history into __next: the history the
// current staging holds, and this run.
func (r *run) recordManifest(ctx context.Context) error {
	r.manifest.Target = r.target
	conn, err := r.connectNext(ctx)
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	if err := r.forceRowSecurity(ctx, conn, true); err != nil {
		return err
	}
	if err := r.carryHistory(ctx, conn); err != nil {
		return err
	}
	return r.insertRun(ctx, conn, "swapped")
}

// carryHistory copies the run history of the staging database being
// replaced into __next. A staging database that does not exist yet has no
// history; one whose history cannot be read stops the run before the swap,
// so that staging keeps its audit trail.
func (r *run) carryHistory(ctx context.Context, next *pgx.Conn) error {
	if err := runlog.Ensure(ctx, next); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	exists, err := r.databaseExists(ctx, r.target)
	if err != nil {
		return fmt.Errorf("target: %w", err)
	}
	if !exists {
		return nil
	}
	old, err := r.connectDB(ctx, r.target)
	if err != nil {
		return fmt.Errorf("read the run history of %s: %w", r.target, err)
	}
	defer old.Close(context.Background())
	n, err := runlog.Carry(ctx, old, r.target, next)
	if err != nil {
		return fmt.Errorf("target: %w; the new copy was not swapped in, so staging keeps its history", err)
	}
	r.cfg.Logger.Debug("run history carried", "runs", n)
	return nil
}

// insertRun records this run, as it will have ended once committed, with
// its verify record when it was verified.
func (r *run) insertRun(ctx context.Context, conn runlog.Conn, outcome string) error {
	if err := runlog.Ensure(ctx, conn); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	r.manifest.Finished = time.Now().UTC()
	r.manifest.Swap = outcome
	defer func() { r.manifest.Swap = "" }()
	b, err := json.Marshal(r.manifest)
	if err != nil {
		return err
	}
	e := runlog.Entry{Started: r.manifest.Started, Finished: r.manifest.Finished, RulesSHA256: r.manifest.RulesSHA256, Manifest: b}
	if r.verified != nil {
		doc, err := json.Marshal(r.verified)
		if err != nil {
			return err
		}
		if r.cfg.SignKey != nil {
			// The row holds the manifest: the stored record names it by
			// its digest, and the result carries it beside the record.
			if r.record, err = r.sign(b); err != nil {
				return err
			}
			stored := *r.record
			stored.Manifest = nil
			if doc, err = json.Marshal(&stored); err != nil {
				return err
			}
		}
		e.Verify = []json.RawMessage{doc}
	}
	if err := runlog.Append(ctx, conn, e); err != nil {
		return fmt.Errorf("target: %w", err)
	}
	return nil
}

// sign signs the run's verify record with the manifest document it belongs
// to.
func (r *run) sign(manifest []byte) (*signing.Envelope, error) {
	return signing.SignVerify(r.cfg.SignKey, r.manifest.RulesSHA256, r.verified, manifest)
}
