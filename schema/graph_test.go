package schema

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/require"
)

// model builds a Model from "child.col->parent" edges. Flags after the edge:
// n (nullable), d (deferrable).
func model(tables []string, edges ...[3]string) *Model {
	m := &Model{}
	for _, t := range tables {
		m.Tables = append(m.Tables, &Table{Name: Name{"public", t}})
	}
	m.index()
	for i, e := range edges {
		fk := &ForeignKey{Name: "fk" + string(rune('a'+i)), From: Name{"public", e[0]}, To: Name{"public", e[1]}}
		for _, f := range e[2] {
			switch f {
			case 'n':
				fk.Nullable = true
			case 'd':
				fk.Deferrable = true
			}
		}
		m.Table(fk.From).ForeignKeys = append(m.Table(fk.From).ForeignKeys, fk)
	}
	return m
}

func names(ns []Name) []string {
	var out []string
	for _, n := range ns {
		out = append(out, n.Name)
	}
	return out
}

func TestLoadOrderParentsFirst(t *testing.T) {
	m := model([]string{"a_child", "b_parent", "c_grand"}, [3]string{"a_child", "b_parent", ""}, [3]string{"b_parent", "c_grand", ""})
	o, err := m.LoadOrder()
	require.NoError(t, err)
	require.Equal(t, []string{"c_grand", "b_parent", "a_child"}, names(o.Tables))
	require.Empty(t, o.Broken)
	require.Empty(t, m.Cycles())
}

func TestLoadOrderBreaksCycleAtNullableEdge(t *testing.T) {
	// users.org_id NOT NULL -> orgs; orgs.owner_id nullable -> users.
	m := model([]string{"orgs", "users"}, [3]string{"users", "orgs", ""}, [3]string{"orgs", "users", "n"})
	o, err := m.LoadOrder()
	require.NoError(t, err)
	require.Equal(t, []string{"orgs", "users"}, names(o.Tables))
	require.Len(t, o.Broken, 1)
	require.Equal(t, "orgs", o.Broken[0].From.Name)
	require.Equal(t, [][]Name{{{"public", "orgs"}, {"public", "users"}}}, m.Cycles())
}

func TestLoadOrderPrefersDeferrableOverNullable(t *testing.T) {
	// a -> b nullable, b -> a deferrable (NOT NULL): break the deferrable one.
	m := model([]string{"a", "b"}, [3]string{"a", "b", "n"}, [3]string{"b", "a", "d"})
	o, err := m.LoadOrder()
	require.NoError(t, err)
	require.Len(t, o.Broken, 1)
	require.True(t, o.Broken[0].Deferrable)
	require.Equal(t, []string{"b", "a"}, names(o.Tables))
}

func TestLoadOrderSelfReferenceIsNotACycle(t *testing.T) {
	m := model([]string{"categories"}, [3]string{"categories", "categories", "n"})
	o, err := m.LoadOrder()
	require.NoError(t, err)
	require.Empty(t, o.Broken)
	require.Empty(t, m.Cycles())
}

func TestLoadOrderUnbreakableCycle(t *testing.T) {
	m := model([]string{"x", "y", "z"}, [3]string{"x", "y", ""}, [3]string{"y", "x", ""}, [3]string{"z", "x", ""})
	o, err := m.LoadOrder()
	var ue *UnbreakableCycleError
	require.True(t, errors.As(err, &ue), "got %v", err)
	require.Equal(t, []string{"x", "y"}, names(ue.Tables))
	require.Contains(t, err.Error(), "no nullable or deferrable key")
	require.Len(t, o.Tables, 3, "every table is still ordered")
	require.Equal(t, "z", o.Tables[2].Name)
}

func TestLoadOrderLongCycleKeepsMostEdges(t *testing.T) {
	// a -> b -> c -> d -> a, only d -> a is nullable: exactly that edge breaks.
	m := model([]string{"a", "b", "c", "d"}, [3]string{"a", "b", ""}, [3]string{"b", "c", ""}, [3]string{"c", "d", ""}, [3]string{"d", "a", "n"})
	o, err := m.LoadOrder()
	require.NoError(t, err)
	require.Equal(t, []string{"d", "c", "b", "a"}, names(o.Tables))
	require.Len(t, o.Broken, 1)
	require.Equal(t, "d", o.Broken[0].From.Name)
}

func TestNameString(t *testing.T) {
	for want, in := range map[string]Name{
		"public.users": {"public", "users"}, `"Analytics"."Daily Stats"`: {"Analytics", "Daily Stats"},
		`public."user"`: {"public", "user"}, `public."left"`: {"public", "left"}, `public."between"`: {"public", "between"},
		`public."bigint"`: {"public", "bigint"}, "public.a1": {"public", "a1"}, `public."1a"`: {"public", "1a"},
		`public."we""ird"`: {"public", `we"ird`}, `public."bıgınt"`: {"public", "bıgınt"}, `public."a$"`: {"public", "a$"},
	} {
		require.Equal(t, want, in.String())
	}
}
