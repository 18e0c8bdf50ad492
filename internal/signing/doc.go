// Package signing signs understudy's audit records with Ed25519 and checks
// them, so that an auditor can tell the record they read is the one a run
// wrote. It imports no other package of understudy.
//
// # Keys
//
// Generate makes a key pair. The private key is stored as a PEM "PRIVATE
// KEY" block (PKCS #8), the public key as a PEM "PUBLIC KEY" block (PKIX):
// the formats `openssl genpkey -algorithm ed25519` and `openssl pkey
// -pubout` write, so a key made with OpenSSL works too. A key's ID is the
// first 8 bytes of the SHA-256 of its public key's DER (PKIX) encoding, in
// hex: `openssl pkey -pubin -in KEY.pub -outform DER | sha256sum | cut
// -c1-16` prints the same.
//
// # The record
//
// A signed record is an Envelope:
//
//	{
//	  "payload":   {"format": "understudy-record/1", "signed_at": ..., "rules_sha256": ...,
//	                "manifest_sha256": ..., "verify": {...}},
//	  "signature": "<base64 of the Ed25519 signature>",
//	  "key_id":    "<the signing key's ID>",
//	  "manifest":  {...}
//	}
//
// The payload (a Record) holds the rules file's SHA-256, the digest of the
// run's manifest and the verify record. The signature covers the string
// "understudy-record/1\n" followed by the payload's canonical form
// (Canonical): object keys sorted, no whitespace, every number written as
// the shortest form of its IEEE 754 double, strings re-escaped. The
// signature therefore holds for the same content however it is laid out
// (indented in a file, or stored in a jsonb column, which reorders keys),
// and for no other content: a changed value, key or signature fails Check.
// A document with a duplicate key is refused, so no two readers of one
// record can see different values.
//
// manifest, when present, is the manifest the payload's manifest_sha256
// is the digest of (Digest: the SHA-256 of its canonical form), outside the
// signature but bound to it by that digest: Check fails when it differs.
package signing
