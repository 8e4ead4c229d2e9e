package cluster

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func day(d int, hour int) time.Time {
	return time.Date(2026, 3, d, hour, 0, 0, 0, time.UTC)
}

// fixture is a made-up news week: three events each reported by four
// outlets in their own words, and distractors that share a place, a
// subject or an outlet with them but report something else. event is the
// true story of each doc ("" for a story of its own).
var fixture = []struct {
	event string
	doc   Doc
}{
	// Event "dam": the Riverton dam fails.
	{"dam", Doc{Outlet: "Daily Ledger", Published: day(3, 6),
		Title: "Riverton dam collapses after days of heavy rain, thousands evacuated",
		Lead:  "The Hollins Creek dam above Riverton gave way early on Tuesday after a week of record rainfall, sending a wall of water through the lower town. Emergency crews evacuated about 4,000 residents overnight."}},
	{"dam", Doc{Outlet: "Morning Star", Published: day(3, 9),
		Title: "Floodwaters pour into Riverton as Hollins Creek dam gives way",
		Lead:  "Residents of Riverton fled to higher ground on Tuesday when the ageing Hollins Creek dam failed under the pressure of days of rain. Officials said no deaths had been confirmed."}},
	{"dam", Doc{Outlet: "The Courier", Published: day(3, 14),
		Title: "Governor Mbeki declares emergency after Riverton dam breach",
		Lead:  "Governor Ada Mbeki declared a state of emergency in Hollins County on Tuesday after the dam on Hollins Creek was breached and floodwater swamped much of Riverton."}},
	{"dam", Doc{Outlet: "Channel 9", Published: day(4, 8),
		Title: "Questions over inspections as Riverton counts cost of dam failure",
		Lead:  "A day after the Hollins Creek dam collapsed, Riverton residents returned to flooded homes and asked why warnings about the structure, raised in a 2019 inspection, were not acted on."}},
	{"dam", Doc{Outlet: "Daily Ledger", Published: day(3, 20),
		Title: "Riverton dam collapse: evacuation widened as water keeps rising",
		Lead:  "Authorities widened the evacuation zone below the collapsed Hollins Creek dam on Tuesday evening as floodwater kept rising in Riverton, with 6,000 residents now ordered out."}},

	// Event "rates": the Norland central bank raises rates.
	{"rates", Doc{Outlet: "Daily Ledger", Published: day(5, 12),
		Title: "Norland central bank lifts interest rate to 5% to fight inflation",
		Lead:  "The Bank of Norland raised its main interest rate by half a point to 5 percent on Thursday, its fourth increase this year, saying inflation was still far above its target."}},
	{"rates", Doc{Outlet: "Morning Star", Published: day(5, 13),
		Title: "Borrowing costs climb again as Bank of Norland hikes rates",
		Lead:  "Mortgage holders face higher payments after the Bank of Norland increased interest rates for the fourth time this year, to 5 percent, citing stubborn inflation."}},
	{"rates", Doc{Outlet: "The Courier", Published: day(5, 15),
		Title: "Governor Lindqvist defends fourth rate rise as unions protest",
		Lead:  "Bank of Norland governor Petra Lindqvist said on Thursday the half-point rise in the interest rate, to 5 percent, was needed to bring inflation down, as unions warned of job losses."}},
	{"rates", Doc{Outlet: "Channel 9", Published: day(6, 7),
		Title: "What the Bank of Norland's rate rise means for your mortgage",
		Lead:  "The Bank of Norland's decision to raise its interest rate to 5 percent will add about 90 crowns a month to a typical mortgage, lenders said on Friday."}},

	// Event "ferry": the Port Aster ferry strike.
	{"ferry", Doc{Outlet: "Daily Ledger", Published: day(6, 6),
		Title: "Ferry crews strike in Port Aster, stranding island travellers",
		Lead:  "Ferry crews walked out in Port Aster on Friday in a dispute over pay and rosters, leaving hundreds of passengers bound for Gull Island stranded at the terminal."}},
	{"ferry", Doc{Outlet: "Morning Star", Published: day(6, 9),
		Title: "Port Aster ferry walkout leaves Gull Island cut off",
		Lead:  "No ferries sailed between Port Aster and Gull Island on Friday after the Maritime Workers Union began a 48-hour strike over pay."}},
	{"ferry", Doc{Outlet: "The Courier", Published: day(6, 11),
		Title: "Union and Aster Ferries trade blame as strike halts crossings",
		Lead:  "The Maritime Workers Union and the operator Aster Ferries blamed each other on Friday for a strike that stopped all crossings to Gull Island from Port Aster."}},
	{"ferry", Doc{Outlet: "Channel 9", Published: day(7, 10),
		Title: "Gull Island shops run short as ferry strike enters second day",
		Lead:  "Shops on Gull Island reported empty shelves on Saturday as the strike by ferry crews in Port Aster entered its second day with no talks scheduled."}},

	// Distractors.
	{"", Doc{Outlet: "Daily Ledger", Published: day(4, 10),
		Title: "Riverton school board approves budget for new library",
		Lead:  "The Riverton school board voted 5-2 on Wednesday to approve a budget that includes a new library for the high school."}},
	{"", Doc{Outlet: "Morning Star", Published: day(5, 10),
		Title: "Two Norland lenders agree merger worth 3 billion crowns",
		Lead:  "Norland's second and fourth largest banks, Fjell Bank and Sund Credit, agreed on Thursday to merge in a deal worth 3 billion crowns, pending approval by regulators."}},
	{"", Doc{Outlet: "The Courier", Published: day(6, 12),
		Title: "Nurses at Westbrook hospital vote to strike over staffing",
		Lead:  "Nurses at Westbrook General Hospital voted on Friday to strike next month, saying chronic understaffing put patients at risk."}},
	{"", Doc{Outlet: "Channel 9", Published: day(16, 9),
		Title: "Repairs begin on Riverton dam two weeks after collapse",
		Lead:  "Engineers began work on Monday to rebuild the Hollins Creek dam above Riverton, two weeks after its collapse flooded the town."}},
	{"", Doc{Outlet: "Daily Ledger", Published: day(7, 18),
		Title: "Riverton holds benefit concert",
		Lead:  "Musicians from across the region played in Riverton on Saturday at a concert for the local food bank."}},
}

// pairCounts compares predicted groups with the true events by pairs:
// a pair is "same story" when both docs are in one group.
func pairCounts(groups [][]int, truth []string) (tp, fp, fn int) {
	pred := make([]int, len(truth))
	for i := range pred {
		pred[i] = -1 - i
	}
	for g, members := range groups {
		for _, i := range members {
			pred[i] = g
		}
	}
	for i := range truth {
		for j := i + 1; j < len(truth); j++ {
			same := truth[i] != "" && truth[i] == truth[j]
			together := pred[i] == pred[j]
			switch {
			case same && together:
				tp++
			case together:
				fp++
			case same:
				fn++
			}
		}
	}
	return tp, fp, fn
}

func TestClusterFixture(t *testing.T) {
	docs := make([]Doc, len(fixture))
	truth := make([]string, len(fixture))
	for i, f := range fixture {
		docs[i] = f.doc
		docs[i].ID = int64(i + 1)
		truth[i] = f.event
	}
	groups := Cluster(docs, Params{})
	tp, fp, fn := pairCounts(groups, truth)
	if fp != 0 || fn != 0 {
		var b strings.Builder
		for _, g := range groups {
			fmt.Fprintf(&b, "\n  group:")
			for _, i := range g {
				fmt.Fprintf(&b, " [%d %s] %q", i, truth[i], docs[i].Title)
			}
		}
		t.Errorf("pairs: %d right, %d wrongly joined, %d missed; want 0 wrong and 0 missed. Groups:%s", tp, fp, fn, b.String())
	}

	// The same input in another order gives the same groups (by ID).
	perm := make([]Doc, len(docs))
	for i := range docs {
		perm[i] = docs[len(docs)-1-i]
	}
	if got, want := groupIDs(perm, Cluster(perm, Params{})), groupIDs(docs, groups); !reflect.DeepEqual(got, want) {
		t.Errorf("reversed input gives %v, want %v", got, want)
	}
}

func groupIDs(docs []Doc, groups [][]int) [][]int64 {
	var out [][]int64
	for _, g := range groups {
		var ids []int64
		for _, i := range g {
			ids = append(ids, docs[i].ID)
		}
		sort.Slice(ids, func(a, b int) bool { return ids[a] < ids[b] })
		out = append(out, ids)
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

func TestClusterRules(t *testing.T) {
	base := Doc{Title: "Hollins Creek dam collapses in Riverton", Lead: "The Hollins Creek dam above Riverton collapsed on Tuesday, flooding the town.", Outlet: "A", Published: day(3, 6)}
	with := func(f func(*Doc)) Doc { d := base; f(&d); return d }
	tests := []struct {
		name string
		docs []Doc
		p    Params
		want [][]int
	}{
		{"same event, two outlets", []Doc{base, with(func(d *Doc) { d.Outlet = "B"; d.Published = day(4, 6) })}, Params{}, [][]int{{0, 1}}},
		{"outside the window", []Doc{base, with(func(d *Doc) { d.Outlet = "B"; d.Published = day(8, 6) })}, Params{}, nil},
		{"wider window", []Doc{base, with(func(d *Doc) { d.Outlet = "B"; d.Published = day(8, 6) })}, Params{Window: 7 * 24 * time.Hour}, [][]int{{0, 1}}},
		{"undated joins", []Doc{base, with(func(d *Doc) { d.Outlet = "B"; d.Published = time.Time{} })}, Params{}, [][]int{{0, 1}}},
		{"no shared name", []Doc{
			{Title: "Dam collapses after heavy rain", Lead: "A dam collapsed on Tuesday near Riverton after heavy rain.", Outlet: "A", Published: day(3, 1)},
			{Title: "Dam collapses after heavy rain", Lead: "A dam collapsed on Tuesday near Lakeside after heavy rain.", Outlet: "B", Published: day(3, 1)},
		}, Params{}, nil},
		{"no shared name, rule off", []Doc{
			{Title: "Dam collapses after heavy rain", Lead: "A dam collapsed on Tuesday near Riverton after heavy rain.", Outlet: "A", Published: day(3, 1)},
			{Title: "Dam collapses after heavy rain", Lead: "A dam collapsed on Tuesday near Lakeside after heavy rain.", Outlet: "B", Published: day(3, 1)},
		}, Params{MinSharedNames: -1}, [][]int{{0, 1}}},
		{"one doc", []Doc{base}, Params{}, nil},
		{"empty texts", []Doc{{Outlet: "A"}, {Outlet: "B"}}, Params{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Cluster(tt.docs, tt.p); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Cluster = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSameOutletPenalty(t *testing.T) {
	// Two articles from one outlet on related but different events (a
	// rate rise and a later rate outlook) stay apart, while the same pair
	// from two outlets would be joined at the plain threshold.
	a := Doc{Outlet: "Ledger", Published: day(5, 12), Title: "Bank of Norland raises interest rate to 5 percent",
		Lead: "The Bank of Norland raised its interest rate to 5 percent on Thursday, citing inflation."}
	b := Doc{Outlet: "Ledger", Published: day(6, 12), Title: "Economists split on whether Bank of Norland will pause rate rises",
		Lead: "Economists disagreed on Friday about whether the Bank of Norland will stop raising its interest rate after inflation eased."}
	docs := []Doc{a, b}
	sim := averageLink([]int{0}, []int{1}, prepare(docs, DefaultParams), DefaultParams)
	p := Params{Threshold: sim - 0.01}
	if got := Cluster(docs, p); got != nil {
		t.Errorf("same outlet, similarity %.3f, threshold %.3f: got %v, want apart", sim, p.Threshold, got)
	}
	b.Outlet = "Star"
	if got := Cluster([]Doc{a, b}, p); !reflect.DeepEqual(got, [][]int{{0, 1}}) {
		t.Errorf("two outlets, similarity %.3f, threshold %.3f: got %v, want joined", sim, p.Threshold, got)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string // norm, with * for names-eligible (capitalised, not sentence start) and ! for acronyms
	}{
		{"The U.S. Senate voted.", "the us.! senat* vot"},
		{"Police say 2,411 remains were found.", "polic say 2411 remain wer found"},
		{"NATO's chief met al-Sadr's envoy", "nato! chief met al-sadr envoy"},
		{"Strikes, striking; policies", "strik strik policy"},
	}
	for _, tt := range tests {
		var parts []string
		for _, tok := range tokenize(tt.in) {
			s := tok.norm
			if tok.acronym {
				s += "!"
			} else if tok.capitalised && !tok.sentenceStart {
				s += "*"
			}
			parts = append(parts, s)
		}
		if got := strings.Join(parts, " "); got != tt.want {
			t.Errorf("tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
