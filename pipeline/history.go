package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/understudy/understudy/internal/dsn"
	"github.com/understudy/understudy/internal/runlog"
)

// RunRecord is one refresh a staging database received: a row of its
// understudy.runs.
type RunRecord struct {
	Manifest Manifest
	// ManifestJSON is the manifest as stored, which a signed record names
	// by its digest.
	ManifestJSON json.RawMessage
	// Verify holds the run's verify records (JSON documents, oldest
	// first): the check of the new copy before the swap, then any check of
	// staging recorded later with AppendVerify. Empty when the run was not
	// verified, or was recorded by a version that kept no reports.
	Verify []json.RawMessage
}

// History reads the runs recorded in the database conn is connected to,
// newest first, at most limit of them. A database without history gives a
// *runlog.NoHistoryError.
func History(ctx context.Context, conn *pgx.Conn, limit int) ([]RunRecord, error) {
	name := dsn.Describe(conn.Config())
	entries, err := runlog.Read(ctx, conn, name, limit)
	if err != nil {
		return nil, err
	}
	out := make([]RunRecord, 0, len(entries))
	for _, e := range entries {
		rr := RunRecord{Verify: e.Verify, ManifestJSON: e.Manifest}
		if err := json.Unmarshal(e.Manifest, &rr.Manifest); err != nil {
			return nil, fmt.Errorf("%s: the manifest of the run started %s does not parse: %w", name, e.Started.UTC().Format(time.DateTime), err)
		}
		out = append(out, rr)
	}
	return out, nil
}

// AppendVerify adds a verify record (a JSON document) to the newest run of
// understudy.runs, the refresh whose copy the database holds, and returns
// that run's manifest. build makes the record from that run's manifest,
// as stored (a signed record names its digest).
func AppendVerify(ctx context.Context, conn *pgx.Conn, build func(manifest json.RawMessage) ([]byte, error)) (*Manifest, error) {
	name := dsn.Describe(conn.Config())
	raw, err := runlog.AppendVerify(ctx, conn, name, build)
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("%s: a run manifest does not parse: %w", name, err)
	}
	return &m, nil
}
