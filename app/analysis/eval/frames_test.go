package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/framelens/framelens/app/analysis"
	"github.com/framelens/framelens/app/internal/sharedtest"
	"github.com/framelens/framelens/assets"
)

// framePacks are the cue packs this package's author maintains.
var framePacks = []string{"frames-policy.lex", "frames-conflict.lex", "frames-episodic.lex"}

// framesOnly loads just the frame packs, so these tests do not depend on
// the state of the other packs.
func framesOnly(t *testing.T) *analysis.Lexicon {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range framePacks {
		b, err := fs.ReadFile(assets.Lexicon(), name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	lex, err := analysis.LoadLexicon(m)
	if err != nil {
		t.Fatalf("frame packs do not load: %v", err)
	}
	return lex
}

func TestFramePacksCoverEveryFrame(t *testing.T) {
	lex := framesOnly(t)
	has := map[string]int{}
	for _, e := range lex.Entries() {
		has[e.Signal+"/"+e.Category]++
		if e.Explain == "" {
			t.Errorf("%s: no explanation", e.ID)
		}
	}
	want := map[string][]string{"F1": analysis.PolicyFrames, "F2": analysis.ConflictFrames, "F4": analysis.NarrativeFrames}
	for sig, frames := range want {
		for _, f := range frames {
			if f == "other" {
				continue // "other" has no cues by design (docs/FRAMES.md)
			}
			if has[sig+"/"+f] == 0 {
				t.Errorf("no %s cues for frame %q", sig, f)
			}
		}
	}
}

func TestFramesInSeeds(t *testing.T) {
	dir := sharedtest.Path(t, "seeds")
	lex := framesOnly(t)
	tests := []struct {
		file    string
		present []string
		absent  []string
	}{
		// 004 frames the story as security and partnership.
		{"004_", []string{"security_defense", "security"}, []string{"economic", "crime_punishment", "health_safety"}},
		// 002 is a wire report with casualty figures and aid: humanitarian present.
		{"002_", []string{"security_defense", "humanitarian"}, []string{"economic", "morality"}},
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		var path string
		for _, f := range files {
			if strings.HasPrefix(filepath.Base(f), tt.file) {
				path = f
			}
		}
		if path == "" {
			t.Fatalf("no seed %s*", tt.file)
		}
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := analysis.Analyze(lex, string(text))
		got := map[string]analysis.Frame{}
		for _, f := range r.Frames {
			got[f.Frame] = f
		}
		for _, f := range tt.present {
			if !got[f].Present {
				t.Errorf("%s: frame %s = %+v, want present", tt.file, f, got[f])
			}
		}
		for _, f := range tt.absent {
			if got[f].Present {
				t.Errorf("%s: frame %s = %+v, want absent", tt.file, f, got[f])
			}
		}
	}
}
