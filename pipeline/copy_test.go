package pipeline

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/anonymize"
	"github.com/understudy/understudy/internal/copyfmt"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/schema"
)

// TestMaskedColumns: the plan of People under peopleRules. Masked and
// scrubbed columns are rewritten, kept and unreviewed ones are not, the
// generated column is not in the COPY list (indexes skip it), the template
// goes last, and every call makes its own transformers.
func TestMaskedColumns(t *testing.T) {
	t.Parallel()
	src := openSource(t, peopleRules)
	tp, cols := src.table(t, `"Copy"."People"`)
	require.Len(t, cols, 15, "shout is generated: COPY does not carry it")

	masked := maskedColumns(tp, cols)
	type col struct {
		Name     string
		Index    int
		Type     string
		Codec    string
		NotNull  bool
		JSON     bool
		Rules    int
		Keep     []bool // per rule: no transformer
		Template bool
	}
	var got []col
	for _, m := range masked {
		c := col{Name: m.name, Index: m.index, Type: m.typeName, Codec: m.codec.Name(), NotNull: m.notNull, JSON: m.json,
			Rules: len(m.rules), Template: m.template}
		require.Len(t, m.tr, len(m.rules), m.name)
		for _, tr := range m.tr {
			c.Keep = append(c.Keep, tr == nil)
		}
		got = append(got, c)
	}
	one := []bool{false}
	require.Equal(t, []col{
		{Name: "First Name", Index: 1, Type: "text", Codec: "text", NotNull: true, Rules: 1, Keep: one},
		{Name: "last_name", Index: 2, Type: "text", Codec: "text", Rules: 1, Keep: one},
		{Name: "email", Index: 3, Type: "text", Codec: "text", Rules: 1, Keep: one},
		{Name: "note", Index: 6, Type: "text", Codec: "text", Rules: 3, Keep: []bool{false, true, false}},
		{Name: "payload", Index: 7, Type: "text", Codec: "text", Rules: 1, Keep: one},
		{Name: "doc", Index: 8, Type: "jsonb", Codec: "jsonb", NotNull: true, JSON: true, Rules: 1, Keep: one},
		{Name: "strict_doc", Index: 9, Type: "text", Codec: "text", NotNull: true, Rules: 1, Keep: one},
		// No rule names it; it looks like a secret: scrubbed by default.
		{Name: "password_hash", Index: 13, Type: "text", Codec: "text", Rules: 1, Keep: one},
		// Reads last_name after masking: last, though it comes first in the table.
		{Name: "handle", Index: 10, Type: "text", Codec: "text", Rules: 1, Keep: one, Template: true},
	}, got)
	for _, cp := range tp.Columns {
		switch cp.Column.Name {
		case "password_hash":
			require.Equal(t, rules.Scrubbed, cp.Status)
		case "shout":
			require.Equal(t, rules.Generated, cp.Status)
		}
	}

	// Each worker's copy of a table gets transformers of its own.
	again := maskedColumns(tp, cols)
	require.Len(t, again, len(masked))
	for k := range masked {
		require.True(t, masked[k].tr[0] != again[k].tr[0], "%s: a new transformer per call", masked[k].name)
	}

	// A masked array has no codec: the column is masked as text.
	src = openSource(t, strings.Replace(peopleRules, "tags: keep", "tags: redact", 1))
	tp, cols = src.table(t, `"Copy"."People"`)
	masked = maskedColumns(tp, cols)
	var tags *maskedColumn
	for _, m := range masked {
		if m.name == "tags" {
			tags = m
		}
	}
	require.NotNil(t, tags)
	require.Equal(t, 11, tags.index)
	require.Equal(t, "_text", tags.typeName)
	require.Empty(t, tags.codec.Name())
}

// TestBinaryCopyable: one column of each kind of type, alone. Composites
// (their fields' type OIDs), arrays of user types (the element's OID),
// ranges and multiranges go as text; base types, enums, domains over base
// types, and arrays of built-in types (or of domains over them) go in
// binary. A masked column without
// a binary conversion (an array) turns the whole table to text.
func TestBinaryCopyable(t *testing.T) {
	t.Parallel()
	src := openSource(t, "version: 1\n")
	_, cols := src.table(t, `"Copy"."Types"`)
	want := map[string]bool{
		"int": true, "text": true, "numeric": true, "timestamptz": true, "interval": true, "jsonb": true,
		"int[]": true, "text[]": true, "mood": true, "label": true, "label[]": true,
		"mood[]": false, "pair": false, "pair[]": false, "mood_pair": false, "int4range": false, "int4multirange": false, "span": false,
	}
	got := map[string]bool{}
	for _, c := range cols {
		got[c.Name] = binaryCopyable([]*schema.Column{c}, nil)
	}
	require.Equal(t, want, got)
	require.False(t, binaryCopyable(cols, nil), "one text-only column makes the table text")

	people := openSource(t, peopleRules)
	tp, pcols := people.table(t, `"Copy"."People"`)
	require.True(t, binaryCopyable(pcols, maskedColumns(tp, pcols)), "text, jsonb, an enum, a text[] kept")

	people = openSource(t, strings.Replace(peopleRules, "tags: keep", "tags: redact", 1))
	tp, pcols = people.table(t, `"Copy"."People"`)
	require.False(t, binaryCopyable(pcols, maskedColumns(tp, pcols)), "the masked text[] has no binary conversion")
	require.True(t, binaryCopyable(pcols, nil), "kept, text[] goes in binary")
}

// copyRow is one decoded row of a COPY stream: each field's raw bytes as
// the stream holds them, and its text value (nil for NULL).
type copyRow struct {
	raw  [][]byte
	text []*string
}

// readRows decodes a COPY stream of cols.
func readRows(t *testing.T, stream []byte, f copyfmt.Format, cols []*schema.Column) []copyRow {
	t.Helper()
	r, err := copyfmt.NewReader(bytes.NewReader(stream), f, nil)
	require.NoError(t, err)
	var out []copyRow
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out
		}
		require.NoError(t, err)
		require.Equal(t, len(cols), row.Len())
		var cr copyRow
		for i, c := range cols {
			cr.raw = append(cr.raw, bytes.Clone(row.Raw(i)))
			if row.Null(i) {
				cr.text = append(cr.text, nil)
				continue
			}
			var s string
			switch codec, ok := copyfmt.LookupCodec(c.Type.Underlying().Name); {
			case f == copyfmt.Text:
				s = string(row.AppendValue(nil, i))
			case ok:
				b, err := codec.AppendText(nil, row.Raw(i))
				require.NoError(t, err, c.Name)
				s = string(b)
			default:
				s = "(binary) " + string(row.Raw(i))
			}
			cr.text = append(cr.text, &s)
		}
		out = append(out, cr)
	}
}

func str(s string) *string { return &s }

// TestTableMaskTransform: People, as the server sends it in each format,
// through the transform under each on_invalid policy.
func TestTableMaskTransform(t *testing.T) {
	t.Parallel()
	src := openSource(t, peopleRules)
	tp, cols := src.table(t, `"Copy"."People"`)
	index := map[string]int{}
	for i, c := range cols {
		index[c.Name] = i
	}
	rulesOf := map[string]*rules.ColumnPlan{}
	for _, cp := range tp.Columns {
		rulesOf[cp.Column.Name] = cp
	}
	// person is what a column's rule makes of a value, seeded by the id.
	person := func(column, value string, id string) string {
		tr := rulesOf[column].Rules[0].Compiled.New()
		v, err := tr.Transform(nil, anonymize.Text(value), anonymize.Rows{Src: anonymize.MapRow{"id": anonymize.Text(id)}})
		require.NoError(t, err)
		return string(v.Bytes)
	}

	for _, f := range []copyfmt.Format{copyfmt.Text, copyfmt.Binary} {
		in := src.copyOut(t, tp, cols, f == copyfmt.Binary, 1)
		source := readRows(t, in, f, cols)
		require.Len(t, source, 4)
		transform := func(t *testing.T, onInvalid string) ([]copyRow, copyStats, error) {
			var out bytes.Buffer
			mask := newTableMask(`"Copy"."People"`, cols, maskedColumns(tp, cols), f, onInvalid, slog.New(slog.DiscardHandler))
			stats, err := mask.transform(context.Background(), bytes.NewReader(in), &out, func(int64) {})
			if err != nil {
				return nil, stats, err
			}
			return readRows(t, out.Bytes(), f, cols), stats, nil
		}

		t.Run(f.String()+"/error", func(t *testing.T) {
			got, stats, err := transform(t, "")
			require.NoError(t, err)
			require.Equal(t, copyStats{Rows: 4, Invalid: map[string]int64{"payload": 2, "strict_doc": 2}}, stats)
			require.Len(t, got, 4)
			field := func(row int, col string) *string { return got[row].text[index[col]] }

			// Columns no rule rewrites, and rows no rule applies to, go
			// through byte for byte.
			for r := range got {
				for _, c := range []string{"id", "kind", "mood", "tags", "api_token", "born"} {
					require.Equal(t, source[r].raw[index[c]], got[r].raw[index[c]], "row %d, %s", r+1, c)
				}
			}
			require.Equal(t, source[1].raw[index["note"]], got[1].raw[index["note"]], "row 2: kind = 'staff': keep")
			require.Equal(t, str("tab\there"), field(1, "note"))

			// Names and email of one fake person, drawn from the id: the
			// same source name in rows 1 and 3 becomes two people.
			for r, id := range []string{"1", "2", "3", "4"} {
				require.Equal(t, id, *field(r, "id"))
				first := field(r, "First Name")
				require.Equal(t, person("First Name", *source[r].text[index["First Name"]], id), *first)
				require.NotEqual(t, *source[r].text[index["First Name"]], *first)
				last, email := field(r, "last_name"), field(r, "email")
				if source[r].text[index["last_name"]] == nil {
					require.Nil(t, last, "NULL stays NULL")
					require.Nil(t, email, "NULL stays NULL")
					require.Nil(t, field(r, "handle"), "NULL stays NULL")
					continue
				}
				require.Equal(t, person("last_name", "x", id), *last)
				require.True(t, strings.HasPrefix(*email, strings.ToLower(*first+"."+*last)+"."), "row %d: %s is %s %s's", r+1, *email, *first, *last)
				// The template reads the masked last name.
				require.Equal(t, *last+"-"+id, *field(r, "handle"))
			}
			require.NotEqual(t, *field(0, "First Name"), *field(2, "First Name"))

			// when: the first rule that holds applies; none holds: as is.
			require.Equal(t, str("vip"), field(0, "note"))
			require.Nil(t, field(2, "note"), "redact keeps NULL")
			require.Equal(t, str("[REDACTED]"), field(3, "note"))

			// on_invalid: error: counted, NULL, or empty in a NOT NULL column.
			require.Nil(t, field(1, "payload"))
			require.Nil(t, field(2, "payload"))
			require.Nil(t, field(3, "payload"))
			require.Equal(t, str(""), field(1, "strict_doc"))
			require.Equal(t, str(""), field(2, "strict_doc"))
			require.Equal(t, str("{}"), field(3, "strict_doc"))
			p := *field(0, "payload")
			require.True(t, strings.HasSuffix(p, `", "n": 1}`), p)
			require.NotContains(t, p, "ann@example.com")
			require.Equal(t, str(`{"n": [1, 2]}`), field(3, "doc"))
			require.NotContains(t, *field(1, "doc"), "bob@example.com")

			// Scrubbed by default.
			require.Equal(t, str("[REDACTED]"), field(0, "password_hash"))
			require.Nil(t, field(1, "password_hash"))
		})

		t.Run(f.String()+"/keep", func(t *testing.T) {
			got, stats, err := transform(t, "keep")
			require.NoError(t, err)
			require.Equal(t, copyStats{Rows: 4, Invalid: map[string]int64{"payload": 2, "strict_doc": 2}}, stats)
			for r := 1; r <= 2; r++ {
				for _, c := range []string{"payload", "strict_doc"} {
					require.Equal(t, source[r].raw[index[c]], got[r].raw[index[c]], "row %d, %s: kept as is", r+1, c)
				}
			}
			require.Equal(t, str("{not json"), got[1].text[index["payload"]])
			require.Equal(t, str("not json"), got[1].text[index["strict_doc"]])
			require.NotContains(t, *got[0].text[index["payload"]], "ann@example.com", "valid values are masked")
		})

		t.Run(f.String()+"/fail", func(t *testing.T) {
			_, stats, err := transform(t, "fail")
			require.ErrorIs(t, err, anonymize.ErrInvalidInput)
			require.ErrorContains(t, err, "row 2, column payload: ")
			require.NotContains(t, err.Error(), "not json", "the value is never in the error")
			require.EqualValues(t, 2, stats.Rows)
			require.Nil(t, stats.Invalid)
		})
	}
}

// TestTableMaskNoInvalid: a table without a bad value reports no invalid
// map at all (the manifest omits it).
func TestTableMaskNoInvalid(t *testing.T) {
	t.Parallel()
	src := openSource(t, peopleRules)
	tp, cols := src.table(t, `"Copy"."People"`)
	in := src.copyOut(t, tp, cols, false, 3)
	var progress []int64
	mask := newTableMask("People", cols, maskedColumns(tp, cols)[:3], copyfmt.Text, "", slog.New(slog.DiscardHandler))
	stats, err := mask.transform(context.Background(), bytes.NewReader(in), io.Discard, func(n int64) { progress = append(progress, n) })
	require.NoError(t, err)
	require.Equal(t, copyStats{Rows: 12}, stats)
	require.Empty(t, progress, "fewer rows than a report's worth")
}

// TestBinaryCopyableLoads: every column binaryCopyable lets through in
// binary loads, alone, into a database whose user types have other OIDs.
func TestBinaryCopyableLoads(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	src := openSource(t, "version: 1\n")
	_, cols := src.table(t, `"Copy"."Types"`)
	shifted := pgtest.Fixture{Name: "pipeline-copy-oidshift", Files: []string{filepath.Join("testdata", "oidshift.sql"), filepath.Join("testdata", "copy.sql")}}
	dst, err := pgx.Connect(ctx, pgtest.Database(t, shifted))
	require.NoError(t, err)
	t.Cleanup(func() { dst.Close(context.Background()) })
	var srcOID, dstOID uint32
	require.NoError(t, src.conn.QueryRow(ctx, `SELECT '"Copy".mood'::regtype::oid`).Scan(&srcOID))
	require.NoError(t, dst.QueryRow(ctx, `SELECT '"Copy".mood'::regtype::oid`).Scan(&dstOID))
	require.NotEqual(t, srcOID, dstOID, "the fixture shifts the OIDs")

	for _, c := range cols {
		col := pgx.Identifier{c.Name}.Sanitize()
		var stream bytes.Buffer
		_, err := src.conn.PgConn().CopyTo(ctx, &stream, `COPY "Copy"."Types" (`+col+`) TO STDOUT (FORMAT binary)`)
		require.NoError(t, err)
		_, err = dst.Exec(ctx, `TRUNCATE "Copy"."Types"`)
		require.NoError(t, err)
		_, err = dst.PgConn().CopyFrom(ctx, bytes.NewReader(stream.Bytes()), `COPY "Copy"."Types" (`+col+`) FROM STDIN (FORMAT binary)`)
		if binaryCopyable([]*schema.Column{c}, nil) {
			require.NoError(t, err, c.Name)
			var loaded bool
			require.NoError(t, dst.QueryRow(ctx, `SELECT count(*) = 2 AND count(`+col+`) = 1 FROM "Copy"."Types"`).Scan(&loaded))
			require.True(t, loaded, "%s: the value and the NULL arrive", c.Name)
		}
	}
}

// TestConditionOnAnUndecodableColumn: a when: condition that reads a
// column the binary stream cannot turn into text (an enum) must not judge
// it as the empty string and leave the column unmasked. The table goes as text, where the
// condition reads the real value; and a binary stream forced on it anyway
// stops with an error rather than copy the value.
func TestConditionOnAnUndecodableColumn(t *testing.T) {
	t.Parallel()
	rulesFile := strings.Replace(peopleRules, "    api_token: keep\n", "    api_token: { transform: redact, when: \"mood = 'sad'\" }\n", 1)
	src := openSource(t, rulesFile)
	tp, cols := src.table(t, `"Copy"."People"`)
	masked := maskedColumns(tp, cols)
	require.False(t, binaryCopyable(cols, masked), "the condition reads an enum, which has no binary-to-text conversion here")
	require.True(t, binaryCopyable(cols, nil), "the same columns, unread, go in binary")

	token := -1
	for i, c := range cols {
		if c.Name == "api_token" {
			token = i
		}
	}
	mask := func(f copyfmt.Format) ([]copyRow, error) {
		in := src.copyOut(t, tp, cols, f == copyfmt.Binary, 1)
		var out bytes.Buffer
		m := newTableMask(`"Copy"."People"`, cols, maskedColumns(tp, cols), f, "", slog.New(slog.DiscardHandler))
		if _, err := m.transform(context.Background(), bytes.NewReader(in), &out, func(int64) {}); err != nil {
			return nil, err
		}
		return readRows(t, out.Bytes(), f, cols), nil
	}
	got, err := mask(copyfmt.Text)
	require.NoError(t, err)
	require.Equal(t, str("tok-1"), got[0].text[token], "mood happy: kept")
	require.NotEqual(t, str(""), got[3].text[token], "mood sad: redacted")
	require.NotEqual(t, "", *got[3].text[token])
	_, err = mask(copyfmt.Binary)
	require.ErrorContains(t, err, "has no text conversion")
}

// TestTableMaskKeyDispatch: rules of the shape init writes for a key/value
// table (each when: compares one column with string literals) pick their
// rule with one lookup, and the stream they write is the one the rules
// write when each is evaluated in turn, in both formats.
func TestTableMaskKeyDispatch(t *testing.T) {
	t.Parallel()
	keyed := strings.Replace(peopleRules, `      - { transform: constant, value: vip, when: "kind = 'vip'" }
      - { transform: keep, when: "kind = 'staff'" }
      - { transform: redact, when: "id > 2" }`, `      - { transform: constant, value: vip, when: "kind = 'vip'" }
      - { transform: keep, when: "kind IN ('staff', 'vip')" }
      - { transform: redact }`, 1)
	require.NotEqual(t, peopleRules, keyed)
	src := openSource(t, keyed)
	tp, cols := src.table(t, `"Copy"."People"`)
	for _, m := range maskedColumns(tp, cols) {
		if m.name != "note" {
			require.Nil(t, m.dispatch, "%s has one rule", m.name)
			continue
		}
		require.NotNil(t, m.dispatch, "kind = 'vip', kind IN (...), then a rule for every other row")
		require.Equal(t, "kind", m.dispatch.Column())
	}
	plain, _ := openSource(t, peopleRules).table(t, `"Copy"."People"`)
	for _, m := range maskedColumns(plain, cols) {
		if m.name == "note" {
			require.Nil(t, m.dispatch, "id > 2 is evaluated row by row")
		}
	}

	for _, f := range []copyfmt.Format{copyfmt.Text, copyfmt.Binary} {
		in := src.copyOut(t, tp, cols, f == copyfmt.Binary, 1)
		run := func(dispatch bool) []byte {
			masked := maskedColumns(tp, cols)
			if !dispatch {
				for _, m := range masked {
					m.dispatch = nil
				}
			}
			var out bytes.Buffer
			mask := newTableMask(`"Copy"."People"`, cols, masked, f, "keep", slog.New(slog.DiscardHandler))
			_, err := mask.transform(context.Background(), bytes.NewReader(in), &out, func(int64) {})
			require.NoError(t, err)
			return out.Bytes()
		}
		got := run(true)
		require.Equal(t, run(false), got, "%s: the same stream either way", f)
		rows := readRows(t, got, f, cols)
		source := readRows(t, in, f, cols)
		require.Equal(t, "note", cols[6].Name)
		require.Equal(t, str("vip"), rows[0].text[6], "kind = 'vip': the first rule")
		require.Equal(t, source[1].raw[6], rows[1].raw[6], "kind = 'staff': keep")
		require.Equal(t, str("[REDACTED]"), rows[3].text[6], "any other kind: the last rule")
	}
}
