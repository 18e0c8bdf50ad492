package integration

import (
	"context"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
)

// A source database in LATIN1 whose schema holds text beyond ASCII
// (defaults, CHECKs, a partial index's predicate, comments) arrives in a
// staging database of the same encoding with that text intact: pg_dump
// writes the schema in UTF-8 and the sessions that load it say so.
func TestRunLatin1Source(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := pgtest.Shared(t)
	name := createSource(t, srv, "latin1", "ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C'")
	cfg, err := pgx.ParseConfig(srv.URL(name))
	require.NoError(t, err)
	cfg.RuntimeParams["client_encoding"] = "UTF8"
	src, err := pgx.ConnectConfig(ctx, cfg)
	require.NoError(t, err)
	_, err = src.Exec(ctx, `CREATE TABLE public.cafe (id serial PRIMARY KEY, nom text DEFAULT 'élève' CHECK (nom <> 'très'));
		COMMENT ON TABLE public.cafe IS 'où';
		CREATE INDEX cafe_nom ON public.cafe (nom) WHERE nom <> 'ça';
		INSERT INTO public.cafe (nom) VALUES ('Zoë')`)
	require.NoError(t, err)
	require.NoError(t, src.Close(ctx))

	r := newRefreshFrom(t, srv.URL(name))
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)

	cfg, err = pgx.ParseConfig(r.Tgt)
	require.NoError(t, err)
	cfg.RuntimeParams["client_encoding"] = "UTF8"
	tgt, err := pgx.ConnectConfig(ctx, cfg)
	require.NoError(t, err)
	defer tgt.Close(ctx)
	var encoding, def, check, predicate, comment string
	require.NoError(t, tgt.QueryRow(ctx, `SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()`).Scan(&encoding))
	require.NoError(t, tgt.QueryRow(ctx, `SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'public.cafe'::regclass AND adnum = 2`).Scan(&def))
	require.NoError(t, tgt.QueryRow(ctx, `SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'public.cafe'::regclass AND contype = 'c'`).Scan(&check))
	require.NoError(t, tgt.QueryRow(ctx, `SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = 'public.cafe_nom'::regclass`).Scan(&predicate))
	require.NoError(t, tgt.QueryRow(ctx, `SELECT obj_description('public.cafe'::regclass, 'pg_class')`).Scan(&comment))
	require.Equal(t, []string{"LATIN1", "'élève'::text", "CHECK ((nom <> 'très'::text))", "(nom <> 'ça'::text)", "où"}, []string{encoding, def, check, predicate, comment})
}

// A production database whose default collation is ICU's (PostgreSQL 15's
// LOCALE_PROVIDER icu) gets a staging database that sorts as it does:
// 'apple' before 'Banana', where the C locale puts capitals first.
func TestRunICUSource(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	srv := pgtest.Shared(t)
	name := createSource(t, srv, "icu", "ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LC_COLLATE 'C' LC_CTYPE 'C'")
	src := clitest.Connect(t, srv.URL(name))
	_, err := src.Exec(ctx, `CREATE TABLE public.fruit (id serial PRIMARY KEY, label text NOT NULL);
		INSERT INTO public.fruit (label) VALUES ('Banana'), ('apple'), ('Cherry')`)
	require.NoError(t, err)
	order := func(conn *pgx.Conn) []string {
		rows, err := conn.Query(ctx, "SELECT label FROM public.fruit ORDER BY label")
		require.NoError(t, err)
		labels, err := pgx.CollectRows(rows, pgx.RowTo[string])
		require.NoError(t, err)
		return labels
	}
	require.Equal(t, []string{"apple", "Banana", "Cherry"}, order(src))

	r := newRefreshFrom(t, srv.URL(name))
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	require.NotContains(t, res.Stderr, "another locale")
	tgt := clitest.Connect(t, r.Tgt)
	var provider, locale string
	require.NoError(t, tgt.QueryRow(ctx, "SELECT datlocprovider::text, daticulocale FROM pg_database WHERE datname = current_database()").Scan(&provider, &locale))
	require.Equal(t, []string{"i", "en-US"}, []string{provider, locale})
	require.Equal(t, order(src), order(tgt))
}

// createSource creates an empty production database, named from prefix,
// with the options of CREATE DATABASE given (its encoding and locale),
// dropped when the test ends.
func createSource(t *testing.T, srv *pgtest.Server, prefix, options string) string {
	t.Helper()
	name := fmt.Sprintf("%s_%s", prefix, randomHex(t))
	admin := clitest.Connect(t, srv.AdminURL())
	_, err := admin.Exec(context.Background(), "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()+" TEMPLATE template0 "+options)
	require.NoError(t, err)
	t.Cleanup(func() { _ = srv.DropDatabase(context.Background(), name) })
	return name
}
