package cluster

import "testing"

func TestName(t *testing.T) {
	docs := make([]Doc, len(fixture))
	for i, f := range fixture {
		docs[i] = f.doc
	}
	tests := []struct {
		group []int
		want  string
	}{
		{[]int{5, 6, 7, 8}, "Norland central bank lifts interest rate to 5% to fight inflation"},
		{[]int{9, 10, 11, 12}, "Ferry crews strike in Port Aster, stranding island travellers"},
		{[]int{0, 1}, "Riverton dam collapses after days of heavy rain, thousands evacuated"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := Name(docs, tt.group); got != tt.want {
			t.Errorf("Name(%v) = %q, want %q", tt.group, got, tt.want)
		}
	}
	untitled := []Doc{{Lead: "Ferry crews walked out in Port Aster on Friday in a dispute over pay and rosters, leaving hundreds stranded."}, {Lead: "No ferries sailed."}}
	if got, want := Name(untitled, []int{0, 1}), "Ferry crews walked out in Port Aster on Friday in"; got != want {
		t.Errorf("untitled: Name = %q, want %q", got, want)
	}
}
