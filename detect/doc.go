// Package detect holds the value detectors of understudy: pure functions on
// a string that say whether it is, or contains, a kind of personal data or
// a secret (an email, a card number, an IBAN, a national or tax id, a
// person's name, a slug or a file name spelled from one, a social profile's URL, a street
// address, a postcode, a MAC address, a JWT, an API token, a password
// hash, a random-looking token, prose, a workflow status).
//
// # Precision first
//
// A column is classified by the share of its sampled values a detector
// matches, so a detector that is wrong about one value in a hundred is
// harmless and one that matches a product label, a city or an order number
// as often as a person's data is not. Each detector favours precision, says
// in its documentation what it leaves out on purpose (a bare 5-digit ZIP, a
// single given name, a SIREN alone), and has a test that measures its
// false-positive rate on the non-PII corpus under testdata/nonpii and fails
// above a stated ceiling. go test -v ./detect prints the rates.
//
// Person names come from embedded word lists (names/, with their sources
// and licences in names/README.md), loaded on first use.
//
// They are written by hand (no regular expressions), allocation-free on the
// common path, and they never return or log what they matched. The
// classifier (rules/classify) turns their counts over sampled values into
// evidence; the verify credential scan runs the secret ones over what was
// loaded; transformers that rewrite prose find the entities to replace with
// them. The package imports only the standard library.
package detect
