package web

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// replaceFile writes data to path the way editors and the admin page do:
// a new file renamed over the old one.
func replaceFile(t *testing.T, path, data string) {
	t.Helper()
	tmp := path + ".new"
	if err := os.WriteFile(tmp, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

func TestLoadMappingFollowsTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outlets.map")
	replaceFile(t, path, "cnn.com => CNN\n")
	m, err := LoadMapping(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Path(); got != path {
		t.Errorf("Path() = %q, want %q", got, path)
	}
	copied := m // a copy (as a struct field holds it) follows the file too
	steps := []struct {
		name    string
		edit    func()
		url     string
		want    string
		wantErr string // part of Err(), "" for none
	}{
		{"first version", func() {}, "https://edition.cnn.com/a", "CNN", ""},
		{"replaced by an editor", func() { replaceFile(t, path, "cnn.com => CNN News\nbbc.co.uk => BBC\n") },
			"https://edition.cnn.com/a", "CNN News", ""},
		{"new line", func() {}, "https://www.bbc.co.uk/news", "BBC", ""},
		{"broken file keeps the last good version", func() { replaceFile(t, path, "cnn.com => CNN\nthis line has no arrow\n") },
			"https://www.bbc.co.uk/news", "BBC", "line 2"},
		{"fixed again", func() { replaceFile(t, path, "cnn.com => Cable News\n") }, "https://cnn.com/", "Cable News", ""},
		{"fixed: the old line is gone", func() {}, "https://www.bbc.co.uk/news", "bbc.co.uk", ""},
		{"written in place, longer", func() {
			if err := os.WriteFile(path, []byte("cnn.com => Cable News Network\n"), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "https://cnn.com/", "Cable News Network", ""},
		{"removed: the last version stays", func() { os.Remove(path) }, "https://cnn.com/", "Cable News Network", "no such file"},
		{"back", func() { replaceFile(t, path, "\"Cable News\" => CNN\n") }, "https://cnn.com/", "cnn.com", ""},
	}
	for _, s := range steps {
		s.edit()
		if got := ResolveOutlet(s.url, "", copied); got != s.want {
			t.Errorf("%s: %s resolves to %q, want %q", s.name, s.url, got, s.want)
		}
		err := m.Err()
		switch {
		case s.wantErr == "" && err != nil:
			t.Errorf("%s: Err() = %v, want nil", s.name, err)
		case s.wantErr != "" && (err == nil || !strings.Contains(err.Error(), s.wantErr)):
			t.Errorf("%s: Err() = %v, want one saying %q", s.name, err, s.wantErr)
		}
	}
	if got, want := strings.Join(m.Outlets(), ","), "CNN"; got != want {
		t.Errorf("Outlets() = %q, want %q", got, want)
	}
}

func TestLoadMappingReloadSameSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outlets.map")
	if err := os.WriteFile(path, []byte("cnn.com => AAA\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := LoadMapping(path)
	if err != nil {
		t.Fatal(err)
	}
	// Same size, same inode, maybe the same modification time: Reload reads
	// it whatever the stat says.
	if err := os.WriteFile(path, []byte("cnn.com => BBB\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := m.Reload(); err != nil {
		t.Fatal(err)
	}
	if got := ResolveOutlet("https://cnn.com/", "", m); got != "BBB" {
		t.Errorf("after Reload: %q, want BBB", got)
	}
	if err := os.WriteFile(path, []byte("cnn.com =>\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := m.Reload(); err == nil {
		t.Error("Reload of a broken file: no error")
	}
	if got := ResolveOutlet("https://cnn.com/", "", m); got != "BBB" {
		t.Errorf("after a broken Reload: %q, want BBB (the last good version)", got)
	}
}

func TestLoadMappingErrors(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.map")
	if err := os.WriteFile(broken, []byte("a.com => A\na.com => B\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.map"), "no such file"},
		{broken, "already mapped on line 1"},
	} {
		if _, err := LoadMapping(c.path); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("LoadMapping(%s): %v, want an error saying %q", c.path, err, c.want)
		}
	}
	m, err := LoadMapping("")
	if err != nil || m.Path() != "" || m.Err() != nil || m.Reload() != nil {
		t.Errorf("LoadMapping(\"\"): %+v, %v; want the zero mapping", m, err)
	}
}

// TestLoadMappingConcurrent resolves from many goroutines while the file
// changes (run with -race): every answer is one of the file's versions.
func TestLoadMappingConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "outlets.map")
	replaceFile(t, path, "cnn.com => V0\n")
	m, err := LoadMapping(path)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	bad := make(chan string, 100)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				if got := ResolveOutlet("https://cnn.com/", "", m); !strings.HasPrefix(got, "V") {
					bad <- got
					return
				}
			}
		}()
	}
	for i := range 20 {
		replaceFile(t, path, "cnn.com => V"+strings.Repeat("x", i)+"\n")
	}
	wg.Wait()
	close(bad)
	for got := range bad {
		t.Errorf("resolved to %q during edits, want a version of the file", got)
	}
	if got := ResolveOutlet("https://cnn.com/", "", m); got != "V"+strings.Repeat("x", 19) {
		t.Errorf("after the edits: %q, want the last version", got)
	}
}
