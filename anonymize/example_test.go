package anonymize_test

import (
	"fmt"

	"github.com/understudy/understudy/anonymize"
)

func Example() {
	reg := anonymize.NewRegistry()
	col := anonymize.Column{Table: "public.users", Name: "email", Type: anonymize.Varchar(64), Unique: true}
	rule, err := reg.Compile("email", nil, col, anonymize.Options{Secret: []byte("example secret")})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rule.Domain(), rule.Uniqueness())

	tr := rule.New() // one per worker
	var buf []byte
	for _, in := range []string{"jane.doe@corp.com", "john@corp.com", "jane.doe@corp.com"} {
		v, err := tr.Transform(buf[:0], anonymize.Text(in), nil)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(string(v.Bytes))
		buf = v.Bytes
	}
	v, _ := tr.Transform(buf[:0], anonymize.Null, nil)
	fmt.Println(v.Null)
	// Output:
	// email(domain="example.com",keep_domain=false) preserving
	// jessie.wyman.mnaossha@example.com
	// marcia.zimmerman.qzm4grtv@example.com
	// jessie.wyman.mnaossha@example.com
	// true
}

func ExampleRegistry_Compile_json() {
	reg := anonymize.NewRegistry()
	rule, err := reg.Compile("json", map[string]any{
		"paths": map[string]any{
			"$.billing.card":      map[string]any{"transform": "card", "keep_last": 4},
			"$.contacts[*].phone": map[string]any{"transform": "phone", "keep_country": true},
			"$..password":         "redact",
		},
	}, anonymize.Column{Name: "metadata", Type: anonymize.TypeJSONB}, anonymize.Options{Secret: []byte("example secret")})
	if err != nil {
		fmt.Println(err)
		return
	}
	in := `{"billing": {"card": "4111 1111 1111 1111"}, "contacts": [{"phone": "+44 20 7946 0958"}], "auth": {"password": "hunter2"}}`
	v, err := rule.New().Transform(nil, anonymize.Text(in), nil)
	fmt.Println(string(v.Bytes), err)
	// Output:
	// {"billing": {"card": "6324 5264 2147 1111"}, "contacts": [{"phone": "+44 20 6326 4074"}], "auth": {"password": "[REDACTED]"}} <nil>
}

func ExampleParamError() {
	_, err := anonymize.NewRegistry().Compile("card", map[string]any{"keep_lst": 4}, anonymize.Column{Name: "pan", Type: anonymize.TypeText}, anonymize.Options{Secret: []byte("s")})
	fmt.Println(err)
	// Output:
	// card: parameter "keep_lst": unknown parameter (did you mean "keep_last"?) (valid: keep_first, keep_last)
}

func ExampleRegistry_Compile_scrubText() {
	reg := anonymize.NewRegistry()
	opts := anonymize.Options{Secret: []byte("example secret")}
	notes, err := reg.Compile("scrub_text", nil, anonymize.Column{Table: "public.tickets", Name: "notes", Type: anonymize.TypeText}, opts)
	if err != nil {
		fmt.Println(err)
		return
	}
	in := "Sarah Mitchell (sarah.mitchell@corp.com, +44 20 7946 0958) asked Dr. Patel to refund 4111 1111 1111 1111; key sk_live_4eC39HqLyjWDarjtT1zdp7dc leaked."
	v, err := notes.New().Transform(nil, anonymize.Text(in), nil)
	fmt.Println(string(v.Bytes), err)

	// The address maps to the fake that an email rule with default
	// parameters writes in users.email.
	email, _ := reg.Compile("email", nil, anonymize.Column{Table: "public.users", Name: "email", Type: anonymize.TypeText}, opts)
	u, _ := email.New().Transform(nil, anonymize.Text("sarah.mitchell@corp.com"), nil)
	fmt.Println(string(u.Bytes))
	// Output:
	// Sidney Murphy (afton.jacobson.f4rh7jil@example.com, +22 06 0395 0712) asked Dr. Ruiz to refund 3938 9234 3488 6556; key [REDACTED] leaked. <nil>
	// afton.jacobson.f4rh7jil@example.com
}
