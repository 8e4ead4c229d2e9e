package web

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// LoadMapping reads the mapping file at path (see ParseMapping) and
// returns a Mapping that follows the file: whenever the file has changed
// since it was last read (another inode, as an editor's or the admin page's
// atomic replace makes, another modification time or another size), the
// next ResolveOutlet or Outlets reads it again, so an edit takes effect in a
// running server without a restart. Checking costs one stat per call.
//
// A file that no longer parses, or that has gone, does not empty the
// mapping: the last version that parsed stays in use and Err says what is
// wrong, until the file changes again. An empty path gives the zero
// Mapping. The first read must succeed: its error is returned.
func LoadMapping(path string) (Mapping, error) {
	if path == "" {
		return Mapping{}, nil
	}
	f := &mappingFile{path: path}
	st, err := f.read()
	if err != nil {
		return Mapping{}, err
	}
	f.cur.Store(st)
	return Mapping{file: f}, nil
}

// Path is the file the mapping follows, "" for a mapping parsed once.
func (m Mapping) Path() string {
	if m.file == nil {
		return ""
	}
	return m.file.path
}

// Err is why the mapping file's latest version is not in use (it does not
// parse, or cannot be read), nil when it is, and for a mapping parsed once.
func (m Mapping) Err() error {
	if m.file == nil {
		return nil
	}
	return m.file.load().err
}

// Reload reads a followed mapping file now, whether or not it looks
// changed (a file rewritten twice within the file system's time
// resolution, with the same size and inode, looks unchanged). It returns
// the file's error, the last good mapping staying in use; it does nothing
// for a mapping parsed once.
func (m Mapping) Reload() error {
	if m.file == nil {
		return nil
	}
	m.file.mu.Lock()
	defer m.file.mu.Unlock()
	return m.file.reload(m.file.cur.Load()).err
}

// current is the mapping to resolve with: the followed file's latest
// version that parsed, or m itself.
func (m Mapping) current() Mapping {
	if m.file == nil {
		return m
	}
	return m.file.load().m
}

// mappingFile is a mapping file followed by LoadMapping.
type mappingFile struct {
	path string
	mu   sync.Mutex // one reader of the file at a time
	cur  atomic.Pointer[mappingState]
}

// mappingState is one reading of the file: the mapping in use, the file's
// identity when read, and why that version is not in use (nil when it is).
type mappingState struct {
	m    Mapping
	info os.FileInfo
	err  error
}

// load returns the current state, reading the file again when it changed.
func (f *mappingFile) load() *mappingState {
	st := f.cur.Load()
	info, err := os.Stat(f.path)
	if err == nil && sameVersion(st.info, info) || err != nil && st.info == nil && st.err != nil {
		return st
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if cur := f.cur.Load(); cur != st {
		return cur // another caller read it meanwhile
	}
	return f.reload(st)
}

// reload reads the file and stores the new state: the new mapping when it
// parses, else the previous mapping with the error. f.mu is held.
func (f *mappingFile) reload(prev *mappingState) *mappingState {
	st, err := f.read()
	if err != nil {
		st = &mappingState{m: prev.m, info: st.info, err: err}
	}
	f.cur.Store(st)
	return st
}

// read parses the file as it is now. On error the state still carries the
// file's identity (nil when it cannot be read), so that a broken file is
// not parsed again until it changes.
func (f *mappingFile) read() (*mappingState, error) {
	info, err := os.Stat(f.path)
	if err != nil {
		return &mappingState{}, fmt.Errorf("outlet map: %w", err)
	}
	data, err := os.ReadFile(f.path)
	if err != nil {
		return &mappingState{}, fmt.Errorf("outlet map: %w", err)
	}
	m, err := ParseMapping(bytes.NewReader(data))
	if err != nil {
		return &mappingState{info: info}, fmt.Errorf("outlet map %s: %w", f.path, err)
	}
	return &mappingState{m: m, info: info}, nil
}

// sameVersion reports whether two stats of the file are of one version.
func sameVersion(a, b os.FileInfo) bool {
	return a != nil && b != nil && os.SameFile(a, b) && a.Size() == b.Size() && a.ModTime().Equal(b.ModTime())
}
