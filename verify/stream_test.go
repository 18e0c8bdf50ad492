package verify

import (
	"context"
	"encoding/base64"
	"encoding/hex"
	"math"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// TestRowKeyTextIsPostgreSQLs: the stream names a row as ROW(...)::text
// does, so its findings read as the full check's.
func TestRowKeyTextIsPostgreSQLs(t *testing.T) {
	db := pgtest.Database(t, pgtest.Empty)
	conn, err := pgx.Connect(context.Background(), db)
	require.NoError(t, err)
	defer conn.Close(context.Background())
	values := []string{"1", "en", "", "a b", `a"b`, `back\slash`, "(x)", "a,b", "tab\there", "new\nline", "é", "NULL"}
	for _, a := range values {
		for _, b := range []*string{nil, &values[1], &values[2], &values[4]} {
			var want string
			require.NoError(t, conn.QueryRow(context.Background(), "SELECT ROW($1::text, $2::text)::text", a, b).Scan(&want))
			got := append(appendRecordField([]byte("("), []byte(a)), ',')
			if b != nil {
				got = appendRecordField(got, []byte(*b))
			}
			require.Equal(t, want, string(append(got, ')')), "%q, %v", a, b)
		}
	}
}

// textRow is a verify.Row of text values; nil is NULL.
type textRow []*string

func (r textRow) Text(i int) ([]byte, bool, bool) {
	if r[i] == nil {
		return nil, true, true
	}
	return []byte(*r[i]), false, true
}

func str(s string) *string { return &s }

// TestTableCheckCountsLeaksAndSecrets: a masked value equal to its source
// counts (not a blank one, not one the rule keeps by design), the parts
// of a table add up, and a credential in a kept column is found with its
// row key.
func TestTableCheckCountsLeaksAndSecrets(t *testing.T) {
	text := &schema.Type{Name: "text", Kind: schema.TypeBase, Schema: "pg_catalog"}
	int8 := &schema.Type{Name: "int8", Kind: schema.TypeBase, Schema: "pg_catalog"}
	tbl := &schema.Table{Name: schema.Name{Schema: "public", Name: "users"}, Kind: schema.KindTable,
		Columns:    []*schema.Column{{Name: "id", Type: int8, NotNull: true}, {Name: "email", Type: text}, {Name: "bio", Type: text}},
		PrimaryKey: &schema.Key{Name: "users_pkey", Columns: []string{"id"}}}
	tp := &rules.TablePlan{Table: tbl, Columns: []*rules.ColumnPlan{
		{Column: tbl.Columns[0], Status: rules.Kept},
		{Column: tbl.Columns[1], Status: rules.Masked, Rules: []*rules.AppliedRule{{Transform: "email"}}},
		{Column: tbl.Columns[2], Status: rules.Kept},
	}}
	plan := &rules.Plan{Tables: []*rules.TablePlan{tp}, Config: &rules.Config{}}
	s := NewStream(plan)
	token := "ghp_" + "A1b2C3d4E5A1b2C3d4E5A1b2C3d4E5f6G7h8"
	for part := range 2 {
		c, err := s.Table(tp, tbl.Columns)
		require.NoError(t, err)
		require.True(t, c.Scans())
		for i := range 100 {
			id := strconv.Itoa(part*100 + i)
			in, out := "u"+id+"@mail.example", "fake"+id+"@example.com"
			if i < 3 {
				out = in // kept: a leak
			}
			if i == 3 {
				in, out = " ", " " // a blank is no leak
			}
			c.Masked(1, []byte(in), []byte(out), false, false)
			bio := "likes tea"
			if i == 5 {
				bio = "my token is " + token
			}
			c.Row(textRow{str(id), str(out), str(bio)})
		}
		s.Add(c)
	}
	rep := &Report{}
	s.fill(rep)
	require.Len(t, rep.Leaks, 1)
	l := rep.Leaks[0]
	require.Equal(t, Leak{Table: "public.users", Column: "email", Method: MethodStream, Rows: 200, Equal: 6, Unique: true}, l)
	require.Len(t, rep.Credentials, 1)
	require.Equal(t, Credential{Table: "public.users", Column: "bio", Detector: "github_token", Rows: 2, RowKeys: []string{"(5)", "(105)"}}, rep.Credentials[0])
	require.Equal(t, []string{StreamLeaks, StreamCredentials, StreamResidual}, rep.OnStream)
}

// TestTableCheckReadsByteaText: a kept bytea column whose values are text
// (a plugin's serialized value, a vCard) is scanned as text; an image in
// one is not read.
func TestTableCheckReadsByteaText(t *testing.T) {
	int8 := &schema.Type{Name: "int8", Kind: schema.TypeBase, Schema: "pg_catalog"}
	bytea := &schema.Type{Name: "bytea", Kind: schema.TypeBase, Schema: "pg_catalog"}
	tbl := &schema.Table{Name: schema.Name{Schema: "public", Name: "pluginkeyvaluestore"}, Kind: schema.KindTable,
		Columns:    []*schema.Column{{Name: "id", Type: int8, NotNull: true}, {Name: "pvalue", Type: bytea}, {Name: "picture", Type: bytea}},
		PrimaryKey: &schema.Key{Name: "pk", Columns: []string{"id"}}}
	tp := &rules.TablePlan{Table: tbl, Columns: []*rules.ColumnPlan{
		{Column: tbl.Columns[0], Status: rules.Kept}, {Column: tbl.Columns[1], Status: rules.Kept}, {Column: tbl.Columns[2], Status: rules.Kept},
	}}
	plan := &rules.Plan{Tables: []*rules.TablePlan{tp}, Config: &rules.Config{}}
	s := NewStream(plan)
	c, err := s.Table(tp, tbl.Columns)
	require.NoError(t, err)
	token := "ghp_" + "A1b2C3d4E5A1b2C3d4E5A1b2C3d4E5f6G7h8"
	hexOf := func(b string) *string { return str(`\x` + hex.EncodeToString([]byte(b))) }
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + token
	for i := range 40 {
		v := `{"channel":"town-square","owner":"ann@mail.example"}`
		if i == 7 {
			v = `{"oauth":"` + token + `"}`
		}
		c.Row(textRow{str(strconv.Itoa(i)), hexOf(v), hexOf(png)})
	}
	s.Add(c)
	rep := &Report{}
	s.fill(rep)
	require.Equal(t, []Credential{{Table: "public.pluginkeyvaluestore", Column: "pvalue", Detector: "github_token", Rows: 1, RowKeys: []string{"(7)"}}}, rep.Credentials)
	var residual []string
	for _, r := range rep.Residual {
		residual = append(residual, r.Column+" "+r.Detector)
	}
	require.Contains(t, residual, "pvalue email", "the emails in the kept text are found")
	for _, r := range residual {
		require.NotContains(t, r, "picture", "an image is not read")
	}
}

// TestTableCheckPublicKeys: under a column named for a public key, random
// base64 is the key itself, not a credential; a token a vendor names, or
// the same bytes under another name, still is.
func TestTableCheckPublicKeys(t *testing.T) {
	raw := make([]byte, 32)
	rows := make([][]string, 20)
	for i := range rows {
		for j := range raw {
			raw[j] = byte(i*131 + j*197 + j*j*7)
		}
		key := base64.StdEncoding.EncodeToString(raw)
		pub := key
		if i == 3 {
			pub = "ghp_" + "A1b2C3d4E5A1b2C3d4E5A1b2C3d4E5f6G7h8"
		}
		rows[i] = []string{strconv.Itoa(i), pub, key}
	}
	require.Equal(t, map[string]string{"publickey": "github_token", "pushkey": "api_token"},
		keptTextCredentials(t, "user_devices", []string{"id", "publickey", "pushkey"}, rows))
}

// keptTextCredentials streams rows through the checks of a table whose
// text columns (the first its key) are all kept, and returns the
// detector of each column's credential findings.
func keptTextCredentials(t *testing.T, table string, columns []string, rows [][]string) map[string]string {
	t.Helper()
	text := &schema.Type{Name: "text", Kind: schema.TypeBase, Schema: "pg_catalog"}
	tbl := &schema.Table{Name: schema.Name{Schema: "public", Name: table}, Kind: schema.KindTable,
		PrimaryKey: &schema.Key{Name: "pk", Columns: columns[:1]}}
	tp := &rules.TablePlan{Table: tbl}
	for i, name := range columns {
		tbl.Columns = append(tbl.Columns, &schema.Column{Name: name, Type: text, NotNull: i == 0})
		tp.Columns = append(tp.Columns, &rules.ColumnPlan{Column: tbl.Columns[i], Status: rules.Kept})
	}
	s := NewStream(&rules.Plan{Tables: []*rules.TablePlan{tp}, Config: &rules.Config{}})
	c, err := s.Table(tp, tbl.Columns)
	require.NoError(t, err)
	for _, r := range rows {
		row := make(textRow, len(r))
		for i := range r {
			row[i] = str(r[i])
		}
		c.Row(row)
	}
	s.Add(c)
	rep := &Report{}
	s.fill(rep)
	byCol := map[string]string{}
	for _, cr := range rep.Credentials {
		byCol[cr.Column] = cr.Detector
	}
	return byCol
}

// TestReservoirMergeIsUniform: the sample of two parts merged draws from
// each in proportion to the rows it saw.
func TestReservoirMergeIsUniform(t *testing.T) {
	a, b := newReservoir("public.t", "c"), newReservoir("public.t", "c#2")
	for i := range 30 * ResidualSample {
		a.add(strconv.Itoa(i), "")
	}
	for i := range 10 * ResidualSample {
		b.add("b"+strconv.Itoa(i), "")
	}
	m := a.merge(b)
	require.Len(t, m.vals, ResidualSample)
	require.Equal(t, 40*ResidualSample, m.seen)
	fromB := 0
	for _, v := range m.vals {
		if v[0] == 'b' {
			fromB++
		}
	}
	// A quarter of the rows were b's; 5 standard deviations either side.
	require.InDelta(t, ResidualSample/4, fromB, 5*math.Sqrt(ResidualSample*3/16.0))
	small := newReservoir("public.t", "c")
	small.add("x", "(1)")
	require.Equal(t, []string{"x"}, small.merge(newReservoir("public.t", "c")).vals)
}

// TestTableCheckKeySetsAsText: a JSON Web Key Set kept in a text column
// is read member by member, as init reads it: a public key's modulus is
// published, a private key's parameter is a credential.
func TestTableCheckKeySetsAsText(t *testing.T) {
	param := func(seed int) string {
		raw := make([]byte, 256) // an RSA-2048 key's parameter
		for j := range raw {
			raw[j] = byte(seed*131 + j*197 + j*j*7)
		}
		return base64.RawURLEncoding.EncodeToString(raw)
	}
	rows := make([][]string, 5)
	for i := range rows {
		id := strconv.Itoa(i)
		public := `{"keys":[{"kty":"RSA","e":"AQAB","use":"sig","kid":"k` + id + `","alg":"RS256","n":"` + param(i) + `"}]}`
		private := `{"keys":[{"kty":"RSA","e":"AQAB","kid":"k` + id + `","n":"` + param(i) + `","d":"` + param(i+7) + `"}]}`
		rows[i] = []string{id, public, private}
	}
	require.Equal(t, map[string]string{"signing_jwks": "api_token"},
		keptTextCredentials(t, "oauth_clients", []string{"id", "jwks", "signing_jwks"}, rows))
}
