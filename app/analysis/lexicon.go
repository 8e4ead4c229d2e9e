package analysis

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Signal ids, as SPEC.md names them. Every Result.Counts map holds all of
// them.
var SignalIDs = []string{"L1", "L2", "L3", "L4", "L5", "N1", "E1", "E2", "E4", "E5", "S1", "T1", "F1", "F2", "F4"}

// Indices into SignalIDs.
const (
	sigL1 = iota
	sigL2
	sigL3
	sigL4
	sigL5
	sigN1
	sigE1
	sigE2
	sigE4
	sigE5
	sigS1
	sigT1
	sigF1
	sigF2
	sigF4
	numSignals
)

// lexiconSignals are the signals a lexicon entry may carry. E5 and S1 are
// computed by rules and have no entries.
var lexiconSignals = map[string]bool{
	"L1": true, "L2": true, "L3": true, "L4": true, "L5": true, "N1": true,
	"E1": true, "E2": true, "E4": true, "F1": true, "F2": true, "F4": true, "T1": true,
}

// PolicyFrames are the 15 Media Frames Corpus dimensions (signal F1), in
// the order Result.Frames lists them.
var PolicyFrames = []string{"economic", "capacity_resources", "morality", "fairness_equality", "legality",
	"policy_prescription", "crime_punishment", "security_defense", "health_safety", "quality_of_life",
	"cultural_identity", "public_opinion", "political", "external_regulation", "other"}

// ConflictFrames are the conflict frames (signal F2), listed after the
// policy frames in Result.Frames.
var ConflictFrames = []string{"humanitarian", "security", "diplomatic", "legal", "domestic_political"}

// NarrativeFrames are the episodic/thematic categories (signal F4). They
// are counted and given as evidence but are not part of Result.Frames.
var NarrativeFrames = []string{"episodic", "thematic"}

// Pack is one lexicon pack file.
type Pack struct {
	ID, Title, Description, Topic, Reviewed string
	File                                    string // file name inside the lexicon directory
	Entries                                 int
}

// Entry is one lexicon entry. Forms are as written in the pack; the
// inflections the matcher adds are not listed.
type Entry struct {
	ID, Pack      string
	Forms         []string
	Signal        string
	Category      string
	Weight        float64
	Explain       string
	Alternatives  []string
	Actor         string
	Label         string
	Side          string
	Notes         string
	Sources       string
	Inflect       bool     // add regular inflections of each form's last word
	CaseSensitive bool     // match only the exact capitalisation
	NotBefore     []string // the entry does not match right after these words
	File          string   // pack file name
	Line          int      // line of the entry's "id:" in File
	sig           int      // index of Signal in SignalIDs
	frame         int      // index of Category in the frame order for F1, F2, F4; else -1
}

// Lexicon is a loaded, immutable set of packs with the matcher built from
// them. It is safe for concurrent use.
type Lexicon struct {
	version string
	packs   []*Pack
	entries []*Entry
	byID    map[string]*Entry
	m       *matcher
}

// Version is the lexicon's content hash: the first 12 hex digits of the
// sha256 over the pack files' bytes in file-name order.
func (l *Lexicon) Version() string { return l.version }

// Entries returns every entry sorted by pack, then id.
func (l *Lexicon) Entries() []*Entry { return l.entries }

// Entry returns the entry with id.
func (l *Lexicon) Entry(id string) (*Entry, bool) {
	e, ok := l.byID[id]
	return e, ok
}

// Packs returns the packs sorted by id.
func (l *Lexicon) Packs() []*Pack { return l.packs }

// LexiconError is a problem in a pack file, at a line (0 when the problem
// concerns the whole file).
type LexiconError struct {
	File string
	Line int
	Msg  string
}

func (e *LexiconError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("lexicon %s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("lexicon %s: %s", e.File, e.Msg)
}

// LoadLexicon reads every *.lex file at the root of fsys, checks it and
// builds the matcher. Errors name the file and line.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	names, err := fs.Glob(fsys, "*.lex")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	sort.Strings(names)
	h := sha256.New()
	l := &Lexicon{byID: map[string]*Entry{}}
	packIDs := map[string]string{}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s: %w", name, err)
		}
		h.Write(data)
		p, entries, err := parsePack(name, data)
		if err != nil {
			return nil, err
		}
		if other, ok := packIDs[p.ID]; ok {
			return nil, &LexiconError{File: name, Msg: fmt.Sprintf("pack id %q is also used by %s", p.ID, other)}
		}
		packIDs[p.ID] = name
		for _, e := range entries {
			if prev, ok := l.byID[e.ID]; ok {
				return nil, &LexiconError{File: name, Line: e.Line,
					Msg: fmt.Sprintf("id %q is already used at %s:%d", e.ID, prev.File, prev.Line)}
			}
			l.byID[e.ID] = e
			l.entries = append(l.entries, e)
		}
		l.packs = append(l.packs, p)
	}
	l.version = hex.EncodeToString(h.Sum(nil))[:12]
	sort.Slice(l.packs, func(i, j int) bool { return l.packs[i].ID < l.packs[j].ID })
	sort.Slice(l.entries, func(i, j int) bool {
		a, b := l.entries[i], l.entries[j]
		if a.Pack != b.Pack {
			return a.Pack < b.Pack
		}
		return a.ID < b.ID
	})
	m, err := buildMatcher(l.entries)
	if err != nil {
		return nil, err
	}
	l.m = m
	return l, nil
}

var entryKeys = map[string]bool{
	"id": true, "forms": true, "signal": true, "category": true, "weight": true, "explain": true,
	"alternatives": true, "notes": true, "sources": true, "actor": true, "label": true, "side": true,
	"inflect": true, "case": true, "not_before": true,
}

func parsePack(name string, data []byte) (*Pack, []*Entry, error) {
	p := &Pack{ID: strings.TrimSuffix(path.Base(name), ".lex"), File: name}
	var entries []*Entry
	var block map[string]lexField
	blockLine := 0
	flush := func() error {
		if block == nil {
			return nil
		}
		e, err := entryFromBlock(name, blockLine, block)
		if err != nil {
			return err
		}
		e.Pack = p.ID
		entries = append(entries, e)
		block = nil
		return nil
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	ln := 0
	for sc.Scan() {
		ln++
		line := strings.TrimSpace(sc.Text())
		if ln == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		switch {
		case line == "":
			if err := flush(); err != nil {
				return nil, nil, err
			}
			continue
		case strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "@"):
			if block != nil {
				return nil, nil, &LexiconError{File: name, Line: ln, Msg: "header line inside an entry (leave a blank line before it)"}
			}
			key, val, _ := strings.Cut(line[1:], " ")
			val = strings.TrimSpace(val)
			switch key {
			case "pack":
				if val == "" {
					return nil, nil, &LexiconError{File: name, Line: ln, Msg: "@pack needs an id"}
				}
				p.ID = val
			case "title":
				p.Title = val
			case "description":
				p.Description = val
			case "topic":
				p.Topic = val
			case "reviewed":
				p.Reviewed = val
			default:
				return nil, nil, &LexiconError{File: name, Line: ln, Msg: fmt.Sprintf("unknown header @%s (want @pack, @title, @description, @topic, @reviewed)", key)}
			}
			continue
		}
		key, val, ok := strings.Cut(line, ":")
		if !ok {
			return nil, nil, &LexiconError{File: name, Line: ln, Msg: fmt.Sprintf("want \"key: value\", got %q", clip(line))}
		}
		key = strings.TrimSpace(key)
		val = strings.TrimSpace(val)
		if !entryKeys[key] {
			return nil, nil, &LexiconError{File: name, Line: ln, Msg: fmt.Sprintf("unknown key %q", key)}
		}
		if block == nil {
			block = map[string]lexField{}
			blockLine = ln
		}
		if _, dup := block[key]; dup {
			return nil, nil, &LexiconError{File: name, Line: ln, Msg: fmt.Sprintf("key %q given twice in one entry", key)}
		}
		block[key] = lexField{val, ln}
	}
	if err := sc.Err(); err != nil {
		return nil, nil, &LexiconError{File: name, Line: ln, Msg: err.Error()}
	}
	if err := flush(); err != nil {
		return nil, nil, err
	}
	p.Entries = len(entries)
	return p, entries, nil
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "..."
	}
	return s
}

// splitList splits "a | b | c" into its trimmed, non-empty parts.
func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "|") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

var frameCategories = map[string]map[string]bool{
	"F1": setOf(PolicyFrames),
	"F2": setOf(ConflictFrames),
	"F4": setOf(NarrativeFrames),
	"T1": setOf([]string{"positive", "negative", "neutral"}),
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// lexField is one "key: value" line of an entry.
type lexField struct {
	val  string
	line int
}

func entryFromBlock(file string, line int, block map[string]lexField) (*Entry, error) {
	get := func(k string) (string, int) {
		f, ok := block[k]
		if !ok {
			return "", line
		}
		return f.val, f.line
	}
	e := &Entry{File: file, Line: line, Weight: 1, Inflect: true}
	for _, k := range []string{"id", "forms", "signal", "explain"} {
		if v, _ := get(k); v == "" {
			return nil, &LexiconError{File: file, Line: line, Msg: fmt.Sprintf("entry without %s (required: id, forms, signal, explain)", k)}
		}
	}
	e.ID, _ = get("id")
	if strings.ContainsAny(e.ID, " \t|") {
		return nil, &LexiconError{File: file, Line: line, Msg: fmt.Sprintf("id %q has a space or |", e.ID)}
	}
	forms, fl := get("forms")
	e.Forms = splitList(forms)
	if len(e.Forms) == 0 {
		return nil, &LexiconError{File: file, Line: fl, Msg: "forms is empty"}
	}
	sig, sl := get("signal")
	if !lexiconSignals[sig] {
		return nil, &LexiconError{File: file, Line: sl, Msg: fmt.Sprintf("unknown signal %q (want one of L1 L2 L3 L4 L5 N1 E1 E2 E4 F1 F2 F4 T1)", sig)}
	}
	e.Signal = sig
	e.frame = -1
	for i, id := range SignalIDs {
		if id == sig {
			e.sig = i
		}
	}
	e.Category, _ = get("category")
	if fi, ok := frameIdxMap[e.Category]; ok && (sig == "F1" || sig == "F2" || sig == "F4") {
		e.frame = fi
	}
	if cats, ok := frameCategories[sig]; ok && !cats[e.Category] {
		_, cl := get("category")
		return nil, &LexiconError{File: file, Line: cl, Msg: fmt.Sprintf("category %q is not valid for signal %s", e.Category, sig)}
	}
	if w, wl := get("weight"); w != "" {
		f, err := strconv.ParseFloat(w, 64)
		if err != nil || f < 0 {
			return nil, &LexiconError{File: file, Line: wl, Msg: fmt.Sprintf("weight %q is not a non-negative number", w)}
		}
		e.Weight = f
	}
	e.Explain, _ = get("explain")
	alts, _ := get("alternatives")
	e.Alternatives = splitList(alts)
	e.Actor, _ = get("actor")
	e.Label, _ = get("label")
	e.Side, _ = get("side")
	e.Notes, _ = get("notes")
	e.Sources, _ = get("sources")
	if sig == "N1" && e.Actor == "" {
		return nil, &LexiconError{File: file, Line: line, Msg: "an N1 entry needs actor:"}
	}
	if v, vl := get("inflect"); v != "" {
		switch strings.ToLower(v) {
		case "yes":
		case "no":
			e.Inflect = false
		default:
			return nil, &LexiconError{File: file, Line: vl, Msg: fmt.Sprintf("inflect %q: want yes or no", v)}
		}
	}
	if v, vl := get("case"); v != "" {
		switch strings.ToLower(v) {
		case "sensitive":
			e.CaseSensitive = true
		case "insensitive":
		default:
			return nil, &LexiconError{File: file, Line: vl, Msg: fmt.Sprintf("case %q: want sensitive or insensitive", v)}
		}
	}
	nb, _ := get("not_before")
	e.NotBefore = splitList(nb)
	return e, nil
}
