package cluster

import (
	"strings"
	"testing"
	"time"
)

// FuzzCluster: any texts cluster without panicking, every index appears in
// at most one group, groups are ascending, and Name works on each group.
func FuzzCluster(f *testing.F) {
	f.Add("U.S. Senate votes\x00The U.S. Senate voted on Tuesday.", "Senate vote\x00Senators voted, 2,411 of them.", "", 0)
	f.Add("'s '' . ...\x00", "\x00.", "NATO’s", 100)
	f.Fuzz(func(t *testing.T, a, b, c string, hours int) {
		var docs []Doc
		for k, s := range []string{a, b, c, a + b} {
			title, lead, _ := strings.Cut(s, "\x00")
			docs = append(docs, Doc{ID: int64(k), Title: title, Lead: lead, Outlet: string(rune('A' + k%2)),
				Published: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(hours%500*k) * time.Hour)})
		}
		seen := map[int]bool{}
		for _, g := range Cluster(docs, Params{}) {
			for k, i := range g {
				if seen[i] || i < 0 || i >= len(docs) || k > 0 && g[k-1] >= i {
					t.Fatalf("bad groups for %q, %q, %q", a, b, c)
				}
				seen[i] = true
			}
			_ = Name(docs, g)
		}
	})
}

// FuzzNearDuplicates: a text always pairs with an exact copy of itself
// (when it has a word), and never with itself.
func FuzzNearDuplicates(f *testing.F) {
	f.Add("Ferry crews walked out in Port Aster on Friday.", "other words entirely")
	f.Add("", "ünïcödé wörds – “quoted”")
	f.Fuzz(func(t *testing.T, a, b string) {
		pairs := NearDuplicates([]string{a, b, a}, 1)
		hasWord := len(shingles(a)) > 0
		found := false
		for _, p := range pairs {
			if p[0] >= p[1] {
				t.Fatalf("pair %v not ascending", p)
			}
			if p == [2]int{0, 2} {
				found = true
			}
		}
		if hasWord && !found {
			t.Errorf("%q does not pair with its own copy: %v", a, pairs)
		}
	})
}
