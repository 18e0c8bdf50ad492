package integration

// The property test of subsetting (issue #6). Each case generates a random
// schema (3 to 8 tables; integer, composite, text and uuid primary keys,
// tables keyed by a unique key only, tables without a key or keyed by a
// unique index over masked columns alone; foreign keys to primary and to
// unique non-primary keys, composite ones with MATCH SIMPLE partial NULLs,
// self-references, cycles under DEFERRABLE constraints,
// nullable references; sometimes a partitioned table and a virtual foreign
// key; columns that look like PII under composite, partial and expression
// unique indexes), random data, and a random subset section; writes the
// rules with `understudy init` and, untouched but for the subset section,
// runs `understudy run` against a real PostgreSQL (every unique index must
// build over the masked values); and compares the target, table by table
// and row by row (the masked columns left out), with a sample computed
// here from the documented semantics (subset/spec.go):
//
//   - roots: the rows a root's where:, limit and order choose, whose
//     children are followed;
//   - children: the rows that reference a row whose children are followed,
//     through an edge whose policy is not none (their own children are
//     followed too);
//   - parents: the rows a selected row references, unless the reference is
//     dangling: null (a reference with a NULL column is no reference); their
//     children are not followed;
//   - full tables: every row, whose parents come along and whose children
//     do not; excluded tables: no row;
//   - dangling: null: a reference whose parent is not selected arrives as
//     NULL.
//
// A row the oracle wants and the target lacks is a required row absent
// (completeness); a row the target has and the oracle does not want is a
// row that no root, child edge or parent requirement explains
// (minimality). The target's foreign keys must also all validate.
//
// The oracle cannot know which N children a { limit: N } edge keeps (the
// keyed hash is the run's secret's business), so a case has at most one
// such edge into a keyed table, chosen where the choice cannot cascade: the
// child table is in no cycle and no edge brings its own children. The
// oracle then takes the children the target holds as the choice, and checks
// that there are as many as the limit says. percent is not generated, for
// the same reason; limit on a root always comes with an order on a column
// of distinct values.
//
// The seed is time-based unless UNDERSTUDY_PROPERTY_SEED is set; case i
// uses seed+i and is named by it. UNDERSTUDY_PROPERTY_CASES sets the number
// of cases. A failing case prints its seed, its schema and its subset
// section.

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/schema"
)

const (
	propertySeedEnv  = "UNDERSTUDY_PROPERTY_SEED"
	propertyCasesEnv = "UNDERSTUDY_PROPERTY_CASES"
	// propertyCases keeps the test around a minute on two cores: a case is
	// one init and one run on a small database.
	propertyCases = 12
)

func TestSubsetProperty(t *testing.T) {
	t.Parallel()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv(propertySeedEnv); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		require.NoError(t, err, "%s=%q is not an unsigned integer", propertySeedEnv, s)
		seed = v
	}
	cases := propertyCases
	if s := os.Getenv(propertyCasesEnv); s != "" {
		v, err := strconv.Atoi(s)
		require.NoError(t, err, "%s=%q is not an integer", propertyCasesEnv, s)
		require.Positive(t, v, "%s", propertyCasesEnv)
		cases = v
	}
	t.Logf("seed %d, %d cases: case i has seed %d+i; rerun one with %s=<its seed> %s=1", seed, cases, seed, propertySeedEnv, propertyCasesEnv)
	for i := range cases {
		caseSeed := seed + uint64(i)
		t.Run(fmt.Sprintf("seed=%d", caseSeed), func(t *testing.T) {
			t.Parallel()
			propertyCase(t, caseSeed)
		})
	}
}

func propertyCase(t *testing.T, seed uint64) {
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	db := genDatabase(rng)
	spec := genSubset(rng, db)
	section := spec.section()
	repro := fmt.Sprintf("seed %d (rerun: %s=%d %s=1 go test ./integration -run TestSubsetProperty)", seed, propertySeedEnv, seed, propertyCasesEnv)
	t.Logf("%s: %d tables, %d rows", repro, len(db.tables), db.rowCount())
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("%s\nschema:\n%s\nsubset section:%s", repro, db.ddl(), section)
		}
	})

	src := pgtest.Database(t, pgtest.Empty)
	db.load(t, src, repro)
	r := newRefreshFrom(t, src)
	r.WithSubset(t, section)
	res := r.Run(t)
	require.Equal(t, 0, res.Code, "%s\n%s", repro, res.Stderr)
	requireAllKeysValid(t, r.Tgt)

	tgt := clitest.Connect(t, r.Tgt)
	target := map[*propTable][][]*string{}
	for _, pt := range db.tables {
		target[pt] = readRows(t, tgt, pt, repro)
	}
	o := newOracle(db, spec)
	var report strings.Builder
	st := o.check(target, &report)
	t.Logf("exercised: %s", db.features(spec, st))
	for _, pt := range db.tables {
		t.Logf("%-24s %4d of %4d rows", pt.name, len(target[pt]), len(pt.rows))
	}
	if report.Len() > 0 {
		t.Errorf("%s\n%s", repro, report.String())
	}
}

// The schema and the data.

type keyKind int

const (
	keyInt            keyKind = iota // id integer PRIMARY KEY
	keyComposite                     // PRIMARY KEY (id integer, k text)
	keyText                          // id text PRIMARY KEY
	keyUUID                          // id uuid PRIMARY KEY
	keyUnique                        // no primary key: code integer NOT NULL UNIQUE is the row key
	keyUniqueNullable                // no primary key: code integer UNIQUE NULLS NOT DISTINCT, one row NULL
	keyNone                          // no key at all
)

type propCol struct {
	name, typ string
	notNull   bool
	// masked: a column that looks like PII, which init masks; the oracle
	// does not compare its values.
	masked bool
}

type propTable struct {
	i    int
	name schema.Name
	kind keyKind
	cols []propCol
	// key is the row key's columns (nil for keyNone); pkey says whether it
	// is the primary key.
	key  []string
	pkey bool
	// code is a unique column other than the key that foreign keys may
	// reference ("" when there is none).
	code        string
	partitioned bool
	// uniques are unique indexes over masked columns, as CREATE UNIQUE
	// INDEX ... ON t writes what follows: (cols) WHERE ...
	uniques []string
	// indexKey is the columns of the one of them that is a row key (NOT
	// NULL columns, no predicate, no expression): (full_name, team), nil
	// when there is none.
	indexKey []string
	nrows    int
	vals     map[string][]*string // column -> value per row, while generating
	rows     [][]*string          // per row, in column order
	out, in  []*propFK
}

// sampleKey is the columns the sample holds the table's rows by
// (docs/rules.md, Keys): its primary key, else a unique key over NOT NULL
// columns, which a unique index over masked columns may be. A table whose
// only unique constraint is a nullable NULLS NOT DISTINCT one, or that has
// none, is keyed by indexKey. nil: no key, the rows are chosen by their
// references alone, and { limit: N } towards it brings them all.
func (t *propTable) sampleKey() []string {
	if t.kind == keyUniqueNullable || t.kind == keyNone {
		return t.indexKey
	}
	return t.key
}

func (t *propTable) col(name string) int {
	return slices.IndexFunc(t.cols, func(c propCol) bool { return c.name == name })
}

func (t *propTable) colType(name string) string { return t.cols[t.col(name)].typ }

func (t *propTable) addCol(name, typ string, notNull bool) {
	t.cols = append(t.cols, propCol{name: name, typ: typ, notNull: notNull})
	t.vals[name] = make([]*string, t.nrows)
}

// partKey is the partition key of a partitioned table.
func (t *propTable) partKey() string {
	if t.pkey {
		return "id"
	}
	return "n"
}

// propFK is a foreign key, or a virtual one (declared in the rules file,
// for the rows where kind = 'x').
type propFK struct {
	name          string
	child, parent *propTable
	cols, refCols []string
	notNull       bool
	deferrable    string // "", or DEFERRABLE INITIALLY DEFERRED|IMMEDIATE
	virtual       bool
}

// ref is how a rules file names the reference: table(columns).
func (f *propFK) ref() string {
	return f.child.name.String() + "(" + quoteCols(f.cols) + ")"
}

func quoteCols(cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = pgsql.QuoteIdent(c)
	}
	return strings.Join(out, ", ")
}

func sqlCols(cols []string) string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = pgx.Identifier{c}.Sanitize()
	}
	return strings.Join(out, ", ")
}

type propDB struct {
	tables []*propTable
	fks    []*propFK
}

func (db *propDB) rowCount() int {
	n := 0
	for _, t := range db.tables {
		n += len(t.rows)
	}
	return n
}

// awkward values for text columns: quoting, escaping and array-literal
// trouble.
var awkward = []string{`a"b`, `c\d`, "e,f", "{g}", "h i", "NULL", "", "ü", "$k$", "'q'", "tab\there", "line\nbreak"}

func pick[T any](rng *rand.Rand, xs []T) T { return xs[rng.IntN(len(xs))] }

func chance(rng *rand.Rand, p float64) bool { return rng.Float64() < p }

func str(s string) *string { return &s }

func randUUID(rng *rand.Rand) string {
	var b [16]byte
	for i := range b {
		b[i] = byte(rng.IntN(256))
	}
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// distinctInts returns n distinct integers in [lo, hi).
func distinctInts(rng *rand.Rand, n, lo, hi int) []int {
	seen := map[int]bool{}
	var out []int
	for len(out) < n {
		v := lo + rng.IntN(hi-lo)
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func genDatabase(rng *rand.Rand) *propDB {
	db := &propDB{}
	n := 3 + rng.IntN(6)
	partitioned := -1 // sometimes one partitioned table, rarely more
	if chance(rng, 0.4) {
		partitioned = rng.IntN(n)
	}
	for i := range n {
		t := &propTable{i: i, nrows: 8 + rng.IntN(140), vals: map[string][]*string{}}
		sch := "public"
		if chance(rng, 0.3) {
			sch = "Sub Set"
		}
		name := fmt.Sprintf("t%d", i)
		switch {
		case chance(rng, 0.2):
			name = fmt.Sprintf("Tab%d", i)
		case chance(rng, 0.1):
			name = fmt.Sprintf("t %d", i)
		}
		t.name = schema.Name{Schema: sch, Name: name}
		t.kind = pick(rng, []keyKind{keyInt, keyInt, keyInt, keyComposite, keyComposite, keyText, keyUUID, keyUUID,
			keyUnique, keyUniqueNullable, keyNone, keyNone, keyNone})
		if i == 0 && t.kind == keyNone {
			t.kind = keyInt // a foreign key needs a parent
		}
		t.partitioned = (i == partitioned || chance(rng, 0.03)) && t.kind != keyUnique && t.kind != keyUniqueNullable
		db.tables = append(db.tables, t)
		genBaseColumns(rng, t)
	}
	keyed := slices.DeleteFunc(slices.Clone(db.tables), func(t *propTable) bool { return t.kind == keyNone })
	for _, t := range db.tables {
		k := pick(rng, []int{0, 0, 0, 1, 1, 1, 1, 2, 2, 3})
		for range k {
			db.addFK(rng, t, pick(rng, keyed))
		}
	}
	if len(db.fks) == 0 {
		db.addFK(rng, pick(rng, db.tables), pick(rng, keyed))
	}
	if chance(rng, 0.3) {
		db.addVirtual(rng)
	}
	db.markDeferrable(rng)
	for _, t := range db.tables {
		t.rows = make([][]*string, t.nrows)
		for r := range t.nrows {
			row := make([]*string, len(t.cols))
			for c, col := range t.cols {
				row[c] = t.vals[col.name][r]
			}
			t.rows[r] = row
		}
		t.vals = nil
	}
	return db
}

// genBaseColumns adds a table's key, n (distinct values for where: and
// order:), payload and, sometimes, a unique column to reference.
func genBaseColumns(rng *rand.Rand, t *propTable) {
	nr := t.nrows
	switch t.kind {
	case keyInt:
		typ := pick(rng, []string{"int4", "int4", "int8"})
		t.addCol("id", typ, true)
		for r, v := range distinctInts(rng, nr, -50, 5*nr+50) {
			t.vals["id"][r] = str(strconv.Itoa(v))
		}
		t.key, t.pkey = []string{"id"}, true
	case keyComposite:
		t.addCol("id", "int4", true)
		t.addCol("k", "text", true)
		ks := append(slices.Clone(awkward), "k1", "k2", "k3", "k4", "k5")
		seen := map[string]bool{}
		for r := 0; r < nr; {
			id, k := strconv.Itoa(1+rng.IntN(nr/2+1)), pick(rng, ks)
			if seen[id+"\x00"+k] {
				continue
			}
			seen[id+"\x00"+k] = true
			t.vals["id"][r], t.vals["k"][r] = str(id), str(k)
			r++
		}
		t.key, t.pkey = []string{"id", "k"}, true
	case keyText:
		t.addCol("id", "text", true)
		ids := distinctInts(rng, nr, 0, 10*nr)
		for r := range nr {
			v := "id-" + strconv.Itoa(ids[r])
			if r < len(awkward) && chance(rng, 0.5) {
				v = awkward[r]
			}
			t.vals["id"][r] = str(v)
		}
		t.key, t.pkey = []string{"id"}, true
	case keyUUID:
		t.addCol("id", "uuid", true)
		for r := range nr {
			t.vals["id"][r] = str(randUUID(rng))
		}
		t.key, t.pkey = []string{"id"}, true
	case keyUnique, keyUniqueNullable:
		t.addCol("code", "int4", t.kind == keyUnique)
		for r, v := range distinctInts(rng, nr, 1000, 1000+4*nr) {
			t.vals["code"][r] = str(strconv.Itoa(v))
		}
		if t.kind == keyUniqueNullable {
			t.vals["code"][nr-1] = nil
		}
		t.key = []string{"code"}
	}
	t.addCol("n", "int4", true)
	for r, v := range rng.Perm(nr) {
		t.vals["n"][r] = str(strconv.Itoa(v + 1))
	}
	t.addCol("payload", "text", false)
	for r := range nr {
		switch {
		case chance(rng, 0.2):
		case chance(rng, 0.1):
			t.vals["payload"][r] = str(pick(rng, awkward))
		default:
			t.vals["payload"][r] = str("p" + strconv.Itoa(rng.IntN(1000)))
		}
	}
	if t.kind <= keyUUID && !t.partitioned && chance(rng, 0.3) {
		t.code = "code"
		typ := pick(rng, []string{"int4", "text"})
		notNull := chance(rng, 0.5)
		t.addCol("code", typ, notNull)
		for r, v := range distinctInts(rng, nr, 1, 10*nr) {
			s := strconv.Itoa(v)
			if typ == "text" {
				s = "c-" + s
			}
			if !notNull && r > 0 && chance(rng, 0.15) {
				continue
			}
			t.vals["code"][r] = str(s)
		}
	}
	genMasked(rng, t)
}

// genMasked sometimes adds columns that look like PII, which init masks,
// each under a unique index of a shape a masking rule can break:
//
//   - full_name, unique with team: (full_name, team). Names repeat across
//     teams, so a transformer that collapses names (redact, or fake names
//     that may collide) would break it;
//   - webhook_url, unique WHERE payload IS NOT NULL: rows outside the
//     predicate share one URL;
//   - email, unique over lower(email): addresses differ in case only where
//     the rows differ.
//
// A partitioned table's indexes end with its partition key, as PostgreSQL
// requires.
func genMasked(rng *rand.Rand, t *propTable) {
	nr := t.nrows
	var part string
	if t.partitioned {
		part = ", " + pgx.Identifier{t.partKey()}.Sanitize()
	}
	names := []string{"Ada Lovelace", "Grace Hopper", "Alan Turing", "Edsger Dijkstra"}
	if chance(rng, 0.4) {
		t.addCol("full_name", "text", true)
		t.addCol("team", "text", true)
		for r := range nr {
			t.vals["full_name"][r] = str(fmt.Sprintf("%s %d", names[(r/2)%len(names)], r/2))
			t.vals["team"][r] = str(fmt.Sprintf("team %d", r%2))
		}
		t.uniques = append(t.uniques, "(full_name, team"+part+")")
		t.indexKey = []string{"full_name", "team"}
		if t.partitioned {
			t.indexKey = append(t.indexKey, t.partKey())
		}
	}
	if chance(rng, 0.4) {
		t.addCol("webhook_url", "text", false)
		for r := range nr {
			switch {
			case t.vals["payload"][r] != nil:
				t.vals["webhook_url"][r] = str(fmt.Sprintf("https://hooks.example.net/t%d/%d", t.i, r))
			case chance(rng, 0.8):
				t.vals["webhook_url"][r] = str("https://hooks.example.net/shared")
			}
		}
		t.uniques = append(t.uniques, "(webhook_url"+part+") WHERE payload IS NOT NULL")
	}
	if chance(rng, 0.4) {
		t.addCol("email", "text", false)
		for r := range nr {
			switch {
			case chance(rng, 0.1):
			case r%3 == 0:
				t.vals["email"][r] = str(fmt.Sprintf("User%d.T%d@Example.com", r, t.i))
			default:
				t.vals["email"][r] = str(fmt.Sprintf("user%d.t%d@example.com", r, t.i))
			}
		}
		t.uniques = append(t.uniques, "(lower(email)"+part+")")
	}
	for _, c := range []string{"full_name", "webhook_url", "email"} {
		if i := t.col(c); i >= 0 {
			t.cols[i].masked = true
		}
	}
}

// addFK adds a foreign key from child to parent's key or unique column,
// with new columns in child and values that reference parent's rows.
func (db *propDB) addFK(rng *rand.Rand, child, parent *propTable) {
	j := len(child.out)
	fk := &propFK{name: fmt.Sprintf("fk_%d_%d", child.i, j), child: child, parent: parent, notNull: chance(rng, 0.4)}
	fk.refCols = parent.key
	if parent.code != "" && chance(rng, 0.5) {
		fk.refCols = []string{parent.code}
	}
	prefix := fmt.Sprintf("r%d_", j)
	if chance(rng, 0.2) {
		prefix = fmt.Sprintf("Ref%d ", j)
	}
	for _, rc := range fk.refCols {
		typ := parent.colType(rc)
		if typ == "int4" && chance(rng, 0.2) {
			typ = "int8"
		}
		fk.cols = append(fk.cols, prefix+rc)
		child.addCol(prefix+rc, typ, fk.notNull)
	}
	// The parent rows whose referenced columns hold no NULL.
	var targets []int
	for r := range parent.nrows {
		if !slices.ContainsFunc(fk.refCols, func(c string) bool { return parent.vals[c][r] == nil }) {
			targets = append(targets, r)
		}
	}
	if chance(rng, 0.4) { // a few parents with many children
		targets = targets[:max(1, len(targets)/10)]
	}
	nulls := chance(rng, 0.3)
	for r := range child.nrows {
		if !fk.notNull && (nulls && chance(rng, 0.5) || chance(rng, 0.1)) {
			if len(fk.cols) > 1 && chance(rng, 0.4) {
				// MATCH SIMPLE: one NULL column makes it no reference, whatever
				// the other holds.
				keep := rng.IntN(len(fk.cols))
				v := strconv.Itoa(rng.IntN(1000))
				if fk.child.colType(fk.cols[keep]) == "text" {
					v = pick(rng, awkward)
				}
				child.vals[fk.cols[keep]][r] = str(v)
			}
			continue
		}
		p := pick(rng, targets)
		for i, rc := range fk.refCols {
			child.vals[fk.cols[i]][r] = parent.vals[rc][p]
		}
	}
	child.out = append(child.out, fk)
	parent.in = append(parent.in, fk)
	db.fks = append(db.fks, fk)
}

// addVirtual adds kind and vref columns to a table and declares vref a
// virtual foreign key to another table's single-column key, for the rows
// where kind = 'x'. vref is text or the key's type; the other rows hold
// junk that must not be cast. Every kind = 'x' reference names a parent
// that exists: run's verify counts a virtual reference without a parent as
// an orphan in the target even when production has it too.
func (db *propDB) addVirtual(rng *rand.Rand) {
	var parents []*propTable
	for _, t := range db.tables {
		if len(t.key) == 1 {
			parents = append(parents, t)
		}
	}
	if len(parents) == 0 {
		return
	}
	parent, child := pick(rng, parents), pick(rng, db.tables)
	ptyp := parent.colType(parent.key[0])
	typ := ptyp
	if chance(rng, 0.5) {
		typ = "text"
	}
	child.addCol("kind", "text", true)
	child.addCol("vref", typ, false)
	for r := range child.nrows {
		if chance(rng, 0.6) {
			child.vals["kind"][r] = str("x")
			var v *string
			switch {
			case chance(rng, 0.1):
			default:
				v = parent.vals[parent.key[0]][rng.IntN(parent.nrows)]
				if v != nil && typ == "text" && ptyp == "uuid" && chance(rng, 0.3) {
					v = str(strings.ToUpper(*v))
				}
				if v != nil && typ == "text" && strings.HasPrefix(ptyp, "int") && !strings.HasPrefix(*v, "-") && chance(rng, 0.3) {
					v = str("0" + *v)
				}
			}
			child.vals["vref"][r] = v
			continue
		}
		child.vals["kind"][r] = str("y")
		if chance(rng, 0.8) {
			child.vals["vref"][r] = str(junk(rng, typ))
		}
	}
	fk := &propFK{name: "virtual", child: child, parent: parent, cols: []string{"vref"}, refCols: parent.key, virtual: true}
	child.out = append(child.out, fk)
	parent.in = append(parent.in, fk)
	db.fks = append(db.fks, fk)
}

func junk(rng *rand.Rand, typ string) string {
	switch typ {
	case "uuid":
		return randUUID(rng)
	case "text":
		return "junk" + strconv.Itoa(rng.IntN(100))
	}
	return strconv.Itoa(900000 + rng.IntN(1000))
}

// reach[i][j]: table j is reachable from table i along references (real
// and virtual), child to parent.
func (db *propDB) reach(virtual bool) [][]bool {
	n := len(db.tables)
	r := make([][]bool, n)
	for i := range r {
		r[i] = make([]bool, n)
	}
	for _, f := range db.fks {
		if !f.virtual || virtual {
			r[f.child.i][f.parent.i] = true
		}
	}
	for k := range n {
		for i := range n {
			for j := range n {
				r[i][j] = r[i][j] || r[i][k] && r[k][j]
			}
		}
	}
	return r
}

// markDeferrable makes the foreign keys of a cycle between tables
// DEFERRABLE, so the data can be inserted, and some others too.
func (db *propDB) markDeferrable(rng *rand.Rand) {
	reach := db.reach(false)
	for _, f := range db.fks {
		if f.virtual {
			continue
		}
		cycle := f.child != f.parent && reach[f.parent.i][f.child.i]
		if cycle || chance(rng, 0.15) {
			f.deferrable = pick(rng, []string{"DEFERRABLE INITIALLY DEFERRED", "DEFERRABLE INITIALLY IMMEDIATE"})
		}
	}
}

func (db *propDB) ddl() string {
	var b strings.Builder
	b.WriteString("CREATE SCHEMA IF NOT EXISTS \"Sub Set\";\n")
	for _, t := range db.tables {
		var defs []string
		for _, c := range t.cols {
			d := pgx.Identifier{c.name}.Sanitize() + " " + c.typ
			if c.notNull {
				d += " NOT NULL"
			}
			defs = append(defs, d)
		}
		switch {
		case t.kind == keyUnique:
			defs = append(defs, "UNIQUE ("+sqlCols(t.key)+")")
		case t.kind == keyUniqueNullable:
			defs = append(defs, "UNIQUE NULLS NOT DISTINCT ("+sqlCols(t.key)+")")
		case t.pkey:
			defs = append(defs, "PRIMARY KEY ("+sqlCols(t.key)+")")
		}
		if t.code != "" {
			defs = append(defs, "UNIQUE ("+sqlCols([]string{t.code})+")")
		}
		fmt.Fprintf(&b, "CREATE TABLE %s (\n  %s\n)", t.name.Sanitize(), strings.Join(defs, ",\n  "))
		if t.partitioned {
			by := "n"
			if t.pkey {
				by = "id"
			}
			fmt.Fprintf(&b, " PARTITION BY HASH (%s);\n", pgx.Identifier{by}.Sanitize())
			for p := range 3 {
				part := schema.Name{Schema: t.name.Schema, Name: fmt.Sprintf("%s_p%d", t.name.Name, p)}
				fmt.Fprintf(&b, "CREATE TABLE %s PARTITION OF %s FOR VALUES WITH (MODULUS 3, REMAINDER %d);\n", part.Sanitize(), t.name.Sanitize(), p)
			}
		} else {
			b.WriteString(";\n")
		}
		for i, u := range t.uniques {
			fmt.Fprintf(&b, "CREATE UNIQUE INDEX %s ON %s %s;\n", pgx.Identifier{fmt.Sprintf("t%d_masked_%d_key", t.i, i)}.Sanitize(), t.name.Sanitize(), u)
		}
	}
	for _, f := range db.fks {
		if f.virtual {
			continue
		}
		fmt.Fprintf(&b, "ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s) %s;\n",
			f.child.name.Sanitize(), pgx.Identifier{f.name}.Sanitize(), sqlCols(f.cols), f.parent.name.Sanitize(), sqlCols(f.refCols), f.deferrable)
	}
	return b.String()
}

// insertOrder lists the tables parents first along the foreign keys that
// are not deferrable (they form no cycle between tables).
func (db *propDB) insertOrder() []*propTable {
	var out []*propTable
	done := map[*propTable]bool{}
	var visit func(t *propTable)
	visit = func(t *propTable) {
		if done[t] {
			return
		}
		done[t] = true
		for _, f := range t.out {
			if !f.virtual && f.deferrable == "" && f.parent != t {
				visit(f.parent)
			}
		}
		out = append(out, t)
	}
	for _, t := range db.tables {
		visit(t)
	}
	return out
}

// load creates the schema and inserts the data in one transaction, the
// deferrable constraints deferred.
func (db *propDB) load(t *testing.T, dbURL, repro string) {
	t.Helper()
	ctx := context.Background()
	conn := clitest.Connect(t, dbURL)
	_, err := conn.Exec(ctx, db.ddl())
	require.NoError(t, err, "%s\n%s", repro, db.ddl())
	tx, err := conn.Begin(ctx)
	require.NoError(t, err, repro)
	defer tx.Rollback(ctx)
	_, err = tx.Exec(ctx, "SET CONSTRAINTS ALL DEFERRED")
	require.NoError(t, err, repro)
	for _, pt := range db.insertOrder() {
		var casts, args []string
		var params []any
		for c, col := range pt.cols {
			casts = append(casts, fmt.Sprintf("u.c%d::%s", c, col.typ))
			args = append(args, fmt.Sprintf("$%d::text[]", c+1))
			vs := make([]*string, len(pt.rows))
			for r, row := range pt.rows {
				vs[r] = row[c]
			}
			params = append(params, vs)
		}
		names := make([]string, len(pt.cols))
		for c := range pt.cols {
			names[c] = fmt.Sprintf("c%d", c)
		}
		cols := make([]string, len(pt.cols))
		for c, col := range pt.cols {
			cols[c] = col.name
		}
		sql := fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM unnest(%s) AS u(%s)",
			pt.name.Sanitize(), sqlCols(cols), strings.Join(casts, ", "), strings.Join(args, ", "), strings.Join(names, ", "))
		_, err := tx.Exec(ctx, sql, params...)
		require.NoError(t, err, "%s: %s", repro, sql)
	}
	require.NoError(t, tx.Commit(ctx), repro)
	_, err = conn.Exec(ctx, "ANALYZE")
	require.NoError(t, err, repro)
}

// readRows reads a table's rows (a partitioned table's from all its
// partitions), every column as text.
func readRows(t *testing.T, conn *pgx.Conn, pt *propTable, repro string) [][]*string {
	t.Helper()
	exprs := make([]string, len(pt.cols))
	for c, col := range pt.cols {
		exprs[c] = pgx.Identifier{col.name}.Sanitize() + "::text"
		if col.masked {
			exprs[c] = "NULL::text" // see expected
		}
	}
	rows, err := conn.Query(context.Background(), "SELECT "+strings.Join(exprs, ", ")+" FROM "+pt.name.Sanitize())
	require.NoError(t, err, repro)
	defer rows.Close()
	var out [][]*string
	for rows.Next() {
		row := make([]*string, len(pt.cols))
		dest := make([]any, len(row))
		for i := range row {
			dest[i] = &row[i]
		}
		require.NoError(t, rows.Scan(dest...), repro)
		out = append(out, row)
	}
	require.NoError(t, rows.Err(), repro)
	return out
}

// features says what a case exercises, for the log.
func (db *propDB) features(s *propSpec, st checkStats) string {
	var out []string
	count := func(what string, n int) {
		if n > 0 {
			out = append(out, fmt.Sprintf("%d %s", n, what))
		}
	}
	kinds := map[keyKind]int{}
	parts := 0
	for _, t := range db.tables {
		kinds[t.kind]++
		if t.partitioned {
			parts++
		}
	}
	for k, name := range []string{"int keys", "composite keys", "text keys", "uuid keys", "unique-keyed", "nullable-unique-keyed", "keyless"} {
		count(name, kinds[keyKind(k)])
	}
	count("partitioned", parts)
	uniques := 0
	for _, t := range db.tables {
		uniques += len(t.uniques)
	}
	count("unique indexes over masked columns", uniques)
	indexKeyed := 0
	for _, t := range db.tables {
		if (t.kind == keyNone || t.kind == keyUniqueNullable) && t.indexKey != nil {
			indexKeyed++
		}
	}
	count("keyed by such an index alone", indexKeyed)
	reach := db.reach(true)
	var composite, self, cycle, unique, deferrable, virtual int
	for _, f := range db.fks {
		switch {
		case f.virtual:
			virtual++
		case len(f.cols) > 1:
			composite++
		}
		if f.child == f.parent {
			self++
		} else if reach[f.parent.i][f.child.i] {
			cycle++
		}
		if !slices.Equal(f.refCols, f.parent.key) {
			unique++
		}
		if f.deferrable != "" {
			deferrable++
		}
	}
	count("foreign keys", len(db.fks)-virtual)
	count("composite", composite)
	count("self-references", self)
	count("in cycles", cycle)
	count("to a unique non-key", unique)
	count("deferrable", deferrable)
	count("virtual", virtual)
	count("roots", len(s.roots))
	count("full", len(s.full))
	count("excluded", len(s.exclude))
	count("table policies", len(s.tables))
	count("edge rules", len(s.edges))
	count("rows nulled by dangling: null", st.nulled)
	count("parents under a keyed limit", st.limitParents)
	count("of them with more children than the limit", st.limitTrimmed)
	return strings.Join(out, ", ")
}

// The subset section.

type propWhere struct {
	sql  string
	keep func(n int, payload *string) bool
}

func genWhere(rng *rand.Rand, rows int) *propWhere {
	x := 1 + rng.IntN(max(1, rows/8))
	switch rng.IntN(5) {
	case 0:
		return &propWhere{fmt.Sprintf("n <= %d", x), func(n int, _ *string) bool { return n <= x }}
	case 1:
		hi := rows - x
		return &propWhere{fmt.Sprintf("n > %d", hi), func(n int, _ *string) bool { return n > hi }}
	case 2:
		a := 1 + rng.IntN(rows)
		return &propWhere{fmt.Sprintf("n BETWEEN %d AND %d", a, a+x), func(n int, _ *string) bool { return n >= a && n <= a+x }}
	case 3:
		in := map[int]bool{}
		var list []string
		for range 1 + rng.IntN(4) {
			v := 1 + rng.IntN(rows)
			in[v] = true
			list = append(list, strconv.Itoa(v))
		}
		return &propWhere{"n IN (" + strings.Join(list, ", ") + ")", func(n int, _ *string) bool { return in[n] }}
	default:
		hi := rows - x
		return &propWhere{fmt.Sprintf("(n < %d OR n > %d) AND payload IS NOT NULL", x, hi),
			func(n int, payload *string) bool { return (n < x || n > hi) && payload != nil }}
	}
}

type propRoot struct {
	t     *propTable
	where *propWhere
	limit int
	desc  bool
}

// propPolicy is a children policy: all, none or limit N.
type propPolicy struct {
	mode string
	n    int
}

func (p propPolicy) yaml() string {
	if p.mode == "limit" {
		return fmt.Sprintf("{ limit: %d }", p.n)
	}
	return p.mode
}

type propEdgeRule struct {
	children *propPolicy
	dangling bool
}

type propSpec struct {
	db       *propDB
	roots    []propRoot
	children *propPolicy
	full     map[*propTable]bool
	exclude  map[*propTable]bool
	tables   map[*propTable]propPolicy
	edges    map[*propFK]*propEdgeRule
}

// policy is an edge's children policy: its edge rule, else its parent
// table's, else the default, else all.
func (s *propSpec) policy(f *propFK) propPolicy {
	if r := s.edges[f]; r != nil && r.children != nil {
		return *r.children
	}
	if p, ok := s.tables[f.parent]; ok {
		return p
	}
	if s.children != nil {
		return *s.children
	}
	return propPolicy{mode: "all"}
}

func (s *propSpec) dangling(f *propFK) bool { return s.edges[f] != nil && s.edges[f].dangling }

func (s *propSpec) rule(f *propFK) *propEdgeRule {
	if s.edges[f] == nil {
		s.edges[f] = &propEdgeRule{}
	}
	return s.edges[f]
}

func genSubset(rng *rand.Rand, db *propDB) *propSpec {
	s := &propSpec{db: db, full: map[*propTable]bool{}, exclude: map[*propTable]bool{}, tables: map[*propTable]propPolicy{}, edges: map[*propFK]*propEdgeRule{}}
	root := map[*propTable]bool{}
	for range 1 + rng.IntN(2) {
		t := pick(rng, db.tables) // sometimes twice: two roots on one table
		root[t] = true
		r := propRoot{t: t}
		switch k := rng.IntN(20); {
		case k == 0: // every row
		case t.sampleKey() == nil || k < 10:
			// No key a sample can hold rows by (a UNIQUE NULLS NOT
			// DISTINCT key may hold a NULL): where: only.
			r.where = genWhere(rng, t.nrows)
		case k < 15:
			r.limit, r.desc = 1+rng.IntN(5), chance(rng, 0.5)
		default:
			r.where = genWhere(rng, t.nrows)
			r.limit, r.desc = 1+rng.IntN(3), chance(rng, 0.5)
		}
		s.roots = append(s.roots, r)
	}
	switch rng.IntN(4) {
	case 2:
		s.children = &propPolicy{mode: "all"}
	case 3:
		s.children = &propPolicy{mode: "none"}
	}
	var others []*propTable
	for _, t := range db.tables {
		if !root[t] {
			others = append(others, t)
		}
	}
	if len(others) > 0 && chance(rng, 0.25) {
		s.full[pick(rng, others)] = true
	}
	for _, t := range db.tables {
		if chance(rng, 0.15) {
			s.tables[t] = propPolicy{mode: pick(rng, []string{"all", "none"})}
		}
	}
	for _, f := range db.fks {
		if chance(rng, 0.15) {
			s.rule(f).children = &propPolicy{mode: pick(rng, []string{"all", "none"})}
		}
		// dangling: null needs nullable columns that name the parent's
		// row key.
		if !f.virtual && !f.notNull && slices.Equal(f.refCols, f.parent.key) && chance(rng, 0.3) {
			s.rule(f).dangling = true
		}
	}
	// exclude: a table that nothing copied references, but through
	// dangling: null references.
	var excludable []*propTable
	for _, t := range others {
		if s.full[t] {
			continue
		}
		ok := true
		for _, f := range t.in {
			if f.child != t && (f.virtual || !s.dangling(f)) {
				ok = false
			}
		}
		if ok {
			excludable = append(excludable, t)
		}
	}
	if len(excludable) > 0 && chance(rng, 0.3) {
		s.exclude[pick(rng, excludable)] = true
	}
	// { limit: N } into keyless tables brings all their rows; into a keyed
	// table, on at most one edge, from a table in no cycle whose own
	// children no edge brings (see the file comment).
	reach := db.reach(true)
	var limitable []*propFK
	for _, f := range db.fks {
		c := f.child
		switch {
		case f.virtual || s.full[c] || s.exclude[c] || s.exclude[f.parent]:
		case c.sampleKey() == nil: // no key to hold rows by
			if chance(rng, 0.15) {
				s.rule(f).children = &propPolicy{mode: "limit", n: 1 + rng.IntN(3)}
			}
		case !reach[c.i][c.i]:
			limitable = append(limitable, f)
		}
	}
	// Prefer an edge into a root table: its children are followed.
	if fromRoot := slices.DeleteFunc(slices.Clone(limitable), func(f *propFK) bool { return !root[f.parent] }); len(fromRoot) > 0 && chance(rng, 0.7) {
		limitable = fromRoot
	}
	if len(limitable) > 0 && chance(rng, 0.75) {
		f := pick(rng, limitable)
		s.rule(f).children = &propPolicy{mode: "limit", n: 1 + rng.IntN(3)}
		if len(f.child.in) > 0 {
			s.tables[f.child] = propPolicy{mode: "none"}
		}
		for _, in := range f.child.in {
			if r := s.edges[in]; r != nil {
				r.children = nil
			}
		}
	}
	return s
}

func yamlQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func (s *propSpec) section() string {
	var b strings.Builder
	b.WriteString("\nsubset:\n  roots:\n")
	for _, r := range s.roots {
		fmt.Fprintf(&b, "    - table: %s\n", yamlQuote(r.t.name.String()))
		if r.where != nil {
			fmt.Fprintf(&b, "      where: %s\n", yamlQuote(r.where.sql))
		}
		if r.limit > 0 {
			order := "n"
			if r.desc {
				order = "n DESC"
			}
			fmt.Fprintf(&b, "      limit: %d\n      order: %s\n", r.limit, order)
		}
	}
	if s.children != nil {
		fmt.Fprintf(&b, "  children: %s\n", s.children.yaml())
	}
	list := func(key string, set map[*propTable]bool) {
		var names []string
		for _, t := range s.db.tables {
			if set[t] {
				names = append(names, yamlQuote(t.name.String()))
			}
		}
		if len(names) > 0 {
			fmt.Fprintf(&b, "  %s: [%s]\n", key, strings.Join(names, ", "))
		}
	}
	list("full", s.full)
	list("exclude", s.exclude)
	if len(s.tables) > 0 {
		b.WriteString("  tables:\n")
		for _, t := range s.db.tables {
			if p, ok := s.tables[t]; ok {
				fmt.Fprintf(&b, "    %s: { children: %s }\n", yamlQuote(t.name.String()), p.yaml())
			}
		}
	}
	var edges, virtual []string
	for _, f := range s.db.fks {
		if f.virtual {
			virtual = append(virtual, fmt.Sprintf("    - from: %s\n      to: %s\n      where: %s\n",
				yamlQuote(f.ref()), yamlQuote(f.parent.name.String()+"("+quoteCols(f.refCols)+")"), yamlQuote("kind = 'x'")))
		}
		r := s.edges[f]
		if r == nil || r.children == nil && !r.dangling {
			continue
		}
		e := fmt.Sprintf("    - from: %s\n", yamlQuote(f.ref()))
		if r.children != nil {
			e += fmt.Sprintf("      children: %s\n", r.children.yaml())
		}
		if r.dangling {
			e += "      dangling: null\n"
		}
		edges = append(edges, e)
	}
	if len(edges) > 0 {
		b.WriteString("  edges:\n" + strings.Join(edges, ""))
	}
	if len(virtual) > 0 {
		b.WriteString("  virtual_foreign_keys:\n" + strings.Join(virtual, ""))
	}
	return b.String()
}

// The oracle.

// oEdge is a reference with its values indexed: per child row the value
// it references ("" for none: a NULL column, or a virtual reference whose
// where: does not hold), per parent row the value it is referenced by.
type oEdge struct {
	f                  *propFK
	policy             propPolicy
	follows, pulls     bool
	dangling           bool
	childVal, parVal   []string
	children, parents  map[string][]int
	childCols, parCols []int
}

type oracle struct {
	db    *propDB
	spec  *propSpec
	edges []*oEdge
	out   map[*propTable][]*oEdge
	in    map[*propTable][]*oEdge
}

// tuple is the value of some columns of a row, "" when one is NULL (each
// part is prefixed, so an empty text is a value); norm rewrites a virtual
// reference's text as its parent type writes it.
func tuple(row []*string, cols []int, norm func(string) string) string {
	var b strings.Builder
	for _, c := range cols {
		if row[c] == nil {
			return ""
		}
		v := *row[c]
		if norm != nil {
			v = norm(v)
		}
		b.WriteByte(0)
		b.WriteString(v)
	}
	return b.String()
}

func newOracle(db *propDB, spec *propSpec) *oracle {
	o := &oracle{db: db, spec: spec, out: map[*propTable][]*oEdge{}, in: map[*propTable][]*oEdge{}}
	for _, f := range db.fks {
		e := &oEdge{f: f, policy: spec.policy(f), dangling: spec.dangling(f), children: map[string][]int{}, parents: map[string][]int{}}
		e.follows = e.policy.mode != "none" && !spec.full[f.child] && !spec.exclude[f.child]
		e.pulls = !e.dangling && !spec.full[f.parent] && !spec.exclude[f.parent]
		for _, c := range f.cols {
			e.childCols = append(e.childCols, f.child.col(c))
		}
		for _, c := range f.refCols {
			e.parCols = append(e.parCols, f.parent.col(c))
		}
		var norm func(string) string
		if f.virtual {
			kind := f.child.col("kind")
			switch f.parent.colType(f.refCols[0]) {
			case "uuid":
				norm = strings.ToLower
			case "int4", "int8":
				norm = func(s string) string {
					v, err := strconv.Atoi(s)
					if err != nil {
						return s
					}
					return strconv.Itoa(v)
				}
			}
			e.childVal = make([]string, len(f.child.rows))
			for r, row := range f.child.rows {
				if *row[kind] == "x" {
					e.childVal[r] = tuple(row, e.childCols, norm)
				}
			}
		} else {
			for _, row := range f.child.rows {
				e.childVal = append(e.childVal, tuple(row, e.childCols, nil))
			}
		}
		for r, v := range e.childVal {
			if v != "" {
				e.children[v] = append(e.children[v], r)
			}
		}
		for r, row := range f.parent.rows {
			v := tuple(row, e.parCols, nil)
			e.parVal = append(e.parVal, v)
			if v != "" {
				e.parents[v] = append(e.parents[v], r)
			}
		}
		o.edges = append(o.edges, e)
		o.out[f.child] = append(o.out[f.child], e)
		o.in[f.parent] = append(o.in[f.parent], e)
	}
	return o
}

// limited reports whether the oracle cannot know an edge's children: a
// { limit: N } edge into a keyed table (by sampleKey: a table keyed by a
// unique index alone is keyed too).
func (e *oEdge) limited() bool {
	return e.policy.mode == "limit" && e.f.child.sampleKey() != nil
}

// sample is a computed sample: per table, the selected rows and the rows
// whose children are followed, each with the reason it is there.
type sample struct {
	sel, down map[*propTable]map[int]string
}

// rowText shows a row by its key, or whole for a table without one.
func rowText(t *propTable, r int) string {
	row := t.rows[r]
	if t.key == nil || slices.ContainsFunc(t.key, func(c string) bool { return row[t.col(c)] == nil }) {
		return t.name.String() + " " + encodeRow(row)
	}
	var parts []string
	for _, c := range t.key {
		parts = append(parts, c+"="+strconv.Quote(*row[t.col(c)]))
	}
	return t.name.String() + "(" + strings.Join(parts, ", ") + ")"
}

func encodeRow(row []*string) string {
	b, _ := json.Marshal(row)
	return string(b)
}

// closure computes the sample to its fixed point. chosen gives the
// children of each limited edge per parent row (none when nil).
func (o *oracle) closure(chosen map[*oEdge]map[int][]int) *sample {
	s := &sample{sel: map[*propTable]map[int]string{}, down: map[*propTable]map[int]string{}}
	for _, t := range o.db.tables {
		s.sel[t], s.down[t] = map[int]string{}, map[int]string{}
	}
	type item struct {
		t    *propTable
		r    int
		down bool
	}
	var queue []item
	add := func(t *propTable, r int, down bool, why string) {
		if _, ok := s.sel[t][r]; !ok {
			s.sel[t][r] = why
			queue = append(queue, item{t, r, false})
		}
		if _, ok := s.down[t][r]; down && !ok {
			s.down[t][r] = why
			queue = append(queue, item{t, r, true})
		}
	}
	for _, root := range o.spec.roots {
		t := root.t
		var rows []int
		for r, row := range t.rows {
			if root.where == nil || root.where.match(t, row) {
				rows = append(rows, r)
			}
		}
		if root.limit > 0 {
			n := t.col("n")
			slices.SortFunc(rows, func(a, b int) int {
				x, _ := strconv.Atoi(*t.rows[a][n])
				y, _ := strconv.Atoi(*t.rows[b][n])
				if root.desc {
					return y - x
				}
				return x - y
			})
			rows = rows[:min(root.limit, len(rows))]
		}
		why := "root"
		if root.where != nil {
			why += " where " + root.where.sql
		}
		if root.limit > 0 {
			why += fmt.Sprintf(" limit %d", root.limit)
		}
		for _, r := range rows {
			add(t, r, true, why)
		}
	}
	for _, t := range o.db.tables {
		if o.spec.full[t] {
			for r := range t.rows {
				add(t, r, false, "full table")
			}
		}
	}
	for len(queue) > 0 {
		it := queue[0]
		queue = queue[1:]
		if !it.down {
			for _, e := range o.out[it.t] {
				if v := e.childVal[it.r]; e.pulls && v != "" {
					for _, p := range e.parents[v] {
						add(e.f.parent, p, false, "parent of "+rowText(it.t, it.r)+" through "+e.f.name)
					}
				}
			}
			continue
		}
		for _, e := range o.in[it.t] {
			v := e.parVal[it.r]
			if !e.follows || v == "" {
				continue
			}
			kids := e.children[v]
			if e.limited() {
				kids = chosen[e][it.r]
			}
			for _, c := range kids {
				add(e.f.child, c, true, fmt.Sprintf("child of %s through %s (%s)", rowText(it.t, it.r), e.f.name, e.policy.yaml()))
			}
		}
	}
	return s
}

func (w *propWhere) match(t *propTable, row []*string) bool {
	n, _ := strconv.Atoi(*row[t.col("n")])
	return w.keep(n, row[t.col("payload")])
}

// expected is a table's rows in the sample as the target must hold them:
// a dangling: null reference whose parent is not selected is NULL.
func (o *oracle) expected(s *sample, t *propTable, st *checkStats) map[string][]string {
	out := map[string][]string{}
	for r, why := range s.sel[t] {
		row := slices.Clone(t.rows[r])
		for c, col := range t.cols {
			if col.masked {
				row[c] = nil // masked: readRows does not read it
			}
		}
		for _, e := range o.out[t] {
			v := e.childVal[r]
			if !e.dangling || v == "" {
				continue
			}
			present := false
			for _, p := range e.parents[v] {
				_, ok := s.sel[e.f.parent][p]
				present = present || ok
			}
			if !present {
				for _, c := range e.childCols {
					row[c] = nil
				}
				why += "; " + e.f.name + " dangling: set to NULL"
				st.nulled++
			}
		}
		k := encodeRow(row)
		out[k] = append(out[k], why)
	}
	return out
}

// checkStats counts what a check exercised.
type checkStats struct {
	nulled                     int // rows with a reference set to NULL
	limitParents, limitTrimmed int // parents under a keyed limit, and those with more children than N
}

// check compares the target with the sample, and writes what differs.
func (o *oracle) check(target map[*propTable][][]*string, w *strings.Builder) checkStats {
	var st checkStats
	first := o.closure(nil)
	chosen := map[*oEdge]map[int][]int{}
	for _, e := range o.edges {
		if e.limited() && e.follows {
			chosen[e] = o.choices(e, first, target[e.f.child])
		}
	}
	s := o.closure(chosen)
	for e, per := range chosen {
		o.checkLimit(e, first, s, per, w, &st)
	}
	const show = 5
	for _, t := range o.db.tables {
		want := o.expected(s, t, &st)
		got := map[string]int{}
		for _, row := range target[t] {
			got[encodeRow(row)]++
		}
		var missing, extra []string
		for k, whys := range want {
			for i := got[k]; i < len(whys); i++ {
				missing = append(missing, k+"\n        wanted: "+whys[i])
			}
		}
		for k, n := range got {
			for i := len(want[k]); i < n; i++ {
				extra = append(extra, k)
			}
		}
		slices.Sort(missing)
		slices.Sort(extra)
		if len(missing) > 0 {
			fmt.Fprintf(w, "%s: %d required rows absent (target %d rows, oracle %d), e.g.:\n", t.name, len(missing), len(target[t]), len(s.sel[t]))
			for _, m := range missing[:min(show, len(missing))] {
				fmt.Fprintf(w, "      %s\n", m)
			}
		}
		if len(extra) > 0 {
			fmt.Fprintf(w, "%s: %d rows present that no root, child edge or parent requirement explains (target %d rows, oracle %d), e.g.:\n", t.name, len(extra), len(target[t]), len(s.sel[t]))
			for _, m := range extra[:min(show, len(extra))] {
				fmt.Fprintf(w, "      %s\n", m)
			}
		}
	}
	return st
}

// choices takes the children of a limited edge that the target holds, and
// that nothing else brings, as the rows the limit chose per parent. A row
// is named by n, distinct in every table and never masked (its key may be
// masked: readRows reads NULL there).
func (o *oracle) choices(e *oEdge, first *sample, target [][]*string) map[int][]int {
	c := e.f.child
	keyCols := []int{c.col("n")}
	present := map[string]bool{}
	for _, row := range target {
		present[tuple(row, keyCols, nil)] = true
	}
	out := map[int][]int{}
	for p := range first.down[e.f.parent] {
		for _, r := range e.children[e.parVal[p]] {
			if _, other := first.sel[c][r]; !other && present[tuple(c.rows[r], keyCols, nil)] {
				out[p] = append(out[p], r)
			}
		}
	}
	return out
}

// checkLimit checks that a { limit: N } edge chose min(N, children) rows
// per parent whose children are followed: the rows chosen, less those the
// sample holds for another reason.
func (o *oracle) checkLimit(e *oEdge, first, s *sample, chosen map[int][]int, w *strings.Builder, st *checkStats) {
	for p := range s.down[e.f.parent] {
		kids := e.children[e.parVal[p]]
		want := min(e.policy.n, len(kids))
		st.limitParents++
		if len(kids) > e.policy.n {
			st.limitTrimmed++
		}
		other := 0
		for _, r := range kids {
			if _, ok := first.sel[e.f.child][r]; ok {
				other++
			}
		}
		if got := len(chosen[p]); got > want || got < want-other {
			fmt.Fprintf(w, "%s: { limit: %d } through %s: %d children, %d in the sample for another reason, and %d more in the target: want %d to %d more\n",
				rowText(e.f.parent, p), e.policy.n, e.f.name, len(kids), other, got, max(0, want-other), want)
		}
	}
}
