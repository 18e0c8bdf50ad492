//go:build ignore

// names_gen.go writes the name lists under names/ that IsGivenName,
// IsSurname and IsPersonName embed. See names/README.md for the sources
// and how to run it:
//
//	go run names_gen.go -npm /path/to/npm-names.json
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7/data"
)

func main() {
	npmPath := flag.String("npm", "", "the JSON written by names/source/dump-npm.mjs")
	flag.Parse()
	if *npmPath == "" {
		fmt.Fprintln(os.Stderr, "names_gen: -npm is required (the output of names/source/dump-npm.mjs)")
		os.Exit(2)
	}
	raw, err := os.ReadFile(*npmPath)
	check(err)
	var npm struct{ Given, Surnames []string }
	check(json.Unmarshal(raw, &npm))

	given, surnames := set{}, set{}
	given.addNames(npm.Given)
	surnames.addNames(npm.Surnames)
	given.addNames(data.Person["first"])
	given.addNames(data.Person["middle"])
	surnames.addNames(data.Person["last"])
	given.addNames(readList("names/source/given_extra.txt"))
	surnames.addNames(readList("names/source/surnames_extra.txt"))
	for w := range (set{}).from(readList("names/source/not_names.txt")) {
		delete(given, w)
		delete(surnames, w)
	}

	// Ordinary words: gofakeit's vocabulary of things that are not people,
	// and the words we add by hand. A name that is also one of these is
	// "common": IsPersonName does not believe a value made only of them.
	vocab := set{}
	for _, m := range []map[string][]string{data.Word, data.Product, data.Job, data.Hacker, data.Lorem} {
		for _, list := range m {
			vocab.addWords(list)
		}
	}
	// Only the parts of these that name things, not people's dishes, beers
	// or firms.
	for _, list := range [][]string{data.Company["buzzwords"], data.Company["bs"], data.Company["suffix"],
		data.Animal["animal"], data.Animal["type"], data.Animal["farm"], data.Animal["bird"], data.Food["fruit"], data.Food["vegetable"], data.Beer["hop"], data.Beer["malt"], data.Beer["style"],
		data.Books["genre"], data.Movies["genre"]} {
		vocab.addWords(list)
	}
	for _, c := range data.Colors["full"] {
		if strings.IndexFunc(c[1:], unicode.IsUpper) < 0 {
			vocab[strings.ToLower(c)] = true // Brown, not AliceBlue
		}
	}
	vocab.addWords(data.Address["street_prefix"])
	vocab.addWords(data.Address["street_suffix"])
	for _, k := range []string{"state", "country"} {
		for _, place := range data.Address[k] {
			if !strings.ContainsAny(place, " -") {
				vocab[strings.ToLower(place)] = true // Georgia, not Saint Vincent and the Grenadines
			}
		}
	}
	vocab.addWords(readList("names/source/common_extra.txt"))
	common := set{}
	for w := range vocab {
		if given[w] || surnames[w] {
			common[w] = true
		}
	}

	write("names/given.txt", "given names", given)
	write("names/surnames.txt", "surnames", surnames)
	write("names/common.txt", "names that are also ordinary words (product, company, place and dictionary words)", common)
}

type set map[string]bool

func (s set) from(list []string) set {
	for _, w := range list {
		s[w] = true
	}
	return s
}

// addNames adds each word of each name: names are split at spaces and
// hyphens, lower-cased; words in scripts written without spaces (Han,
// kana, Hangul, Thai) and words with digits are left out.
func (s set) addNames(list []string) {
	for _, name := range list {
		for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
			w = strings.ToLower(strings.Trim(w, ".,"))
			if len([]rune(w)) < 2 || !nameWord(w) {
				continue
			}
			s[w] = true
		}
	}
}

// addWords adds the words of phrases and CamelCase color names.
func (s set) addWords(list []string) {
	for _, phrase := range list {
		var b strings.Builder
		flush := func() {
			if b.Len() > 1 {
				s[strings.ToLower(b.String())] = true
			}
			b.Reset()
		}
		for _, r := range phrase {
			switch {
			case unicode.IsUpper(r) && b.Len() > 0 && !unicode.IsUpper(lastRune(b.String())):
				flush()
				b.WriteRune(r)
			case unicode.IsLetter(r) || r == '\'':
				b.WriteRune(r)
			default:
				flush()
			}
		}
		flush()
	}
}

func lastRune(s string) rune {
	r := []rune(s)
	return r[len(r)-1]
}

func nameWord(w string) bool {
	for _, r := range w {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai):
			return false
		case unicode.IsLetter(r), unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 0x200c:
		default:
			return false
		}
	}
	return true
}

func readList(path string) []string {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	check(sc.Err())
	return out
}

func write(path, what string, s set) {
	words := make([]string, 0, len(s))
	for w := range s {
		words = append(words, w)
	}
	sort.Strings(words)
	var b strings.Builder
	fmt.Fprintf(&b, "# %s, one a line, lower case. Generated by names_gen.go: do not edit; see README.md.\n", what)
	for _, w := range words {
		b.WriteString(w)
		b.WriteByte('\n')
	}
	check(os.WriteFile(path, []byte(b.String()), 0o644))
	fmt.Printf("%s: %d words\n", path, len(words))
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "names_gen:", err)
		os.Exit(1)
	}
}
