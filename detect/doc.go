// Package detect holds the value detectors of understudy: pure functions on
// a string that say whether it is, or contains, a kind of personal data or
// a secret (an email, a card number, an IBAN, a JWT, a password hash, a
// random-looking token, prose).
//
// They are written by hand (no regular expressions), allocation-free on the
// common path, and they never return or log what they matched. The
// classifier (rules/classify) turns their counts over sampled values into
// evidence; the verify credential scan runs the secret ones over what was
// loaded; transformers that rewrite prose find the entities to replace with
// them. The package imports only the standard library.
package detect
