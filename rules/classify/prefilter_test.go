package classify

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// testSecrets are every secret the detector tests use.
func testSecrets() []string {
	return []string{testJWT, testAWS, testStripe, testGitHub, testSlack, testGoogle, testBcrypt, testArgon2, testPEM, testOpenSSH,
		testSHA512, testPgMD5, testScram, testDjango, testWerkzeug, testScrypt, testPasslibPB, testLiveToken,
		"postgres://app:s3cret@db:5432/x", "https://a.io/x?token=abc", "a://u:p@h", `{"url":"x:\/\/app:s3cret@db"}`, `"A:/\/0:0@"`,
		"-----BEGIN EC PRIVATE KEY-----\nab\n-----END EC PRIVATE KEY-----", "xoxp-" + "1234567890",
		"SG." + strings.Repeat("a1B2", 5) + "c3" + "." + strings.Repeat("x9Y8", 10) + "zz1",
		"$scrypt$ln=16,r=8,p=1$a$b", "pbkdf2:sha256:1000$ab$cd",
		"Bearer 7IMPyvwIYD5Lp7Lc7DhaaJ2f15lqCYt6eNj52sHx", "bearer 0hOpebM21CZY3lH3KOyCKLhLKZggd8SM",
		"bd848213e7c04aee2a51770a25a31b97-us21", "117249-686477-655798-103587-753599-327448-460867-224950",
		"PGPASSWORD=s3cr3t-pw", "password=hunter22", "Server=x;Password=Radweg!D2Q;", "Pwd=abc!123", "apikey=live-77", "clientSecret=Zm9vYmFy",
		"access_token=abcdef1", "SIGNING_KEY=0aZ!x9q", "{SSHA}rHlXWv4W0R9FHAgMQfkngjaUajLhKKIQ", "{CRYPT}aB3./xYz9Qw1E",
		// Vendor tokens shorter than a bare key with no _ in them: the
		// prefilter passes them by their prefixes.
		"glpat-" + strings.Repeat("x9Y8", 5), "glptt-" + strings.Repeat("x9Y8", 10), "gldt-" + strings.Repeat("x9Y8", 5),
		"glrt-" + strings.Repeat("x9Y8", 5), "glcbt-" + strings.Repeat("x9Y8", 5), "glft-" + strings.Repeat("x9Y8", 5),
		"glimt-" + strings.Repeat("x9Y8", 5), "sq0atp-" + strings.Repeat("x9Y8", 5) + "Zz", "dapi" + strings.Repeat("0a1b", 8),
		"GOCSPX-" + strings.Repeat("x9Y8", 7), "hvs." + strings.Repeat("x9Y8", 6), "hvb." + strings.Repeat("x9Y8", 6),
		"NRAK-" + strings.Repeat("X9Y", 9)}
}

// TestMayHoldSecretKeepsEverySecret: the prefilter passes every value a
// secret detector finds something in, alone, inside prose and inside a
// json document.
func TestMayHoldSecretKeepsEverySecret(t *testing.T) {
	for _, s := range testSecrets() {
		require.True(t, len(detectSecrets(s)) > 0 || len(DetectJSON([]byte(s))) > 0, "%q is no test secret", s)
		for _, v := range []string{s, "see " + s + " here"} {
			if len(detectSecrets(v)) > 0 {
				require.True(t, MayHoldSecret(v), "%q", v)
				require.True(t, MayHoldSecret([]byte(v)), "%q", v)
			}
		}
		for _, doc := range []string{s, `{"k":"` + s + `"}`, `{"k":"` + strings.ReplaceAll(s, "/", `\/`) + `"}`} {
			if hasSecret(DetectJSON([]byte(doc))) {
				require.True(t, MayHoldSecretJSON([]byte(doc)), "%q", doc)
			}
		}
	}
}

// hasSecret reports a value detector's secret among ds.
func hasSecret(ds []Detection) bool {
	for _, d := range ds {
		if d.Category == Secret && d.Detector != DetectorSecretName {
			return true
		}
	}
	return false
}

// TestMayHoldSecretRulesOutProse measures the prefilter on the non-PII
// corpus: sentences, names and labels are ruled out; a value it passes
// goes through the detectors, which is correct, only slower.
func TestMayHoldSecretRulesOutProse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "detect", "testdata", "nonpii", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	passed, total := map[string]int{}, map[string]int{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		name := filepath.Base(f)
		for _, line := range strings.Split(string(data), "\n") {
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "# ") {
				continue
			}
			total[name]++
			if MayHoldSecret(line) {
				passed[name]++
			}
			if len(detectSecrets(line)) > 0 {
				require.True(t, MayHoldSecret(line), "%s: %q", name, line)
			}
		}
	}
	for _, name := range []string{"prose.txt", "sentences.txt", "lorem.txt", "companies.txt", "job_titles.txt", "cities.txt"} {
		require.NotZero(t, total[name], name)
		require.Less(t, float64(passed[name]), 0.05*float64(total[name]), "%s: %d of %d values pass the prefilter", name, passed[name], total[name])
	}
}

// TestMayHoldSecretRulesOutCommonShapes: the values that fill production
// tables and are no secret (digests, UUIDs, emails, timestamps, slugs) are
// ruled out in one pass, and the detectors agree they hold none.
func TestMayHoldSecretRulesOutCommonShapes(t *testing.T) {
	var values []string
	for i := range 50 {
		sum := sha256.Sum256([]byte(strconv.Itoa(i)))
		values = append(values, hex.EncodeToString(sum[:]), hex.EncodeToString(sum[:16]), strings.ToUpper(hex.EncodeToString(sum[:20])),
			fmt.Sprintf("%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16]))
	}
	values = append(values, "ann.smith+newsletter@example.com", "2024-03-01T10:15:30.123456+00:00", "+1 (415) 555-2671",
		"order-2024-000123-shipped", "GB82WEST12345698765432", "/var/lib/postgresql/15/main",
		"product-slug-for-the-page-2024", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36")
	for _, v := range values {
		require.False(t, MayHoldSecret(v), "%q", v)
		require.Empty(t, detectSecrets(v), "%q", v)
	}
}

// FuzzMayHoldSecret checks that the prefilter never rules out what a
// secret detector finds.
func FuzzMayHoldSecret(f *testing.F) {
	for _, s := range testSecrets() {
		f.Add(s)
		f.Add(s[:len(s)/2] + " " + s[len(s)/2:])
	}
	f.Fuzz(func(t *testing.T, s string) {
		if ds := detectSecrets(s); len(ds) > 0 && (!MayHoldSecret(s) || !MayHoldSecret([]byte(s))) {
			t.Fatalf("%q: %s found, but the prefilter rules it out", s, ds[0].Detector)
		}
		if hasSecret(DetectJSON([]byte(s))) && !MayHoldSecretJSON([]byte(s)) {
			t.Fatalf("json %q: a secret found, but the prefilter rules it out", s)
		}
	})
}
