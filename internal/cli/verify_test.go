package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/understudy/understudy/internal/clitest"
	"github.com/understudy/understudy/internal/pgtest"
	"github.com/understudy/understudy/verify"
)

func (r *refresh) verify(t *testing.T, format string) clitest.Result {
	t.Helper()
	return understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--format", format)
}

// verifyJSON runs verify --format json and decodes its report.
func (r *refresh) verifyJSON(t *testing.T) (clitest.Result, verify.Report) {
	t.Helper()
	res := r.verify(t, "json")
	var rep verify.Report
	require.NoError(t, json.Unmarshal([]byte(res.Stdout), &rep), res.Stdout+res.Stderr)
	return res, rep
}

func TestVerifyAcme(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	// The polymorphic reference of comments, declared to verify only.
	f, err := os.OpenFile(r.Rules, os.O_APPEND|os.O_WRONLY, 0)
	require.NoError(t, err)
	_, err = f.WriteString(`
subset:
  virtual_foreign_keys:
    - from: public.comments(commentable_id)
      to: public.posts(id)
      where: "commentable_type = 'Post'"
    - from: public.comments(commentable_id)
      to: public.orders(id)
      where: "commentable_type = 'Order'"
`)
	require.NoError(t, err)
	require.NoError(t, f.Close())

	res, rep := r.verifyJSON(t)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	require.NotEmpty(t, rep.Integrity)
	virtual := 0
	for _, c := range rep.Integrity {
		require.False(t, c.Failed(), "%+v", c)
		if c.Virtual {
			virtual++
			require.Positive(t, c.Rows, "%+v", c)
		}
	}
	require.Equal(t, 2, virtual)
	require.NotEmpty(t, rep.Leaks)
	var users bool
	for _, l := range rep.Leaks {
		require.False(t, l.Failed(), "%+v", l)
		if l.Table == "public.users" && l.Column == "email" {
			users = true
			require.Equal(t, "row key", l.Method)
			require.Positive(t, l.Rows)
		}
	}
	require.True(t, users, "public.users.email is compared")
	require.Empty(t, rep.Credentials)
	for _, f := range rep.Catalog {
		require.Equal(t, verify.CategoryCluster, f.Category, "%+v", f)
	}
	text := r.verify(t, "text")
	require.Equal(t, 0, text.Code, text.Stdout+text.Stderr)
	require.Contains(t, text.Stdout, "PASSED")

	src, tgt := clitest.Connect(t, r.Src), clitest.Connect(t, r.Tgt)

	// (a) A leak: three customers get their production email back.
	rows, err := src.Query(ctx, "SELECT id, email::text FROM public.customers WHERE email IS NOT NULL ORDER BY id LIMIT 3")
	require.NoError(t, err)
	type kv struct {
		id    int64
		email string
	}
	var back []kv
	for rows.Next() {
		var x kv
		require.NoError(t, rows.Scan(&x.id, &x.email))
		back = append(back, x)
	}
	require.NoError(t, rows.Err())
	require.Len(t, back, 3)
	for _, x := range back {
		_, err := tgt.Exec(ctx, "UPDATE public.customers SET email = $2 WHERE id = $1", x.id, x.email)
		require.NoError(t, err)
	}
	// (b) A token in a comment.
	const token = "sk_live_51AbCdEfGhIjKlMnOpQrStUvWx"
	_, err = tgt.Exec(ctx, "UPDATE public.comments SET body = 'see "+token+"' WHERE id = 1")
	require.NoError(t, err)
	// (c) An orphan order item, foreign keys off (the test role is a
	// superuser).
	tgtAdmin := clitest.Connect(t, r.Tgt)
	_, err = tgtAdmin.Exec(ctx, "SET session_replication_role = replica")
	require.NoError(t, err)
	_, err = tgtAdmin.Exec(ctx, `INSERT INTO public.order_items (order_id, product_id, quantity, unit_price)
SELECT -4242, product_id, quantity, unit_price FROM public.order_items LIMIT 1`)
	require.NoError(t, err)
	// (d) A post the copy lost: its comments are orphans. And a comment on
	// a post that production does not have either: nothing enforces a
	// virtual key there, so it dangles in both and is noted, not failed.
	var lostPost, onLost int64
	require.NoError(t, tgt.QueryRow(ctx, `SELECT commentable_id, count(*) FROM public.comments WHERE commentable_type = 'Post'
		GROUP BY 1 ORDER BY 1 LIMIT 1`).Scan(&lostPost, &onLost))
	_, err = tgtAdmin.Exec(ctx, "DELETE FROM public.posts WHERE id = $1", lostPost)
	require.NoError(t, err)
	_, err = src.Exec(ctx, "INSERT INTO public.comments (commentable_type, commentable_id, body) VALUES ('Post', -7, 'x')")
	require.NoError(t, err)
	_, err = tgt.Exec(ctx, "INSERT INTO public.comments (commentable_type, commentable_id, body) VALUES ('Post', -7, 'x')")
	require.NoError(t, err)

	res, rep = r.verifyJSON(t)
	require.Equal(t, 4, res.Code, res.Stdout+res.Stderr)
	require.NotContains(t, res.Stdout+res.Stderr, token)
	for _, x := range back {
		require.NotContains(t, res.Stdout+res.Stderr, x.email)
	}

	var leak *verify.Leak
	for i, l := range rep.Leaks {
		if l.Failed() {
			require.Nil(t, leak, "one leaking column: %+v", l)
			leak = &rep.Leaks[i]
		}
	}
	require.NotNil(t, leak)
	require.Equal(t, "public.customers", leak.Table)
	require.Equal(t, "email", leak.Column)
	require.EqualValues(t, 3, leak.Equal)

	require.Len(t, rep.Credentials, 1, "%+v", rep.Credentials)
	cred := rep.Credentials[0]
	require.Equal(t, "public.comments", cred.Table)
	require.Equal(t, "body", cred.Column)
	require.Equal(t, "stripe_key", cred.Detector)
	require.Equal(t, []string{"(1)"}, cred.RowKeys)

	var orphans []verify.ForeignKeyCheck
	for _, c := range rep.Integrity {
		if c.Failed() {
			orphans = append(orphans, c)
		}
	}
	require.Len(t, orphans, 2, "%+v", orphans)
	require.Equal(t, "public.order_items", orphans[0].Table)
	require.Equal(t, "public.orders", orphans[0].References)
	require.EqualValues(t, 1, orphans[0].Violations)
	require.True(t, orphans[1].Virtual)
	require.Equal(t, "public.comments", orphans[1].Table)
	require.Equal(t, "public.posts", orphans[1].References)
	require.EqualValues(t, onLost, orphans[1].Violations, "the lost post's comments")
	require.EqualValues(t, 1, orphans[1].DanglingInSource, "the comment that dangles in production too")

	// The text report and the error name each culprit, and no value.
	text = r.verify(t, "text")
	require.Equal(t, 4, text.Code)
	out := text.Stdout + text.Stderr
	require.Contains(t, out, "leak: public.customers.email: 3 of")
	require.Contains(t, out, "credential: public.comments.body: stripe_key in 1 rows (rows (1))")
	require.Contains(t, out, "integrity: "+orphans[0].Name+" on public.order_items: 1 of")
	require.Contains(t, out, fmt.Sprintf("integrity: virtual public.comments(commentable_id) -> public.posts(id) on public.comments: %d of", onLost))
	require.NotContains(t, out, token)
}

func TestVerifyPagila(t *testing.T) {
	t.Parallel()
	r := newRefresh(t, pgtest.Pagila())
	res := r.Run(t)
	require.Equal(t, 0, res.Code, res.Stderr)
	res, rep := r.verifyJSON(t)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	require.NotEmpty(t, rep.Integrity)
	require.NotEmpty(t, rep.Leaks)
	require.Empty(t, rep.Credentials)
}

// TestVerifyStrictRuleDrift: a column a migration added after the rules
// were written is drift: listed by verify, failing it with --strict.
func TestVerifyStrictRuleDrift(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	r := newRefresh(t, pgtest.Acme("0.05"))
	require.Equal(t, 0, r.Run(t).Code)
	_, err := clitest.Connect(t, r.Src).Exec(ctx, "ALTER TABLE public.plans ADD COLUMN tier text")
	require.NoError(t, err)

	res := understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt)
	require.Equal(t, 0, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stdout, "rule drift: 1 columns")
	require.Contains(t, res.Stdout, "drift public.plans.tier is not mentioned in the rules file")

	res = understudy(t, "verify", "--config", r.Rules, "--source", r.Src, "--target", r.Tgt, "--strict")
	require.Equal(t, 4, res.Code, res.Stdout+res.Stderr)
	require.Contains(t, res.Stderr, "drift: public.plans.tier is not mentioned in the rules file")
}

// TestVerifyRecordWithoutHistory: --record on a database no refresh built
// still prints the check, and fails saying why nothing was recorded.
func TestVerifyRecordWithoutHistory(t *testing.T) {
	t.Parallel()
	src := pgtest.Database(t, pgtest.Acme("0.05"))
	rules := clitest.InitRules(t, Main, src)
	res := understudy(t, "verify", "--config", rules, "--source", src, "--target", src, "--record", "--format", "json")
	require.Equal(t, 4, res.Code, res.Stdout+res.Stderr) // the source holds its own values: every masked column leaks
	_, err := verify.ParseRecord([]byte(res.Stdout))
	require.NoError(t, err)
	require.Contains(t, res.Stderr, "could not be recorded")
	require.Contains(t, res.Stderr, "has no run history (understudy.runs)")
}
