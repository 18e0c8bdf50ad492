package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/understudy/understudy/rules/classify"
)

// classEvidence renders the decisive evidence of a classification.
func classEvidence(c classify.ColumnClass) []string {
	var out []string
	for _, e := range c.Evidence {
		if !e.Decisive {
			continue
		}
		msg := e.Message
		if msg == "" {
			msg = fmt.Sprintf("%s: %s", e.Source, e.Detector)
		}
		out = append(out, msg)
	}
	return out
}

// classSuggestion renders the classifier's suggested rule as it would be
// written in the rules file.
func classSuggestion(c classify.ColumnClass) string {
	s := c.Suggestion
	if s == nil || s.Transform == "" {
		return ""
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
// become a paths mapping.
func suggestionParams(s *classify.Suggestion) map[string]any {
	out := map[string]any{}
	for k, v := range s.Params {
		out[k] = typedScalar(v)
	}
	if len(s.Paths) > 0 {
		paths := map[string]any{}
		for p, tr := range s.Paths {
			paths[p] = tr
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
