package dsn

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestRedact(t *testing.T) {
	cases := map[string]string{
		"postgres://app:s3cret@db.internal:5432/prod":                          "postgres://app:xxxxx@db.internal:5432/prod",
		"postgresql://app:p@ss@word@db/prod?sslmode=require":                   "postgresql://app:xxxxx@db/prod?sslmode=require",
		"postgres://app@db/prod":                                               "postgres://app@db/prod",
		"host=db user=app password=s3cret dbname=prod":                         "host=db user=app password=xxxxx dbname=prod",
		"host=db password='with space' dbname=prod":                            "host=db password=xxxxx dbname=prod",
		"host=db password = 'it''s' dbname=prod":                               "host=db password = xxxxx dbname=prod",
		"postgres://db/prod?user=app&password=s3cret&sslmode=disable":          "postgres://db/prod?user=app&password=xxxxx&sslmode=disable",
		"connect to postgres://u:topsecret@h/d: connection refused":            "connect to postgres://u:xxxxx@h/d: connection refused",
		"two: postgres://a:one@h1/d and postgres://b:two@h2/d":                 "two: postgres://a:xxxxx@h1/d and postgres://b:xxxxx@h2/d",
		"CONNECTION 'host=prod-db port=5432 user=replicator PASSWORD=Repl1c4'": "CONNECTION 'host=prod-db port=5432 user=replicator PASSWORD=xxxxx'",
	}
	for in, want := range cases {
		require.Equal(t, want, Redact(in), in)
	}
}

func TestSourceConfigIsReadOnly(t *testing.T) {
	cfg, err := SourceConfig("postgres://u:pw@localhost:5432/db")
	require.NoError(t, err)
	require.Equal(t, "on", cfg.RuntimeParams["default_transaction_read_only"])
	require.Equal(t, "understudy", cfg.RuntimeParams["application_name"])
	tcfg, err := TargetConfig("postgres://u:pw@localhost:5432/db")
	require.NoError(t, err)
	require.Empty(t, tcfg.RuntimeParams["default_transaction_read_only"])
}

func TestBadDSNIsAConfigErrorWithoutPassword(t *testing.T) {
	for _, in := range []string{"postgres://u:hunter2@host:notaport/db", "host=db password=hunter2 sslmode=bogus", ""} {
		_, err := SourceConfig(in)
		var ce *ConfigError
		require.ErrorAs(t, err, &ce, in)
		require.NotContains(t, err.Error(), "hunter2")
		require.Contains(t, err.Error(), "source connection string")
	}
}

func TestConnectErrorNamesServerNotPassword(t *testing.T) {
	cfg, err := TargetConfig("postgres://app:hunter2@127.0.0.1:1/prod?connect_timeout=2")
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err = Connect(ctx, "target", cfg)
	require.Error(t, err)
	msg := err.Error()
	require.NotContains(t, msg, "hunter2")
	require.Contains(t, msg, "app@127.0.0.1:1/prod")
	require.True(t, strings.Contains(msg, "refused") || strings.Contains(msg, "connect"), msg)
}

// A connect whose context ended says so in a way a caller can test, and
// still names the server and not the password; one the server or the
// network refused does not claim to be cancelled.
func TestConnectCancelledIsRecognised(t *testing.T) {
	cfg, err := TargetConfig("postgres://app:hunter2@127.0.0.1:1/prod?connect_timeout=2")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Connect(ctx, "target", cfg)
	require.ErrorIs(t, err, context.Canceled)
	require.NotContains(t, err.Error(), "hunter2")
	require.Contains(t, err.Error(), "connect to target app@127.0.0.1:1/prod: ")

	_, err = Connect(context.Background(), "target", cfg)
	require.Error(t, err)
	require.False(t, errors.Is(err, context.Canceled), err.Error())
	require.False(t, errors.Is(err, context.DeadlineExceeded), err.Error())
}

func FuzzRedact(f *testing.F) {
	f.Add("postgres://user", "s3cret", "host/db")
	f.Add("host=h password=", "x y", " dbname=d")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, prefix, password, suffix string) {
		out := Redact(prefix + password + suffix) // must not panic
		_ = out
		// A well-formed URL never leaks its password.
		if password == "" || strings.ContainsAny(password, " \t\n\r\v\f@/?#") || strings.Contains(Mask, password) {
			return
		}
		require.Equal(t, "postgres://user:xxxxx@host/db", Redact("postgres://user:"+password+"@host/db"))
		if !strings.ContainsAny(password, "'&") {
			require.Equal(t, "host=h password=xxxxx dbname=d", Redact("host=h password="+password+" dbname=d"))
		}
	})
}
