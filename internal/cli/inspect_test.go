package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/golden"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/internal/report"
	"github.com/understudy/understudy/schema"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// stable zeroes what varies between two loads of the same data (sizes,
// planner estimates, OIDs), so the golden file holds only the schema.
func stable(m *schema.Model) *schema.Model {
	for _, t := range m.Tables {
		t.RowEstimate, t.Bytes, t.TotalBytes, t.OID = 1000, 8192, 16384, 0
	}
	m.Database = "db"
	return m
}

func TestInspectTextGolden(t *testing.T) {
	t.Parallel()
	for name, fx := range map[string]pgtest.Fixture{"pagila": pgtest.Pagila(), "acme": pgtest.Acme("0.05")} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			m, err := inspectSource(context.Background(), pgtest.Database(t, fx))
			require.NoError(t, err)
			golden.Check(t, filepath.Join("testdata", "golden", "inspect-"+name+".txt"), []byte(report.InspectText(stable(m))))
		})
	}
}

func TestInspectJSONRoundTrips(t *testing.T) {
	t.Parallel()
	m, err := inspectSource(context.Background(), pgtest.Database(t, pgtest.Pagila()))
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, report.InspectJSON(&buf, m))
	var r struct {
		Fingerprint string
		Model       schema.Model
		LoadOrder   []schema.Name `json:"load_order"`
	}
	require.NoError(t, json.Unmarshal(buf.Bytes(), &r))
	require.Equal(t, m.Fingerprint(), r.Fingerprint)
	require.Len(t, r.Model.Tables, len(m.Tables))
	require.Len(t, r.LoadOrder, len(m.Tables))
	require.Equal(t, m.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels,
		r.Model.Table(schema.Name{Schema: "public", Name: "film"}).Column("rating").Type.EnumLabels)
}
