package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/understudy/understudy/rules/classify"
)

// classEvidence renders the reasons for a classification (its decisive
// evidence, and what agrees with it), then those against it, each
// prefixed "against: " (a name the values overruled, a share under the
// threshold): both sides, for init's comments and the coverage report.
func classEvidence(c classify.ColumnClass) []string {
	var reasons, against []string
	for _, e := range c.Evidence {
		msg := e.Message
		if msg == "" {
			msg = fmt.Sprintf("%s: %s", e.Source, e.Detector)
		}
		switch {
		case e.Decisive || e.Category == c.Category:
			reasons = append(reasons, msg)
		case e.Category.Sensitive():
			against = append(against, "against: "+msg)
		}
	}
	return append(reasons, against...)
}

// contested reports whether a column the classifier let go (category
// none) had evidence that it holds personal data: a name the values
// overruled, a share under the threshold. init and the report say why.
func contested(c classify.ColumnClass) bool {
	if c.Category.Sensitive() {
		return false
	}
	for _, e := range c.Evidence {
		if e.Category.Sensitive() || e.Decisive {
			return true
		}
	}
	return false
}

// classSuggestion renders the classifier's suggested rule as it would be
// written in the rules file.
func classSuggestion(c classify.ColumnClass) string {
	s := c.Suggestion
	if s == nil || s.Transform == "" {
		return ""
	}
	if len(s.Keyed) > 0 {
		var parts []string
		for _, r := range s.Keyed {
			if when, ok := keyedWhen(s.KeyColumn, r.Keys); ok {
				parts = append(parts, whenRule(when, r.Transform, suggestionParams(&classify.Suggestion{Params: r.Params})))
			}
		}
		parts = append(parts, flowRule(s.Transform, suggestionParams(s)))
		return "[" + strings.Join(parts, ", ") + "]"
	}
	params := suggestionParams(s)
	if len(params) == 0 {
		return s.Transform
	}
	keys := make([]string, 0, len(params))
	for k := range params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s: %v", k, params[k]))
	}
	return "{ transform: " + s.Transform + ", " + strings.Join(parts, ", ") + " }"
}

// suggestionParams types the classifier's string parameters as YAML would:
// whole numbers and booleans become numbers and booleans; json paths
// become a paths mapping, a path with parameters a mapping of its own.
func suggestionParams(s *classify.Suggestion) map[string]any {
	out := map[string]any{}
	for k, v := range s.Params {
		out[k] = typedScalar(v)
	}
	if len(s.Paths) > 0 {
		paths := map[string]any{}
		for p, tr := range s.Paths {
			if len(s.PathParams[p]) == 0 {
				paths[p] = tr
				continue
			}
			rule := map[string]any{"transform": tr}
			for k, v := range s.PathParams[p] {
				rule[k] = typedScalar(v)
			}
			paths[p] = rule
		}
		out["paths"] = paths
	}
	return out
}

func typedScalar(v string) any {
	if i, err := strconv.ParseInt(v, 10, 64); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(v, 64); err == nil && strings.ContainsAny(v, ".") {
		return f
	}
	if b, err := strconv.ParseBool(v); err == nil && (v == "true" || v == "false") {
		return b
	}
	return v
}
