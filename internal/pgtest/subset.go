package pgtest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// AcmeSubset returns the acme fixture's subset section,
// testdata/acme/subset.yaml, the one the tests, the bench and the demo
// append to a rules file: it begins with a newline. Its root samples 20%
// of the organizations, the share the plan and subset goldens were made
// with; a percent other than 0 replaces that share and keeps the rest of
// the section as it is.
func AcmeSubset(percent int) (string, error) {
	path := filepath.Join(RepoRoot(), "testdata", "acme", "subset.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	text := string(data)
	if percent != 0 {
		if text, err = setRootPercent(text, percent); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	return "\n" + text, nil
}

// setRootPercent replaces the percent of the section's one root in the
// text itself, where the YAML parser found it, so that comments and layout
// stay as written.
func setRootPercent(text string, percent int) (string, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return "", err
	}
	if len(doc.Content) != 1 {
		return "", errors.New("want one YAML document")
	}
	roots := mapValue(mapValue(doc.Content[0], "subset"), "roots")
	if roots == nil || roots.Kind != yaml.SequenceNode || len(roots.Content) != 1 {
		return "", errors.New("want subset.roots with one root")
	}
	p := mapValue(roots.Content[0], "percent")
	if p == nil || p.Kind != yaml.ScalarNode {
		return "", errors.New("the root has no percent")
	}
	lines := strings.SplitAfter(text, "\n")
	line, col := lines[p.Line-1], p.Column-1
	if !strings.HasPrefix(line[col:], p.Value) {
		return "", fmt.Errorf("line %d: cannot find the percent %q", p.Line, p.Value)
	}
	lines[p.Line-1] = line[:col] + strconv.Itoa(percent) + line[col+len(p.Value):]
	return strings.Join(lines, ""), nil
}

// mapValue is the value of key in a mapping node, or nil.
func mapValue(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
