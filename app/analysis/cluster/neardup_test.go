package cluster

import (
	"reflect"
	"strings"
	"testing"
)

// wire is a made-up agency story; the variants below are what outlets do
// with such a story.
const wire = `PORT ASTER (Newswire) - Ferry crews walked off the job in Port Aster on Friday, halting every crossing to Gull Island and stranding hundreds of travellers at the terminal.
The Maritime Workers Union said its members would stay out for 48 hours unless Aster Ferries reopened talks on pay and rosters, which broke down last week.
"Our members have worked short-handed all winter and they have had enough," union secretary Lena Brandt told reporters outside the terminal.
Aster Ferries said it regretted the disruption and had offered a 4 percent rise, which it called fair given rising fuel costs.
Islanders rely on the ferry for food, fuel and hospital visits, and the island council said it was arranging an emergency boat for medical cases.
The last strike on the route, in 2019, lasted three days and cost island businesses an estimated 2 million crowns.`

func variants() []string {
	paras := strings.Split(wire, "\n")
	return []string{
		0: wire,
		1: wire,                                                                                                                                 // an exact copy
		2: strings.NewReplacer("walked off the job", "walked out", "hundreds of", "many", "fair", "reasonable").Replace(wire),                   // lightly edited
		3: strings.Join(paras[:4], "\n"),                                                                                                        // trimmed to its first two thirds
		4: wire + "\nIn Riverton, travellers said the strike had ruined weekend plans for dozens of families visiting relatives on the island.", // a local paragraph added
		5: strings.NewReplacer("\"", "“", " - ", " — ", "\n", "\n\n").Replace(wire),                                                             // typography only
		// An independent report of the same event, in other words.
		6: `Gull Island was cut off on Friday when ferry staff in Port Aster began a two-day strike. The union wants Aster Ferries back at the table over wages and shift patterns. The company says its 4 percent offer is fair. The island council is organising a boat for medical emergencies.`,
		// Unrelated.
		7: `The Riverton school board voted on Wednesday to approve a budget that includes a new library for the high school and two more teachers.`,
		8: "",
		9: "Short text.",
	}
}

// pairsOf returns every pair of the given indexes, ascending.
func pairsOf(idx ...int) [][2]int {
	var out [][2]int
	for a, i := range idx {
		for _, j := range idx[a+1:] {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

func TestNearDuplicates(t *testing.T) {
	texts := variants()
	// At the default threshold every copy pairs with the original; the
	// edited copy and the trimmed copy differ in two ways at once (Jaccard
	// 0.497) and pair only through the original.
	var want [][2]int
	for _, p := range pairsOf(0, 1, 2, 3, 4, 5) {
		if p != [2]int{2, 3} {
			want = append(want, p)
		}
	}
	tests := []struct {
		threshold float64
		want      [][2]int
	}{
		{DefaultNearDuplicate, want},
		{0.4, pairsOf(0, 1, 2, 3, 4, 5)},
		{0.85, pairsOf(0, 1, 4, 5)}, // exact, typography-only and the copy with a paragraph added
		{1, pairsOf(0, 1, 5)},       // exact copies, typography aside
	}
	for _, tt := range tests {
		if got := NearDuplicates(texts, tt.threshold); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("NearDuplicates(threshold %.2f) = %v, want %v", tt.threshold, got, tt.want)
		}
	}
	for _, p := range NearDuplicatePairs(texts, 0.01) {
		if p.I == 6 || p.J == 6 || p.I == 7 || p.J == 7 {
			t.Errorf("independent or unrelated text paired: %+v", p)
		}
		if p.I == 0 && p.J == 3 && p.Containment != 1 {
			t.Errorf("trimmed copy: containment %.2f, want 1", p.Containment)
		}
	}
}

func TestNearDuplicatesMassCopies(t *testing.T) {
	// 600 copies of one story among 200 other texts: every shingle of the
	// story is in more texts than the candidate cap, yet all copies pair.
	var texts []string
	for i := 0; i < 200; i++ {
		texts = append(texts, strings.Repeat("filler ", i%7)+"unrelated item number "+strings.Repeat("x", i+1))
	}
	for i := 0; i < 600; i++ {
		texts = append(texts, wire)
	}
	got := NearDuplicates(texts, 0.9)
	if want := 600 * 599 / 2; len(got) != want {
		t.Errorf("%d pairs, want %d", len(got), want)
	}
}
