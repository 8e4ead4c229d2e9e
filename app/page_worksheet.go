package app

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gofiber/fiber/v2"
)

// The worksheet is a print view of a lesson (A4 or US Letter): the
// articles as the lesson shows them (blind until revealed), in wide line
// spacing to mark words on paper, questions prompted by what the tool
// found, and an answer sheet with the tool's findings on its own pages so
// it can be kept back.

// worksheetPage is a lesson's worksheet.
type worksheetPage struct {
	*lessonPage
	Paper     string // "a4" or "letter"
	Answers   bool   // print the answer sheet
	Back      string
	Questions []question
	Findings  []finding
	Texts     [][]string // each column's text as paragraphs
}

// question is one worksheet question, with a row per outlet to answer in
// when Each is set.
type question struct {
	Text string
	Each bool
}

// finding is the tool's findings for one outlet, for the answer sheet.
type finding struct {
	Label string
	Hits  []findingHit
}

// findingHit is one highlighted wording and why.
type findingHit struct {
	Words   string
	Signal  string
	Name    string
	Explain string
	Voice   string
	Count   int
}

func (s *server) handleWorksheet(c *fiber.Ctx) error {
	lp, _, err := s.lesson(c)
	if err != nil {
		return err
	}
	p := &worksheetPage{lessonPage: lp, Paper: "a4", Answers: c.Query("answers") != "0",
		Back: strings.TrimSuffix(lp.Path, "/worksheet")}
	if c.Query("paper") == "letter" {
		p.Paper = "letter"
	}
	for _, col := range lp.Columns {
		var paras []string
		for _, para := range strings.Split(col.Text, "\n") {
			if para = strings.TrimSpace(para); para != "" {
				paras = append(paras, para)
			}
		}
		p.Texts = append(p.Texts, paras)
	}
	p.Questions = worksheetQuestions(lp)
	p.Findings = s.worksheetFindings(lp)
	return s.renderRoot(c, "worksheet", "worksheet", p)
}

// worksheetQuestions asks about what the evidence shows: the actors the
// outlets name differently, the loaded words, who is quoted with which
// verbs, hedges and vague sources, and hidden agents.
func worksheetQuestions(p *lessonPage) []question {
	var qs []question
	for _, r := range p.Naming {
		differ := map[string]bool{}
		for _, c := range r.Cells {
			for _, n := range c.Names {
				differ[n.Term] = true
			}
		}
		if len(differ) >= 2 {
			qs = append(qs, question{Text: fmt.Sprintf("Which words does each outlet use for %s? What does each choice suggest?", r.Actor), Each: true})
		}
		if len(qs) >= 3 {
			break
		}
	}
	has := func(sig string) bool {
		for _, col := range p.Columns {
			for _, e := range col.Evidence {
				if e.Signal == sig && e.Voice != "direct_quote" {
					return true
				}
			}
		}
		return false
	}
	if has("L1") || has("L3") {
		qs = append(qs, question{Text: "Underline words in each article that judge instead of describe. For one of them, write a more neutral word.", Each: true})
	}
	if has("E1") {
		qs = append(qs, question{Text: "Circle the verbs that introduce quotes (said, claimed, admitted …). Which ones tell you what to think of the speaker?", Each: true})
	}
	qs = append(qs, question{Text: "Who does each outlet quote? Whose voice is missing?", Each: true})
	if has("E2") || has("E4") {
		qs = append(qs, question{Text: "Find a claim with a vague source (\"critics say\", \"officials said\") or a hedge (\"reportedly\"). Why might the writer choose it?"})
	}
	if has("E6") {
		qs = append(qs, question{Text: "Find a sentence about harm that does not say who caused it. Rewrite it so it does."})
	}
	qs = append(qs, question{Text: "Which outlet would you trust most to inform you about this event, and why? Point to words in the texts."})
	return qs
}

// worksheetFindings lists, per outlet, the tool's highlights a student
// could mark (loaded names and verbs, not neutral ones), in the outlet's
// own voice and in quotes, with counts, in the order of the reasons.
func (s *server) worksheetFindings(p *lessonPage) []finding {
	var out []finding
	for _, col := range p.Columns {
		f := finding{Label: col.Label}
		idx := map[string]int{}
		for _, e := range col.Evidence {
			if !s.toolMarks(e) {
				continue
			}
			words := strings.ToLower(safeSlice(col.Text, e.Start, e.End))
			voice := "outlet's own words"
			switch e.Voice {
			case "direct_quote":
				voice = "inside a quote"
			case "reported":
				voice = "reported speech"
			case "headline":
				voice = "headline"
			}
			k := e.Signal + "\x00" + words + "\x00" + voice
			if i, ok := idx[k]; ok {
				f.Hits[i].Count++
				continue
			}
			h := findingHit{Words: words, Signal: e.Signal, Name: signalName(e.Signal), Voice: voice, Count: 1}
			if en, ok := s.lex.Entry(e.Entry); ok {
				h.Explain = en.Explain
			} else {
				h.Explain = ruleExplain[e.Signal]
			}
			idx[k] = len(f.Hits)
			f.Hits = append(f.Hits, h)
		}
		sort.SliceStable(f.Hits, func(i, j int) bool { return reasonRank(f.Hits[i].Signal) < reasonRank(f.Hits[j].Signal) })
		out = append(out, f)
	}
	return out
}

// reasonRank orders signals as the students' reasons are listed.
func reasonRank(sig string) int {
	for i, r := range markReasons {
		if r.ID == sig {
			return i
		}
	}
	return len(markReasons)
}
