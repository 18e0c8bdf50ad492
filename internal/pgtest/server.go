package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/singleflight"
)

// EnvURL names the environment variable that points the harness at an
// existing server instead of a throwaway cluster. The URL must name a
// superuser (the harness creates databases and loads extensions).
const EnvURL = "UNDERSTUDY_TEST_DATABASE_URL"

// dirPrefix marks the temporary directories of throwaway clusters, so that a
// later run can sweep what a killed run left behind.
const dirPrefix = "understudy-pgtest-"

// dbPrefix marks the databases the harness creates per test.
const dbPrefix = "ustest_"

// Server is a PostgreSQL server for tests: a throwaway cluster this process
// started, or the external server named by UNDERSTUDY_TEST_DATABASE_URL.
type Server struct {
	admin    *url.URL // superuser URL of the maintenance database
	binDir   string
	external bool

	dir     string // temp dir of a throwaway cluster ("" when external)
	disk    string // the tmpfs mounted on PGDATA/base, if any (disk.go)
	postgre *exec.Cmd
	exited  chan struct{}
	cred    *syscall.Credential

	templates singleflight.Group
	mu        sync.Mutex
	built     map[string]string // fixture key -> template name
	stopOnce  sync.Once
}

// Start returns a running server. It uses UNDERSTUDY_TEST_DATABASE_URL when
// set; otherwise it finds the PostgreSQL binaries, sweeps what earlier killed
// runs left behind, and starts a fresh cluster in a temp dir on a free
// loopback port. The error tells a new user what to install.
func Start(ctx context.Context) (*Server, error) {
	if raw := os.Getenv(EnvURL); raw != "" {
		return startExternal(ctx, raw)
	}
	binDir, err := findBinDir()
	if err != nil {
		return nil, err
	}
	sweep()
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken between probe and bind
		s, err := startCluster(ctx, binDir, nil, nil)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// StartWithSettings starts a throwaway cluster of its own (never the shared
// one, nor UNDERSTUDY_TEST_DATABASE_URL) with the given server settings
// over the harness's: {"max_locks_per_transaction": "64",
// "max_connections": "100", "autovacuum": "on"} is a server as initdb
// leaves it, where the shared one is generous (and runs no autovacuum).
// The caller stops it.
func StartWithSettings(ctx context.Context, settings map[string]string) (*Server, error) {
	binDir, err := findBinDir()
	if err != nil {
		return nil, err
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a free port can be taken between probe and bind
		s, err := startCluster(ctx, binDir, nil, settings)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

// LogPath is the server's log file ("" for an external server).
func (s *Server) LogPath() string {
	if s.dir == "" {
		return ""
	}
	return filepath.Join(s.dir, "postgres.log")
}

func startExternal(ctx context.Context, raw string) (*Server, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %s is not a valid URL", EnvURL)
	}
	s := &Server{admin: u, external: true, built: map[string]string{}}
	binDir, _ := findBinDir() // psql is still needed to load fixtures
	s.binDir = binDir
	conn, err := s.connect(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("pgtest: cannot reach the server in %s: %w", EnvURL, err)
	}
	defer conn.Close(ctx)
	// Sweep per-test databases that a killed run left behind (older than
	// an hour, so parallel runs against one server do not hurt each other).
	rows, err := conn.Query(ctx, `SELECT datname FROM pg_database d
		WHERE datname LIKE 'ustest\_%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datid = d.oid)
		AND (pg_stat_file('base/'||oid||'/PG_VERSION', true)).modification < now() - interval '1 hour'`)
	if err == nil {
		names, _ := pgx.CollectRows(rows, pgx.RowTo[string])
		for _, n := range names {
			_ = dropDatabase(ctx, conn, n)
		}
	}
	return s, nil
}

// findBinDir locates initdb: on PATH first, then the newest
// /usr/lib/postgresql/*/bin.
func findBinDir() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(matches, func(i, j int) bool { return versionOf(matches[i]) > versionOf(matches[j]) })
	if len(matches) > 0 {
		return filepath.Dir(matches[0]), nil
	}
	return "", errors.New("pgtest: no PostgreSQL server binaries found (looked for initdb and postgres on PATH and in /usr/lib/postgresql/*/bin).\n" +
		"Install them (Debian/Ubuntu: apt-get install postgresql; the tests start their own throwaway cluster),\n" +
		"or set " + EnvURL + " to a superuser URL of a server you own.")
}

func versionOf(initdb string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return v
}

// tool returns the path of a PostgreSQL client program (psql, pg_dump).
func (s *Server) tool(name string) (string, error) {
	if s.binDir != "" {
		p := filepath.Join(s.binDir, name)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/" + name)
	sort.Slice(matches, func(i, j int) bool { return versionOf(matches[i]) > versionOf(matches[j]) })
	if len(matches) > 0 {
		return matches[0], nil
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("pgtest: %s not found next to initdb, in /usr/lib/postgresql/*/bin or on PATH; install the PostgreSQL client (apt-get install postgresql-client)", name)
}

// startCluster runs initdb and starts postgres. prepare, when not nil, runs
// in between, on the data directory.
//
// settings, when not empty, are server settings that override the
// harness's own (name -> value, passed as -c name=value).
func startCluster(ctx context.Context, binDir string, prepare func(s *Server, data string) error, settings map[string]string) (_ *Server, err error) {
	s, err := newCluster(binDir, nil)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			s.Stop()
		}
	}()
	dir := s.dir
	if os.Geteuid() == 0 {
		// initdb and postgres refuse to run as root.
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, errors.New("pgtest: running as root, and there is no 'postgres' OS user to run the throwaway cluster as; " +
				"install PostgreSQL from your distribution (it creates that user), run the tests as a normal user, or set " + EnvURL)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, fmt.Errorf("pgtest: %w", err)
		}
		if err := os.Chmod(dir, 0o755); err != nil {
			return nil, fmt.Errorf("pgtest: %w", err)
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.CommandContext(ctx, filepath.Join(binDir, "initdb"),
		"-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")
	initdb.Dir = dir
	initdb.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	if out, err := initdb.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("pgtest: initdb: %w\n%s", err, out)
	}
	if prepare != nil {
		if err := prepare(s, data); err != nil {
			return nil, err
		}
	}
	args := []string{
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=300", "-c", "shared_buffers=256MB",
		"-c", "max_wal_size=4GB", "-c", "checkpoint_timeout=30min",
		"-c", "wal_level=logical", // lets tests use publications and a standby-like setup
		"-c", "max_locks_per_transaction=256",
		"-c", "log_min_messages=warning", "-c", "logging_collector=off",
		// Its databases live for seconds: a copied template, a staging
		// copy that understudy analyzes itself. Autovacuum's workers
		// would analyze each of them again, on the same two cores as the
		// tests (the corpus took a fifth longer with them).
		"-c", "autovacuum=off",
	}
	names := make([]string, 0, len(settings))
	for name := range settings {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names { // later -c options win
		args = append(args, "-c", name+"="+settings[name])
	}
	if err := s.serve(ctx, data, args...); err != nil {
		return nil, err
	}
	return s, nil
}

// newCluster makes the temp dir of a throwaway cluster, marked with this
// process's pid so that sweep leaves it alone while the process lives.
func newCluster(binDir string, cred *syscall.Credential) (*Server, error) {
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	s := &Server{binDir: binDir, dir: dir, built: map[string]string{}, exited: make(chan struct{}), cred: cred}
	if err := os.WriteFile(filepath.Join(dir, "owner.pid"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		s.Stop()
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	return s, nil
}

// serve starts postgres on the data directory and a free loopback port,
// with args (-c name=value settings) after those every cluster has, and
// waits until it accepts connections.
func (s *Server) serve(ctx context.Context, data string, args ...string) error {
	port, err := freePort()
	if err != nil {
		return err
	}
	logPath := filepath.Join(s.dir, "postgres.log")
	args = append([]string{"-D", data, "-p", strconv.Itoa(port), "-k", s.dir, "-c", "listen_addresses=127.0.0.1"}, args...)
	if err := s.spawn(filepath.Join(s.binDir, "postgres"), args, logPath); err != nil {
		return err
	}
	s.admin = &url.URL{Scheme: "postgres", User: url.User("postgres"), Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)), Path: "/postgres", RawQuery: "sslmode=disable"}
	return s.waitReady(ctx, logPath)
}

// waitReady waits until the server accepts connections, reporting the end
// of its log when it exits or does not come up within a minute.
func (s *Server) waitReady(ctx context.Context, logPath string) error {
	deadline := time.Now().Add(60 * time.Second)
	for {
		conn, err := s.connect(ctx, "")
		if err == nil {
			conn.Close(ctx)
			return nil
		}
		select {
		case <-s.exited:
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("pgtest: postgres exited during start-up:\n%s", tail(log, 2000))
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("pgtest: postgres did not accept connections within 60s: %v\n%s", err, tail(log, 2000))
		}
	}
}

// spawn starts postgres from a goroutine locked to its OS thread, with
// Pdeathsig set: if this process dies for any reason (panic, SIGKILL), the
// kernel tells postgres to shut down, so no server outlives its test binary.
// The thread stays alive until postgres exits, because Pdeathsig fires when
// the thread that started the child exits.
func (s *Server) spawn(path string, args []string, logPath string) error {
	logf, err := os.Create(logPath)
	if err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	started := make(chan error, 1)
	go func() {
		runtime.LockOSThread() // never unlocked: the thread ends with the goroutine
		defer close(s.exited)
		defer logf.Close()
		cmd := exec.Command(path, args...)
		cmd.Dir = s.dir
		cmd.Stdout, cmd.Stderr = logf, logf
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred, Pdeathsig: syscall.SIGQUIT, Setpgid: true}
		if err := cmd.Start(); err != nil {
			started <- fmt.Errorf("pgtest: start postgres: %w", err)
			return
		}
		s.postgre = cmd
		started <- nil
		_ = cmd.Wait()
	}()
	return <-started
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("pgtest: find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// Stop shuts the cluster down and removes its directory. For an external
// server it does nothing: the per-test databases are dropped by each test's
// cleanup.
func (s *Server) Stop() {
	s.stopOnce.Do(func() {
		if s.postgre != nil && s.postgre.Process != nil {
			_ = s.postgre.Process.Signal(syscall.SIGINT) // fast shutdown
			select {
			case <-s.exited:
			case <-time.After(20 * time.Second):
				_ = s.postgre.Process.Kill()
				<-s.exited
			}
		}
		if s.disk != "" {
			_ = syscall.Unmount(s.disk, syscall.MNT_DETACH)
		}
		if s.dir != "" {
			_ = os.RemoveAll(s.dir)
		}
	})
}

// sweep removes throwaway clusters whose owning test process is gone (a run
// killed with SIGKILL cannot clean up after itself).
func sweep() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, dir := range dirs {
		raw, err := os.ReadFile(filepath.Join(dir, "owner.pid"))
		if err == nil {
			if pid, err := strconv.Atoi(strings.TrimSpace(string(raw))); err == nil && alive(pid) {
				continue
			}
		} else if fi, err := os.Stat(dir); err != nil || time.Since(fi.ModTime()) < time.Minute {
			continue // being created right now by another process
		}
		if raw, err := os.ReadFile(filepath.Join(dir, "data", "postmaster.pid")); err == nil {
			if pid, err := strconv.Atoi(strings.SplitN(string(raw), "\n", 2)[0]); err == nil && alive(pid) {
				_ = syscall.Kill(pid, syscall.SIGQUIT)
				for i := 0; i < 100 && alive(pid); i++ {
					time.Sleep(50 * time.Millisecond)
				}
			}
		}
		if os.Geteuid() == 0 {
			// A small-disk cluster's tmpfs (disk.go); not mounted: a no-op.
			_ = syscall.Unmount(filepath.Join(dir, "data", "base"), syscall.MNT_DETACH)
		}
		_ = os.RemoveAll(dir)
	}
}

func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(bytes.TrimSpace(b))
}
