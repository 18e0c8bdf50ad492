package detect

import "strings"

// The kinds NationalIDKind reports.
const (
	KindVATAT           = "vat_at"
	KindVATBE           = "vat_be"
	KindVATDE           = "vat_de"
	KindVATDK           = "vat_dk"
	KindVATES           = "vat_es"
	KindVATFR           = "vat_fr"
	KindVATGB           = "vat_gb"
	KindVATIE           = "vat_ie"
	KindVATIT           = "vat_it"
	KindVATNL           = "vat_nl"
	KindVATPL           = "vat_pl"
	KindVATPT           = "vat_pt"
	KindVATSE           = "vat_se"
	KindUSEIN           = "us_ein"
	KindUSSSN           = "us_ssn"
	KindUSITIN          = "us_itin"
	KindUKNINO          = "uk_nino"
	KindFRSIREN         = "fr_siren"
	KindFRSIRET         = "fr_siret"
	KindFRNIR           = "fr_nir"
	KindDESteuerID      = "de_steuer_id"
	KindINPAN           = "in_pan"
	KindINAadhaar       = "in_aadhaar"
	KindBRCPF           = "br_cpf"
	KindBRCNPJ          = "br_cnpj"
	KindESDNI           = "es_dni"
	KindESNIE           = "es_nie"
	KindFIHETU          = "fi_hetu"
	KindNOFodselsnummer = "no_fodselsnummer"
	KindZAID            = "za_id"
	KindBENRN           = "be_nrn"
	KindAUABN           = "au_abn"
)

// IsNationalID reports whether s (spaces trimmed) is a national or tax
// identification number that NationalIDKind recognises.
func IsNationalID(s string) bool { return NationalIDKind(s) != "" }

// NationalIDKind returns the kind of national or tax identification number
// s is (spaces trimmed), or "" if none. Each is checked by its shape and,
// where it has one, its check digits:
//
//   - EU and UK VAT numbers with their country prefix: DE (ISO 7064 mod
//     11,10), FR (key mod 97 of the SIREN), IT (Luhn), ES (NIF, NIE and CIF
//     control characters), NL (mod 11, or mod 97 for the 2020 numbers), BE
//     (mod 97), AT (ATU, Luhn-like), PL, SE (Luhn, ends 01), DK, PT (mod
//     11), IE (mod 23 letter), GB (mod 97, and the 9755 scheme);
//   - US: SSN (see IsSSN), ITIN (9XX-7X-XXXX), EIN (NN-NNNNNNN with an
//     assigned prefix; it has no check digit);
//   - UK National Insurance number (AB123456C, with the excluded letters and
//     prefixes);
//   - France: SIRET (Luhn; the SIREN inside it is checked too), NIR (the
//     social security number, key mod 97);
//   - Germany: Steuer-ID (ISO 7064 mod 11,10, and its digit-repetition rule);
//   - India: PAN (shape and holder type), Aadhaar (Verhoeff);
//   - Brazil: CPF and CNPJ (two mod-11 check digits);
//   - Spain: DNI (8 digits and their mod-23 letter) and NIE (X, Y or Z, 7
//     digits, the letter), bare as on the card or written 12345678-Z;
//   - Finland: the personal identity code, HETU (131052-308T: the date of
//     birth, the century sign, the check character mod 31);
//   - Norway: the fødselsnummer (DDMMYY and five digits, two of them mod-11
//     checks), bare or as DDMMYY NNNNN;
//   - South Africa: the identity number (YYMMDD, a sequence, the
//     citizenship digit, 8 or 9, and a Luhn check digit), bare or as
//     YYMMDD SSSS CAZ;
//   - Belgium: the national register number (rijksregisternummer, numéro
//     de registre national), YYMMDD (a bis number adds 20 or 40 to the
//     month, recognised only as YY.MM.DD-SSS.CC), a sequence and two
//     check digits mod 97, bare, as YYMMDD SSS CC or as YY.MM.DD-SSS.CC;
//   - Australia: the Australian Business Number, ABN (11 digits, the
//     first less one, weighted 10, 1, 3, 5 ... 19, sum mod 89), written
//     NN NNN NNN NNN. A sole trader's is the person's own.
//
// A bare run of digits is ambiguous (an order number passes a one-digit
// check one time in ten), so the numbers with a single check digit or none
// are recognised only in their written form: SIRET as 123 456 789 00012,
// Aadhaar as 2345 6789 0123, EIN, SSN and ITIN with their dashes. A SIREN
// alone (123 456 789) is not recognised: one nine-digit number in ten
// passes its Luhn check, and Spanish and Polish phone numbers are written
// the same way; it is recognised inside a French VAT number and a SIRET.
// Those with two check digits or a strong structure (CPF, CNPJ, NIR,
// Steuer-ID, fødselsnummer, HETU, the South African number) are
// recognised bare too; the ABN, which one number in 89 passes, is not:
// random eleven-digit runs (phone numbers, ids) already pass the others'
// checks 1.5% of the time (TestNationalIDFalsePositives), and the bare
// ABN took that to 2.4%. VAT numbers need their country prefix. Numbers
// made of one repeated digit are never recognised. Two Nordic numbers are
// not recognised: the Danish CPR number, whose check digit was given up
// in 2007 (DDMMYY-NNNN alone is a date and four digits), and the Swedish
// personnummer, whose only check is Luhn's (one dated serial number in
// ten, a batch's 231115-0042, passes it).
func NationalIDKind(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 9 || len(s) > 24 {
		return ""
	}
	if len(s) == 11 && fiHETU(s) {
		// Before the separators are dropped: its sign says the century.
		return KindFIHETU
	}
	var buf [24]byte
	n, ok := compactID(s, &buf)
	if !ok || n < 9 {
		return ""
	}
	c := buf[:n]
	if isUpper(c[0]) && isUpper(c[1]) {
		if k := vatKind(c); k != "" {
			return k
		}
		if ukNINO(c) {
			return KindUKNINO
		}
		if inPAN(c) {
			return KindINPAN
		}
		return ""
	}
	if !allBytes(string(c), isDigit) {
		// Corsican NIRs hold 2A or 2B.
		if n == 15 && frNIR(c) {
			return KindFRNIR
		}
		if n == 9 && isUpper(c[8]) && vatES(c) && dniWritten(s) {
			if isDigit(c[0]) {
				return KindESDNI
			}
			if c[0] >= 'X' {
				return KindESNIE
			}
		}
		return ""
	}
	if sameDigits(c) {
		return ""
	}
	switch n {
	case 9:
		switch {
		case IsSSN(s):
			return KindUSSSN
		case usITIN(s):
			return KindUSITIN
		case usEIN(s):
			return KindUSEIN
		}
	case 11:
		if brCPF(c) && (grouped(s, 11) || cpfWritten(s)) {
			return KindBRCPF
		}
		if deSteuerID(c) && (grouped(s, 11) || grouped(s, 2, 3, 3, 3)) {
			return KindDESteuerID
		}
		if noFodselsnummer(c) && (grouped(s, 11) || grouped(s, 6, 5)) {
			return KindNOFodselsnummer
		}
		if beNRNWritten(s) && beNRN(c, true) || beNRN(c, false) && (grouped(s, 11) || grouped(s, 6, 3, 2)) {
			return KindBENRN
		}
		if auABN(c) && grouped(s, 2, 3, 3, 3) {
			return KindAUABN
		}
	case 12:
		if grouped(s, 4, 4, 4) && c[0] >= '2' && verhoeff(c) {
			return KindINAadhaar
		}
	case 13:
		if zaID(c) && (grouped(s, 13) || grouped(s, 6, 4, 3)) {
			return KindZAID
		}
	case 14:
		if brCNPJ(c) && (grouped(s, 14) && !compactTimestamp(c) || cnpjWritten(s)) {
			return KindBRCNPJ
		}
		if grouped(s, 3, 3, 3, 5) && luhnDigits(c) && luhnDigits(c[:9]) {
			return KindFRSIRET
		}
	case 15:
		if frNIR(c) {
			return KindFRNIR
		}
	}
	return ""
}

// compactID copies the letters (upper-cased) and digits of s into buf,
// skipping single separators (space, dot, dash, slash). It reports false
// for any other byte, doubled separators or more than 24 characters.
func compactID(s string, buf *[24]byte) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c) || isUpper(c):
		case isLower(c):
			c -= 'a' - 'A'
		case c == ' ' || c == '.' || c == '-' || c == '/':
			if i == 0 || !isAlnum(s[i-1]) {
				return 0, false
			}
			continue
		default:
			return 0, false
		}
		if n == len(buf) {
			return 0, false
		}
		buf[n] = c
		n++
	}
	return n, true
}

// grouped reports that s is groups of digits of the given sizes separated
// by single spaces, dots or dashes (one kind throughout); grouped(s, 11) is
// 11 bare digits.
func grouped(s string, sizes ...int) bool {
	var sep byte
	i := 0
	for g, size := range sizes {
		if g > 0 {
			if i >= len(s) || s[i] != ' ' && s[i] != '.' && s[i] != '-' || sep != 0 && s[i] != sep {
				return false
			}
			sep = s[i]
			i++
		}
		for k := 0; k < size; k++ {
			if i >= len(s) || !isDigit(s[i]) {
				return false
			}
			i++
		}
	}
	return i == len(s)
}

func sameDigits(c []byte) bool {
	for _, x := range c[1:] {
		if x != c[0] {
			return false
		}
	}
	return true
}

func digit(c byte) int { return int(c - '0') }

// vatKind checks an EU or UK VAT number, country prefix first.
func vatKind(c []byte) string {
	cc, rest := string(c[:2]), c[2:]
	digits := allBytes(string(rest), isDigit)
	switch cc {
	case "DE":
		if len(rest) == 9 && digits && rest[0] != '0' && mod11_10(rest) {
			return KindVATDE
		}
	case "FR":
		if len(rest) == 11 && allBytes(string(rest[2:]), isDigit) && vatFR(rest) {
			return KindVATFR
		}
	case "IT":
		if len(rest) == 11 && digits && !sameDigits(rest) && luhnDigits(rest) {
			return KindVATIT
		}
	case "ES":
		if len(rest) == 9 && vatES(rest) {
			return KindVATES
		}
	case "NL":
		if len(rest) == 12 && rest[9] == 'B' && allBytes(string(rest[:9]), isDigit) && allBytes(string(rest[10:]), isDigit) && vatNL(c) {
			return KindVATNL
		}
	case "BE":
		if len(rest) == 10 && digits && (rest[0] == '0' || rest[0] == '1') && mod97Check(rest[:8], rest[8:]) {
			return KindVATBE
		}
	case "AT":
		if len(rest) == 9 && rest[0] == 'U' && allBytes(string(rest[1:]), isDigit) && vatAT(rest[1:]) {
			return KindVATAT
		}
	case "PL":
		if len(rest) == 10 && digits && weighted(rest[:9], []int{6, 5, 7, 2, 3, 4, 5, 6, 7})%11 == digit(rest[9]) {
			return KindVATPL
		}
	case "SE":
		if len(rest) == 12 && digits && rest[10] == '0' && rest[11] == '1' && luhnDigits(rest[:10]) {
			return KindVATSE
		}
	case "DK":
		if len(rest) == 8 && digits && rest[0] != '0' && weighted(rest, []int{2, 7, 6, 5, 4, 3, 2, 1})%11 == 0 {
			return KindVATDK
		}
	case "PT":
		if len(rest) == 9 && digits && rest[0] != '0' && vatPT(rest) {
			return KindVATPT
		}
	case "IE":
		if vatIE(rest) {
			return KindVATIE
		}
	case "GB", "XI":
		if (len(rest) == 9 || len(rest) == 12) && digits && vatGB(rest[:9]) {
			return KindVATGB
		}
	}
	return ""
}

// weighted sums digits times weights.
func weighted(d []byte, w []int) int {
	sum := 0
	for i, x := range d {
		sum += digit(x) * w[i]
	}
	return sum
}

// mod11_10 checks ISO 7064 MOD 11,10: the last digit is the check.
func mod11_10(d []byte) bool {
	p := 10
	for _, x := range d[:len(d)-1] {
		s := (digit(x) + p) % 10
		if s == 0 {
			s = 10
		}
		p = (2 * s) % 11
	}
	check := (11 - p) % 10
	return check == digit(d[len(d)-1])
}

// luhnDigits runs the Luhn check on ASCII digits.
func luhnDigits(d []byte) bool {
	var v [24]byte
	for i, x := range d {
		v[i] = x - '0'
	}
	return luhn(v[:len(d)])
}

// mod97Check reports 97 - (number mod 97) == check, the two check digits.
func mod97Check(number, check []byte) bool {
	rem := 0
	for _, x := range number {
		rem = (rem*10 + digit(x)) % 97
	}
	return 97-rem == digit(check[0])*10+digit(check[1])
}

// vatFR: two key characters and the SIREN; a numeric key is (12 + 3 ×
// (SIREN mod 97)) mod 97, an alphabetic one is not checkable, but the SIREN
// is Luhn-valid either way.
func vatFR(rest []byte) bool {
	siren := rest[2:]
	if !luhnDigits(siren) || sameDigits(siren) {
		return false
	}
	if !isDigit(rest[0]) || !isDigit(rest[1]) {
		return isAlnum(rest[0]) && isAlnum(rest[1])
	}
	rem := 0
	for _, x := range siren {
		rem = (rem*10 + digit(x)) % 97
	}
	return (12+3*rem)%97 == digit(rest[0])*10+digit(rest[1])
}

const dniLetters = "TRWAGMYFPDXBNJZSQVHLCKE"

// vatES checks a Spanish NIF: a DNI (8 digits and a letter), an NIE (X, Y
// or Z, 7 digits, a letter) or a CIF (a letter, 7 digits, a digit or
// letter control).
func vatES(r []byte) bool {
	switch {
	case allBytes(string(r[:8]), isDigit) && isUpper(r[8]):
		return dniLetters[atoi(r[:8])%23] == r[8]
	case (r[0] == 'X' || r[0] == 'Y' || r[0] == 'Z') && allBytes(string(r[1:8]), isDigit) && isUpper(r[8]):
		return dniLetters[(int(r[0]-'X')*10000000+atoi(r[1:8]))%23] == r[8]
	case strings.IndexByte("ABCDEFGHJNPQRSUVW", r[0]) >= 0 && allBytes(string(r[1:8]), isDigit):
		sum := 0
		for i := 1; i <= 7; i++ {
			d := digit(r[i])
			if i%2 == 1 {
				d *= 2
				d = d/10 + d%10
			}
			sum += d
		}
		control := (10 - sum%10) % 10
		return r[8] == byte('0'+control) || r[8] == "JABCDEFGHI"[control]
	}
	return false
}

// dniWritten reports s written as a DNI or NIE is: its letter last, after
// a dash or a space or none, and before it 8 digits (12345678, or
// 12.345.678), or X, Y or Z and 7 digits (a dash or a space after the
// first letter allowed). A timestamp's fraction (40.000000Z) has the
// shape of none.
func dniWritten(s string) bool {
	if len(s) < 9 {
		return false
	}
	body := s[:len(s)-1]
	if c := body[len(body)-1]; c == '-' || c == ' ' {
		body = body[:len(body)-1]
	}
	if isDigit(body[0]) {
		return grouped(body, 8) || body[2] == '.' && grouped(body, 2, 3, 3)
	}
	body = body[1:]
	if len(body) > 0 && (body[0] == '-' || body[0] == ' ') {
		body = body[1:]
	}
	return grouped(body, 7)
}

// atoi is the value of a run of ASCII digits.
func atoi[T string | []byte](d T) int {
	v := 0
	for i := 0; i < len(d); i++ {
		v = v*10 + int(d[i]-'0')
	}
	return v
}

// vatNL: the pre-2020 numbers pass an 11-test on the first nine digits;
// the numbers of sole traders since 2020 pass ISO 7064 mod 97 over the
// whole "NL…B.." string (letters as 10..35).
func vatNL(c []byte) bool {
	d := c[2:11]
	sum := 0
	for i := 0; i < 8; i++ {
		sum += digit(d[i]) * (9 - i)
	}
	if (sum-digit(d[8]))%11 == 0 && !sameDigits(d) {
		return true
	}
	rem := 0
	for _, x := range c {
		if isDigit(x) {
			rem = (rem*10 + digit(x)) % 97
		} else {
			rem = (rem*100 + int(x-'A'+10)) % 97
		}
	}
	return rem == 1
}

// vatAT checks the 8 digits after ATU.
func vatAT(d []byte) bool {
	sum := 0
	for i := 0; i < 7; i++ {
		v := digit(d[i])
		if i%2 == 1 {
			v *= 2
			v = v/10 + v%10
		}
		sum += v
	}
	return (96-sum)%10 == digit(d[7])
}

// IsBarePortugueseNIF reports whether s (spaces trimmed) is a Portuguese
// tax number (NIF, NIPC) written bare, as on an invoice or a form: nine
// digits, alone or in groups of three, whose first says the holder (1 to
// 3 a person, 5 a company, 6 a public body, 8 a sole trader, 9 other,
// 45 and 7 a non-resident or an estate) and whose last is the mod-11
// check digit. One bare number in eleven passes that check by chance (an
// order number, a phone), so a value alone says little; the classifier
// believes a column only when nearly all of its values pass.
func IsBarePortugueseNIF(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) != 9 && !(len(s) == 11 && grouped(s, 3, 3, 3)) {
		return false
	}
	var buf [24]byte
	n, ok := compactID(s, &buf)
	if !ok || n != 9 || !allBytes(string(buf[:n]), isDigit) || sameDigits(buf[:n]) {
		return false
	}
	switch buf[0] {
	case '1', '2', '3', '5', '6', '8', '9':
	case '4':
		if buf[1] != '5' {
			return false
		}
	case '7':
	default:
		return false
	}
	return vatPT(buf[:n])
}

// vatPT: weights 9..2, check 11 - sum mod 11 (10 and 11 give 0).
func vatPT(d []byte) bool {
	sum := weighted(d[:8], []int{9, 8, 7, 6, 5, 4, 3, 2})
	check := 11 - sum%11
	if check >= 10 {
		check = 0
	}
	return check == digit(d[8])
}

// vatIE: 7 digits and a check letter (and an optional second letter, A-I or
// W, counted with weight 9), or the old form: a digit, a letter or + or *,
// 5 digits and the check letter.
func vatIE(r []byte) bool {
	const letters = "WABCDEFGHIJKLMNOPQRSTUV"
	var d [7]byte
	var check, extra byte
	switch {
	case (len(r) == 8 || len(r) == 9) && allBytes(string(r[:7]), isDigit) && isUpper(r[7]):
		copy(d[:], r[:7])
		check = r[7]
		if len(r) == 9 {
			extra = r[8]
			if !(extra >= 'A' && extra <= 'I' || extra == 'W') {
				return false
			}
		}
	case len(r) == 8 && isDigit(r[0]) && isUpper(r[1]) && allBytes(string(r[2:7]), isDigit) && isUpper(r[7]):
		d[0] = '0'
		copy(d[1:6], r[2:7])
		d[6] = r[0]
		check = r[7]
	default:
		return false
	}
	sum := weighted(d[:], []int{8, 7, 6, 5, 4, 3, 2})
	if extra != 0 && extra != 'W' {
		sum += 9 * int(extra-'A'+1)
	}
	return letters[sum%23] == check
}

// vatGB: weights 8..2 over 7 digits plus the last two as a number; the sum
// is 0 mod 97 (old numbers) or 0 mod 97 after adding 55 (since 2010).
func vatGB(d []byte) bool {
	if sameDigits(d) {
		return false
	}
	sum := weighted(d[:7], []int{8, 7, 6, 5, 4, 3, 2}) + atoi(d[7:9])
	return sum%97 == 0 || (sum+55)%97 == 0
}

// usEINPrefixes are the campus prefixes the IRS assigns.
var usEINPrefixes = [...]string{"01", "02", "03", "04", "05", "06", "10", "11", "12", "13", "14", "15", "16", "20", "21",
	"22", "23", "24", "25", "26", "27", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41", "42", "43",
	"44", "45", "46", "47", "48", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64",
	"65", "66", "67", "68", "71", "72", "73", "74", "75", "76", "77", "80", "81", "82", "83", "84", "85", "86", "87", "88",
	"90", "91", "92", "93", "94", "95", "98", "99"}

// usEIN: NN-NNNNNNN with an assigned prefix.
func usEIN(s string) bool {
	if !grouped(s, 2, 7) || s[2] != '-' {
		return false
	}
	for _, p := range usEINPrefixes {
		if s[:2] == p {
			return true
		}
	}
	return false
}

// usITIN: 9NN-GG-NNNN, the group 50-65, 70-88, 90-92 or 94-99.
func usITIN(s string) bool {
	if !grouped(s, 3, 2, 4) || s[3] != '-' || s[0] != '9' {
		return false
	}
	g := digit(s[4])*10 + digit(s[5])
	return g >= 50 && g <= 65 || g >= 70 && g <= 88 || g >= 90 && g <= 92 || g >= 94
}

// ukNINO: two prefix letters (not D, F, I, Q, U or V; the second not O;
// not BG, GB, KN, NK, NT, TN or ZZ), six digits, a suffix A-D.
func ukNINO(c []byte) bool {
	if len(c) != 9 || !allBytes(string(c[2:8]), isDigit) || c[8] < 'A' || c[8] > 'D' {
		return false
	}
	if strings.IndexByte("DFIQUV", c[0]) >= 0 || strings.IndexByte("DFIQUVO", c[1]) >= 0 {
		return false
	}
	switch string(c[:2]) {
	case "BG", "GB", "KN", "NK", "NT", "TN", "ZZ":
		return false
	}
	return true
}

// inPAN: five letters, the fourth the holder type (P person, C company, H
// HUF, F firm, A AOP, T trust, B BOI, L local authority, J juridical, G
// government, K krish), four digits not all zero, a letter.
func inPAN(c []byte) bool {
	if len(c) != 10 || !allBytes(string(c[:5]), isUpper) || !allBytes(string(c[5:9]), isDigit) || !isUpper(c[9]) {
		return false
	}
	return strings.IndexByte("PCHFATBLJGK", c[3]) >= 0 && string(c[5:9]) != "0000"
}

// deSteuerID: 11 digits, the first not 0; in the first ten one digit
// occurs two or three times (not three in a row) and the others at most
// once; the last is ISO 7064 MOD 11,10.
func deSteuerID(c []byte) bool {
	if c[0] == '0' {
		return false
	}
	var count [10]int
	for _, x := range c[:10] {
		count[digit(x)]++
	}
	repeated := 0
	for _, k := range count {
		switch {
		case k == 2 || k == 3:
			repeated++
		case k > 3:
			return false
		}
	}
	if repeated != 1 {
		return false
	}
	for i := 2; i < 10; i++ {
		if c[i] == c[i-1] && c[i] == c[i-2] {
			return false
		}
	}
	return mod11_10(c)
}

// brCPF: nine digits and two mod-11 check digits (weights 10..2, then
// 11..2).
func brCPF(c []byte) bool {
	return mod11Check(c[:9], 10) == digit(c[9]) && mod11Check(c[:10], 11) == digit(c[10])
}

// mod11Check is the Brazilian check digit: weights from top down to 2,
// sum mod 11, below 2 gives 0, else 11 minus it.
func mod11Check(d []byte, top int) int {
	sum := 0
	for i, x := range d {
		sum += digit(x) * (top - i)
	}
	r := sum % 11
	if r < 2 {
		return 0
	}
	return 11 - r
}

// cpfWritten: 123.456.789-09.
func cpfWritten(s string) bool {
	return len(s) == 14 && s[3] == '.' && s[7] == '.' && s[11] == '-'
}

// brCNPJ: twelve digits and two check digits, weights 5..2,9..2 then
// 6..2,9..2.
func brCNPJ(c []byte) bool {
	w1 := []int{5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	w2 := []int{6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2}
	check := func(d []byte, w []int) int {
		r := weighted(d, w) % 11
		if r < 2 {
			return 0
		}
		return 11 - r
	}
	return check(c[:12], w1) == digit(c[12]) && check(c[:13], w2) == digit(c[13])
}

// cnpjWritten: 12.345.678/0001-95.
func cnpjWritten(s string) bool {
	return len(s) == 18 && s[2] == '.' && s[6] == '.' && s[10] == '/' && s[15] == '-'
}

// frNIR: sex (1, 2; 3, 7, 8 for provisional numbers), year, month (01-12,
// or 20 and 30-42, 50-99 when unknown), department (2 digits or 2A/2B),
// commune, order, and a key 97 - (the 13 digits mod 97), with 2A as 19 and
// 2B as 18.
func frNIR(c []byte) bool {
	if strings.IndexByte("12378", c[0]) < 0 || !allBytes(string(c[1:5]), isDigit) || !allBytes(string(c[7:]), isDigit) {
		return false
	}
	month := digit(c[3])*10 + digit(c[4])
	if !(month >= 1 && month <= 12 || month == 20 || month >= 30 && month <= 42 || month >= 50) {
		return false
	}
	// Corsica's 2A and 2B count as 19 and 18, less 1,000,000 or 2,000,000.
	var corsica byte
	switch {
	case c[5] == '2' && (c[6] == 'A' || c[6] == 'B'):
		corsica = c[6]
	case !isDigit(c[5]) || !isDigit(c[6]):
		return false
	}
	rem := 0
	for i := 0; i < 13; i++ {
		x := c[i]
		if corsica != 0 && i == 5 {
			x = '1'
		} else if corsica != 0 && i == 6 {
			x = '9' - (corsica - 'A')
		}
		rem = (rem*10 + digit(x)) % 97
	}
	if corsica != 0 {
		rem = (rem - int(corsica-'A'+1)*1000000%97 + 97) % 97
	}
	return 97-rem == digit(c[13])*10+digit(c[14])
}

// verhoeff runs the Verhoeff check over ASCII digits.
func verhoeff(c []byte) bool {
	c0 := 0
	for i := len(c) - 1; i >= 0; i-- {
		c0 = verhoeffD[c0][verhoeffP[(len(c)-1-i)%8][digit(c[i])]]
	}
	return c0 == 0
}

var verhoeffD = [10][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
	{3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
	{6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
	{9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}

var verhoeffP = [8][10]int{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
	{8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 8, 7, 6, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
	{2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}

// compactTimestamp reports 14 digits that read as YYYYMMDDhhmmss between
// 1900 and 2099: a bare CNPJ is not believed in that shape.
func compactTimestamp(c []byte) bool {
	y, mo, d := atoi(c[:4]), atoi(c[4:6]), atoi(c[6:8])
	h, mi, sec := atoi(c[8:10]), atoi(c[10:12]), atoi(c[12:14])
	return y >= 1900 && y <= 2099 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h <= 23 && mi <= 59 && sec <= 60
}

// auABNWeights are the weights of the ABN's check, digit by digit.
var auABNWeights = [11]int{10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19}

// auABN checks an Australian Business Number (c: 11 digits): one less
// than the first digit, then the digits as they are, weighted, sum to a
// multiple of 89. A first digit of 0 has no ABN.
func auABN(c []byte) bool {
	if len(c) != 11 || c[0] == '0' {
		return false
	}
	sum := 0
	for i, d := range c {
		v := int(d - '0')
		if i == 0 {
			v--
		}
		sum += v * auABNWeights[i]
	}
	return sum%89 == 0
}
