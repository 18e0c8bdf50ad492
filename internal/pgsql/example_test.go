package pgsql_test

import (
	"errors"
	"fmt"

	"github.com/understudy/understudy/internal/pgsql"
)

// settingsRow is one row of public.app_settings, in text form; a missing
// value is NULL.
type settingsRow map[string]string

func (r settingsRow) Value(column string) ([]byte, bool, bool) {
	switch column {
	case "key", "value", "kind":
	default:
		return nil, false, false
	}
	v, ok := r[column]
	return []byte(v), !ok, true
}

func ExampleParseCondition() {
	cond, err := pgsql.ParseCondition("key IN ('smtp_password', 'stripe_secret_key') OR value ILIKE 'sk_live_%'")
	if err != nil {
		panic(err)
	}
	for _, c := range cond.Columns() {
		fmt.Println("uses column", c.Name)
	}
	for _, row := range []settingsRow{
		{"key": "smtp_password", "value": "hunter2"},
		{"key": "site_name", "value": "Acme"},
		{"key": "billing", "value": "SK_LIVE_abc"},
		{"key": "site_name"}, // value is NULL: the condition is unknown
	} {
		t, err := cond.Eval(row)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%s: %s\n", row["key"], t)
	}

	_, err = pgsql.ParseCondition("lower(key) = 'smtp_password'")
	var unsupported *pgsql.UnsupportedError
	if errors.As(err, &unsupported) {
		fmt.Printf("offset %d: %s\n", unsupported.Pos, unsupported.What)
	}
	// Output:
	// uses column key
	// uses column value
	// smtp_password: true
	// site_name: false
	// billing: true
	// site_name: unknown
	// offset 0: function call lower()
}

func ExampleParseFilter() {
	f, err := pgsql.ParseFilter("plan = 'enterprise' AND created_at > now() - interval '1 year'")
	if err != nil {
		panic(err)
	}
	fmt.Println(f.SQL)
	fmt.Println(f.Columns)

	_, err = pgsql.ParseFilter("true; DROP TABLE users")
	fmt.Println(err)
	// Output:
	// plan = 'enterprise' AND created_at > (now() - '1 year'::interval)
	// [plan created_at]
	// ';' is not allowed: a filter must be a single expression (at offset 4)
}

func ExampleScrubDDL() {
	out, report, err := pgsql.ScrubDDL(`CREATE TABLE public.users (id bigint, email text);
CREATE USER MAPPING FOR app SERVER warehouse OPTIONS (password 'hunter2', "user" 'etl');
CREATE SUBSCRIPTION sub CONNECTION 'host=prod password=hunter2' PUBLICATION pub;
`)
	if err != nil {
		panic(err)
	}
	fmt.Print(out)
	for _, s := range report {
		fmt.Printf("line %d: %s %s %s, removed %v\n", s.Line, s.Action, s.Kind, s.Object, s.Removed)
	}
	// Output:
	// CREATE TABLE public.users (id bigint, email text);
	// CREATE USER MAPPING FOR app SERVER warehouse OPTIONS ("user" 'etl');
	// -- understudy: removed CREATE SUBSCRIPTION (a subscription connects to production)
	// line 2: rewritten CREATE USER MAPPING FOR app SERVER warehouse, removed [password]
	// line 3: dropped CREATE SUBSCRIPTION sub, removed [CONNECTION]
}
