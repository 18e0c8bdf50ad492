package pgsql

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// TestQuoteIdentMatchesServer compares QuoteIdent with the server's
// quote_ident() on every keyword the server knows, spelled as is, in upper
// case and inside longer names, and on names that need quotes for other
// reasons (case, digits, unicode, quotes, spaces, $).
func TestQuoteIdentMatchesServer(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, pgtest.Database(t, pgtest.Empty))
	require.NoError(t, err)
	defer conn.Close(ctx)

	rows, err := conn.Query(ctx, "SELECT word, catcode FROM pg_get_keywords() ORDER BY word")
	require.NoError(t, err)
	catcode := map[string]string{}
	for rows.Next() {
		var word, code string
		require.NoError(t, rows.Scan(&word, &code))
		catcode[word] = code
	}
	require.NoError(t, rows.Err())
	require.Greater(t, len(catcode), 400, "pg_get_keywords() lists every keyword")

	names := []string{
		"", "a", "_", "_1", "a1", "1a", "9", "A", "aB", "users", "user_id", "a b", " a", "a-b", "a.b",
		`"`, `a"b`, `""`, "'", "a'b", "é", "bıgınt", "ß", "日本", "a$", "$a", "$1",
		"nulls_la", "not_la", "with_la", "formats_la", "a\tb", "a\nb",
		strings.Repeat("a", 63), strings.Repeat("a", 64), strings.Repeat("a", 100),
	}
	for kw := range catcode {
		names = append(names, kw, strings.ToUpper(kw), strings.ToUpper(kw[:1])+kw[1:], kw+"_", "_"+kw, kw+"1", kw+" x", kw+`"`)
	}
	var want []string
	require.NoError(t, conn.QueryRow(ctx, "SELECT array_agg(quote_ident(n) ORDER BY i) FROM unnest($1::text[]) WITH ORDINALITY u(n, i)", names).Scan(&want))
	require.Len(t, want, len(names))
	for i, n := range names {
		require.Equal(t, want[i], QuoteIdent(n), "%q", n)
	}

	// The server's categories agree: only unreserved keywords go bare.
	for kw, code := range catcode {
		require.Equal(t, code != "U", QuoteIdent(kw) != kw, "%s (catcode %s)", kw, code)
		// Quoted, every keyword parses back as the column of that name.
		e, err := ParseCondition(QuoteIdent(kw) + " IS NULL")
		require.NoError(t, err, kw)
		require.Equal(t, kw, e.(*NullTest).Expr.(*ColumnRef).Name)
	}
}

func BenchmarkQuoteIdent(b *testing.B) {
	for b.Loop() {
		QuoteIdent("organization_id")
	}
}
