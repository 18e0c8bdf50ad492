package classify

import (
	"os"
	"path/filepath"
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
		"$scrypt$ln=16,r=8,p=1$a$b", "pbkdf2:sha256:1000$ab$cd"}
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
