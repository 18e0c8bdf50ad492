package detect

import "strings"

// A national phone number (030 1234567, 72214408) is left alone in prose,
// where digit groups are as likely amounts, years or ids. Written right
// after a word that says it is a phone's ("Tel. 030 1234567", "cel.
// 72214408", "Mob: 07700 900123", "WhatsApp 0991 234 567"), it is one.

// phoneLabels are the words, in the languages the name lists cover, that
// say the number after them is a phone's: telephone, mobile, cell, fax
// and their abbreviations.
var phoneLabels = newFoldSet(
	"tel", "tél", "telf", "telef", "tfn", "tfno", "tlf", "tlfn", "telp", "tlp",
	"phone", "telephone", "téléphone", "telefon", "telefone", "telefono", "teléfono", "telefoon", "telefonu", "telefonnummer",
	"ph", "cel", "cell", "cellphone", "celular", "celulare", "cellulare", "mobile", "mobil", "mob", "móvil", "movil", "mobiel",
	"portable", "handy", "natel", "fono", "whatsapp", "fax", "telefax")

// minLabelledDigits and maxLabelledDigits bound the digits of a labelled
// national number: a short local number (seven digits) to an E.164 one.
const (
	minLabelledDigits = 7
	maxLabelledDigits = 15
)

// HasLabelledPhone reports whether text holds a national phone number
// right after a phone label (see labelledPhoneEnd).
func HasLabelledPhone(text string) bool {
	for i := 1; i < len(text); i++ {
		if !isDigit(text[i]) {
			continue
		}
		if c := text[i-1]; (c == ' ' || c == ':' || c == '.') && labelledPhoneEnd(text, i) > i {
			return true
		}
		for i < len(text) && isDigit(text[i]) {
			i++
		}
	}
	return false
}

// labelledPhoneEnd returns the end of the phone number that starts at i,
// a digit, after a phone label (see phoneLabelBefore: "Tel.: ", "cel. ",
// "Mob:"); i when there is none. The number is
// 7 to 15 digits in groups joined by single spaces, dashes or periods.
func labelledPhoneEnd(s string, i int) int {
	if !phoneLabelBefore(s, i) {
		return i
	}
	digits, groups, j, end := 0, 0, i, i
	quad := true // so far, dotted groups of one to three digits
	for {
		k := j
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k == j {
			break
		}
		digits += k - j
		groups++
		quad = quad && k-j <= 3 && (groups == 1 || s[j-1] == '.')
		if digits > maxLabelledDigits {
			return i
		}
		end = k
		if k+1 < len(s) && (s[k] == ' ' || s[k] == '-' || s[k] == '.') && isDigit(s[k+1]) {
			j = k + 1
			continue
		}
		break
	}
	if digits < minLabelledDigits || !boundaryAfter(s, end) || quad && groups == 4 {
		return i // too short, run into a word, or a server's IPv4 address
	}
	return end
}

// phoneLabelBefore reports a phone label that ends before i, a word start,
// separated from it by one to three periods, colons and spaces ("Tel.: ",
// "portable : ").
func phoneLabelBefore(s string, i int) bool {
	j := i
	for j > 0 && i-j < 4 && (s[j-1] == ' ' || s[j-1] == ':' || s[j-1] == '.') {
		j--
	}
	if j == i || i-j == 4 {
		return false
	}
	end := j
	for j > 0 && end-j <= maxPhoneLabel && (isAlpha(s[j-1]) || s[j-1] >= 0x80) {
		j--
	}
	if j == end || end-j > maxPhoneLabel || j > 0 && isWordByte(s[j-1]) {
		return false
	}
	return phoneLabels.has(s[j:end])
}

// maxPhoneLabel is the longest phone label in bytes (telefonnummer).
const maxPhoneLabel = 14

// HasInternationalPhone reports a text that holds a phone number written
// +CC... with its digits grouped as people write them ("call +44 20 7946
// 0958", "<cellPhone>+225 05 01 50 53 66</cellPhone>"), found as
// AppendEntities finds it, so what scrub_text would replace in a text is
// what a classifier counts in it.
func HasInternationalPhone(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		j := strings.IndexByte(text[i:], '+')
		if j < 0 {
			return false
		}
		i += j
		if i+1 >= len(text) || !isDigit(text[i+1]) && text[i+1] != '(' || !boundaryBefore(text, i) {
			continue
		}
		sc := scanner{s: text}
		sc.numeric(i)
		for _, sp := range sc.spans {
			if sp.Kind == KindPhone {
				return true
			}
		}
	}
	return false
}
