package detect

import (
	"strings"
	"sync"

	"github.com/brianvoe/gofakeit/v7/data"
)

// minLoginSurname is the least length of the surname in a login spelled
// from a name: shorter surnames (Li, Ng, Wu, Kim, Lee) spell too many
// words with one letter before them.
const minLoginSurname = 4

// maxLoginDigits bounds the digits after a login's letters (jsmith2,
// akumar07): the second Ann Smith to join, a year.
const maxLoginDigits = 3

// IsNameLogin reports whether s (spaces trimmed) is a login spelled from
// a person's name the way directories spell them: the first letter of the
// given name and the surname run together ("jsmith", "ctran", "yokafor"),
// or the given name and the surname run together ("annasmith"), in lower
// case, with up to three digits after it for the second person of the
// same name ("jokafor2"). Logins with a separator ("ann.smith",
// "ann_smith") are HasNameInToken's.
//
// A login of one word carries no case or punctuation to weigh, so it
// asks more of the words than HasNameInToken: the surname must be listed,
// of minLoginSurname letters or more and not an ordinary word too (so
// "shall" is not s. Hall nor "along" a. Long), the given name (when
// spelled out) listed, of three letters or more and not an ordinary word,
// and the whole token must not itself be a listed name or an ordinary
// word ("scott", "state": the words of gofakeit's English vocabulary).
// Words outside it that happen to be a letter and a surname are still
// possible: a column is decided by many distinct values, not by one.
func IsNameLogin(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 1+minLoginSurname || len(s) > 2*maxNameKey {
		return false
	}
	letters := len(s)
	for letters > 0 && isDigit(s[letters-1]) {
		letters--
	}
	if len(s)-letters > maxLoginDigits || letters < 1+minLoginSurname {
		return false
	}
	w := s[:letters]
	for i := 0; i < len(w); i++ {
		if !isLower(w[i]) {
			return false
		}
	}
	if lookupName(w) != 0 || ordinaryWords()[w] {
		return false // a name or a word by itself: scott, state, ghana
	}
	if loginSurname(w[1:]) {
		return true // jsmith
	}
	for k := 3; k <= len(w)-minLoginSurname; k++ {
		if f := lookupName(w[:k]); f&nameGiven != 0 && f&nameCommon == 0 && loginSurname(w[k:]) {
			return true // annasmith
		}
	}
	return false
}

// loginSurname reports a listed surname of minLoginSurname letters or
// more that is not an ordinary word.
func loginSurname(w string) bool {
	if len(w) < minLoginSurname {
		return false
	}
	f := lookupName(w)
	return f&nameSurname != 0 && f&nameCommon == 0
}

// ordinaryWords are the lower-case words of gofakeit's English
// vocabulary and place names (its parts of speech, lorem, hacker, job,
// product and company phrases, addresses, countries and languages,
// animals, food, cars, computers, currencies, file types): words a login
// of one word is not, however it splits.
var ordinaryWords = sync.OnceValue(func() map[string]bool {
	words := make(map[string]bool, 12000)
	add := func(list []string) {
		for _, phrase := range list {
			for _, w := range strings.Fields(strings.ToLower(phrase)) {
				words[strings.Trim(w, ".,;:!?'\"()")] = true
			}
		}
	}
	for _, m := range []map[string][]string{data.Word, data.Lorem, data.Hacker, data.Job, data.Product, data.Company,
		data.Address, data.Languages, data.Animal, data.Food, data.Beer, data.Car, data.Computer, data.Currency, data.Files} {
		for _, list := range m {
			add(list)
		}
	}
	for _, w := range webWords {
		words[w] = true
	}
	return words
})

// webWords are words of HTML and HTTP that run two words together, which
// gofakeit's vocabulary lacks: a link's rel values and a robots
// directive's ("noreferrer" is no Nore Ferrer), cache directives.
var webWords = []string{
	"noreferrer", "noopener", "nofollow", "noindex", "nosnippet", "noarchive", "noimageindex", "notranslate",
	"nocache", "nostore", "notransform", "nosniff", "sameorigin", "stylesheet", "preconnect", "prefetch", "preload",
	"dnsprefetch", "modulepreload", "pingback", "alternate", "bookmark",
}
