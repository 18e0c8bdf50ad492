package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
)

// StartStandby starts a hot standby of this throwaway cluster: a
// pg_basebackup streaming from it, on its own free port. Tests use it to
// prove that a standby works as a read-only source. The caller stops it.
func (s *Server) StartStandby(ctx context.Context) (*Server, error) {
	if s.external {
		return nil, errors.New("pgtest: a standby needs the throwaway cluster, not " + EnvURL)
	}
	dir, err := os.MkdirTemp("", dirPrefix)
	if err != nil {
		return nil, fmt.Errorf("pgtest: %w", err)
	}
	st := &Server{binDir: s.binDir, dir: dir, built: map[string]string{}, exited: make(chan struct{}), cred: s.cred}
	fail := func(err error) (*Server, error) {
		st.Stop()
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "owner.pid"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return fail(fmt.Errorf("pgtest: %w", err))
	}
	if s.cred != nil {
		if err := os.Chown(dir, int(s.cred.Uid), int(s.cred.Gid)); err != nil {
			return fail(fmt.Errorf("pgtest: %w", err))
		}
	}
	host, port, _ := net.SplitHostPort(s.admin.Host)
	data := filepath.Join(dir, "data")
	basebackup, err := s.tool("pg_basebackup")
	if err != nil {
		return fail(err)
	}
	bb := exec.CommandContext(ctx, basebackup, "-D", data, "-R", "-X", "stream", "-c", "fast",
		"-h", host, "-p", port, "-U", "postgres", "--no-sync")
	bb.Dir = dir
	bb.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	if out, err := bb.CombinedOutput(); err != nil {
		return fail(fmt.Errorf("pgtest: pg_basebackup: %w\n%s", err, out))
	}
	sport, err := freePort()
	if err != nil {
		return fail(err)
	}
	logPath := filepath.Join(dir, "postgres.log")
	args := []string{"-D", data, "-p", strconv.Itoa(sport), "-k", dir, "-c", "listen_addresses=127.0.0.1",
		"-c", "hot_standby=on", "-c", "fsync=off", "-c", "max_connections=300", "-c", "max_locks_per_transaction=256"}
	if err := st.spawn(filepath.Join(s.binDir, "postgres"), args, logPath); err != nil {
		return fail(err)
	}
	st.admin = &url.URL{Scheme: "postgres", User: url.User("postgres"), Host: net.JoinHostPort("127.0.0.1", strconv.Itoa(sport)), Path: "/postgres", RawQuery: "sslmode=disable"}
	if err := st.waitReady(ctx, logPath); err != nil {
		return fail(err)
	}
	return st, nil
}
