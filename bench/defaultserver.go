package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"syscall"
	"time"
)

// defaultServer is a throwaway cluster with PostgreSQL's own lock settings
// (max_locks_per_transaction = 64, max_connections = 100,
// max_prepared_transactions = 0), for the schema-size benchmark: the
// clusters of internal/pgtest raise them (256 × 300), which hides the
// limit that thousands of relations run into. The harness reaches it as
// an external server (pgtest's UNDERSTUDY_TEST_DATABASE_URL), so
// everything else goes through internal/pgtest as usual.
//
// Once pgtest.StartWithSettings (the locks work) is merged, it replaces
// this file.
type defaultServer struct {
	dir    string
	data   string
	pgCtl  string
	cred   *syscall.Credential
	url    string
	logPth string
}

// defaultSettings are pgtest's settings for speed (no durability, a
// larger buffer cache), without its lock and connection settings.
var defaultSettings = []string{
	"fsync=off", "synchronous_commit=off", "full_page_writes=off", "shared_buffers=256MB",
	"max_wal_size=4GB", "checkpoint_timeout=30min", "listen_addresses=127.0.0.1",
}

// startDefaultServer runs initdb and pg_ctl start from binDir (as the
// postgres OS user when this process is root, as pgtest does).
func startDefaultServer(ctx context.Context, binDir string) (_ *defaultServer, err error) {
	dir, err := os.MkdirTemp("", "understudy-bench-pg-")
	if err != nil {
		return nil, err
	}
	s := &defaultServer{dir: dir, data: filepath.Join(dir, "data"), pgCtl: filepath.Join(binDir, "pg_ctl"),
		logPth: filepath.Join(dir, "postgres.log")}
	defer func() {
		if err != nil {
			s.stop()
		}
	}()
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, errors.New("running as root, and there is no 'postgres' OS user to run the cluster as")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	if err := s.exec(ctx, filepath.Join(binDir, "initdb"), "-D", s.data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
		"--locale=C", "--no-sync", "--no-instructions"); err != nil {
		return nil, err
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	opts := fmt.Sprintf("-p %d -k %s", port, dir)
	for _, kv := range defaultSettings {
		opts += " -c " + kv
	}
	if err := s.exec(ctx, s.pgCtl, "-D", s.data, "-l", s.logPth, "-o", opts, "-w", "-t", "120", "start"); err != nil {
		log, _ := os.ReadFile(s.logPth)
		return nil, fmt.Errorf("%w\n%s", err, lastLines(string(log), 20))
	}
	u := url.URL{Scheme: "postgres", User: url.User("postgres"), Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(port)),
		Path: "/postgres", RawQuery: "sslmode=disable"}
	s.url = u.String()
	return s, nil
}

func (s *defaultServer) exec(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = s.dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %w\n%s", filepath.Base(name), err, out)
	}
	return nil
}

// stop shuts the cluster down (fast) and removes its directory.
func (s *defaultServer) stop() {
	if _, err := os.Stat(filepath.Join(s.data, "postmaster.pid")); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		_ = s.exec(ctx, s.pgCtl, "-D", s.data, "-m", "fast", "-w", "stop")
		cancel()
	}
	_ = os.RemoveAll(s.dir)
}
