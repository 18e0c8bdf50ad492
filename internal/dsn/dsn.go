// Package dsn turns connection strings into pgx configurations for the
// source and the target, and keeps passwords out of every message.
//
// # Read-only source
//
// SourceConfig sets default_transaction_read_only=on as a startup parameter,
// so every transaction on a source connection is read-only unless a
// statement explicitly asks otherwise; understudy never does.
//
// # Redaction
//
// Redact masks the password in URLs (postgres://user:secret@host) and in
// keyword/value strings (password=secret), wherever they occur in a text,
// so an error message that quotes a DSN never shows the password.
package dsn

import (
	"context"
	"errors"
	"fmt"
	"net"
	"regexp"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Mask replaces a password in redacted text.
const Mask = "xxxxx"

// ConfigError is a connection string that cannot be used. It is the user's
// to fix: the CLI maps it to the usage/config exit code.
type ConfigError struct {
	Role string // "source" or "target"
	Msg  string
}

func (e *ConfigError) Error() string { return fmt.Sprintf("%s connection string: %s", e.Role, e.Msg) }

// SourceConfig parses a source DSN and makes it read-only.
func SourceConfig(dsn string) (*pgx.ConnConfig, error) {
	cfg, err := parse("source", dsn)
	if err != nil {
		return nil, err
	}
	cfg.RuntimeParams["default_transaction_read_only"] = "on"
	return cfg, nil
}

// TargetConfig parses a target DSN.
func TargetConfig(dsn string) (*pgx.ConnConfig, error) { return parse("target", dsn) }

func parse(role, dsn string) (*pgx.ConnConfig, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, &ConfigError{Role: role, Msg: "empty; pass --" + role + " or set UNDERSTUDY_" + strings.ToUpper(role) + "_URL"}
	}
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, &ConfigError{Role: role, Msg: Redact(unwrapParse(err))}
	}
	if cfg.RuntimeParams == nil {
		cfg.RuntimeParams = map[string]string{}
	}
	if cfg.RuntimeParams["application_name"] == "" {
		cfg.RuntimeParams["application_name"] = "understudy"
	}
	return cfg, nil
}

func unwrapParse(err error) string {
	var pe *pgconn.ParseConfigError
	if errors.As(err, &pe) {
		msg := strings.TrimPrefix(pe.Error(), "cannot parse `"+Redact(pe.ConnString)+"`: ")
		return msg
	}
	return err.Error()
}

// Connect opens a connection and describes a failure without the password:
// which server and database, and what PostgreSQL or the network said. The
// error is text, but for a context that ended, which it wraps: a caller
// can tell a connect that was cancelled (errors.Is context.Canceled) from
// one the server refused.
func Connect(ctx context.Context, role string, cfg *pgx.ConnConfig) (*pgx.Conn, error) {
	conn, err := pgx.ConnectConfig(ctx, cfg)
	if err != nil {
		msg := fmt.Sprintf("connect to %s %s: %s", role, Describe(cfg), Redact(reason(err)))
		if cerr := ctx.Err(); cerr != nil {
			return nil, &connectError{msg: msg, ctxErr: cerr}
		}
		return nil, errors.New(msg)
	}
	return conn, nil
}

// connectError is a connect that failed once its context had ended.
type connectError struct {
	msg    string
	ctxErr error
}

func (e *connectError) Error() string { return e.msg }
func (e *connectError) Unwrap() error { return e.ctxErr }

// Describe names a connection for messages: user@host:port/database.
func Describe(cfg *pgx.ConnConfig) string {
	host := cfg.Host
	if !strings.HasPrefix(host, "/") {
		host = net.JoinHostPort(host, fmt.Sprint(cfg.Port))
	}
	return fmt.Sprintf("%s@%s/%s", cfg.User, host, cfg.Database)
}

// reason is the innermost useful cause of a connect error.
func reason(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Message + " (SQLSTATE " + pgErr.Code + ")"
	}
	msg := err.Error()
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) && ce.Unwrap() != nil {
		msg = ce.Unwrap().Error()
	}
	// pgconn joins one error per address tried; say each cause once.
	var lines []string
	seen := map[string]bool{}
	for _, l := range strings.Split(msg, "\n") {
		if l = strings.TrimSpace(l); l != "" && !seen[l] {
			seen[l] = true
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "; ")
}

var (
	// scheme://user:password@ — the password ends at the last @ before the host.
	urlPassword = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s]*:)(\S*@\S*)`)
	// password=value, password = 'quoted value', also as a query parameter.
	kvPassword = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.|'')*'?|[^\s&']*)`)
)

// Redact masks every password in s: URL user-info passwords and
// password=... settings, quoted or not.
func Redact(s string) string {
	s = urlPassword.ReplaceAllStringFunc(s, func(m string) string {
		sub := urlPassword.FindStringSubmatch(m)
		// A raw password may hold an @ itself; the host cannot, so the
		// password runs to the last @ of the token.
		at := strings.LastIndex(sub[2], "@")
		return sub[1] + Mask + sub[2][at:]
	})
	return kvPassword.ReplaceAllString(s, "${1}"+Mask)
}
