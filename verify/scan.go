package verify

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/understudy/understudy/detect"
	"github.com/understudy/understudy/internal/pgsql"
	"github.com/understudy/understudy/rules"
	"github.com/understudy/understudy/rules/classify"
	"github.com/understudy/understudy/schema"
)

// scannedTypes are the built-in types the credential scan reads; json
// types go through DetectJSON, and of bytea only the values that are text
// (byteaText).
var scannedTypes = map[string]bool{"text": true, "varchar": true, "bpchar": true, "citext": true, "json": true, "jsonb": true, "bytea": true}

func isJSON(t *schema.Type) bool { n := t.Underlying().Name; return n == "json" || n == "jsonb" }

func isBytea(t *schema.Type) bool { return t.Underlying().Name == "bytea" }

// byteaScanBytes bounds how much of a bytea value the scan reads: a
// serialized value or a vCard is read whole, an image is told from text
// in its first bytes.
const byteaScanBytes = 64 << 10

// byteaText is the text of a bytea value given as hex (\x...), or false
// when its bytes are not text (an image, a PDF, an encrypted blob): those
// no detector reads.
func byteaText(v []byte) ([]byte, bool) { return detect.HexText(v, byteaScanBytes) }

// scanData runs the secret detectors over every text-like column of the
// target's tables, and the identifier detectors over a sample of each one
// the plan keeps (the residual check).
func scanData(ctx context.Context, tx pgx.Tx, m *schema.Model, plan *rules.Plan, rep *Report) error {
	kept := keptColumns(plan)
	fails := plan != nil && plan.Config.ResidualFails()
	for _, t := range m.Tables {
		if !t.HasData() || t.Name.Schema == "understudy" {
			continue
		}
		var cols []*schema.Column
		for _, c := range t.Columns {
			if u := c.Type.Underlying(); scannedTypes[u.Name] && (u.BuiltIn() || u.Name == "citext") {
				cols = append(cols, c)
			}
		}
		if len(cols) == 0 {
			continue
		}
		if err := released(ctx, tx, func() error { return scanTable(ctx, tx, t, cols, kept[t.Name], fails, rep) }); err != nil {
			return fmt.Errorf("credential scan %s: %w", t.Name, err)
		}
	}
	sortFindings(rep)
	return nil
}

// keptColumns lists, per table, the columns the plan copies as they are.
func keptColumns(plan *rules.Plan) map[schema.Name]map[string]bool {
	kept := map[schema.Name]map[string]bool{}
	if plan == nil {
		return kept
	}
	for _, tp := range plan.Tables {
		if k := keptIn(tp); k != nil {
			kept[tp.Table.Name] = k
		}
	}
	return kept
}

// keptIn returns the columns of one table of the plan that no rule masks,
// nil when there are none or the table is excluded.
func keptIn(tp *rules.TablePlan) map[string]bool {
	if tp.Excluded {
		return nil
	}
	var kept map[string]bool
	for _, cp := range tp.Columns {
		if !cp.Masks() {
			if kept == nil {
				kept = map[string]bool{}
			}
			kept[cp.Column.Name] = true
		}
	}
	return kept
}

// scanTable reads every row of t's text-like columns: each value through
// the secret detectors, and those of the kept columns into a reservoir
// whose sample goes through the identifier detectors at the end.
func scanTable(ctx context.Context, tx pgx.Tx, t *schema.Table, cols []*schema.Column, kept map[string]bool, fails bool, rep *Report) error {
	keyExpr := "'ctid=' || ctid::text"
	if k := t.RowKey(); k != nil {
		keyExpr = rowText(k.Columns)
	}
	sel := []string{keyExpr}
	for _, c := range cols {
		if isBytea(c.Type) {
			// Hex, whatever bytea_output says, and no more than the scan reads.
			sel = append(sel, "encode(substring("+pgsql.QuoteIdent(c.Name)+" FROM 1 FOR "+strconv.Itoa(byteaScanBytes)+"), 'hex')")
			continue
		}
		sel = append(sel, pgsql.QuoteIdent(c.Name)+"::text")
	}
	rows, err := tx.Query(ctx, "SELECT "+strings.Join(sel, ", ")+" FROM ONLY "+t.Name.Sanitize())
	if err != nil {
		return err
	}
	defer rows.Close()
	found := newCredentials(t.Name.String())
	samples := make([]*reservoir, len(cols))
	for i, c := range cols {
		if kept[c.Name] {
			samples[i] = newReservoir(t.Name.String(), c.Name)
		}
	}
	bytea, public := make([]bool, len(cols)), make([]bool, len(cols))
	for i, c := range cols {
		bytea[i], public[i] = isBytea(c.Type), classify.PublicColumn(t.Name.Name, c.Name)
	}
	vals := make([]*string, len(cols))
	dest := make([]any, len(cols)+1)
	var key string
	dest[0] = &key
	for i := range vals {
		dest[i+1] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		for i, v := range vals {
			if v == nil {
				continue
			}
			b := []byte(*v)
			if bytea[i] {
				var text bool
				if b, text = byteaText(b); !text {
					continue
				}
			}
			if samples[i] != nil {
				samples[i].add(string(b), key)
			}
			for _, d := range secretsIn(b, isJSON(cols[i].Type), public[i]) {
				found.add(cols[i].Name, d, 1, key)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	rep.Credentials = append(rep.Credentials, found.list()...)
	for i, r := range samples {
		if r != nil {
			rep.Residual = append(rep.Residual, r.residuals(t.Name.String(), cols[i].Name, isJSON(cols[i].Type), fails)...)
		}
	}
	return nil
}

// secretsIn runs the credential scan's detectors over one value, behind
// their prefilter: the secret detectors, or for a json document the value
// detectors on each of its strings. A key named like a secret says nothing
// about the value (a masked one keeps its key): only the value detectors
// count. In a column named for a public key (public, classify.PublicColumn)
// a bare token is the key's own random bytes, not a credential; a vendor's
// token, a JWT or a private key still is.
func secretsIn(v []byte, json, public bool) []classify.Detection {
	var ds []classify.Detection
	switch {
	case !json:
		if !classify.MayHoldSecret(v) {
			return nil
		}
		ds = classify.DetectSecretsText(string(v))
	case !classify.MayHoldSecretJSON(v):
		return nil
	default:
		for _, d := range classify.DetectJSON(v) {
			if d.Category == classify.Secret && d.Detector != classify.DetectorSecretName {
				ds = append(ds, d)
			}
		}
	}
	if public {
		ds = slices.DeleteFunc(ds, func(d classify.Detection) bool { return d.Detector == classify.DetectorAPIToken })
	}
	return ds
}

// credentialAt is where a secret detector found something: a column, the
// detector and, in json, the path.
type credentialAt struct{ col, detector, path string }

// credentials gathers one table's credential findings, in the order they
// were first found.
type credentials struct {
	table string
	found map[credentialAt]*Credential
	order []credentialAt
}

func newCredentials(table string) *credentials {
	return &credentials{table: table, found: map[credentialAt]*Credential{}}
}

// add counts rows more rows of col in which d was found, keeping up to
// MaxRowKeys row keys in all.
func (c *credentials) add(col string, d classify.Detection, rows int64, keys ...string) {
	k := credentialAt{col, d.Detector, d.Path}
	f := c.found[k]
	if f == nil {
		f = &Credential{Table: c.table, Column: col, Detector: d.Detector, Path: d.Path}
		c.found[k] = f
		c.order = append(c.order, k)
	}
	f.Rows += rows
	for _, key := range keys {
		if len(f.RowKeys) < MaxRowKeys {
			f.RowKeys = append(f.RowKeys, key)
		}
	}
}

// list returns the findings in the order they were first found.
func (c *credentials) list() []Credential {
	out := make([]Credential, 0, len(c.order))
	for _, k := range c.order {
		out = append(out, *c.found[k])
	}
	return out
}

// passwordSetting finds password=... in a function body or a conninfo.
var passwordSetting = regexp.MustCompile(`(?i)\bpassword\s*=\s*'?[^\s']`)

// optionSecret names the detector that finds a credential in an FDW option
// list ("password=x", "dsn=postgres://u:p@h"), or "".
func optionSecret(opts []string) string {
	for _, o := range opts {
		name, value, _ := strings.Cut(o, "=")
		switch n := strings.ToLower(name); {
		case (strings.Contains(n, "password") || strings.Contains(n, "secret") || n == "passfile") && value != "":
			return "password_option"
		case detect.HasURLCredentials(value) || passwordSetting.MatchString(value):
			return classify.DetectorURLCredentials
		}
	}
	return ""
}

// scanCatalog looks for credentials in the target's catalog.
func scanCatalog(ctx context.Context, tx pgx.Tx, rep *Report) error {
	add := func(category, kind, object, detector string) {
		rep.Catalog = append(rep.Catalog, CatalogFinding{Category: category, Kind: kind, Object: object, Detector: detector})
	}
	// named adds a finding, detected as its kind, for every object q
	// names; a permission error is noted instead (what: not checked: why).
	named := func(what, why, category, kind, q string) error {
		var names []string
		if ok, err := tryCollect(ctx, tx, &names, q); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		} else if !ok {
			rep.Notes = append(rep.Notes, what+": not checked: "+why)
		}
		for _, n := range names {
			add(category, kind, n, kind)
		}
		return nil
	}
	if err := named("subscriptions", "permission denied", CategoryDatabase, "subscription",
		"SELECT subname FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid WHERE d.datname = current_database() ORDER BY 1"); err != nil {
		return err
	}

	type opts struct {
		name    string
		options []string
	}
	scanOptions := func(kind, q string) error {
		rows, err := tx.Query(ctx, q)
		if err != nil {
			return fmt.Errorf("%s: %w", kind, err)
		}
		list, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (opts, error) {
			var o opts
			return o, r.Scan(&o.name, &o.options)
		})
		if err != nil {
			return fmt.Errorf("%s: %w", kind, err)
		}
		for _, o := range list {
			if d := optionSecret(o.options); d != "" {
				add(CategoryDatabase, kind, o.name, d)
			}
		}
		return nil
	}
	if err := scanOptions("user_mapping", "SELECT srvname || ' for ' || usename, umoptions FROM pg_user_mappings WHERE umoptions IS NOT NULL ORDER BY 1"); err != nil {
		return err
	}
	if err := scanOptions("foreign_server", "SELECT srvname, srvoptions FROM pg_foreign_server WHERE srvoptions IS NOT NULL ORDER BY 1"); err != nil {
		return err
	}

	rows, err := tx.Query(ctx, `SELECT p.oid::regprocedure::text, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'understudy') AND n.nspname NOT LIKE 'pg\_toast%'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1`)
	if err != nil {
		return fmt.Errorf("functions: %w", err)
	}
	fns, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (opts, error) {
		var o opts
		var src *string
		err := r.Scan(&o.name, &src)
		if src != nil {
			o.options = []string{*src}
		}
		return o, err
	})
	if err != nil {
		return fmt.Errorf("functions: %w", err)
	}
	for _, f := range fns {
		for _, body := range f.options {
			if detect.HasURLCredentials(body) || passwordSetting.MatchString(body) {
				add(CategoryDatabase, "function", f.name, classify.DetectorURLCredentials)
			}
		}
	}

	return named("role passwords", "reading pg_authid needs a superuser", CategoryCluster, "role_password",
		"SELECT rolname FROM pg_authid WHERE rolpassword IS NOT NULL ORDER BY 1")
}

func collect(ctx context.Context, tx pgx.Tx, out *[]string, q string) error {
	rows, err := tx.Query(ctx, q)
	if err != nil {
		return err
	}
	list, err := pgx.CollectRows(rows, pgx.RowTo[string])
	*out = list
	return err
}

// tryCollect runs q in a savepoint, so that a permission error (pg_authid
// needs a superuser) leaves the transaction usable; ok is false then.
func tryCollect(ctx context.Context, tx pgx.Tx, out *[]string, q string) (ok bool, err error) {
	sp, err := tx.Begin(ctx)
	if err != nil {
		return false, err
	}
	if err := collect(ctx, sp, out, q); err != nil {
		_ = sp.Rollback(ctx)
		if denied(err) {
			return false, nil
		}
		return false, err
	}
	return true, sp.Commit(ctx)
}

func denied(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "42501"
}
