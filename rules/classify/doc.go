// Package classify says, for every column of a database, whether it holds
// secrets or personal data, and suggests how to mask it.
//
// Each column gets a [Category] — secret, direct_identifier,
// quasi_identifier, free_text or none — a [Suggestion] (a transformer name
// from [Transformers] and its parameters; for JSON, a transformer per
// JSONPath) and the [Evidence] behind both. The rules package uses it to
// scaffold a rules file (init), to fail on uncovered personal data (lint
// --strict) and in the coverage report; the verify credential scan reuses
// the detectors.
//
// # Three kinds of evidence
//
//   - Name: the column name, split into words ([Tokens]: snake_case,
//     camelCase, spaces, digits), is matched against a dictionary of
//     patterns (email, e_mail, pwd, dob, birth*, addr1, last_login_ip, ...).
//     A word after the match such as verified, at, count or id voids it
//     (email_verified, password_changed_at, address_id). Some patterns need
//     context: name is a person's name in a users or customers table, a
//     company's in organizations, nothing in products.
//   - Type: each pattern lists the types it applies to, so a boolean
//     email_verified or a timestamptz emailed_at is never an email; inet,
//     cidr and macaddr columns are quasi-identifiers by type alone; a
//     tsvector in a table with personal data holds its words.
//   - Data: [Sample] reads a bounded sample of every text-like and JSON
//     column inside the caller's read-only snapshot, and counts what the
//     detectors find; JSON documents are walked and counted per path.
//
// The dictionary is data, not code: dictionary.tsv, embedded, holds the
// patterns with their category, suggested transformer, parameters, types
// and flags, and the suggestion for each detector. [ParseDictionary] reads
// another one in the same format.
//
// # Precedence and thresholds
//
// The category is the highest among the decisive evidence: secret >
// direct_identifier > quasi_identifier > free_text > none. Data evidence
// decides at [IdentifierShare] (30%) of a column's sampled non-empty values
// for identifiers (or [EmbeddedShare], 10%, with ten values at least, for
// a minority of emails, phones, checksummed numbers, handles and people's
// full names among other values: scrub_text then replaces each one and
// keeps the rest), [EmbeddedShare] (10%) for identifiers inside text,
// [ProseShare] (30%) for sentences, and at any count for secrets (one
// private key, JWT, API key, password hash or URL with credentials is
// enough). Random-looking tokens and hex digests ([ConfirmShare], 30%)
// only confirm a name that already suggests a secret. Within the winning
// category, the suggestion comes from sampled data first, then the name,
// then the type; a generated column is classified but gets no suggestion
// (the target computes it: mask its inputs).
//
// # When the values contradict the name
//
// With at least [MinValues] (20) sampled values, the values may overrule
// the name. The dictionary's @values rows say which detectors recognise
// what a name suggests (an email column, emails; a full_name, person
// names). When fewer than [NoteShare] of the values are that, and another
// identifier decides in them, the name is overruled and the values decide
// (IP addresses in a column named address get an IP transformer); for the
// kinds whose absence is telling (emails, IP addresses, person names),
// finding none is enough, and the column is kept with the evidence (a
// display_name of product labels, an email_settings of setting names). A
// secret's name is never overruled, and a name is overruled whatever it
// suggests when [StatusShare] of the values are workflow statuses (an
// order's state of pending and shipped). Free text, by name or by prose in
// the values, is then weighed by what it holds: entities inside the text
// make it scrub_text (they are replaced, the rest is kept); none in
// MinValues values keep it, and so does a lookup table's text (few rows,
// referenced by another table, not about people). Identifiers inside
// short values that are not prose, under a name that does not say prose (a
// vendor named "<person> DBA <trade>", an emergency contact of a name and
// a phone, a slug or a file named after a person), make an identifier
// column, not free text; so do sentences under such a name when most of
// them name people ([DocumentShare]) with identifiers of two kinds (text
// extracted from CVs and invoices): documents about people, replaced
// whole. Prose decides from MinValues values. A state, region or
// county beside a street address or a postcode is part of the address,
// whatever the table is called, and an address whose recipient's name is
// empty in every sampled row while its organisation is set is an
// organisation's premises, kept (a store's, a venue's); min_ and max_
// make a name the bound of a range (min_lat), not a person's value.
//
// Each [ColumnClass] has a Score, the confidence in its category from 0 to
// 1: every piece of decisive evidence is weighed alone (a name match 0.7,
// a type 0.95, a data share s as 0.5 + 0.49 s, a secret in the data 0.99)
// and combined as if independent, 1 − Π(1 − w). A column kept because the
// values overruled its name scores 0.9. The evidence that lost is kept,
// not decisive, so init and the coverage report show both sides.
//
// # Detectors
//
// Detectors are pure functions on a string, written by hand (no regular
// expressions), allocation-free on the common path, and they never return
// or log what they matched: a [Detection] names the detector, the category
// and, in JSON, the path. [Detect] runs them all; [DetectSecrets] only the
// credential ones; [DetectJSON] every string leaf of a document.
//
// The detectors themselves live in package detect; this package names them
// and says what their counts mean.
//
//   - identifiers, matched against the whole value, or a word of a text
//     (reported as Embedded): [detect.IsEmail], [detect.IsPhone] (E.164 and national
//     formats with separators; never a bare integer, a year, a date, a
//     version or an IPv4 address), [detect.IsCardNumber] (13-19 digits, Luhn,
//     known issuer), [detect.IsIBAN] (country length and mod-97), [detect.IsSSN]
//     (AAA-GG-SSSS, unissued ranges excluded), [detect.IsIPv4], [detect.IsIPv6],
//     [detect.IsTrackingURL] (a URL carrying an ad click's id: ?gclid=, &fbclid=);
//   - secrets, found anywhere in a value: [detect.HasPrivateKey], [detect.HasJWT] (the
//     header decodes to JSON with alg), [detect.HasAWSAccessKey], [detect.HasStripeKey],
//     [detect.HasGitHubToken], [detect.HasSlackToken], [detect.HasGoogleAPIKey],
//     [detect.HasBitLockerRecoveryKey] (eight groups of six digits, each a multiple of 11),
//     [detect.HasURLCredentials] (user:password@, ?token=, ?api_key=, ?password=,
//     login keys, ;jsessionid=, webhook URLs, share links, the random key of a password reset link;
//     an ad click's id is none), and [detect.IsPasswordHash] (bcrypt, argon2, scrypt,
//     yescrypt, PBKDF2, crypt(3), PostgreSQL md5 and SCRAM);
//   - confirmers, counted by Sample, believed only next to a name:
//     [detect.IsHighEntropyToken], [detect.IsHexDigest], [detect.IsProse],
//     and [detect.IsFlagWord] (Y/N, true/false, 0/1: a column of nothing
//     else is a flag, whatever its name says).
//
// # Sampling
//
// [Sample] never writes: no temporary tables, only SELECTs, each under a
// savepoint with SET LOCAL statement_timeout (which a READ ONLY
// transaction allows), so a slow or unreadable table is recorded and the
// snapshot stays usable. Rows come from TABLESAMPLE SYSTEM sized from the
// row estimate, or LIMIT for small and unanalyzed tables; a partitioned
// table is read once for all its partitions. [Samples] hold counts only.
package classify
