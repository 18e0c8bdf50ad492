// Package golden compares what a test produced with a file checked in under
// testdata, for everything a user reads: reports, plans, diagnostics.
//
// Every test binary that imports it gets one -update flag, which makes
// [Check] rewrite the files instead of comparing:
//
//	go test ./internal/report -run TestVerifyGolden -update
//	git diff internal/report/testdata
package golden

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files with what the tests produce instead of comparing")

// Check compares got with the file at path (relative to the test's package
// directory, as tests run there) and fails the test with a line diff
// (-want +got) when they differ, going on so that every golden file of a
// run is reported. With -update it writes got to path instead, creating
// the directory.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatalf("golden: %v", err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatalf("golden: %v", err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("golden file %s does not exist; %s creates it", path, rerun(t))
	}
	if err != nil {
		t.Fatalf("golden: %v", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got); if the change is intended, %s rewrites it:\n%s", path, rerun(t), diff)
	}
}

// rerun is the command that rewrites the golden files of t's top-level
// test, run from the module root.
func rerun(t testing.TB) string {
	test, _, _ := strings.Cut(t.Name(), "/")
	return "go test " + packagePattern() + " -run '^" + test + "$' -update"
}

// packagePattern names the test's package (the working directory of a
// test) relative to the module root: "./internal/report", or "./..." when
// there is no go.mod above it.
func packagePattern() string {
	wd, err := os.Getwd()
	if err != nil {
		return "./..."
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			rel, err := filepath.Rel(dir, wd)
			if err != nil {
				return "./..."
			}
			return "./" + filepath.ToSlash(rel)
		}
		if filepath.Dir(dir) == dir {
			return "./..."
		}
	}
}
