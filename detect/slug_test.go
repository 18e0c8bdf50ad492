package detect

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
)

// tokenize spells a value as one token, its words (runs of letters,
// digits and apostrophes) joined by sep.
func tokenize(s, sep string) string {
	var words []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			words = append(words, w.String())
			w.Reset()
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			w.WriteRune(r)
		} else {
			flush()
		}
	}
	flush()
	return strings.Join(words, sep)
}

// slugify spells a value as a URL slug: lower case, words joined by hyphens.
func slugify(s string) string { return tokenize(strings.ToLower(s), "-") }

func TestHasNameInToken(t *testing.T) {
	for _, s := range []string{
		// URL slugs of workspaces, pages and profiles.
		"amelia-smith", "amelia-smith's-workspace-3", "amelia-smiths-workspace", "team-kwame-mensah",
		"priya-sharma-42", "oliver-muller", " jonas-schmidt ", "sofía-garcía's-workspace-9", "joão-silva",
		// File names as uploads keep them: HR documents, CVs, scans.
		"CV_Amelia_Smith.pdf", "Amelia_Smith_CV.pdf", "resume-priya-sharma.docx", "passport_scan_KWAME_MENSAH.jpg",
		"Amelia_Smith_Resume_2024.pdf", "contract_2024_SMITH_Amelia_signed.pdf", "Sean_O'Brien_offer.pdf", "Amelia-Smith",
		// Paths and handles.
		"hr/applicants/2024/amelia-smith/cv.pdf", "uploads/Priya_Sharma/photo.png", "amelia.smith",
		// Under a user's UUID folder, as object stores keep uploads.
		"b68c8ce5-8f11-c48b-d3c9-4d64f406be0d/1718765849-mri-report-lucia-fernandez.pdf", "amelia_smith", "Amelia.Smith", "AMELIA_SMITH",
		// A file's name may put the surname first, as offices file a
		// person's documents.
		"smith_amelia.pdf", "Smith_Amelia.pdf", "Rechnung_Virtanen_Youssef.pdf", "ID_silva_ingrid.jpg",
	} {
		require.True(t, HasNameInToken(s), "HasNameInToken(%q)", s)
	}
	for _, s := range []string{
		"", "amelia", "smith", "Amelia", "acorn-labs-4", "rose-gold", "lincoln-park", "san-diego", "premium-plan",
		"amelia smith", "Amelia Smith", "-amelia-", "2024-01-31", "meridian-design-12", "summer-sale", "order-1234",
		// File names and paths with no one in them.
		"INV_2024_00012.pdf", "image_1920", "web.assets_frontend.min.css", "Summer_Sale_Banner.png", "RoseGold.jpg",
		"Lincoln_Park_map.pdf", "app/models/user.rb", "node_modules/lodash/lodash.min.js", "IMG_20240131_101500.jpg",
		"Q3_Board_Report_FINAL_v2.pptx", "HunterGreen_swatch.png",
		// Other punctuation: left to the URL, email and query detectors.
		"https://example.com/amelia-smith", "amelia.smith@example.com", "?user=amelia-smith", "amelia+smith",
		// Left out on purpose: words in mixed case, a surname first in the
		// same case as the given name (code reads Read_Trace, Blank_Line
		// so), words of two letters (code's To, Go; Li and Wu with them).
		// Names run together in camelCase, as code runs words (traceBlock,
		// maxVal): a person's handle AmeliaSmith is missed with them.
		"aMELIA_sMITH.pdf", "smith_amelia", "Smith-Amelia", "wei-li", "Read_Trace", "AmeliaSmith", "CVAmeliaSmith.pdf",
		// Nor in a file's name, where the surname is also a given name
		// (a source file's words are read so too).
		"read_trace.py", "Blank_Line.rb", "kim_minji.jpg", "Grace_Hall.png", "lee_ann.txt",
		"traceBlock", "maxVal",
		// Time zones: a name is not read across a slash, nor before a place.
		"America/Santiago", "Asia/Colombo", "America/Lima", "America/Los_Angeles", "America/New_York", "America/Sao_Paulo",
	} {
		require.False(t, HasNameInToken(s), "HasNameInToken(%q)", s)
	}
}

// TestNameInTokenCorpus spells the corpus in the ways slugs, file names
// and handles do, and measures the detector on each.
func TestNameInTokenCorpus(t *testing.T) {
	spellings := []struct {
		name  string
		spell func(string) string
	}{
		{"slug", slugify},
		{"snake_case", func(s string) string { return tokenize(s, "_") }},
		{"dotted", func(s string) string { return tokenize(strings.ToLower(s), ".") }},
		{"file name", func(s string) string { return "scan_" + tokenize(s, "_") + ".pdf" }},
	}
	for _, sp := range spellings {
		t.Run(sp.name, func(t *testing.T) {
			var names, other []string
			for _, v := range corpus(t, "pii/person_names.txt") {
				if s := sp.spell(v); len(strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })) >= 2 {
					names = append(names, s)
				}
			}
			for _, v := range corpus(t, "nonpii/*.txt") {
				other = append(other, sp.spell(v))
			}
			// A token loses the case and punctuation IsPersonName weighs:
			// it finds fewer names, and must stay as sure of the ones it
			// finds.
			requireRecall(t, "HasNameInToken "+sp.name, HasNameInToken, names, 0.60)
			requireFalsePositives(t, "HasNameInToken "+sp.name, HasNameInToken, other, 0.01)
		})
	}
	// As stored: file paths, URLs, time zones (a name does not span the
	// slash of America/Santiago), versions and codes.
	requireFalsePositives(t, "HasNameInToken as stored", HasNameInToken, corpus(t, "nonpii/*.txt"), 0.002)
}

func TestHasPersonNamePossessive(t *testing.T) {
	for _, s := range []string{"Amelia Smith's workspace", "Kwame Mensah’s team", "Notes from Ann Smith's visit"} {
		require.True(t, HasPersonName(s), s)
	}
	for _, s := range []string{"Lincoln Park's lake", "Rose Gold's shine", "Smith's workspace"} {
		require.False(t, HasPersonName(s), s)
	}
}

func TestIsFileName(t *testing.T) {
	for s, want := range map[string]bool{
		"Passport Zofia Kowalski.jpg": true, "CV_Ann_Lee.pdf": true, "report.docx": true, "a.tar.gz": true,
		"Smith.": false, "version 1.2": false, ".bashrc": false, "two\nlines.pdf": false, "example.org/x": false,
	} {
		require.Equal(t, want, IsFileName(s), "%q", s)
	}
}
