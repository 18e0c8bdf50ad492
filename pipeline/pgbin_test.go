package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// standIn writes a program that prints what a PostgreSQL client tool of
// the given version prints for --version (script: its whole body instead).
func standIn(t *testing.T, dir, name, version string) string {
	t.Helper()
	require.NoError(t, os.MkdirAll(dir, 0o755))
	p := filepath.Join(dir, name)
	body := fmt.Sprintf("#!/bin/sh\necho '%s (PostgreSQL) %s'\n", name, version)
	if strings.HasPrefix(version, "#!") {
		body = version
	}
	require.NoError(t, os.WriteFile(p, []byte(body), 0o755))
	return p
}

// toolTree lays out stand-ins: a --pg-bin directory, two PATH
// directories and three versioned roots, each with pg_dump and pg_restore.
type toolTree struct {
	dir, pathA, pathB string
	root              string // the roots' glob
}

func newToolTree(t *testing.T) toolTree {
	base := t.TempDir()
	tt := toolTree{dir: filepath.Join(base, "pgbin"), pathA: filepath.Join(base, "a"), pathB: filepath.Join(base, "b"), root: filepath.Join(base, "lib", "postgresql", "*", "bin")}
	for dir, v := range map[string]string{tt.dir: "13.4", tt.pathA: "15.2", tt.pathB: "17.1 (Debian 17.1-1.pgdg120+1)"} {
		standIn(t, dir, "pg_dump", v)
		standIn(t, dir, "pg_restore", v)
	}
	for _, v := range []string{"12", "18", "16"} {
		d := filepath.Join(base, "lib", "postgresql", v, "bin")
		standIn(t, d, "pg_dump", v+".3")
		standIn(t, d, "pg_restore", v+".3")
	}
	return tt
}

func (tt toolTree) search() PgToolSearch {
	return PgToolSearch{Dir: tt.dir, Path: tt.pathA + string(os.PathListSeparator) + tt.pathB, Roots: []string{tt.root}}
}

// TestFindPgToolsOrder: --pg-bin, then PATH in order, then the roots,
// highest first; the first pg_dump of at least the server's major version
// wins, with the pg_restore beside it.
func TestFindPgToolsOrder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	tt := newToolTree(t)
	var warnings []string
	warn := func(msg string, args ...any) { warnings = append(warnings, fmt.Sprint(append([]any{msg}, args...)...)) }

	// 13: --pg-bin fits, though PATH and the roots have newer ones.
	got, err := findPgTools(ctx, tt.search(), 130002, warn)
	require.NoError(t, err)
	require.Equal(t, pgTools{pgDump: filepath.Join(tt.dir, "pg_dump"), pgRestore: filepath.Join(tt.dir, "pg_restore"), version: "13.4"}, got)
	require.Empty(t, warnings)

	// 17: --pg-bin and the first PATH directory are too old; the second
	// PATH directory comes before the roots' 18.
	got, err = findPgTools(ctx, tt.search(), 170002, warn)
	require.NoError(t, err)
	require.Equal(t, pgTools{pgDump: filepath.Join(tt.pathB, "pg_dump"), pgRestore: filepath.Join(tt.pathB, "pg_restore"), version: "17.1"}, got)
	require.Len(t, warnings, 1)
	require.Contains(t, warnings[0], filepath.Join(tt.dir, "pg_dump")+" is 13.4")

	// 18: only a root has it.
	got, err = findPgTools(ctx, tt.search(), 180001, warn)
	require.NoError(t, err)
	require.Equal(t, filepath.Join(filepath.Dir(filepath.Dir(tt.root)), "18", "bin", "pg_dump"), got.pgDump)
	require.Equal(t, "18.3", got.version)

	// 16: PATH's 17 comes first, although a root has exactly 16.
	got, err = findPgTools(ctx, PgToolSearch{Path: tt.pathA + ":" + tt.pathB, Roots: []string{tt.root}}, 160000, warn)
	require.NoError(t, err)
	require.Equal(t, filepath.Join(tt.pathB, "pg_dump"), got.pgDump)

	// Without PATH, the roots highest first: 18 before 16.
	got, err = findPgTools(ctx, PgToolSearch{Path: "/nonexistent", Roots: []string{tt.root}}, 160000, warn)
	require.NoError(t, err)
	require.Equal(t, "18.3", got.version)
}

// TestFindPgToolsNoneFits: a server newer than every pg_dump is refused,
// naming the server's version, every pg_dump looked at, and the package
// to install.
func TestFindPgToolsNoneFits(t *testing.T) {
	t.Parallel()
	tt := newToolTree(t)
	broken := filepath.Join(t.TempDir(), "broken")
	standIn(t, broken, "pg_dump", "#!/bin/sh\necho 'pg_dump: error: libpq.so.5: cannot open shared object file' >&2\nexit 1\n")
	s := tt.search()
	s.Path = broken + ":" + s.Path
	_, err := findPgTools(context.Background(), s, 190002, func(string, ...any) {})
	var pe *PgDumpError
	require.ErrorAs(t, err, &pe)
	var tried []string
	for _, c := range pe.Tried {
		tried = append(tried, c.Path)
	}
	lib := filepath.Dir(filepath.Dir(tt.root))
	require.Equal(t, []string{filepath.Join(tt.dir, "pg_dump"), filepath.Join(broken, "pg_dump"), filepath.Join(tt.pathA, "pg_dump"), filepath.Join(tt.pathB, "pg_dump"),
		filepath.Join(lib, "18", "bin", "pg_dump"), filepath.Join(lib, "16", "bin", "pg_dump"), filepath.Join(lib, "12", "bin", "pg_dump")}, tried)
	msg := err.Error()
	require.Contains(t, msg, "the source server is PostgreSQL 19.2, and pg_dump must be version 19 or later")
	require.Contains(t, msg, filepath.Join(tt.pathA, "pg_dump")+" is 15.2")
	require.Contains(t, msg, filepath.Join(broken, "pg_dump")+" (--version: exit status 1: pg_dump: error: libpq.so.5: cannot open shared object file)")
	require.Contains(t, msg, "apt-get install postgresql-client-19")
	require.Contains(t, msg, "dnf install postgresql19")
	require.Contains(t, msg, "--pg-bin or UNDERSTUDY_PG_BIN")

	_, err = findPgTools(context.Background(), PgToolSearch{Path: "/nonexistent", Roots: []string{filepath.Join(t.TempDir(), "*")}}, 170000, nil)
	require.ErrorAs(t, err, &pe)
	require.Contains(t, err.Error(), "(none was found)")
}

// TestFindPgToolsDir: a --pg-bin without pg_dump is a mistake, named as
// such; so is a pg_dump without the pg_restore of its version beside it
// (another one may not read its archives).
func TestFindPgToolsDir(t *testing.T) {
	t.Parallel()
	tt := newToolTree(t)
	s := tt.search()
	s.Dir = filepath.Join(t.TempDir(), "typo")
	_, err := findPgTools(context.Background(), s, 130000, nil)
	var pe *PgDumpError
	require.ErrorAs(t, err, &pe)
	require.Equal(t, s.Dir, pe.Dir)
	require.Contains(t, err.Error(), "holds no pg_dump")

	lone := filepath.Join(t.TempDir(), "lone")
	standIn(t, lone, "pg_dump", "17.4")
	_, err = findPgTools(context.Background(), PgToolSearch{Dir: lone, Path: tt.pathA, Roots: []string{tt.root}}, 170000, nil)
	require.ErrorContains(t, err, "no pg_restore beside "+filepath.Join(lone, "pg_dump"))
	require.ErrorContains(t, err, "postgresql-client")
}

// TestPgVersions: before PostgreSQL 10 a major version had two parts.
func TestPgVersions(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, c := range []struct {
		server  int
		pgDump  string
		fits    bool
		display string
	}{
		{90624, "9.5.25", false, "9.6"},
		{90624, "9.6.24", true, "9.6"},
		{90624, "10.23", true, "9.6"},
		{170002, "17beta1", true, "17"},
		{170002, "16.6", false, "17"},
	} {
		d := filepath.Join(dir, c.pgDump)
		standIn(t, d, "pg_dump", c.pgDump)
		standIn(t, d, "pg_restore", c.pgDump)
		_, err := findPgTools(context.Background(), PgToolSearch{Path: d, Roots: []string{}}, c.server, func(string, ...any) {})
		require.Equal(t, c.fits, err == nil, "%s for %d: %v", c.pgDump, c.server, err)
		if !c.fits {
			var pe *PgDumpError
			require.True(t, errors.As(err, &pe))
			require.Contains(t, err.Error(), "postgresql-client-"+c.display)
		}
	}
}
