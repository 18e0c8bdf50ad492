package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/understudy/understudy/internal/pgsql"
)

// AfterStep is one step of the after: section: staging-specific SQL that a
// run executes in the new copy after post-data and before verify, all
// steps in one transaction.
type AfterStep struct {
	Pos Pos // the list item
	// File is the SQL file as the rules file names it (relative to the
	// rules file); empty for an inline sql: step.
	File string
	// SQL is the step's script: the sql: value, or the file's contents.
	SQL string
	// SHA256 is the hex digest of the SQL file; empty for sql:.
	SHA256 string
	// Statements are the script's statements, as PostgreSQL's parser
	// splits it, each with its byte offset in SQL.
	Statements []pgsql.Statement

	text textMap
}

// Source names where the step's SQL is written: "inline" or the file.
func (s *AfterStep) Source() string {
	if s.File != "" {
		return s.File
	}
	return "inline"
}

// PosAt is the position in the rules file (sql:) or the SQL file (file:)
// of the byte at offset in SQL.
func (s *AfterStep) PosAt(offset int) Pos { return s.text.pos(offset) }

// maxAfterFile bounds the SQL file a step reads.
const maxAfterFile = 16 << 20

// afterKeys are the keys of an after: step.
var afterKeys = []string{"sql", "file"}

// after decodes the after: section and parses every statement, so lint
// reports a syntax error at its line and column before a run starts.
func (d *decoder) after(n *yaml.Node) []*AfterStep {
	var out []*AfterStep
	for i, item := range d.list(n, "after") {
		what := fmt.Sprintf("after: step %d", i+1)
		if item.Kind != yaml.MappingNode {
			d.err(item, "after", fmt.Sprintf("%s must be a mapping with sql: or file:, found %s", what, kindName(item)),
				`for example - sql: "TRUNCATE public.sessions" or - file: staging.sql`)
			continue
		}
		step := &AfterStep{Pos: d.pos(item)}
		var sqlNode, fileNode *yaml.Node
		for _, e := range d.entries(item, what, afterKeys) {
			if _, ok := d.str(e[1], what+": "+e[0].Value); !ok {
				continue
			}
			if e[0].Value == "sql" {
				sqlNode = e[1]
			} else {
				fileNode = e[1]
			}
		}
		switch {
		case sqlNode != nil && fileNode != nil:
			d.err(item, "after", what+" has both sql: and file:", "write one of them per step")
			continue
		case sqlNode != nil:
			step.SQL = sqlNode.Value
			step.text = newTextMap(d.file, d.text, scalarOffsets(d.src, sqlNode), d.pos(sqlNode))
		case fileNode != nil:
			if !d.afterFile(step, fileNode, what) {
				continue
			}
		default:
			if len(item.Content) == 0 {
				d.err(item, "after", what+" is empty", "give it sql: or file:")
			}
			continue
		}
		if d.afterStatements(step, what) {
			out = append(out, step)
		}
	}
	return out
}

// afterFile reads a file: step's SQL, relative to the rules file.
func (d *decoder) afterFile(step *AfterStep, n *yaml.Node, what string) bool {
	step.File = n.Value
	path := n.Value
	if !filepath.IsAbs(path) {
		path = filepath.Join(filepath.Dir(d.file), path)
	}
	fail := func(msg string) bool {
		d.err(n, "after-file", fmt.Sprintf("%s: %s", what, msg), "file: names a SQL file, relative to the rules file ("+filepath.Dir(d.file)+")")
		return false
	}
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fail(fmt.Sprintf("cannot read %s: %v", path, err))
	case !fi.Mode().IsRegular():
		return fail(path + " is not a regular file")
	case fi.Size() > maxAfterFile:
		return fail(fmt.Sprintf("%s has %d bytes, more than the %d a step may hold", path, fi.Size(), maxAfterFile))
	}
	f, err := os.Open(path)
	if err != nil {
		return fail(fmt.Sprintf("cannot read %s: %v", path, err))
	}
	defer f.Close()
	// Bounded: a file under /proc says it is empty and may not be.
	data, err := io.ReadAll(io.LimitReader(f, maxAfterFile+1))
	switch {
	case err != nil:
		return fail(fmt.Sprintf("cannot read %s: %v", path, err))
	case len(data) > maxAfterFile:
		return fail(fmt.Sprintf("%s has more than the %d bytes a step may hold", path, maxAfterFile))
	}
	sum := sha256.Sum256(data)
	step.SQL, step.SHA256 = string(data), hex.EncodeToString(sum[:])
	step.text = newTextMap(path, step.SQL, nil, Pos{})
	return true
}

// afterStatements parses a step's SQL and refuses what cannot run in the
// steps' one transaction.
func (d *decoder) afterStatements(step *AfterStep, what string) bool {
	stmts, err := pgsql.ParseStatements(step.SQL)
	if err != nil {
		var syn *pgsql.SyntaxError
		if errors.As(err, &syn) {
			d.errAt(step.PosAt(syn.Pos), "after-syntax", fmt.Sprintf("%s: %s", what, syn.Msg), "")
		} else {
			d.errAt(step.PosAt(0), "after-syntax", fmt.Sprintf("%s: %v", what, err), "")
		}
		return false
	}
	if len(stmts) == 0 {
		d.errAt(step.PosAt(0), "after", what+" holds no SQL statement", "")
		return false
	}
	ok := true
	for _, s := range stmts {
		switch {
		case s.OutsideTransaction != "":
			d.errAt(step.PosAt(s.Offset), "after-statement", fmt.Sprintf("%s: %s cannot run here: the after: steps run in one transaction, so that a failure leaves staging as it was", what, s.OutsideTransaction),
				"remove it; run it by hand after the refresh if it is needed")
			ok = false
		case s.CopyStream:
			d.errAt(step.PosAt(s.Offset), "after-statement", what+": COPY FROM STDIN and COPY TO STDOUT need a client that streams the data", "use INSERT ... SELECT, or COPY from a file on the staging server")
			ok = false
		}
	}
	step.Statements = stmts
	return ok
}

// textMap turns a byte offset in a step's SQL into a position in the file
// where the SQL is written.
type textMap struct {
	file string
	text string // the file's text
	// at maps each byte of the SQL to its byte offset in text; nil: the
	// SQL is text itself (a SQL file).
	at []int
	// fallback is the scalar's position, when at could not be built.
	fallback Pos
	lines    []int // offsets of the line starts in text
}

// newTextMap maps offsets in a SQL file (at nil, fallback zero) or in a
// scalar of the rules file (at from scalarOffsets, fallback its position).
func newTextMap(file, text string, at []int, fallback Pos) textMap {
	lines := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	return textMap{file: file, text: text, at: at, fallback: fallback, lines: lines}
}

func (m textMap) pos(offset int) Pos {
	off := offset
	past := 0 // columns past the mapped byte: an offset at the end of the SQL
	if m.at != nil || m.fallback.Line != 0 {
		if len(m.at) == 0 {
			return m.fallback
		}
		if offset >= len(m.at) {
			offset, past = len(m.at)-1, 1
		}
		off = m.at[max(offset, 0)]
	}
	off = max(0, min(off, len(m.text)))
	line := sort.Search(len(m.lines), func(i int) bool { return m.lines[i] > off }) - 1
	return Pos{File: m.file, Line: line + 1, Col: utf8.RuneCountInString(m.text[m.lines[line]:off]) + 1 + past}
}

// scalarOffsets maps each byte of a scalar's value to the byte offset in
// src where it is written, following YAML's rules for each style: plain,
// single- and double-quoted (escapes, line folding), literal (|) and
// folded (>). The text at the node's position is read back and must spell
// the value: where it does not (a construct this does not follow), the
// result is nil and positions fall back to the scalar's start.
func scalarOffsets(src []byte, n *yaml.Node) []int {
	i := offsetOf(src, n.Line, n.Column)
	if i < 0 {
		return nil
	}
	// An anchor or a tag before the value.
	for i < len(src) && (src[i] == '&' || src[i] == '!') {
		for i < len(src) && !isBlank(src[i]) && src[i] != '\n' {
			i++
		}
		for i < len(src) && isBlank(src[i]) {
			i++
		}
	}
	sc := &scalarScan{src: src, i: i, val: n.Value, at: make([]int, 0, len(n.Value))}
	var ok bool
	switch {
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		ok = sc.block(n.Style&yaml.LiteralStyle != 0)
	case n.Style&yaml.DoubleQuotedStyle != 0:
		ok = sc.flow('"')
	case n.Style&yaml.SingleQuotedStyle != 0:
		ok = sc.flow('\'')
	case n.Style == 0:
		ok = sc.flow(0)
	}
	if !ok || len(sc.at) != len(n.Value) {
		return nil
	}
	return sc.at
}

// offsetOf is the byte offset of a 1-based line and column (in
// characters, as the YAML parser counts them); -1 when outside src.
func offsetOf(src []byte, line, col int) int {
	i := 0
	for l := 1; l < line; l++ {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			return -1
		}
		i += j + 1
	}
	for c := 1; c < col; c++ {
		if i >= len(src) || src[i] == '\n' {
			return -1
		}
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	return i
}

func isBlank(b byte) bool { return b == ' ' || b == '\t' }

// scalarScan reads a scalar's text back, checking it against the value
// and recording where each of the value's bytes comes from.
type scalarScan struct {
	src []byte
	i   int // next byte of src
	val string
	at  []int
}

func (s *scalarScan) done() bool { return len(s.at) == len(s.val) }

// emit matches bytes of the value written at src offset off.
func (s *scalarScan) emit(b string, off int) bool {
	j := len(s.at)
	if j+len(b) > len(s.val) || s.val[j:j+len(b)] != b {
		return false
	}
	for range len(b) {
		s.at = append(s.at, off)
	}
	return true
}

// lineBreaks matches what a run of k line breaks at src offset off became
// in the value: with literal, k newlines; otherwise (folding) a space for
// a single break or k-1 newlines, or, at the end of a folded block, up to
// k newlines. Chomping may have dropped trailing newlines: the value's end
// ends the match.
func (s *scalarScan) lineBreaks(k, off int, literal bool) {
	for n := 0; n < k && !s.done(); n++ {
		switch c := s.val[len(s.at)]; {
		case c == '\n':
			s.at = append(s.at, off)
		case c == ' ' && n == 0 && !literal:
			s.at = append(s.at, off)
			return
		default:
			return
		}
	}
}

// flow reads a plain (quote 0), single- or double-quoted scalar.
func (s *scalarScan) flow(quote byte) bool {
	src := s.src
	if quote != 0 {
		if s.i >= len(src) || src[s.i] != quote {
			return false
		}
		s.i++
	}
	for !s.done() && s.i < len(src) {
		c := src[s.i]
		switch {
		case c == '\n' || c == '\r' || (isBlank(c) && s.blankToEOL()):
			// Trailing blanks go, then breaks fold and the next line's
			// leading blanks go.
			for s.i < len(src) && src[s.i] != '\n' {
				s.i++
			}
			off, k := s.i, 0
			for s.i < len(src) && src[s.i] == '\n' {
				k++
				s.i++
				for s.i < len(src) && (isBlank(src[s.i]) || src[s.i] == '\r') {
					s.i++
				}
			}
			s.lineBreaks(k, off, false)
		case quote == '\'' && c == '\'':
			if s.i+1 < len(src) && src[s.i+1] == '\'' {
				if !s.emit("'", s.i) {
					return false
				}
				s.i += 2
				continue
			}
			return false // the closing quote before the value's end
		case quote == '"' && c == '"':
			return false
		case quote == '"' && c == '\\':
			if !s.escape() {
				return false
			}
		default:
			_, size := utf8.DecodeRune(src[s.i:])
			if !s.emit(string(src[s.i:s.i+size]), s.i) {
				return false
			}
			s.i += size
		}
	}
	return s.done()
}

// blankToEOL reports whether only blanks follow on the line.
func (s *scalarScan) blankToEOL() bool {
	for j := s.i; j < len(s.src); j++ {
		switch s.src[j] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// yamlEscapes are the double-quoted escapes of one character.
var yamlEscapes = map[byte]string{
	'0': "\x00", 'a': "\a", 'b': "\b", 't': "\t", '\t': "\t", 'n': "\n", 'v': "\v", 'f': "\f", 'r': "\r",
	'e': "\x1b", ' ': " ", '"': "\"", '/': "/", '\\': "\\", 'N': "\u0085", '_': "\u00a0", 'L': "\u2028", 'P': "\u2029",
}

// escape reads one escape of a double-quoted scalar at src[i] == '\\'.
func (s *scalarScan) escape() bool {
	src, start := s.src, s.i
	if s.i+1 >= len(src) {
		return false
	}
	c := src[s.i+1]
	if c == '\n' || c == '\r' {
		// An escaped line break: nothing, and the next line's leading
		// blanks go.
		s.i++
		if src[s.i] == '\r' {
			s.i++
		}
		if s.i < len(src) && src[s.i] == '\n' {
			s.i++
		}
		for s.i < len(src) && isBlank(src[s.i]) {
			s.i++
		}
		return true
	}
	if e, ok := yamlEscapes[c]; ok {
		s.i += 2
		return s.emit(e, start)
	}
	width := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
	if width == 0 || s.i+2+width > len(src) {
		return false
	}
	var r rune
	for _, h := range src[s.i+2 : s.i+2+width] {
		var v byte
		switch {
		case h >= '0' && h <= '9':
			v = h - '0'
		case h >= 'a' && h <= 'f':
			v = h - 'a' + 10
		case h >= 'A' && h <= 'F':
			v = h - 'A' + 10
		default:
			return false
		}
		r = r<<4 | rune(v)
	}
	s.i += 2 + width
	return s.emit(string(r), start)
}

// block reads a literal or folded block scalar: the header line, then
// lines indented as the first non-empty one.
func (s *scalarScan) block(literal bool) bool {
	src := s.src
	for s.i < len(src) && src[s.i] != '\n' {
		s.i++
	}
	if s.i >= len(src) {
		return s.done()
	}
	s.i++
	indent := -1
	for j := s.i; j < len(src); {
		n := 0
		for j+n < len(src) && src[j+n] == ' ' {
			n++
		}
		if j+n < len(src) && src[j+n] != '\n' && src[j+n] != '\r' {
			indent = n
			break
		}
		for j < len(src) && src[j] != '\n' {
			j++
		}
		j++
	}
	if indent <= 0 {
		return s.done()
	}
	for !s.done() && s.i < len(src) {
		// One line: its indentation, then its text.
		n := 0
		for s.i+n < len(src) && src[s.i+n] == ' ' && n < indent {
			n++
		}
		end := s.i
		for end < len(src) && src[end] != '\n' {
			end++
		}
		text := end
		if text > s.i && src[text-1] == '\r' {
			text--
		}
		if n < indent && s.i+n < text {
			return s.done() // a less indented line ends the scalar
		}
		for j := s.i + n; j < text && !s.done(); {
			_, size := utf8.DecodeRune(src[j:])
			if !s.emit(string(src[j:j+size]), j) {
				return false
			}
			j += size
		}
		// The line break, and the empty lines after it, fold as one run.
		s.i = end
		if s.i >= len(src) {
			break
		}
		off, k := s.i, 1
		s.i++
		for s.i < len(src) && blankLine(src[s.i:], indent) {
			for s.i < len(src) && src[s.i] != '\n' {
				s.i++
			}
			if s.i < len(src) {
				s.i++
				k++
			}
		}
		s.lineBreaks(k, off, literal)
	}
	return s.done()
}

// blankLine reports whether the line starting at b holds only spaces (and
// no more than indent of them, or it would be text of a literal block).
func blankLine(b []byte, indent int) bool {
	for j, c := range b {
		switch c {
		case ' ':
			if j >= indent {
				return false
			}
		case '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}
