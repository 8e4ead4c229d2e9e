// Package sharedtest finds the shared data sets (../shared beside the
// repository) for tests and benchmarks. A fresh clone has no ../shared, so
// tests that need it skip with a clear message; under CI=true they fail
// instead, so CI can never pass by skipping.
package sharedtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the absolute path of the repository root.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}

// Path returns the path of rel inside ../shared (e.g. "seeds" or
// "data/babe/final_labels_SG2.csv"), or skips tb (fails under CI=true) when
// it does not exist.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join(Root(), "..", "shared", rel)
	if _, err := os.Stat(p); err != nil {
		Missing(tb, "../shared/"+rel+" is not available ("+err.Error()+")")
	}
	return p
}

// Missing skips tb with reason, or fails it when CI=true.
func Missing(tb testing.TB, reason string) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("%s; CI=true, so this is a failure, not a skip", reason)
	}
	tb.Skipf("skipping: %s (set up ../shared beside the repository to run this test)", reason)
}
