package detect

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Operating systems name a device after its owner by default: "Ann's
// iPhone", "Ann’s MacBook Pro", "Galaxy de Ana", "iPhone von Jonas". The
// given name is a person's, alone as it is: these find it.

// deviceWords are the first words of the default names of phones,
// tablets and computers, lower case.
var deviceWords = newFoldSet("iphone", "ipad", "ipod", "macbook", "imac", "mac", "pixel", "galaxy", "phone", "smartphone",
	"laptop", "pc", "computer", "desktop", "tablet", "watch", "kindle", "surface", "thinkpad", "chromebook", "notebook",
	"handy", "android", "ordinateur", "portable", "móvil", "movil", "celular", "telefono", "teléfono")

// ownerLinks are the words that put the owner after the device ("iPhone
// von Jonas", "iPhone de Ana", "iPhone di Marco").
var ownerLinks = newFoldSet("von", "de", "di", "van", "da", "do")

// possessiveOwner reports a listed given name at s[start:p] followed by a
// possessive 's (ending at end) and a device word: "Ann's iPhone".
func possessiveOwner(s string, start, p, end int) bool {
	return p < end && deviceAt(s, end) && givenAlone(s[start:p])
}

// linkedOwner reports a listed given name at s[start:end] after a device
// word and a link word: "iPhone von Jonas".
func linkedOwner(s string, start, end int) bool {
	if start < 2 || s[start-1] != ' ' {
		return false
	}
	link := lastWord(s[:start-1])
	if !ownerLinks.has(link) {
		return false
	}
	before := strings.TrimSuffix(s[:start-1-len(link)], " ")
	return deviceWords.has(lastWord(before)) && givenAlone(s[start:end])
}

// givenAlone reports a capitalised listed given name that is not also an
// ordinary word (Will, Rose).
func givenAlone(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	f := lookupName(w)
	return f&nameGiven != 0 && f&nameCommon == 0
}

// deviceAt reports a space and a device word at s[i:].
func deviceAt(s string, i int) bool {
	if i >= len(s) || s[i] != ' ' {
		return false
	}
	j := i + 1
	for j < len(s) && !isNameBreak(s[j]) && s[j] != '.' && s[j] != '-' {
		j++
	}
	return deviceWords.has(s[i+1 : j])
}

// lastWord is the word at the end of s, after its last space.
func lastWord(s string) string {
	return s[strings.LastIndexByte(s, ' ')+1:]
}

// hasDeviceOwner reports a device named after its owner anywhere in text.
func hasDeviceOwner(text string) bool {
	found := false
	for _, suffix := range [...]string{"'s ", "’s "} {
		eachIndex(text, suffix, func(p int) int {
			start := p
			for start > 0 && !isNameBreak(text[start-1]) {
				start--
			}
			if found = possessiveOwner(text, start, p, p+len(suffix)-1); found {
				return len(text)
			}
			return p + len(suffix)
		})
		if found {
			return true
		}
	}
	for _, link := range ownerLinks.words {
		eachIndex(text, " "+link+" ", func(at int) int {
			start := at + len(link) + 2
			end := start
			for end < len(text) && !isNameBreak(text[end]) && text[end] != '.' {
				end++
			}
			if found = end > start && linkedOwner(text, start, end); found {
				return len(text)
			}
			return start
		})
		if found {
			return true
		}
	}
	return false
}
