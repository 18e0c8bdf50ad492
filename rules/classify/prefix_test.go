package classify

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/schema"
)

// modelOf builds a model of text columns: each table's name, then its
// columns.
func modelOf(tables ...[]string) *schema.Model {
	m := &schema.Model{}
	for _, tc := range tables {
		t := &schema.Table{Name: schema.Name{Schema: "public", Name: tc[0]}}
		for _, c := range tc[1:] {
			t.Columns = append(t.Columns, &schema.Column{Name: c, Type: tText})
		}
		m.Tables = append(m.Tables, t)
	}
	return m
}

func classesByColumn(ccs []ColumnClass) map[string]ColumnClass {
	out := map[string]ColumnClass{}
	for _, cc := range ccs {
		out[cc.Table.Name+"."+cc.Column] = cc
	}
	return out
}

// A vendor's mark run into every name (xc in xccustomer, xcfname) is read
// past: the columns are classified by the words after it, reported under
// their own names, and the table is about the people its name says.
func TestRunTogetherPrefix(t *testing.T) {
	m := modelOf(
		[]string{"xccustomer", "xcid", "xcfname", "xclname", "xcstreet", "xccity", "xczip", "xcemail", "xcbirthdate", "xcactive", "xccreated"},
		[]string{"xcorders", "xcid", "xccustomerid", "xcordernr", "xctotal", "xcdelstreet", "xcdelcompany", "xcstatus"},
		[]string{"xcarticles", "xcid", "xctitle", "xcprice", "xcstock", "xcactive"},
		[]string{"xcconfig", "xcid", "xcvarname", "xcvarvalue", "xcmodule"},
		[]string{"migrations", "id", "version", "applied_at"},
	)
	got := classesByColumn(Default().Classify(m, nil))
	for _, c := range []string{"xccustomer.xcfname", "xccustomer.xclname", "xccustomer.xcstreet", "xccustomer.xcemail", "xcorders.xcdelstreet"} {
		cc, ok := got[c]
		require.True(t, ok, "%s is reported under its own name", c)
		require.Equal(t, DirectIdentifier, cc.Category, "%s: %+v", c, cc.Evidence)
		require.Equal(t, "run_together_prefix", cc.Evidence[0].Detector, c)
		require.Equal(t, strings.Split(c, ".")[0], cc.Table.Name)
	}
	for _, c := range []string{"xccustomer.xccity", "xccustomer.xczip", "xccustomer.xcbirthdate", "xcorders.xcdelcompany"} {
		require.Equal(t, QuasiIdentifier, got[c].Category, "%s: %+v", c, got[c].Evidence)
	}
	for _, c := range []string{"xcarticles.xctitle", "xcarticles.xcprice", "migrations.version", "xccustomer.xcactive"} {
		require.Equal(t, None, got[c].Category, c)
	}
}

// A shared beginning that is part of the names' words is no mark: it is
// not cut, and the names keep the reading they had.
func TestRunTogetherPrefixNotAWordsStart(t *testing.T) {
	d := Default()
	for _, names := range [][]string{
		{"productname", "productprice", "productsku", "productstock", "productweight"},
		{"profile_name", "profile_email", "profile_phone", "profile_city"},
		{"custname", "custaddr", "custphone", "custemail", "custcity"},
		{"first_name", "last_name", "email", "phone"},
		{"ab", "ac", "ad"},
	} {
		require.Empty(t, d.runTogetherPrefix(names), "%v", names)
	}
	require.Equal(t, "xc", d.runTogetherPrefix([]string{"xcid", "xcfname", "xclname", "xcstreet", "xccity", "xczip", "xcnotes"}))
	// A table of another naming in the same model keeps its names, and a
	// column that would collide with another once cut keeps its own.
	m := modelOf(
		[]string{"xcuser", "xcid", "xcfname", "xclname", "xcemail", "xcstreet", "xccity"},
		[]string{"xcaddress", "xcid", "xcfname", "xclname", "xcstreet", "xccity", "xczip", "xccountry", "xcphone", "xcfax", "xccompany"},
		[]string{"payments", "payment_id", "xcode", "amount", "currency"},
		[]string{"xcnotes", "xcid", "id", "xcbody", "xcauthor"},
	)
	r := d.readableModel(m)
	require.Same(t, m.Tables[2], r.tables[2], "a table most of whose columns lack the mark is the model's own")
	require.Equal(t, "user", r.tables[0].Name.Name)
	require.Equal(t, "xcid", r.tables[3].Columns[0].Name, "id is taken")
	require.Equal(t, "body", r.tables[3].Columns[2].Name)
	require.Same(t, m.Tables[3].Columns[2], r.column(r.tables[3].Columns[2]))
}

// fname names a file's name as often as a person's: beside a family name
// it is a given name, in any table (an address book's recipient, an
// order's delivery party). Found so, it does not make the table about
// people.
func TestGivenNameBesideFamilyName(t *testing.T) {
	m := modelOf(
		[]string{"shipments", "id", "tracking", "fname", "lname", "street", "title"},
		[]string{"attachments", "id", "fname", "fsize", "mime"},
	)
	got := classesByColumn(Default().Classify(m, nil))
	require.Equal(t, DirectIdentifier, got["shipments.fname"].Category, "%+v", got["shipments.fname"].Evidence)
	require.Equal(t, "first_name", got["shipments.fname"].Suggestion.Transform)
	require.Equal(t, None, got["shipments.title"].Category, "a given name found beside a family name does not make the table about people")
	require.Equal(t, None, got["attachments.fname"].Category)
}

// A run-together name may begin with a word of three letters before one
// word of the vocabulary of five letters or more (delstreet, dellname);
// before more than one it is not split so (updatekey is update and key,
// not upd, at and ekey), nor before four letters (hotline).
func TestThreeLetterStart(t *testing.T) {
	d := Default()
	require.Equal(t, []string{"del", "street"}, d.words("delstreet"))
	require.Equal(t, []string{"del", "lname"}, d.words("dellname"))
	require.Equal(t, []string{"update", "key"}, d.words("updatekey"))
	require.Equal(t, []string{"wingspan"}, d.words("wingspan"))
	require.Equal(t, []string{"hotline"}, d.words("hotline"), "three letters before four")
}

// Words a table runs into several of its names (a billing and a delivery
// address written billzip, delcity) are read as words of their own, with
// or without a vendor's mark before them.
func TestQualifierGroups(t *testing.T) {
	plain := modelOf(
		[]string{"consignments", "id", "delzip", "delcity", "delstreet", "delcountry", "delphone", "weight", "isactive", "isdeleted", "isvisible"},
		[]string{"products", "id", "prodname", "prodprice", "prodweight", "prodstock"},
	)
	marked := modelOf(
		[]string{"xcorder", "xcid", "xcbillzip", "xcbillcity", "xcbillstreet", "xcdelzip", "xcdelcity", "xcdelstreet", "xctotal"},
		[]string{"xcuser", "xcid", "xcfname", "xclname", "xcemail", "xccity"},
	)
	got := classesByColumn(append(Default().Classify(plain, nil), Default().Classify(marked, nil)...))
	for _, c := range []string{"consignments.delzip", "consignments.delcity", "xcorder.xcbillzip", "xcorder.xcdelcity"} {
		require.Equal(t, QuasiIdentifier, got[c].Category, "%s: %+v", c, got[c].Evidence)
		require.Equal(t, "run_together_prefix", got[c].Evidence[0].Detector, c)
	}
	require.Equal(t, `the model's names begin with "xc", which is no word, and xcorder runs "del" into several names the dictionary knows without it: read as del_zip`,
		got["xcorder.xcdelzip"].Evidence[0].Message)
	for _, c := range []string{"consignments.weight", "consignments.isactive", "products.prodprice", "products.prodweight", "products.prodstock"} {
		require.Equal(t, None, got[c].Category, "%s: %+v", c, got[c].Evidence)
	}
	r := Default().readableModel(plain)
	require.Equal(t, "del_zip", r.tables[0].Columns[1].Name)
	// A name its digits or case divide is split there already: no
	// beginning is cut from its first word (pa from parent1title, whose
	// rest reads rent and title), as a mark or as a qualifier.
	forms := modelOf([]string{"applicationForm", "id", "parent1title", "parent1surname", "parent1email", "parent1phone1", "parent2surname", "parent2email", "parent2employer"})
	for _, c := range Default().readableModel(forms).tables[0].Columns {
		require.True(t, c.Name == "id" || strings.HasPrefix(c.Name, "parent"), c.Name)
	}
	mixed := modelOf([]string{"applicationForm", "id", "parentName", "parentTitle", "parentEmail", "parentPhone", "parentsurname", "parentemail", "parentphone"})
	for _, c := range Default().readableModel(mixed).tables[0].Columns {
		require.True(t, c.Name == "id" || strings.HasPrefix(c.Name, "parent"), c.Name)
	}
}
