package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// StartStandby starts a hot standby of this throwaway cluster: a
// pg_basebackup streaming from it, on its own free port. Tests use it to
// prove that a standby works as a read-only source. The caller stops it.
func (s *Server) StartStandby(ctx context.Context) (*Server, error) {
	if s.external {
		return nil, errors.New("pgtest: a standby needs the throwaway cluster, not " + EnvURL)
	}
	st, err := newCluster(s.binDir, s.cred)
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Server, error) {
		st.Stop()
		return nil, err
	}
	dir := st.dir
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
	if err := st.serve(ctx, data,
		"-c", "hot_standby=on", "-c", "fsync=off", "-c", "max_connections=300", "-c", "max_locks_per_transaction=256",
		// A test may have made an in-place tablespace on the primary (one
		// inside its data directory); recovery refuses one without this.
		"-c", "allow_in_place_tablespaces=on"); err != nil {
		return fail(err)
	}
	return st, nil
}
