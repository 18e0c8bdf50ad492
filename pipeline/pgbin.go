package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// PgToolSearch says where a run looks for pg_dump, and pg_restore beside it: Dir,
// then each directory of Path, then the directories Roots match, highest
// version first. The first pg_dump whose major version is at least the
// source server's is used; an older pg_dump cannot dump the newer server's
// schema faithfully.
type PgToolSearch struct {
	// Dir is searched first (--pg-bin, UNDERSTUDY_PG_BIN). A Dir without a
	// pg_dump is a mistake, reported as one; one whose pg_dump is too old
	// is passed over, with a warning.
	Dir string
	// Path is a search path as $PATH writes it (default: $PATH).
	Path string
	// Roots are glob patterns of PostgreSQL bin directories (default
	// DefaultPgRoots).
	Roots []string
}

// DefaultPgRoots are where distributions install PostgreSQL's programs,
// one directory per major version: Debian and Ubuntu, then the PGDG
// packages of RHEL and Fedora.
var DefaultPgRoots = []string{"/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin"}

// pgTools are the client programs a schema: copy run uses: pg_dump dumps
// the schema as an archive, from which the pg_restore of the same version
// writes each section's script.
type pgTools struct {
	pgDump, pgRestore string
	version           string // pg_dump's, as it reports it: "17.2"
}

// PgDumpCandidate is one pg_dump the search looked at.
type PgDumpCandidate struct {
	Path string
	// Version is what it reports ("15.18"); empty when it could not be run.
	Version string
	Err     string
}

func (c PgDumpCandidate) String() string {
	if c.Err != "" {
		return c.Path + " (" + c.Err + ")"
	}
	return c.Path + " is " + c.Version
}

// PgDumpError: no pg_dump fits the source server, or the directory given
// for one holds none. Nothing was touched on the target.
type PgDumpError struct {
	// Dir is set when the directory given (--pg-bin) holds no pg_dump.
	Dir string
	// ServerVersion is the source's server_version_num.
	ServerVersion int
	Tried         []PgDumpCandidate
}

func (e *PgDumpError) Error() string {
	if e.Dir != "" {
		return fmt.Sprintf("--pg-bin (or UNDERSTUDY_PG_BIN) %s holds no pg_dump: name the bin directory of the PostgreSQL client tools, such as /usr/lib/postgresql/%s/bin",
			e.Dir, majorString(e.ServerVersion))
	}
	major := majorString(e.ServerVersion)
	tried := "none was found"
	if len(e.Tried) > 0 {
		var s []string
		for _, c := range e.Tried {
			s = append(s, c.String())
		}
		tried = strings.Join(s, ", ")
	}
	return fmt.Sprintf("the source server is PostgreSQL %s, and pg_dump must be version %s or later to dump it (%s); "+
		"install the PostgreSQL %s client tools (Debian/Ubuntu: apt-get install postgresql-client-%s; RHEL/Fedora, from the PGDG repository: dnf install postgresql%s), "+
		"and point --pg-bin or UNDERSTUDY_PG_BIN at their bin directory if they are not on PATH",
		versionString(e.ServerVersion), major, tried, major, major, strings.ReplaceAll(major, ".", ""))
}

// findPgTools finds a pg_dump of at least the source server's major
// version (server_version_num), and the pg_restore beside it.
func findPgTools(ctx context.Context, s PgToolSearch, serverVersion int, warn func(msg string, args ...any)) (pgTools, error) {
	if s.Path == "" {
		s.Path = os.Getenv("PATH")
	}
	if s.Roots == nil {
		s.Roots = DefaultPgRoots
	}
	if warn == nil {
		warn = func(string, ...any) {}
	}
	want := serverMajor(serverVersion)
	var tried []PgDumpCandidate
	if s.Dir != "" {
		p := filepath.Join(s.Dir, "pg_dump")
		if !executable(p) {
			return pgTools{}, &PgDumpError{Dir: s.Dir, ServerVersion: serverVersion}
		}
		c, major := probe(ctx, p)
		if c.Err == "" && major >= want {
			return withPgRestore(pgTools{pgDump: p, version: c.Version})
		}
		tried = append(tried, c)
		warn("the pg_dump of --pg-bin cannot dump the source server; looking on PATH and in the PostgreSQL bin directories", "pg_dump", c.String(), "server", versionString(serverVersion))
	}
	for _, p := range s.pathCandidates("pg_dump") {
		c, major := probe(ctx, p)
		if c.Err == "" && major >= want {
			return withPgRestore(pgTools{pgDump: p, version: c.Version})
		}
		tried = append(tried, c)
	}
	// The roots' programs, highest version first.
	type found struct {
		c     PgDumpCandidate
		major int
	}
	var roots []found
	for _, p := range s.rootCandidates("pg_dump") {
		c, major := probe(ctx, p)
		roots = append(roots, found{c, major})
	}
	sort.SliceStable(roots, func(i, j int) bool { return roots[i].major > roots[j].major })
	for _, f := range roots {
		if f.c.Err == "" && f.major >= want {
			return withPgRestore(pgTools{pgDump: f.c.Path, version: f.c.Version})
		}
		tried = append(tried, f.c)
	}
	return pgTools{}, &PgDumpError{ServerVersion: serverVersion, Tried: tried}
}

// withPgRestore adds the pg_restore beside pg_dump: it reads the archives
// of its own version (an older one cannot read a newer pg_dump's).
func withPgRestore(t pgTools) (pgTools, error) {
	p := filepath.Join(filepath.Dir(t.pgDump), "pg_restore")
	if !executable(p) {
		return t, fmt.Errorf("schema: no pg_restore beside %s: install the PostgreSQL client tools whole (Debian/Ubuntu: postgresql-client), or point --pg-bin at a directory that holds both", t.pgDump)
	}
	t.pgRestore = p
	return t, nil
}

// pathCandidates lists name in each directory of the search path, once.
func (s PgToolSearch) pathCandidates(name string) []string {
	var out []string
	seen := map[string]bool{}
	for _, dir := range filepath.SplitList(s.Path) {
		if dir == "" || !filepath.IsAbs(dir) {
			continue // never the working directory
		}
		p := filepath.Join(dir, name)
		if !seen[p] && executable(p) {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

// rootCandidates lists name in each directory the roots match.
func (s PgToolSearch) rootCandidates(name string) []string {
	var out []string
	for _, pattern := range s.Roots {
		matches, _ := filepath.Glob(filepath.Join(pattern, name))
		for _, p := range matches {
			if executable(p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// dirVersion is the version a PostgreSQL bin directory is named by
// (/usr/lib/postgresql/17/bin, /usr/pgsql-17/bin), 0 when none.
func dirVersion(p string) int {
	m := regexp.MustCompile(`(\d+)(?:\.(\d+))?/bin/[^/]+$`).FindStringSubmatch(p)
	if m == nil {
		return 0
	}
	return majorOf(m[1], m[2])
}

func executable(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular() && fi.Mode().Perm()&0o111 != 0
}

var pgDumpVersionRE = regexp.MustCompile(`\(PostgreSQL\) (\d+)(?:\.(\d+))?\S*`)

// probe runs pg_dump --version.
func probe(ctx context.Context, p string) (PgDumpCandidate, int) {
	c := PgDumpCandidate{Path: p}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, p, "--version").Output()
	if err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) && len(exit.Stderr) > 0 {
			err = fmt.Errorf("%v: %s", err, strings.TrimSpace(string(exit.Stderr)))
		}
		c.Err = fmt.Sprintf("--version: %v", err)
		return c, 0
	}
	m := pgDumpVersionRE.FindStringSubmatch(string(out))
	if m == nil {
		c.Err = fmt.Sprintf("--version printed %q, not pg_dump (PostgreSQL) N", strings.TrimSpace(string(out)))
		return c, 0
	}
	c.Version = strings.TrimPrefix(m[0], "(PostgreSQL) ")
	return c, majorOf(m[1], m[2])
}

// majorOf is a major version as a number that orders them: 1700 for
// 17.x, 906 for 9.6.x (before PostgreSQL 10 the major version had two
// parts).
func majorOf(first, second string) int {
	a, _ := strconv.Atoi(first)
	if a >= 10 {
		return a * 100
	}
	b, _ := strconv.Atoi(second)
	return a*100 + b
}

// serverMajor is server_version_num's major version, as majorOf counts.
func serverMajor(num int) int {
	if num >= 100000 {
		return num / 10000 * 100
	}
	return num / 100
}

// majorString writes a major version as PostgreSQL's packages name it:
// "17", "9.6".
func majorString(num int) string {
	if num >= 100000 {
		return strconv.Itoa(num / 10000)
	}
	return fmt.Sprintf("%d.%d", num/10000, num/100%100)
}

// versionString writes server_version_num as a version: "17.2", "9.6.24".
func versionString(num int) string {
	if num >= 100000 {
		return fmt.Sprintf("%d.%d", num/10000, num%10000)
	}
	return fmt.Sprintf("%d.%d.%d", num/10000, num/100%100, num%100)
}
