package classify_test

import (
	"fmt"

	"github.com/understudy/understudy/rules/classify"
)

func ExampleDetect() {
	for _, v := range []string{
		"ann@example.com",
		"+44 20 7946 0958",
		"1.2.3",
		"please write to ann@example.com",
		"postgres://app:hunter2@db.internal/prod",
	} {
		for _, d := range classify.Detect(v) {
			fmt.Println(d.Detector, d.Category, d.Embedded)
		}
	}
	// Output:
	// email direct_identifier false
	// phone direct_identifier false
	// email direct_identifier true
	// url_credentials secret false
}

func ExampleDetectJSON() {
	doc := []byte(`{"billing": {"email": "ann@example.com"}, "contacts": [{"phone": "+14155552671"}], "password": "x"}`)
	for _, d := range classify.DetectJSON(doc) {
		fmt.Println(d.Path, d.Detector)
	}
	// Output:
	// $.billing.email email
	// $.contacts[*].phone phone
	// $.password secret_name
}

func ExampleTokens() {
	fmt.Println(classify.Tokens("lastLoginIP"), classify.Tokens("contact_email2"), classify.Tokens("Billing Email"))
	// Output: [last login ip] [contact email 2] [billing email]
}
