package copyfmt_test

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/copyfmt"
	"github.com/understudy/understudy/internal/pgtest"
)

// TestMain starts one PostgreSQL for the test binary, except in fuzzing
// processes (-test.fuzz, -test.fuzzworker): fuzz targets need no server,
// and each fuzz worker would otherwise start its own.
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.fuzz"); f != nil && f.Value.String() != "" {
		os.Exit(m.Run())
	}
	if f := flag.Lookup("test.fuzzworker"); f != nil && f.Value.String() == "true" {
		os.Exit(m.Run())
	}
	os.Exit(pgtest.Main(m))
}

var typesFixture = pgtest.Fixture{Name: "copyfmt", Files: []string{filepath.Join("testdata", "types.sql")}}

// session settings under which BinaryToText matches PostgreSQL's text.
const sessionSetup = `SET TimeZone = 'UTC'; SET DateStyle = 'ISO'; SET extra_float_digits = 3; SET bytea_output = 'hex'`

const selectTypes = `COPY (SELECT * FROM "Copy"."Types" ORDER BY id) TO STDOUT`

func connect(t *testing.T) *pgx.Conn {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, typesFixture))
	require.NoError(t, err)
	t.Cleanup(func() { conn.Close(context.Background()) })
	_, err = conn.Exec(ctx, sessionSetup)
	require.NoError(t, err)
	return conn
}

func copyOut(t *testing.T, conn *pgx.Conn, sql string) []byte {
	t.Helper()
	var buf bytes.Buffer
	_, err := conn.PgConn().CopyTo(context.Background(), &buf, sql)
	require.NoError(t, err)
	return buf.Bytes()
}

// columnTypes returns the pg_type names of the table's columns.
func columnTypes(t *testing.T, conn *pgx.Conn) []string {
	t.Helper()
	rows, err := conn.Query(context.Background(), `SELECT t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
		WHERE a.attrelid = '"Copy"."Types"'::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`)
	require.NoError(t, err)
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	require.NoError(t, err)
	return names
}

// passThrough reads a stream and writes every row back out.
func passThrough(t testing.TB, f copyfmt.Format, in io.Reader, cfg *copyfmt.Config) []byte {
	t.Helper()
	r, err := copyfmt.NewReader(in, f, cfg)
	require.NoError(t, err)
	var out bytes.Buffer
	w, err := copyfmt.NewWriter(&out, f, cfg)
	require.NoError(t, err)
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		require.NoError(t, w.WriteRow(row))
	}
	require.NoError(t, w.Close())
	return out.Bytes()
}

// TestPostgresPassThrough: real COPY output of every type, read and written
// back unchanged, comes out byte for byte identical, whatever the buffer
// size and however the reads are split.
func TestPostgresPassThrough(t *testing.T) {
	t.Parallel()
	conn := connect(t)
	for _, f := range []copyfmt.Format{copyfmt.Text, copyfmt.Binary} {
		sql := selectTypes
		if f == copyfmt.Binary {
			sql += " (FORMAT binary)"
		}
		stream := copyOut(t, conn, sql)
		require.Greater(t, len(stream), 8*copyfmt.DefaultBufferSize, "the fixture has a row eight times the default buffer")
		for _, cfg := range []*copyfmt.Config{nil, {BufferSize: 64}, {BufferSize: 1000}} {
			t.Run(f.String(), func(t *testing.T) {
				require.True(t, bytes.Equal(stream, passThrough(t, f, bytes.NewReader(stream), cfg)))
				require.True(t, bytes.Equal(stream, passThrough(t, f, iotest.HalfReader(bytes.NewReader(stream)), cfg)))
			})
		}
	}
}

// TestPostgresBinaryToText: for every field of every row, BinaryToText of
// the binary COPY field equals the unescaped text COPY field.
func TestPostgresBinaryToText(t *testing.T) {
	t.Parallel()
	conn := connect(t)
	types := columnTypes(t, conn)
	for _, typ := range types {
		require.True(t, copyfmt.SupportsBinary(typ), typ)
	}
	text := copyOut(t, conn, selectTypes)
	bin := copyOut(t, conn, selectTypes+" (FORMAT binary)")
	tr, err := copyfmt.NewTextReader(bytes.NewReader(text), nil)
	require.NoError(t, err)
	br, err := copyfmt.NewBinaryReader(bytes.NewReader(bin), nil)
	require.NoError(t, err)
	var want, got []byte
	rows := 0
	for {
		trow, terr := tr.Next()
		brow, berr := br.Next()
		if errors.Is(terr, io.EOF) {
			require.ErrorIs(t, berr, io.EOF)
			break
		}
		require.NoError(t, terr)
		require.NoError(t, berr)
		rows++
		require.Equal(t, len(types), trow.Len())
		require.Equal(t, len(types), brow.Len())
		for i, typ := range types {
			require.Equal(t, trow.Null(i), brow.Null(i), "row %d column %d", trow.Number(), i)
			if trow.Null(i) {
				continue
			}
			want = trow.AppendValue(want[:0], i)
			got, err = copyfmt.BinaryToText(typ, got[:0], brow.Raw(i))
			require.NoError(t, err, "row %d %s", trow.Number(), typ)
			if !bytes.Equal(want, got) {
				t.Errorf("row %d %s: BinaryToText = %.200q, PostgreSQL prints %.200q", trow.Number(), typ, got, want)
			}
		}
	}
	require.Equal(t, 3000, rows)
}

// TestPostgresTextToBinary: TextToBinary of every text COPY field equals the
// binary COPY field, and a binary stream built from the text values loads
// into PostgreSQL as equal rows.
func TestPostgresTextToBinary(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t)
	types := columnTypes(t, conn)
	text := copyOut(t, conn, selectTypes)
	bin := copyOut(t, conn, selectTypes+" (FORMAT binary)")
	tr, err := copyfmt.NewTextReader(bytes.NewReader(text), nil)
	require.NoError(t, err)
	br, err := copyfmt.NewBinaryReader(bytes.NewReader(bin), nil)
	require.NoError(t, err)

	var loaded bytes.Buffer
	w, err := copyfmt.NewBinaryWriter(&loaded, nil)
	require.NoError(t, err)
	fields := make([]copyfmt.Field, len(types))
	values := make([][]byte, len(types))
	var value []byte
	for {
		trow, terr := tr.Next()
		brow, berr := br.Next()
		if errors.Is(terr, io.EOF) {
			require.ErrorIs(t, berr, io.EOF)
			break
		}
		require.NoError(t, terr)
		require.NoError(t, berr)
		for i, typ := range types {
			if trow.Null(i) {
				fields[i] = copyfmt.Null()
				continue
			}
			value = trow.AppendValue(value[:0], i)
			values[i], err = copyfmt.TextToBinary(typ, values[i][:0], value)
			require.NoError(t, err, "row %d %s", trow.Number(), typ)
			if !bytes.Equal(values[i], brow.Raw(i)) {
				t.Errorf("row %d %s: TextToBinary = %x, PostgreSQL sends %x", trow.Number(), typ, trunc(values[i]), trunc(brow.Raw(i)))
			}
			fields[i] = copyfmt.Value(values[i])
		}
		require.NoError(t, w.WriteFields(fields...))
	}
	require.NoError(t, w.Close())

	_, err = conn.PgConn().CopyFrom(ctx, &loaded, `COPY "Copy"."Loaded" FROM STDIN (FORMAT binary)`)
	require.NoError(t, err)
	reloaded := copyOut(t, conn, `COPY (SELECT * FROM "Copy"."Loaded" ORDER BY id) TO STDOUT`)
	require.True(t, bytes.Equal(text, reloaded), "the loaded table prints differently")
}

func trunc(b []byte) []byte {
	if len(b) > 64 {
		return b[:64]
	}
	return b
}

// TestPostgresTextLoad: a text stream with every field replaced by its own
// value (unescaped, then escaped again by the writer) loads into equal rows.
func TestPostgresTextLoad(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn := connect(t)
	text := copyOut(t, conn, selectTypes)
	r, err := copyfmt.NewTextReader(bytes.NewReader(text), nil)
	require.NoError(t, err)
	var out bytes.Buffer
	w, err := copyfmt.NewTextWriter(&out, nil)
	require.NoError(t, err)
	values := make([][]byte, 28)
	for {
		row, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err)
		for i := range row.Len() {
			if row.Null(i) {
				row.SetNull(i)
				continue
			}
			values[i] = row.AppendValue(values[i][:0], i)
			row.Set(i, values[i])
		}
		require.NoError(t, w.WriteRow(row))
	}
	require.NoError(t, w.Close())
	require.True(t, bytes.Equal(text, out.Bytes()), "re-escaping changed the stream")
	_, err = conn.PgConn().CopyFrom(ctx, &out, `COPY "Copy"."Loaded" FROM STDIN`)
	require.NoError(t, err)
	require.True(t, bytes.Equal(text, copyOut(t, conn, `COPY (SELECT * FROM "Copy"."Loaded" ORDER BY id) TO STDOUT`)))
}
