package detect

import (
	"bytes"
	"strconv"
)

// maxPHPDepth bounds the nesting of arrays and objects rewritePHP reads.
const maxPHPDepth = 64

// RewritePHP copies a value in PHP's serialize() format (a:2:{s:5:"email";
// s:15:"ann@example.org";i:0;b:1;}, as WordPress, Moodle and Mautic keep
// their settings, caches and sessions) to dst, each string's content
// replaced by what str appends for it, and each string's byte count
// written again for its new content: a value scrubbed in place is one
// PHP still unserializes. str gets, for a member's value, the member's
// key (a string key; nil for an integer key, a key itself or a lone
// string). It reports false, with dst as it was, for anything that is
// not exactly one serialized value (custom C: objects included).
//
// A PHP session, as session_encode() writes it and applications keep it in
// their session tables (Roundcube's, Matomo's, Joomla's: name|value
// pairs, language|s:5:"fr_FR";user_id|i:66;password|s:...;), is read as
// an array whose keys are the names.
func RewritePHP(dst, s []byte, str func(dst, key, content []byte) []byte) ([]byte, bool) {
	p := phpRewriter{s: s, dst: dst, str: str}
	if p.value(0) && p.i == len(s) {
		return p.dst, true
	}
	if !looksPHPSession(s) {
		return dst, false
	}
	p = phpRewriter{s: s, dst: dst, str: str}
	for p.i < len(s) {
		n := sessionName(s[p.i:])
		if n == 0 || p.i+n >= len(s) || s[p.i+n] != '|' {
			return dst, false
		}
		p.dst = append(p.dst, s[p.i:p.i+n+1]...)
		p.key = s[p.i : p.i+n]
		p.i += n + 1
		if !p.value(1) {
			return dst, false
		}
	}
	return p.dst, true
}

// maxSessionName bounds a session variable's name.
const maxSessionName = 128

// sessionName returns the length of the session variable's name that
// starts s: printable ASCII, with no |, quote, brace or semicolon.
func sessionName(s []byte) int {
	for i, c := range s {
		if i > maxSessionName {
			return 0
		}
		if c <= ' ' || c >= 0x7f || c == '|' || c == '"' || c == ';' || c == '{' || c == '}' || c == ':' {
			return i
		}
	}
	return 0
}

// looksPHPSession reports a value that starts as a PHP session does (a
// name, a bar and a serialized value's type) and ends as a value does.
func looksPHPSession(s []byte) bool {
	n := sessionName(s)
	if n == 0 || n+3 > len(s) || s[n] != '|' || (s[len(s)-1] != ';' && s[len(s)-1] != '}') {
		return false
	}
	switch s[n+1] {
	case 'N':
		return s[n+2] == ';'
	case 'a', 'b', 'd', 'i', 's', 'O':
		return s[n+2] == ':'
	}
	return false
}

// PHPMembers calls fn with the key and the content of each string member
// of a PHP-serialized value, at any depth ("mail_smtppass" and its
// password in a:1:{s:13:"mail_smtppass";s:6:"...";}), and reports
// whether s is one.
func PHPMembers(s []byte, fn func(key, value []byte)) bool {
	if !LooksPHPSerialized(s) {
		return false
	}
	_, ok := RewritePHP(nil, s, func(dst, key, content []byte) []byte {
		if key != nil {
			fn(key, content)
		}
		return dst
	})
	return ok
}

// LooksPHPSerialized reports a value that starts as a serialized array,
// object or string does, or as a PHP session does.
func LooksPHPSerialized(s []byte) bool {
	return looksPHPSession(s) || len(s) >= 4 && s[1] == ':' && (s[0] == 'a' || s[0] == 'O' || s[0] == 's') && s[len(s)-1] == '}' || len(s) >= 6 && s[0] == 's' && s[1] == ':' && s[len(s)-1] == ';'
}

type phpRewriter struct {
	s       []byte
	i       int
	dst     []byte
	str     func(dst, key, content []byte) []byte
	scratch []byte
	// key is the string key of the member whose value is read next.
	key []byte
}

func (p *phpRewriter) value(depth int) bool {
	if depth > maxPHPDepth || p.i+1 >= len(p.s) {
		return false
	}
	start := p.i
	switch p.s[p.i] {
	case 'N':
		if p.s[p.i+1] != ';' {
			return false
		}
		p.i += 2
	case 'b', 'i', 'd', 'r', 'R':
		if p.s[p.i+1] != ':' {
			return false
		}
		j := bytes.IndexByte(p.s[p.i+2:], ';')
		if j <= 0 || !scalarPHP(p.s[p.i+2:p.i+2+j]) {
			return false
		}
		p.i += 2 + j + 1
	case 's':
		body, ok := p.counted('s')
		if !ok || !p.take(';') {
			return false
		}
		key := p.key
		p.key = nil
		p.scratch = p.str(p.scratch[:0], key, body)
		p.dst = append(p.dst, "s:"...)
		p.dst = strconv.AppendInt(p.dst, int64(len(p.scratch)), 10)
		p.dst = append(p.dst, ':', '"')
		p.dst = append(p.dst, p.scratch...)
		p.dst = append(p.dst, '"', ';')
		return true
	case 'a':
		n, ok := p.count('a')
		if !ok || !p.take('{') {
			return false
		}
		p.dst = append(p.dst, p.s[start:p.i]...)
		return p.members(n, depth)
	case 'O':
		if _, ok := p.counted('O'); !ok || !p.take(':') {
			return false
		}
		n, ok := p.number(':')
		if !ok || !p.take('{') {
			return false
		}
		p.dst = append(p.dst, p.s[start:p.i]...)
		return p.members(n, depth)
	default:
		return false
	}
	p.dst = append(p.dst, p.s[start:p.i]...)
	return true
}

// members reads the n key/value pairs of an array or an object, and its
// closing brace.
func (p *phpRewriter) members(n, depth int) bool {
	for range n {
		p.key = nil
		at := p.i
		if !p.value(depth + 1) {
			return false
		}
		if p.s[at] == 's' {
			// The key's content: between the first quote and the last.
			p.key = p.s[bytes.IndexByte(p.s[at:], '"')+at+1 : p.i-2]
		}
		if !p.value(depth + 1) {
			return false
		}
	}
	p.key = nil
	if !p.take('}') {
		return false
	}
	p.dst = append(p.dst, '}')
	return true
}

// count reads <kind>:<n>: and returns n.
func (p *phpRewriter) count(kind byte) (int, bool) {
	if !p.take(kind) || !p.take(':') {
		return 0, false
	}
	return p.number(':')
}

// counted reads <kind>:<n>:"<n bytes>" and returns the bytes.
func (p *phpRewriter) counted(kind byte) ([]byte, bool) {
	n, ok := p.count(kind)
	if !ok || !p.take('"') || p.i+n+1 > len(p.s) || p.s[p.i+n] != '"' {
		return nil, false
	}
	body := p.s[p.i : p.i+n]
	p.i += n + 1
	return body, true
}

// number reads a non-negative decimal number and the byte end after it.
func (p *phpRewriter) number(end byte) (int, bool) {
	n, digits := 0, 0
	for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		if n > len(p.s) {
			return 0, false
		}
		n = n*10 + int(p.s[p.i]-'0')
		p.i++
		digits++
	}
	return n, digits > 0 && p.take(end)
}

func (p *phpRewriter) take(c byte) bool {
	if p.i < len(p.s) && p.s[p.i] == c {
		p.i++
		return true
	}
	return false
}

// scalarPHP reports the text of a boolean, an integer, a float or a
// reference: digits, a sign, a point, an exponent, INF or NAN.
func scalarPHP(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'E' || c == 'e' || c == 'I' || c == 'N' || c == 'F' || c == 'A') {
			return false
		}
	}
	return true
}
