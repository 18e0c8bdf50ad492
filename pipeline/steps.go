package pipeline

// Step names a step of a run, as the step log, the progress events and the
// manifest's step timings call it.
type Step string

// The steps of a run, in the order a refresh with schema: copy takes them
// (subset and schema run at once; after only when the rules file has an
// after: section). A run with schema: existing takes snapshot, lock,
// subset, then load, after, verify, manifest and analyze.
const (
	StepSnapshot  Step = "snapshot"  // export the source snapshot, read the schema, classify, resolve the rules
	StepLock      Step = "lock"      // the refresh lock on the target server
	StepSubset    Step = "subset"    // the subset's closure, in the snapshot
	StepSchema    Step = "schema"    // create <target>__next and load the pre-data schema
	StepCopy      Step = "copy"      // every table through the transformers
	StepPostData  Step = "post-data" // indexes, keys, foreign keys, the rest, matviews
	StepSequences Step = "sequences" // sequences past the copied maximum
	StepAfter     Step = "after"     // the rules file's after: SQL, in one transaction
	StepAnalyze   Step = "analyze"   // planner statistics
	StepVerify    Step = "verify"    // integrity, leaks and credentials of the new copy
	StepManifest  Step = "manifest"  // the run history and this run's record
	StepSwap      Step = "swap"      // <target>__next in for <target>
	StepLoad      Step = "load"      // schema: existing: truncate and load in one transaction
)
