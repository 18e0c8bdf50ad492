package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/understudy/understudy/internal/signing"
	"github.com/understudy/understudy/verify"
)

// Signature is what a report says of a verify record's signature.
type Signature struct {
	// KeyID is the key the record names as its signer; empty when the
	// record is not signed.
	KeyID    string    `json:"key_id,omitempty"`
	SignedAt time.Time `json:"signed_at,omitzero"`
	// RulesSHA256 and ManifestSHA256 are the digests the record names
	// (ManifestSHA256 empty: a check tied to no run).
	RulesSHA256    string `json:"rules_sha256,omitempty"`
	ManifestSHA256 string `json:"manifest_sha256,omitempty"`
	// Checked is true when a public key was given to check the record
	// against; Holds then says whether it holds, and Problem, when it
	// does not, why.
	Checked bool   `json:"checked"`
	Holds   bool   `json:"holds"`
	Problem string `json:"problem,omitempty"`
}

// Status is the signature in a few words, for a line of text.
func (s *Signature) Status() string {
	switch {
	case s.KeyID == "":
		return "not signed: " + s.Problem
	case !s.Checked:
		return fmt.Sprintf("signed by key %s at %s; not checked (give the public key to check it)", s.KeyID, when(s.SignedAt))
	case s.Holds:
		return fmt.Sprintf("signed by key %s at %s; the signature holds", s.KeyID, when(s.SignedAt))
	}
	return fmt.Sprintf("signed by key %s; THE SIGNATURE DOES NOT HOLD: %s", s.KeyID, s.Problem)
}

// OpenVerify reads a verify record as a run or understudy verify stored
// or wrote it: a bare record (verify.ParseRecord), or a signed one
// (package signing). A signed record is checked against pub when pub is
// given (and, when manifest is given, against the manifest it names);
// the Signature says how that went, and is nil for a bare record when no
// key was given. A record whose signature does not hold is still returned,
// so a report can show what it claims beside the warning.
func OpenVerify(doc []byte, pub *signing.PublicKey, manifest json.RawMessage) (*verify.Record, *Signature, error) {
	if !signing.IsEnvelope(doc) {
		rec, err := verify.ParseRecord(doc)
		if err != nil {
			return nil, nil, err
		}
		if pub != nil {
			return rec, &Signature{Checked: true, Problem: "the record carries no signature"}, nil
		}
		return rec, nil, nil
	}
	env, err := signing.ParseEnvelope(doc)
	if err != nil {
		return nil, nil, err
	}
	if manifest != nil {
		env.Manifest = manifest
	}
	sig := &Signature{KeyID: env.KeyID}
	var signed *signing.Record
	if pub != nil {
		sig.Checked = true
		signed, err = env.Check(pub)
		var nh *signing.NotHeldError
		switch {
		case errors.As(err, &nh):
			sig.Problem = nh.Reason
		case err != nil:
			return nil, nil, err
		default:
			sig.Holds = true
		}
	}
	if signed == nil {
		if signed, err = env.Record(); err != nil {
			return nil, nil, fmt.Errorf("signed record: %w", err)
		}
	}
	sig.SignedAt, sig.RulesSHA256, sig.ManifestSHA256 = signed.SignedAt, signed.RulesSHA256, signed.ManifestSHA256
	rec, err := verify.ParseRecord(signed.Verify)
	if err != nil {
		return nil, nil, fmt.Errorf("signed record: %w", err)
	}
	return rec, sig, nil
}
