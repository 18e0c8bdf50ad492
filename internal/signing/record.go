package signing

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"
)

// Format names the record's layout; the signature covers it, so a record
// cannot be read as another kind of document.
const Format = "understudy-record/1"

// Record is what a signature vouches for: the run or check it comes from,
// as digests of what it read, and its verify record.
type Record struct {
	Format   string    `json:"format"`
	SignedAt time.Time `json:"signed_at"`
	// RulesSHA256 is the rules file's SHA-256 (of its bytes, as the
	// manifest records it).
	RulesSHA256 string `json:"rules_sha256"`
	// ManifestSHA256 is the Digest of the run's manifest; empty when the
	// record is a check (understudy verify) tied to no run.
	ManifestSHA256 string `json:"manifest_sha256,omitempty"`
	// Verify is the verify record (verify.Record's JSON).
	Verify json.RawMessage `json:"verify"`
}

// Envelope is a signed record (see the package documentation).
type Envelope struct {
	// Payload is the Record as signed.
	Payload json.RawMessage `json:"payload"`
	// Signature is the Ed25519 signature, in standard base64.
	Signature string `json:"signature"`
	KeyID     string `json:"key_id"`
	// Manifest, when present, is the manifest whose digest the payload
	// holds: outside the signature, bound to it by the digest.
	Manifest json.RawMessage `json:"manifest,omitempty"`
}

// message is what the signature covers: the format, then the payload's
// canonical form.
func message(canonical []byte) []byte {
	return append([]byte(Format+"\n"), canonical...)
}

// Sign signs rec (its Format is set) and returns the envelope, with
// manifest, when given, beside it: the document rec.ManifestSHA256 is the
// digest of.
func Sign(key *PrivateKey, rec Record, manifest json.RawMessage) (*Envelope, error) {
	rec.Format = Format
	if rec.SignedAt.IsZero() {
		rec.SignedAt = time.Now().UTC()
	}
	if len(rec.Verify) == 0 {
		rec.Verify = json.RawMessage("null")
	}
	payload, err := json.Marshal(rec)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	canonical, err := Canonical(payload)
	if err != nil {
		return nil, fmt.Errorf("signing: the record: %w", err)
	}
	sig := ed25519.Sign(key.key, message(canonical))
	return &Envelope{Payload: canonical, Signature: base64.StdEncoding.EncodeToString(sig), KeyID: key.ID(), Manifest: manifest}, nil
}

// SignVerify signs a verify record (a value that marshals to its JSON)
// with the rules file's SHA-256 and, when given, the manifest it belongs
// to: named in the record by its digest, and carried beside it.
func SignVerify(key *PrivateKey, rulesSHA256 string, verify any, manifest json.RawMessage) (*Envelope, error) {
	doc, err := json.Marshal(verify)
	if err != nil {
		return nil, fmt.Errorf("signing: %w", err)
	}
	rec := Record{RulesSHA256: rulesSHA256, Verify: doc}
	if manifest != nil {
		if rec.ManifestSHA256, err = Digest(manifest); err != nil {
			return nil, fmt.Errorf("signing: the manifest: %w", err)
		}
	}
	return Sign(key, rec, manifest)
}

// ParseEnvelope reads a signed record. A document that is not one is named
// as such (a *NotHeldError: to an auditor, a record that does not parse
// does not hold). It is read strictly: a duplicate, unknown or misspelled
// key (a "manifest" renamed, say) would hide part of the record from the
// check, so it fails.
func ParseEnvelope(data []byte) (*Envelope, error) {
	if _, err := Canonical(data); err != nil {
		return nil, &NotHeldError{Reason: fmt.Sprintf("the record is not one JSON document: %v", err)}
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(data, &fields); err != nil {
		return nil, &NotHeldError{Reason: fmt.Sprintf("not a signed record: %v", err)}
	}
	for _, key := range []string{"payload", "signature", "key_id"} {
		if _, ok := fields[key]; !ok {
			return nil, &NotHeldError{Reason: fmt.Sprintf("not a signed record: no %q (understudy run --sign-key writes run-<start>.record.json; verify --sign-key --format json prints one)", key)}
		}
	}
	var e Envelope
	for key, v := range fields {
		var err error
		switch key {
		case "payload":
			e.Payload = v
		case "manifest":
			e.Manifest = v
		case "signature":
			err = json.Unmarshal(v, &e.Signature)
		case "key_id":
			err = json.Unmarshal(v, &e.KeyID)
		default:
			return nil, &NotHeldError{Reason: fmt.Sprintf("not a signed record: unknown key %q (want payload, signature, key_id and manifest)", key)}
		}
		if err != nil {
			return nil, &NotHeldError{Reason: fmt.Sprintf("not a signed record: %s: %v", key, err)}
		}
	}
	return &e, nil
}

// IsEnvelope reports whether a JSON document looks like a signed record
// (it has a payload and a signature), without checking it.
func IsEnvelope(data []byte) bool {
	var probe struct {
		Payload   json.RawMessage `json:"payload"`
		Signature *string         `json:"signature"`
	}
	return json.Unmarshal(data, &probe) == nil && len(probe.Payload) > 0 && probe.Signature != nil
}

// NotHeldError is a record that does not hold: Reason says what failed.
type NotHeldError struct{ Reason string }

func (e *NotHeldError) Error() string { return "the record does not hold: " + e.Reason }

// Check verifies the envelope with pub: the key ID, the signature over the
// payload's canonical form, the payload's format and, when the envelope
// carries its manifest, the manifest's digest. It returns the record as
// signed, or a *NotHeldError saying what failed.
func (e *Envelope) Check(pub *PublicKey) (*Record, error) {
	if e.KeyID != pub.ID() {
		return nil, &NotHeldError{Reason: fmt.Sprintf("signed by key %s, and the public key given is %s", e.KeyID, pub.ID())}
	}
	sig, err := base64.StdEncoding.Strict().DecodeString(e.Signature)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, &NotHeldError{Reason: "the signature is damaged: not the base64 of an Ed25519 signature"}
	}
	canonical, err := Canonical(e.Payload)
	if err != nil {
		return nil, &NotHeldError{Reason: fmt.Sprintf("the payload is not a JSON document: %v", err)}
	}
	if !ed25519.Verify(pub.key, message(canonical), sig) {
		return nil, &NotHeldError{Reason: fmt.Sprintf("the signature does not match the payload: the record was changed after key %s signed it", e.KeyID)}
	}
	rec, err := e.Record()
	if err != nil {
		return nil, &NotHeldError{Reason: err.Error()}
	}
	if rec.Format != Format {
		return nil, &NotHeldError{Reason: fmt.Sprintf("the payload's format is %q: want %q", rec.Format, Format)}
	}
	if len(e.Manifest) > 0 {
		if err := rec.CheckManifest(e.Manifest); err != nil {
			return nil, err
		}
	}
	return rec, nil
}

// Record decodes the payload, unchecked: Check first.
func (e *Envelope) Record() (*Record, error) {
	canonical, err := Canonical(e.Payload)
	if err != nil {
		return nil, fmt.Errorf("the payload is not a JSON document: %w", err)
	}
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(canonical))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rec); err != nil {
		return nil, fmt.Errorf("the payload is not a record: %w", err)
	}
	return &rec, nil
}

// CheckManifest checks that manifest is the document the record's
// manifest digest covers.
func (r *Record) CheckManifest(manifest []byte) error {
	if r.ManifestSHA256 == "" {
		return &NotHeldError{Reason: "the record names no manifest, and one was given to check against it"}
	}
	got, err := Digest(manifest)
	if err != nil {
		return &NotHeldError{Reason: fmt.Sprintf("the manifest is not a JSON document: %v", err)}
	}
	if got != r.ManifestSHA256 {
		return &NotHeldError{Reason: fmt.Sprintf("the manifest's digest is %s, and the signed record names %s: the manifest was changed, or belongs to another run", got, r.ManifestSHA256)}
	}
	return nil
}
