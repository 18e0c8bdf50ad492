package subset

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/schema"
)

func TestWholeSpec(t *testing.T) {
	db := shop(t)
	conn, m := snapshot(t, db)
	spec := WholeSpec(m)

	require.Contains(t, spec.Full, name("payments"), "a partitioned table is copied whole")
	require.NotContains(t, spec.Full, name("payments_2024"), "a partition belongs to its partitioned table")
	require.NotContains(t, spec.Full, name("payments_2025"))
	require.Len(t, spec.Full, len(m.Tables)-2)
	require.Empty(t, spec.Roots)
	require.False(t, spec.DependsOnSecret())

	res, err := Compute(context.Background(), conn, m, spec, Options{Secret: []byte("test secret")})
	require.NoError(t, err)
	for _, tr := range res.Tables {
		require.Equal(t, string(full), tr.Mode, tr.Table.String())
		require.Equal(t, tr.Total, tr.Selected, tr.Table.String())
	}
	for _, tb := range m.Tables {
		require.True(t, res.Select(tb, []string{tb.Columns[0].Name}).Whole, tb.Name.String())
	}
}

func TestDependsOnSecret(t *testing.T) {
	orgs := []Root{{Table: name("orgs"), Where: "id <= 2"}}
	limit2 := &Policy{Mode: Limit, N: 2}
	cases := []struct {
		name string
		spec Spec
		want bool
	}{
		{"where alone", Spec{Roots: orgs}, false},
		{"percent 100", Spec{Roots: []Root{{Table: name("orders"), Percent: 100}}}, false},
		{"percent", Spec{Roots: []Root{{Table: name("orders"), Percent: 30}}}, true},
		{"limit by order", Spec{Roots: []Root{{Table: name("posts"), Limit: 5, Order: []string{"id"}}}}, false},
		{"limit by hash", Spec{Roots: []Root{{Table: name("posts"), Limit: 5}}}, true},
		{"children none", Spec{Roots: orgs, Children: &Policy{Mode: None}}, false},
		{"children limit", Spec{Roots: orgs, Children: limit2}, true},
		{"table policy all", Spec{Roots: orgs, Tables: []TablePolicy{{Table: name("orgs"), Children: Policy{Mode: All}}}}, false},
		{"table policy limit", Spec{Roots: orgs, Tables: []TablePolicy{{Table: name("orgs"), Children: *limit2}}}, true},
		{"edge dangling null", Spec{Roots: orgs, Edges: []Edge{{Table: name("orders"), Columns: []string{"coupon_email"}, DanglingNull: true}}}, false},
		{"edge limit", Spec{Roots: orgs, Edges: []Edge{{Table: name("users"), Columns: []string{"org_id"}, Children: limit2}}}, true},
	}
	require.False(t, (*Spec)(nil).DependsOnSecret())

	// What it says is what Compute does: the same rows under any secret,
	// or other rows under another.
	db := shop(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, tc.spec.DependsOnSecret())
			a := selections(t, db, &tc.spec, "one secret")
			b := selections(t, db, &tc.spec, "another secret")
			if tc.want {
				require.NotEqual(t, a, b)
			} else {
				require.Equal(t, a, b)
			}
			require.NotEmpty(t, a[name("orgs")].Queries, "the sample reaches the data")
		})
	}
}

// selections computes spec on db with secret, and returns how each table's
// rows are read: the rows it chooses.
func selections(t *testing.T, db string, spec *Spec, secret string) map[schema.Name]Selection {
	t.Helper()
	conn, m := snapshot(t, db)
	res, err := Compute(context.Background(), conn, m, spec, Options{Secret: []byte(secret)})
	require.NoError(t, err)
	out := map[schema.Name]Selection{}
	for _, tb := range m.Tables {
		var cols []string
		for _, c := range tb.Columns {
			cols = append(cols, c.Name)
		}
		out[tb.Name] = res.Select(tb, cols)
	}
	return out
}
