package classifyeval_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/classifyeval"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

func writeLabels(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "labels.tsv")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
	return path
}

func TestReadLabels(t *testing.T) {
	t.Parallel()
	ls, err := classifyeval.ReadLabels(writeLabels(t, "# a comment\n\nusers\temail\tdirect_identifier\n"+
		"ERP.CUST MSTR\tCUST_NM\tnone\tcompanies only\r\n"))
	require.NoError(t, err)
	require.Len(t, ls, 2)
	require.Equal(t, schema.Name{Schema: "public", Name: "users"}, ls[0].Table)
	require.Equal(t, classify.DirectIdentifier, ls[0].Category)
	require.Equal(t, 3, ls[0].Line)
	require.Equal(t, "public.users.email", ls[0].Key())
	require.Equal(t, schema.Name{Schema: "ERP", Name: "CUST MSTR"}, ls[1].Table)
	require.Equal(t, `"ERP"."CUST MSTR"."CUST_NM"`, ls[1].Key())
	require.Equal(t, "companies only", ls[1].Note)

	for text, want := range map[string]string{
		"users\temail\tpii\n":                         `:1: unknown category "pii": want one of secret, direct_identifier, quasi_identifier, free_text, none`,
		"users\temail\n":                              ":1: want table<TAB>column<TAB>category[<TAB>note], got 2 tab-separated fields",
		"users\temail\tnone\n\nusers\temail\tnone\n":  ":3: public.users.email is labelled twice (first on line 1)",
		"\temail\tnone\n":                             ":1: the table and the column must not be empty",
		"# only a comment\n":                          ": no labels",
		"users\temail\tnone\tnote\textra field\n":     ":1: want table<TAB>column<TAB>category[<TAB>note], got 5 tab-separated fields",
		"users\temail address\tdirect_identifier\n\n": "",
	} {
		path := writeLabels(t, text)
		_, err := classifyeval.ReadLabels(path)
		if want == "" {
			require.NoError(t, err, text)
			continue
		}
		require.EqualError(t, err, path+want, text)
	}
}

// outcome builds an outcome for a column of public.t.
func outcome(column string, label, got classify.Category, masked bool) classifyeval.Outcome {
	return classifyeval.Outcome{Schema: "s", Table: schema.Name{Schema: "public", Name: "t"}, Column: column,
		Label: label, Got: got, Masked: masked}
}

func TestScore(t *testing.T) {
	t.Parallel()
	outcomes := []classifyeval.Outcome{
		outcome("a", classify.Secret, classify.Secret, true),                    // TP secret
		outcome("b", classify.Secret, classify.None, false),                     // FN secret, missed
		outcome("c", classify.DirectIdentifier, classify.Secret, true),          // FN direct, FP secret
		outcome("d", classify.None, classify.FreeText, true),                    // FP free text, masked
		outcome("e", classify.QuasiIdentifier, classify.QuasiIdentifier, false), // TP quasi, kept by a foreign key: missed
		outcome("f", classify.None, classify.None, false),
		outcome("g", classify.None, classify.QuasiIdentifier, false), // FP quasi, no rule
	}
	r := classifyeval.Score(outcomes)
	require.Equal(t, 7, r.Columns)
	require.Equal(t, 3, r.Labelled[classify.None])
	require.Equal(t, classifyeval.Counts{TP: 1, FP: 1, FN: 1}, r.Counts["secret"])
	require.Equal(t, classifyeval.Counts{FN: 1}, r.Counts["direct_identifier"])
	require.Equal(t, classifyeval.Counts{TP: 1, FP: 1}, r.Counts["quasi_identifier"])
	require.Equal(t, classifyeval.Counts{FP: 1}, r.Counts["free_text"])
	require.Equal(t, classifyeval.Counts{TP: 3, FP: 2, FN: 1}, r.Counts[classifyeval.RowSensitive])
	require.Equal(t, classifyeval.Counts{TP: 2, FP: 1, FN: 2}, r.Counts[classifyeval.RowNeedsRule])

	c := r.Counts["secret"]
	require.InDelta(t, 0.5, c.Precision(), 1e-9)
	require.InDelta(t, 0.5, c.Recall(), 1e-9)
	// Nothing predicted, nothing to find: both are 1, and the table
	// prints a dash instead.
	require.Equal(t, 1.0, classifyeval.Counts{}.Precision())
	require.Equal(t, 1.0, classifyeval.Counts{}.Recall())
	require.Equal(t, 0.0, r.Counts["direct_identifier"].Recall())

	// The misses: unmasked sensitive columns first, most sensitive label
	// first; then masked for nothing; then wrong categories.
	var got []string
	for _, m := range classifyeval.Misses(outcomes) {
		got = append(got, m.Kind+" "+m.Column)
	}
	require.Equal(t, []string{"missed b", "missed e", "masked d", "category c", "category g"}, got)

	below := classifyeval.BelowFloor(r, map[string]classifyeval.Bound{"secret": {Precision: 0.5, Recall: 0.6}})
	require.Equal(t, []string{"secret recall 0.500 is under its floor 0.60"}, below)
	require.Empty(t, classifyeval.BelowFloor(r, map[string]classifyeval.Bound{"secret": {Precision: 0.5, Recall: 0.5}}))
}

func TestMatch(t *testing.T) {
	t.Parallel()
	labels := []classifyeval.Label{
		{Table: schema.Name{Schema: "public", Name: "t"}, Column: "a", Category: classify.Secret, Line: 1},
		{Table: schema.Name{Schema: "public", Name: "t"}, Column: "gone", Category: classify.None, Line: 2},
	}
	got := map[string]classifyeval.Observed{
		"public.t.a":   {Category: classify.Secret, Masked: true},
		"public.t.new": {Category: classify.None},
	}
	_, err := classifyeval.Match("s", false, labels, got)
	require.EqualError(t, err, "s: 1 columns have no label: public.t.new; 1 labels name no column of the schema: line 2: public.t.gone")

	delete(got, "public.t.new")
	out, err := classifyeval.Match("s", true, labels[:1], got)
	require.NoError(t, err)
	require.Equal(t, []classifyeval.Outcome{{Schema: "s", Holdout: true, Table: schema.Name{Schema: "public", Name: "t"}, Column: "a",
		Label: classify.Secret, Got: classify.Secret, Masked: true}}, out)
}
