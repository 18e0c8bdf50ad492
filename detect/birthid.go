package detect

import (
	"strings"
	"time"
)

// Personal identity numbers that begin with their holder's date of birth
// and end with check characters (Finland's, Norway's, South Africa's,
// Belgium's), so that a value passes by chance rarely enough to be
// recognised as people write it. Sweden's and Denmark's are not (see
// NationalIDKind).

// hetuChecks are the HETU's check characters, indexed by the nine digits
// mod 31 (no G, I, O, Q or Z).
const hetuChecks = "0123456789ABCDEFHJKLMNPRSTUVWXY"

// fiHETU: the Finnish personal identity code (henkilötunnus), DDMMYY, the
// century sign (+ for the 1800s, - or Y X W V U for the 1900s, A or B C D
// E F for the 2000s), an individual number (002 to 999) and the check
// character of the nine digits mod 31: 131052-308T.
func fiHETU(s string) bool {
	if !allBytes(s[:6], isDigit) || !allBytes(s[7:10], isDigit) {
		return false
	}
	sign := upper(s[6])
	if strings.IndexByte("+-ABCDEFUVWXY", sign) < 0 || !validDayMonth(atoi(s[:2]), atoi(s[2:4])) || atoi(s[7:10]) < 2 {
		return false
	}
	return hetuChecks[(atoi(s[:6])*1000+atoi(s[7:10]))%31] == upper(s[10])
}

// noFodselsnummer: the Norwegian national identity number, DDMMYY, an
// individual number and two mod-11 check digits. A D-number adds 40 to the
// day, an H-number 40 to the month; test numbers (Skatteetaten's synthetic
// ones) add 80.
func noFodselsnummer(c []byte) bool {
	day, month := atoi(c[:2]), atoi(c[2:4])
	if day > 40 {
		day -= 40
	}
	if month > 80 {
		month -= 80
	} else if month > 40 {
		month -= 40
	}
	if !validDayMonth(day, month) {
		return false
	}
	k1 := mod11Rest(weighted(c[:9], []int{3, 7, 6, 1, 8, 9, 4, 5, 2}))
	k2 := mod11Rest(weighted(c[:10], []int{5, 4, 3, 2, 7, 6, 5, 4, 3, 2}))
	return k1 == digit(c[9]) && k2 == digit(c[10])
}

// mod11Rest is 11 minus the sum mod 11, and 0 for 11; a 10 matches no
// digit.
func mod11Rest(sum int) int {
	k := 11 - sum%11
	if k == 11 {
		return 0
	}
	return k
}

// validDayMonth reports a day that the month has in some year: in a leap
// year (2000), since a two-digit year does not say its century.
func validDayMonth(day, month int) bool {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(time.Month(month), 2000)
}

func upper(c byte) byte {
	if isLower(c) {
		return c - ('a' - 'A')
	}
	return c
}

// zaID: the South African identity number, YYMMDD, a four-digit sequence
// (its first digit says the sex), the citizenship digit (0 a citizen, 1 a
// permanent resident, 2 a refugee), a digit that is 8 or 9 in the numbers
// issued since the 1980s, and a Luhn check digit over the twelve before
// it.
func zaID(c []byte) bool {
	return validDayMonth(atoi(c[4:6]), atoi(c[2:4])) && c[10] >= '0' && c[10] <= '2' && (c[11] == '8' || c[11] == '9') && luhnDigits(c)
}

// beNRN: the Belgian national register number, YYMMDD (a bis number, for
// those not in the register, adds 20 or 40 to the month), a sequence of
// 001 to 998 (odd for men) and two check digits: 97 minus the nine digits
// mod 97, or, for those born since 2000, minus 2 and the nine digits mod
// 97. Dates unknown to the register (month 00) are not recognised, and
// bis numbers only as they are written (bis): bare, they would triple the
// eleven-digit runs that pass by chance.
func beNRN(c []byte, bis bool) bool {
	month := atoi(c[2:4])
	switch {
	case bis && month > 40:
		month -= 40
	case bis && month > 20:
		month -= 20
	}
	seq := atoi(c[6:9])
	if !validDayMonth(atoi(c[4:6]), month) || seq < 1 || seq > 998 {
		return false
	}
	n, check := atoi(c[:9]), atoi(c[9:11])
	return check == 97-n%97 || check == 97-(2_000_000_000+n)%97
}

// beNRNWritten reports the way the number is printed on a Belgian identity
// card: YY.MM.DD-SSS.CC.
func beNRNWritten(s string) bool {
	return len(s) == 15 && s[2] == '.' && s[5] == '.' && s[8] == '-' && s[12] == '.'
}
