package analysis

import (
	"strings"
	"testing"
	"testing/fstest"
)

// verbLex has a loaded verb both as an E1 speech verb and as an L3
// dysphemism, as the default packs do ("slammed"), plus a neutral E1 verb
// that is also an L1 word, whose L1 hit must stay.
const verbLex = `@pack v

id: v.e1.slam
forms: slammed
signal: E1
category: emotive
inflect: no
explain: e.

id: v.l3.slam
forms: slammed
signal: L3
category: dysphemism
inflect: no
explain: e.

id: v.e1.lash-out
forms: lashed out
signal: E1
category: emotive
inflect: no
explain: e.

id: v.l3.lash-out
forms: lashed out
signal: L3
category: dysphemism
inflect: no
explain: e.

id: v.e1.note
forms: noted
signal: E1
category: neutral
inflect: no
explain: e.

id: v.l1.note
forms: noted
signal: L1
category: loaded
inflect: no
explain: e.
`

// TestLoadedVerbOneSignal checks that a loaded verb is E1 evidence when it
// introduces speech and the narrator's L3 word when it does not, never both.
func TestLoadedVerbOneSignal(t *testing.T) {
	lex, err := LoadLexicon(fstest.MapFS{"v.lex": {Data: []byte(verbLex)}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want string // signals of the evidence on the verb, joined by "|"
	}{
		{"Trump slammed the ruling on Friday.", "L3"},
		{"Democrats slammed Trump for his response.", "L3"},
		{`Warren slammed the bill: "It guts protections."`, "E1"},
		{`"It guts protections," Warren slammed.`, "E1"},
		{`The senator lashed out at reporters: "You are all liars."`, "E1"},
		{"The senator lashed out at reporters.", "L3"},
		{"Biden slammed the decision, saying it was wrong.", "L3"},
		// A neutral verb keeps its L1 hit: only loaded classes replace it.
		{`She noted that the bill "guts protections."`, "L1|E1"},
	}
	for _, tt := range tests {
		r := Analyze(lex, tt.text)
		verb := "slammed"
		switch {
		case strings.Contains(tt.text, "lashed out"):
			verb = "lashed out"
		case strings.Contains(tt.text, "noted"):
			verb = "noted"
		}
		var got []string
		for _, e := range r.Evidence {
			if e.Text == verb {
				got = append(got, e.Signal)
			}
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%q: signals on %q = %q, want %q", tt.text, verb, g, tt.want)
		}
		if got, want := r.Counts["L3"], strings.Count(tt.want, "L3"); got != want {
			t.Errorf("%q: counts[L3] = %d, want %d", tt.text, got, want)
		}
	}
}
