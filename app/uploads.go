package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// Where web uploads wait while they are imported. On SQLite it is the
// database's folder: the one place a container (read-only /tmp, data on a
// volume) is sure to let us write. On PostgreSQL there is no database file
// and replicas share no disk; an upload is read by the replica that received
// it, so each process gets a folder of its own in the temporary directory
// ($TMPDIR, else /tmp; with a read-only /tmp, $SQLITE_TMPDIR as the
// container image sets it), removed when the server stops.

// uploadFolder is the per-process upload folder used on PostgreSQL.
type uploadFolder struct {
	once    sync.Once
	dir     string
	parents []string // where to try to make it, in order
}

// uploadFolderPrefix starts the name of a process's upload folder; the host
// name and process ID follow, so a later process on the same host can tell a
// dead process's folder from a running one's.
const uploadFolderPrefix = "framelens-uploads-"

// uploadDir is where uploads are written while they are imported.
func (s *server) uploadDir() string {
	if !s.db.Postgres() {
		return filepath.Dir(s.db.Path())
	}
	u := &s.uploads
	u.once.Do(func() {
		parents := u.parents
		if len(parents) == 0 {
			parents = []string{os.TempDir()}
		}
		prefix := uploadFolderPrefix + uploadHost() + "-" + strconv.Itoa(os.Getpid()) + "-"
		for _, p := range parents {
			d, err := os.MkdirTemp(p, prefix)
			if err == nil {
				u.dir = d
				return
			}
			s.log.Warn("upload folder", "parent", p, "err", err)
		}
		u.dir = parents[0] // MkdirTemp of each upload then reports the error
	})
	return u.dir
}

// setUploadParents chooses where the PostgreSQL upload folder may go: the
// temporary directory, then $SQLITE_TMPDIR (the container image's data
// volume, for a read-only /tmp).
func (s *server) setUploadParents(e *env) {
	s.uploads.parents = []string{os.TempDir()}
	if d := e.getenv("SQLITE_TMPDIR"); d != "" && d != os.TempDir() {
		s.uploads.parents = append(s.uploads.parents, d)
	}
}

// removeStaleUploads deletes upload folders a killed process left behind:
// on SQLite every ".framelens-upload-*" beside the database (no import runs
// yet when serve starts), on PostgreSQL the per-process folders of this
// host's processes that no longer run. serve calls it before any upload.
func (s *server) removeStaleUploads() {
	var stale []string
	if !s.db.Postgres() {
		stale, _ = filepath.Glob(filepath.Join(s.uploadDir(), ".framelens-upload-*"))
	} else {
		prefix := uploadFolderPrefix + uploadHost() + "-"
		for _, parent := range s.uploads.parents {
			dirs, _ := filepath.Glob(filepath.Join(parent, prefix+"*"))
			for _, d := range dirs {
				pid, _, _ := strings.Cut(strings.TrimPrefix(filepath.Base(d), prefix), "-")
				n, err := strconv.Atoi(pid)
				if err != nil || d == s.uploads.dir {
					continue
				}
				// A folder under this process's own ID is an earlier
				// process's (a container's server is always process 1).
				if n == os.Getpid() || !processRuns(n) {
					stale = append(stale, d)
				}
			}
		}
	}
	for _, d := range stale {
		if err := os.RemoveAll(d); err != nil {
			s.log.Warn("remove a stale upload folder", "dir", d, "err", err)
		}
	}
}

// closeUploads removes this process's upload folder (PostgreSQL only).
func (s *server) closeUploads() {
	if s.db.Postgres() && s.uploads.dir != "" && strings.HasPrefix(filepath.Base(s.uploads.dir), uploadFolderPrefix) {
		if err := os.RemoveAll(s.uploads.dir); err != nil {
			s.log.Warn("remove the upload folder", "dir", s.uploads.dir, "err", err)
		}
	}
}

// uploadHost is the host name as it may appear in a file name.
func uploadHost() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "host"
	}
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '/' || r == filepath.Separator {
			return '_'
		}
		return r
	}, h)
}

// processRuns reports whether process pid exists on this host.
func processRuns(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || err == syscall.EPERM
}

// uploadFolderError words a failure to make an upload's folder.
func uploadFolderError(what string, err error) error {
	return fmt.Errorf("%s: temporary upload folder: %w", what, err)
}
