// Package anonymize turns column values into masked values: the transformer
// catalogue of understudy, its registry and its deterministic, keyed seeding.
//
// It imports only the standard library, gofakeit, internal/suggest (the
// did-you-mean of unknown names) and detect (the value detectors), both
// standard library only; it knows nothing of connections or SQL. The pipeline hands it values in
// PostgreSQL's text representation and writes back what it returns.
//
// # Values and types
//
// A [Value] is one column value as COPY's text format yields it (COPY escaping
// undone), with DateStyle=ISO, IntervalStyle=postgres, extra_float_digits=3
// and bytea_output=hex. A [Type] carries the catalog's view of the column:
// canonical type name (a domain's base type), atttypmod and typcategory.
// Outputs always fit the column: varchar(n) and bpchar(n) are counted in
// characters, numeric(p,s) keeps its scale and precision, integers stay in
// range, and text output is valid UTF-8 whatever the input.
//
// # Compiling and running rules
//
// [NewRegistry] returns a registry holding the built-in catalogue; tests and
// callers may [Registry.Register] their own [Def]. [Registry.Compile] checks a
// rule once (transformer name, parameters as the YAML loader produced them,
// column, [Options]) and returns an immutable [Compiled] that workers share.
// Each worker calls [Compiled.New] for its own [Transformer], which owns its
// HMAC, faker and buffers and is not safe for concurrent use.
// Transformer.Transform appends the masked value to a caller's buffer, with
// no allocation on the hot path of the common transformers.
//
// Parameters are declared as tagged struct fields and decoded by one
// reflective decoder. An unknown transformer gives an
// [*UnknownTransformerError] with the closest known name; a bad or unknown
// parameter gives a [*ParamError] naming the parameter (dotted for nested
// json rules) and the valid names or values; a column type a transformer
// cannot mask gives a [*TypeError]. [Def.ParamDocs] exposes the parameters as
// data for generated schemas and documentation.
//
// # Determinism
//
// A keyed transformer derives its output from
//
//	seed = HMAC-SHA256(secret, domain || 0x00 || value)
//
// so the same secret, domain and value give the same output in every run,
// process and worker, and a different secret gives unrelated output. Without
// the secret nobody can rebuild the mapping by hashing guesses, and Compile
// refuses a keyed transformer without one ([ErrNoSecret]). The domain
// defaults to the transformer's name and its canonical parameters
// ("email(domain=\"example.com\",keep_domain=false)"), so an email masked in
// users, invitations and an audit_log jsonb path maps to one fake;
// Options.Domain overrides it. Fakers run on gofakeit with one PCG per
// worker, reseeded from each value's seed: no global lock, no faker per
// value.
//
// Format-preserving transformers (phone, card, ssn, iban, ipv4, ipv6, mac)
// use a keyed permutation of digit strings instead: a Feistel network in
// the manner of NIST FF1, with AES-128 under the key
// HMAC-SHA256(secret, domain || 0x01 || "fpe") as round function.
//
// # Uniqueness
//
// Each transformer has a [Uniqueness] class, which may depend on its
// parameters and column ([Compiled.Uniqueness]). Preserving transformers keep
// distinct inputs distinct without remembering anything (no seen-set, no
// memory per value, the same result whichever worker sees a value first):
//
//   - phone, card, ssn, iban, ipv4, ipv6 and mac are permutations: distinct
//     inputs of one shape (and, for card and ssn, valid ones) give distinct
//     outputs, always;
//   - email and username carry a keyed tag, 8 base-32 characters beside the
//     full name (about 60 bits with the name) or 12 when the column is too
//     narrow for it; uuid has 122 keyed bits and hash at least 64: the chance
//     of any collision among n values is below n²/2^61 (5·10⁻⁷ for a million).
//
// Column.Unique does not change any output, on purpose: a value must map to
// the same fake in a unique column and in a column that is not.
// A narrower column that leaves less room (email on varchar(20), hash
// shortened below 64 bits) compiles as NotGuaranteed, so the rules package
// can warn about a unique column.
//
// # Rows and person seeds
//
// Some transformers read other columns of the row through [RowContext]. The
// engine masks every column that is not a template first and evaluates
// template transformers last: RowContext.Masked then returns masked values,
// so a template never copies source PII. The person parameter of first_name,
// last_name, full_name, email and username, and date_shift's seed_column,
// read RowContext.Source: all person fields of a row are drawn from
// HMAC-SHA256(secret, "person" || 0x00 || source value of the person column),
// so the fake person is coherent (email and username built from the fake
// name), whichever column is masked first. [Compiled.SourceColumns] and
// [Compiled.MaskedColumns] tell the engine what a rule reads.
//
// # Arrays and JSON
//
// A transformer applied to an array column whose element type it accepts
// masks it element by element: PostgreSQL's array text format is parsed and
// re-encoded (quoting, escapes, NULL elements, several dimensions, bounds
// decoration), and each element maps as a scalar would. The json transformer
// rewrites the values that JSONPaths select in json or jsonb text ($.a.b,
// ['key'], [n], [*], .*, ..key), each with its own nested rule, and copies
// every other byte as it was; the output stays valid JSON, and invalid input
// is an error wrapping [ErrInvalidInput] for the pipeline to judge.
//
// # Free text
//
// scrub_text copies a text and replaces the entities [detect.AppendEntities]
// finds in it, each with the transformer of its kind compiled with default
// parameters under its default domain (email, phone, card, iban, ipv4,
// ipv6, mac, ssn, full_name, last_name): an address in a note maps to the
// fake an email rule writes for it in users.email. Other national
// identifiers get keyed digits; secrets and URL credentials a fixed marker. In varchar(n) the text is cut at n characters or before
// the replacement that would be split.
//
// # Errors
//
// A value a transformer cannot mask (a card number with five digits) yields
// an error wrapping [ErrInvalidInput] whose message never quotes the value.
// Transformers do not panic on any input; the fuzz tests hold them to it.
package anonymize
