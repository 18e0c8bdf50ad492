// Package classifyeval scores the classifier against hand-labelled
// columns: the labelled evaluation of issue #12 (make classify-eval).
//
// Each schema of the evaluation has a labels file,
// testdata/classify-eval/<schema>/labels.tsv, that gives every column of
// every table the category a person chose by reading what the column
// holds. The test in this package loads each schema into a throwaway
// database (internal/pgtest), runs what init runs on it (a sample of real
// rows, the classifier, the scaffolded rules file, resolved as lint
// resolves it) and hands each column's [Outcome] to [Score], which counts
// precision and recall per category and for "needs a rule".
//
// # Labels
//
// A labels file is tab-separated, one column per line:
//
//	table<TAB>column<TAB>category[<TAB>note]
//
// table is schema.table, or a bare table name for one in public; neither
// part is quoted (names are matched exactly, case and spaces included).
// category is one of secret, direct_identifier, quasi_identifier,
// free_text and none. Blank lines and lines starting with # are ignored.
// [ReadLabels] reads one and says, with the line, what is wrong.
//
// # Holdout
//
// Schemas marked holdout are written last and scored apart, so that a
// classifier tuned against the others can be judged on columns it never
// saw. docs/classify-eval.md says how the labels were chosen.
package classifyeval
