package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// ErrNeedsRoot is returned by StartOnSmallDisk when the process cannot
// mount a filesystem.
var ErrNeedsRoot = errors.New("pgtest: a cluster on a small disk mounts a tmpfs, which needs root")

// StartOnSmallDisk starts a throwaway cluster of its own (never the shared
// one, nor UNDERSTUDY_TEST_DATABASE_URL) whose databases live on a disk of
// their own: PGDATA/base is a tmpfs mounted for it, sized with ResizeDisk,
// so a test can fill it. The WAL stays on the ordinary disk, as on a server
// with a separate WAL volume: a full data disk fails a write with "No space
// left on device" and the server keeps running. The caller stops it; Stop
// unmounts the disk.
func StartOnSmallDisk(ctx context.Context) (*Server, error) {
	if os.Geteuid() != 0 {
		return nil, ErrNeedsRoot
	}
	binDir, err := findBinDir()
	if err != nil {
		return nil, err
	}
	return startCluster(ctx, binDir, mountBase, nil)
}

// initialDiskSize is the disk's size until a test resizes it: tmpfs takes
// memory only for what is written.
const initialDiskSize = 1 << 30

// mountBase moves PGDATA/base, as initdb wrote it, onto a fresh tmpfs.
func mountBase(s *Server, data string) error {
	base := filepath.Join(data, "base")
	orig := base + ".initdb"
	if err := os.Rename(base, orig); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	if err := os.Mkdir(base, 0o700); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	opts := fmt.Sprintf("size=%d,mode=0700", initialDiskSize)
	if s.cred != nil {
		opts += fmt.Sprintf(",uid=%d,gid=%d", s.cred.Uid, s.cred.Gid)
	}
	if err := syscall.Mount("tmpfs", base, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, opts); err != nil {
		return fmt.Errorf("pgtest: mount a tmpfs on %s: %w", base, err)
	}
	s.disk = base
	// cp -a keeps the owner and modes of what initdb wrote.
	if out, err := exec.Command("cp", "-a", orig+"/.", base).CombinedOutput(); err != nil {
		return fmt.Errorf("pgtest: copy %s onto the tmpfs: %w\n%s", orig, err, out)
	}
	if err := os.RemoveAll(orig); err != nil {
		return fmt.Errorf("pgtest: %w", err)
	}
	return nil
}

// DiskUsage returns the bytes used on, and the size of, the disk of a
// cluster started by StartOnSmallDisk.
func (s *Server) DiskUsage() (used, size int64, err error) {
	if s.disk == "" {
		return 0, 0, errors.New("pgtest: DiskUsage: the cluster was not started by StartOnSmallDisk")
	}
	var st syscall.Statfs_t
	if err := syscall.Statfs(s.disk, &st); err != nil {
		return 0, 0, fmt.Errorf("pgtest: statfs %s: %w", s.disk, err)
	}
	bs := int64(st.Bsize)
	return (int64(st.Blocks) - int64(st.Bfree)) * bs, int64(st.Blocks) * bs, nil
}

// ResizeDisk sets the size of the disk of a cluster started by
// StartOnSmallDisk. It cannot shrink the disk below what is in use.
func (s *Server) ResizeDisk(size int64) error {
	if s.disk == "" {
		return errors.New("pgtest: ResizeDisk: the cluster was not started by StartOnSmallDisk")
	}
	if err := syscall.Mount("tmpfs", s.disk, "tmpfs", syscall.MS_REMOUNT|syscall.MS_NOSUID|syscall.MS_NODEV, fmt.Sprintf("size=%d", size)); err != nil {
		return fmt.Errorf("pgtest: resize the tmpfs on %s to %d bytes: %w", s.disk, size, err)
	}
	return nil
}
