package app

// signalInfo describes one signal for the pages: its name, what its rate is
// per, and whether the reader highlights it in the text.
type signalInfo struct {
	ID        string
	Name      string
	Per       string // the denominator, as shown to users
	Highlight bool
}

// signals lists the signals of SPEC.md "Analysis" in display order.
var signals = []signalInfo{
	{"L1", "Loaded and subjective terms", "narrator words", true},
	{"L2", "Intensifiers and boosters", "narrator words", true},
	{"L3", "Puffery and dysphemism", "narrator words", true},
	{"L4", "Euphemisms", "article", true},
	{"L5", "Scare quotes and distancing", "article", true},
	{"N1", "Naming of actors", "mentions", true},
	{"N2", "Distinctive wording", "story", false},
	{"E1", "Attribution verbs", "quotes", true},
	{"E2", "Hedges", "narrator words", true},
	{"E4", "Vague attribution", "attributions", true},
	{"E5", "Unattributed evaluative claims", "narrator sentences", true},
	{"E6", "Agent-hiding", "harm mentions", true},
	{"S1", "Sourcing", "quotes", false},
	{"T1", "Tone toward actors", "mentions", true},
	{"F1", "Policy frames", "sentences", false},
	{"F2", "Conflict frames", "sentences", false},
	{"F4", "Episodic vs thematic", "sentences", false},
}

// mixSignals are the signals of the overview's signal-mix chart: the
// wording signals counted in the outlet's own voice.
var mixSignals = []string{"L1", "L2", "L3", "L4", "L5", "E2", "E4", "E5"}

// signalName returns a signal's display name ("L1 Loaded and subjective
// terms"), or the id alone when it is unknown.
func signalName(id string) string {
	for _, s := range signals {
		if s.ID == id {
			return s.Name
		}
	}
	return id
}

// signalKnown reports whether id is a signal id.
func signalKnown(id string) bool {
	for _, s := range signals {
		if s.ID == id {
			return true
		}
	}
	return false
}

// policyFrames and conflictFrames are the frame ids of issue 3, in order.
var (
	policyFrames = []string{"economic", "capacity_resources", "morality", "fairness_equality", "legality",
		"policy_prescription", "crime_punishment", "security_defense", "health_safety", "quality_of_life",
		"cultural_identity", "public_opinion", "political", "external_regulation", "other"}
	conflictFrames = []string{"humanitarian", "security", "diplomatic", "legal", "domestic_political"}
)

// frameName turns a frame id into words ("security_defense" -> "security defense").
func frameName(id string) string {
	b := []byte(id)
	for i, c := range b {
		if c == '_' {
			b[i] = ' '
		}
	}
	return string(b)
}

// signalIDs are the ids of signals, for queries that pivot counts.
var signalIDs = func() []string {
	ids := make([]string, len(signals))
	for i, s := range signals {
		ids[i] = s.ID
	}
	return ids
}()
