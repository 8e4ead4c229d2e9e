package store

// Compact evidence storage (migration 0007). An article's highlights are one
// BLOB in article_evidence instead of a row each: about 110 highlights per
// article made the one-row-per-hit table, with its three indexes, more than
// half of the database and most of an import's write time.
//
// The blob holds, in reading order (start ascending, then end descending):
//
//	uvarint  number of strings, then each as uvarint length + bytes
//	uvarint  number of hits, then per hit:
//	  uvarint  start - previous start
//	  uvarint  end - start
//	  uvarint  key id (evidence_keys: signal, category, entry)
//	  uvarint  flags: bit 0 negated, bit 1 weight is not 1, bit 2 speaker,
//	           bit 3 term stored, bits 4.. the voice as a string index
//	  [weight] zigzag varint: an even value 2k is k/1000, an odd value is
//	           followed by the 8 bytes of the float64
//	  [speaker] uvarint string index
//	  [term]    uvarint string index; without it the term is the matched
//	            text lower-cased (what the analysis stores almost always),
//	            so terms cost nothing
//
// entry_hits keeps one row per article and key with its number of hits (n)
// and of hits outside direct quotes (own): it answers which articles an
// entry, pack or category hits, and the lexicon page's counts.
//
// A highlight's ID is article_id<<hitIDShift | its index in the blob: stable
// for as long as the article is not rescored, and the same in every list
// (evidence page links and article anchors agree).

import (
	"context"
	"database/sql"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

// hitIDShift makes room for 2^20 highlights per article in a highlight ID.
const hitIDShift = 20

// maxArticleHits is the most highlights one article can store.
const maxArticleHits = 1<<hitIDShift - 1

// HitID is the ID of the index-th highlight (in reading order) of an article.
func HitID(articleID int64, index int) int64 { return articleID<<hitIDShift | int64(index) }

// evKey is one lexicon key of a highlight.
type evKey struct{ signal, category, entry string }

// keyDict maps keys to evidence_keys IDs for a writer, adding missing keys
// in its transaction. It must be dropped when that transaction rolls back.
type keyDict map[evKey]int64

func (d keyDict) id(ctx context.Context, tx *sql.Tx, k evKey) (int64, error) {
	if id, ok := d[k]; ok {
		return id, nil
	}
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM evidence_keys WHERE signal = ? AND category = ? AND entry = ?",
		k.signal, k.category, k.entry).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		id, err = insertID(ctx, tx, "INSERT INTO evidence_keys (signal, category, entry) VALUES (?, ?, ?)",
			k.signal, k.category, k.entry)
	}
	if err != nil {
		return 0, fmt.Errorf("store: evidence key %s/%s: %w", k.signal, k.entry, err)
	}
	d[k] = id
	return id, nil
}

// keyHits counts one key's highlights in an article.
type keyHits struct {
	key    int64
	n, own int
}

// encodeEvidence returns the blob of ev (text is the article's text, for
// terms that are the matched text lower-cased) and its hits per key, by key.
func encodeEvidence(ctx context.Context, tx *sql.Tx, keys keyDict, text string, ev []Evidence) ([]byte, []keyHits, error) {
	if len(ev) > maxArticleHits {
		return nil, nil, fmt.Errorf("store: %d highlights in one article, at most %d", len(ev), maxArticleHits)
	}
	order := make([]int, len(ev))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := &ev[order[i]], &ev[order[j]]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	strs := map[string]uint64{}
	var table []string
	str := func(s string) uint64 {
		i, ok := strs[s]
		if !ok {
			i = uint64(len(table))
			strs[s] = i
			table = append(table, s)
		}
		return i
	}
	perKey := map[int64]int{} // key -> index in kh
	var kh []keyHits
	body := make([]byte, 0, len(ev)*6+8)
	body = binary.AppendUvarint(body, uint64(len(ev)))
	prev := 0
	for _, i := range order {
		e := &ev[i]
		if e.Start < prev || e.End < e.Start {
			return nil, nil, fmt.Errorf("store: highlight %d-%d: bad offsets", e.Start, e.End)
		}
		id, err := keys.id(ctx, tx, evKey{e.Signal, e.Category, e.Entry})
		if err != nil {
			return nil, nil, err
		}
		flags := str(e.Voice) << 4
		if e.Negated {
			flags |= 1
		}
		if e.Weight != 1 {
			flags |= 2
		}
		if e.Speaker != "" {
			flags |= 4
		}
		derived := e.End <= len(text) && strings.ToLower(text[e.Start:e.End]) == e.Term
		if !derived {
			flags |= 8
		}
		body = binary.AppendUvarint(body, uint64(e.Start-prev))
		body = binary.AppendUvarint(body, uint64(e.End-e.Start))
		body = binary.AppendUvarint(body, uint64(id))
		body = binary.AppendUvarint(body, flags)
		if e.Weight != 1 {
			if k := math.Round(e.Weight * 1000); k/1000 == e.Weight && math.Abs(k) < 1<<50 {
				body = binary.AppendVarint(body, int64(k)*2)
			} else {
				body = binary.AppendVarint(body, 1)
				body = binary.LittleEndian.AppendUint64(body, math.Float64bits(e.Weight))
			}
		}
		if e.Speaker != "" {
			body = binary.AppendUvarint(body, str(e.Speaker))
		}
		if !derived {
			body = binary.AppendUvarint(body, str(e.Term))
		}
		prev = e.Start
		j, ok := perKey[id]
		if !ok {
			j = len(kh)
			perKey[id] = j
			kh = append(kh, keyHits{key: id})
		}
		kh[j].n++
		if e.Voice != "direct_quote" {
			kh[j].own++
		}
	}
	head := binary.AppendUvarint(nil, uint64(len(table)))
	for _, s := range table {
		head = binary.AppendUvarint(head, uint64(len(s)))
		head = append(head, s...)
	}
	sort.Slice(kh, func(i, j int) bool { return kh[i].key < kh[j].key })
	return append(head, body...), kh, nil
}

// blobHit is one decoded highlight. Its term is term, or the matched text
// lower-cased when derived.
type blobHit struct {
	start, end     int
	key            int64
	voice, speaker string
	negated        bool
	weight         float64
	term           string
	derived        bool
}

// termIn is the highlight's term, given the article's text.
func (h *blobHit) termIn(text string) string {
	if !h.derived {
		return h.term
	}
	if h.end > len(text) {
		return ""
	}
	return strings.ToLower(text[h.start:h.end])
}

var errBadBlob = errors.New("store: damaged evidence blob")

// decodeEvidence decodes a blob, appending its highlights to out.
func decodeEvidence(data []byte, out []blobHit) ([]blobHit, error) {
	p := 0
	uv := func() (uint64, bool) {
		v, n := binary.Uvarint(data[p:])
		if n <= 0 {
			return 0, false
		}
		p += n
		return v, true
	}
	ns, ok := uv()
	if !ok || ns > uint64(len(data)) {
		return out, errBadBlob
	}
	table := make([]string, ns)
	for i := range table {
		l, ok := uv()
		if !ok || l > uint64(len(data)-p) {
			return out, errBadBlob
		}
		table[i] = string(data[p : p+int(l)])
		p += int(l)
	}
	nh, ok := uv()
	if !ok || nh > uint64(len(data)) {
		return out, errBadBlob
	}
	sidx := func() (string, bool) {
		i, ok := uv()
		if !ok || i >= uint64(len(table)) {
			return "", false
		}
		return table[i], true
	}
	start := 0
	for range nh {
		var h blobHit
		ds, ok1 := uv()
		l, ok2 := uv()
		k, ok3 := uv()
		flags, ok4 := uv()
		if !ok1 || !ok2 || !ok3 || !ok4 || ds > math.MaxInt32 || l > math.MaxInt32 {
			return out, errBadBlob
		}
		start += int(ds)
		h.start, h.end, h.key = start, start+int(l), int64(k)
		vi := flags >> 4
		if vi >= uint64(len(table)) {
			return out, errBadBlob
		}
		h.voice = table[vi]
		h.negated = flags&1 != 0
		h.weight = 1
		if flags&2 != 0 {
			w, n := binary.Varint(data[p:])
			if n <= 0 {
				return out, errBadBlob
			}
			p += n
			if w&1 == 0 {
				h.weight = float64(w/2) / 1000
			} else {
				if len(data)-p < 8 {
					return out, errBadBlob
				}
				h.weight = math.Float64frombits(binary.LittleEndian.Uint64(data[p:]))
				p += 8
			}
		}
		if flags&4 != 0 {
			if h.speaker, ok = sidx(); !ok {
				return out, errBadBlob
			}
		}
		if flags&8 != 0 {
			if h.term, ok = sidx(); !ok {
				return out, errBadBlob
			}
		} else {
			h.derived = true
		}
		out = append(out, h)
	}
	return out, nil
}

// writeEvidence stores article id's highlights: its blob and its entry_hits
// rows. The article must have none stored.
func writeEvidence(ctx context.Context, tx *sql.Tx, w *rowWriter, keys keyDict, id int64, text string, ev []Evidence) error {
	if len(ev) == 0 {
		return nil
	}
	blob, kh, err := encodeEvidence(ctx, tx, keys, text, ev)
	if err != nil {
		return fmt.Errorf("store: evidence of %d: %w", id, err)
	}
	if err := w.insert(ctx, tx, "article_evidence", "article_id, data", 2, []any{id, blob}); err != nil {
		return err
	}
	args := make([]any, 0, len(kh)*4)
	for _, k := range kh {
		args = append(args, k.key, id, k.n, k.own)
	}
	return w.insert(ctx, tx, "entry_hits", "key_id, article_id, n, own", 4, args)
}

// deleteEvidence removes the highlights of the articles matching cond (over
// articles a; its arguments args): their entry_hits rows, found from their
// blobs by primary key, then the blobs.
func deleteEvidence(ctx context.Context, tx *sql.Tx, pg bool, cond string, args ...any) error {
	rows, err := tx.QueryContext(ctx, `SELECT d.article_id, d.data FROM article_evidence d JOIN articles a ON a.id = d.article_id
		WHERE `+cond, args...)
	if err != nil {
		return fmt.Errorf("store: delete evidence: %w", err)
	}
	type pair struct{ key, article int64 }
	var pairs []pair
	var ids []int64
	var hits []blobHit
	for rows.Next() {
		var id int64
		var data []byte
		if err := rows.Scan(&id, &data); err != nil {
			rows.Close()
			return fmt.Errorf("store: delete evidence: %w", err)
		}
		ids = append(ids, id)
		if hits, err = decodeEvidence(data, hits[:0]); err != nil {
			rows.Close()
			return fmt.Errorf("store: delete evidence of %d: %w", id, err)
		}
		seen := map[int64]bool{}
		for _, h := range hits {
			if !seen[h.key] {
				seen[h.key] = true
				pairs = append(pairs, pair{h.key, id})
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: delete evidence: %w", err)
	}
	if len(ids) == 0 {
		return nil
	}
	list, _ := json.Marshal(ids)
	if len(pairs) > 200_000 {
		// Most of the table: one pass over it is cheaper than a lookup each.
		if _, err := tx.ExecContext(ctx, "DELETE FROM entry_hits WHERE article_id IN ("+jsonEach(pg, true, "?")+")", string(list)); err != nil {
			return fmt.Errorf("store: delete evidence: %w", err)
		}
	} else {
		st, err := tx.PrepareContext(ctx, "DELETE FROM entry_hits WHERE key_id = ? AND article_id = ?")
		if err != nil {
			return fmt.Errorf("store: delete evidence: %w", err)
		}
		defer st.Close()
		for _, p := range pairs {
			if _, err := st.ExecContext(ctx, p.key, p.article); err != nil {
				return fmt.Errorf("store: delete evidence: %w", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM article_evidence WHERE article_id IN ("+jsonEach(pg, true, "?")+")", string(list)); err != nil {
		return fmt.Errorf("store: delete evidence: %w", err)
	}
	return nil
}

// querier is what both pools and a transaction can run a query on.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// evidenceKeys reads the keys with the given IDs (all keys when ids is nil).
func evidenceKeys(ctx context.Context, q querier, pg bool, ids map[int64]bool) (map[int64]evKey, error) {
	query := "SELECT id, signal, category, entry FROM evidence_keys"
	var args []any
	if ids != nil {
		list := make([]int64, 0, len(ids))
		for id := range ids {
			list = append(list, id)
		}
		b, _ := json.Marshal(list)
		query += " WHERE id IN (" + jsonEach(pg, true, "?") + ")"
		args = append(args, string(b))
	}
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("store: evidence keys: %w", err)
	}
	defer rows.Close()
	out := map[int64]evKey{}
	for rows.Next() {
		var id int64
		var k evKey
		if err := rows.Scan(&id, &k.signal, &k.category, &k.entry); err != nil {
			return nil, fmt.Errorf("store: evidence keys: %w", err)
		}
		out[id] = k
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: evidence keys: %w", err)
	}
	return out, nil
}

// rowOf is the EvidenceRow of the index-th highlight of article id.
func rowOf(id int64, index int, h *blobHit, k evKey, text string) EvidenceRow {
	return EvidenceRow{ID: HitID(id, index), ArticleID: id, Start: h.start, End: h.end, Signal: k.signal,
		Category: k.category, Entry: k.entry, Voice: h.voice, Speaker: h.speaker, Negated: h.negated,
		Weight: h.weight, Term: h.termIn(text)}
}

// ArticleEvidence returns an article's highlights by start offset (then
// longest first).
func (db *DB) ArticleEvidence(ctx context.Context, articleID int64) ([]EvidenceRow, error) {
	var text string
	var data []byte
	err := db.read.QueryRowContext(ctx, `SELECT a.text, d.data FROM article_evidence d JOIN articles a ON a.id = d.article_id
		WHERE d.article_id = ?`, articleID).Scan(&text, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("store: evidence of %d: %w", articleID, err)
	}
	hits, err := decodeEvidence(data, nil)
	if err != nil {
		return nil, fmt.Errorf("store: evidence of %d: %w", articleID, err)
	}
	ids := map[int64]bool{}
	for _, h := range hits {
		ids[h.key] = true
	}
	keys, err := evidenceKeys(ctx, db.read, db.pg, ids)
	if err != nil {
		return nil, err
	}
	out := make([]EvidenceRow, len(hits))
	for i := range hits {
		out[i] = rowOf(articleID, i, &hits[i], keys[hits[i].key], text)
	}
	return out, nil
}

// evArticle is one article read with its highlights for a scan.
type evArticle struct {
	id, outletID                         int64
	outlet, story, title, published, lex string
	text                                 string
	data                                 []byte
}

// eachEvidence calls fn for each article with highlights matching where
// (over articles a, stories s, article_evidence d), newest article first.
// Articles are read in chunks that are closed before fn runs, so fn may
// query the database, and the scan stops when fn returns false. The text
// is read only when withText.
func (db *DB) eachEvidence(ctx context.Context, where string, args []any, withText bool, fn func(*evArticle) (bool, error)) error {
	textCol := "''"
	if withText {
		textCol = "a.text"
	}
	q := `SELECT a.id, a.outlet_id, o.name, coalesce(s.key, ''), a.title, a.published, a.lexicon_version, ` + textCol + `, d.data
		FROM article_evidence d JOIN articles a ON a.id = d.article_id JOIN outlets o ON o.id = a.outlet_id
		LEFT JOIN stories s ON s.id = a.story_id
		WHERE ` + where + ` AND d.article_id < ? ORDER BY d.article_id DESC LIMIT ?`
	before := int64(math.MaxInt64)
	chunk := 32
	for {
		rows, err := db.read.QueryContext(ctx, q, append(append([]any{}, args...), before, chunk)...)
		if err != nil {
			return fmt.Errorf("store: evidence scan: %w", err)
		}
		var arts []evArticle
		for rows.Next() {
			var a evArticle
			if err := rows.Scan(&a.id, &a.outletID, &a.outlet, &a.story, &a.title, &a.published, &a.lex, &a.text, &a.data); err != nil {
				rows.Close()
				return fmt.Errorf("store: evidence scan: %w", err)
			}
			arts = append(arts, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("store: evidence scan: %w", err)
		}
		for i := range arts {
			more, err := fn(&arts[i])
			if err != nil || !more {
				return err
			}
		}
		if len(arts) < chunk {
			return nil
		}
		before = arts[len(arts)-1].id
		chunk = min(chunk*2, 1024)
	}
}

// keyFilter is the set of keys a hit filter allows (nil: every key), and the
// condition narrowing articles to those with such a key (or "").
func (f HitFilter) keyFilter(ctx context.Context, q querier, pg bool) (allowed map[int64]evKey, narrow string, nargs []any, err error) {
	var conds []string
	var args []any
	if f.Signal != "" {
		conds = append(conds, "e.signal = ?")
		args = append(args, f.Signal)
	}
	if f.Entry != "" {
		conds = append(conds, "e.entry = ?")
		args = append(args, f.Entry)
	}
	if f.evidenceScoped() {
		ew, eargs := f.evidenceWhere(pg)
		conds = append(conds, ew)
		args = append(args, eargs...)
	}
	if len(conds) == 0 {
		return nil, "", nil, nil
	}
	rows, err := q.QueryContext(ctx, "SELECT e.id, e.signal, e.category, e.entry FROM evidence_keys e WHERE "+strings.Join(conds, " AND "), args...)
	if err != nil {
		return nil, "", nil, fmt.Errorf("store: evidence keys: %w", err)
	}
	defer rows.Close()
	allowed = map[int64]evKey{}
	var list []int64
	for rows.Next() {
		var id int64
		var k evKey
		if err := rows.Scan(&id, &k.signal, &k.category, &k.entry); err != nil {
			return nil, "", nil, fmt.Errorf("store: evidence keys: %w", err)
		}
		allowed[id] = k
		list = append(list, id)
	}
	if err := rows.Err(); err != nil {
		return nil, "", nil, fmt.Errorf("store: evidence keys: %w", err)
	}
	if f.Entry != "" || f.evidenceScoped() {
		// Entries are rare enough that the articles they hit (entry_hits,
		// by key) are the short list to scan; a signal alone hits most
		// articles, which are scanned newest first instead.
		b, _ := json.Marshal(list)
		narrow = "d.article_id IN (SELECT article_id FROM entry_hits WHERE key_id IN (" + jsonEach(pg, true, "?") + "))"
		nargs = []any{string(b)}
	}
	return allowed, narrow, nargs, nil
}

// EachHit calls fn for each evidence row matching f, newest article first
// and, within an article, from its last highlight back, so that an export
// of every hit keeps memory bounded. f.Limit <= 0 means no limit.
// The context is cut from the stored text by byte offsets and trimmed to
// whole UTF-8 characters.
func (db *DB) EachHit(ctx context.Context, f HitFilter, fn func(*Hit) error) error {
	allowed, narrow, nargs, err := f.keyFilter(ctx, db.read, db.pg)
	if err != nil {
		return err
	}
	if allowed != nil && len(allowed) == 0 {
		return nil
	}
	where, args := f.articleWhere()
	if narrow != "" {
		where += " AND " + narrow
		args = append(args, nargs...)
	}
	if f.ArticleID != 0 {
		where += " AND d.article_id = ?"
		args = append(args, f.ArticleID)
	}
	term := strings.ToLower(f.Term)
	skip, left := f.Offset, f.Limit
	if left <= 0 {
		left = -1
	}
	keys := allowed // the filter's keys, or every key once a hit needs one
	var hits []blobHit
	var h Hit
	return db.eachEvidence(ctx, where, args, true, func(a *evArticle) (bool, error) {
		var err error
		if hits, err = decodeEvidence(a.data, hits[:0]); err != nil {
			return false, fmt.Errorf("store: evidence of %d: %w", a.id, err)
		}
		for i := len(hits) - 1; i >= 0; i-- {
			b := &hits[i]
			if allowed != nil {
				if _, ok := allowed[b.key]; !ok {
					continue
				}
			}
			switch f.Voice {
			case "":
			case "own":
				// The outlet's own wording: everything but direct quotes,
				// as the stored per-article counts count it.
				if b.voice == "direct_quote" {
					continue
				}
			default:
				if b.voice != f.Voice {
					continue
				}
			}
			if f.Term != "" && b.termIn(a.text) != term {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			k, ok := keys[b.key]
			if !ok && allowed == nil {
				if keys, err = evidenceKeys(ctx, db.read, db.pg, nil); err != nil {
					return false, err
				}
				k = keys[b.key]
			}
			h = Hit{EvidenceRow: rowOf(a.id, i, b, k, a.text), OutletID: a.outletID, Outlet: a.outlet, Story: a.story,
				Title: a.title, Published: a.published, LexiconVersion: a.lex}
			if b.end <= len(a.text) {
				h.Before = TrimStart(a.text[max(0, b.start-80):b.start])
				h.Match = a.text[b.start:b.end]
				h.After = TrimEnd(a.text[b.end:min(len(a.text), b.end+80)])
			}
			if err := fn(&h); err != nil {
				return false, err
			}
			if left > 0 {
				left--
				if left == 0 {
					return false, nil
				}
			}
		}
		return true, nil
	})
}

// TermStats returns the most frequent evidence terms per outlet over the
// filter's articles (at most limit rows per outlet, most frequent first).
// Quoted speech is left out: the outlet's wording is what its profile shows.
func (db *DB) TermStats(ctx context.Context, f Filter, limit int) ([]TermStat, error) {
	allowed, narrow, nargs, err := HitFilter{Filter: f}.keyFilter(ctx, db.read, db.pg)
	if err != nil {
		return nil, err
	}
	if allowed != nil && len(allowed) == 0 {
		return nil, nil
	}
	where, args := f.articleWhere()
	if narrow != "" {
		where += " AND " + narrow
		args = append(args, nargs...)
	}
	type tkey struct {
		outlet, key int64
		term        string
	}
	counts := map[tkey]int{}
	var hits []blobHit
	err = db.eachEvidence(ctx, where, args, true, func(a *evArticle) (bool, error) {
		var err error
		if hits, err = decodeEvidence(a.data, hits[:0]); err != nil {
			return false, fmt.Errorf("store: evidence of %d: %w", a.id, err)
		}
		for i := range hits {
			b := &hits[i]
			if b.voice == "direct_quote" {
				continue
			}
			if allowed != nil {
				if _, ok := allowed[b.key]; !ok {
					continue
				}
			}
			if t := b.termIn(a.text); t != "" {
				counts[tkey{a.outletID, b.key, t}]++
			}
		}
		return true, nil
	})
	if err != nil {
		return nil, fmt.Errorf("store: term stats: %w", err)
	}
	keys, err := evidenceKeys(ctx, db.read, db.pg, nil)
	if err != nil {
		return nil, err
	}
	// Terms are counted per key; a term of one signal and entry under two
	// categories counts once, as the old GROUP BY signal, entry, term did.
	type skey struct {
		outlet              int64
		signal, entry, term string
	}
	merged := map[skey]int{}
	for k, n := range counts {
		ek := keys[k.key]
		merged[skey{k.outlet, ek.signal, ek.entry, k.term}] += n
	}
	out := make([]TermStat, 0, len(merged))
	for k, n := range merged {
		out = append(out, TermStat{OutletID: k.outlet, Signal: k.signal, Entry: k.entry, Term: k.term, Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := &out[i], &out[j]
		if a.OutletID != b.OutletID {
			return a.OutletID < b.OutletID
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Term != b.Term {
			return a.Term < b.Term
		}
		if a.Signal != b.Signal {
			return a.Signal < b.Signal
		}
		return a.Entry < b.Entry
	})
	res := out[:0]
	n := 0
	for i, s := range out {
		if i == 0 || out[i-1].OutletID != s.OutletID {
			n = 0
		}
		if n < limit {
			res = append(res, s)
		}
		n++
	}
	return res, nil
}

// blobTotals sums, per outlet, signal, entry and term, the highlights that
// outlet_term_totals counts in the articles matching cond (over articles a,
// with its arguments numbered from ?2, as adjustAggregates binds them).
//
// It also sums, per lexicon entry, the highlights (all voices) and the
// articles with at least one (entry_totals).
func blobTotals(ctx context.Context, tx *sql.Tx, pg bool, cond string, args []any) ([][5]any, []entryTotal, error) {
	// ?1 (the sign) is unused but numbered: PostgreSQL needs its type.
	rows, err := tx.QueryContext(ctx, `SELECT a.id, a.outlet_id, a.text, d.data FROM article_evidence d
		JOIN articles a ON a.id = d.article_id WHERE CAST(?1 AS integer) = CAST(?1 AS integer) AND `+cond, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("store: aggregates: %w", err)
	}
	type tkey struct {
		outlet, key int64
		term        string
	}
	counts := map[tkey]int{}
	used := map[int64]bool{}
	keyHits := map[int64]int{}         // key -> highlights
	keyArticles := map[int64][]int64{} // key -> articles, each once
	var hits []blobHit
	for rows.Next() {
		var id, outlet int64
		var text string
		var data []byte
		if err := rows.Scan(&id, &outlet, &text, &data); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("store: aggregates: %w", err)
		}
		if hits, err = decodeEvidence(data, hits[:0]); err != nil {
			rows.Close()
			return nil, nil, fmt.Errorf("store: aggregates: evidence of %d: %w", id, err)
		}
		for i := range hits {
			b := &hits[i]
			keyHits[b.key]++
			if a := keyArticles[b.key]; len(a) == 0 || a[len(a)-1] != id {
				keyArticles[b.key] = append(a, id)
			}
			used[b.key] = true
			if b.voice == "direct_quote" {
				continue
			}
			if t := b.termIn(text); t != "" {
				counts[tkey{outlet, b.key, t}]++
				used[b.key] = true
			}
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("store: aggregates: %w", err)
	}
	if len(used) == 0 {
		return nil, nil, nil
	}
	keys, err := evidenceKeys(ctx, tx, pg, used)
	if err != nil {
		return nil, nil, err
	}
	// An entry under several keys (signals, categories) counts an article
	// once.
	entryHits := map[string]int{}
	entryArticles := map[string]map[int64]bool{}
	for k, n := range keyHits {
		e := keys[k].entry
		if e == "" {
			continue
		}
		entryHits[e] += n
		if entryArticles[e] == nil {
			entryArticles[e] = map[int64]bool{}
		}
		for _, id := range keyArticles[k] {
			entryArticles[e][id] = true
		}
	}
	entries := make([]entryTotal, 0, len(entryHits))
	for e, n := range entryHits {
		entries = append(entries, entryTotal{Entry: e, Hits: n, Articles: len(entryArticles[e])})
	}
	type skey struct {
		outlet              int64
		signal, entry, term string
	}
	merged := map[skey]int{}
	for k, n := range counts {
		ek := keys[k.key]
		switch ek.signal {
		case "S1", "F1", "F2", "F4", "E5":
			// Sentence-level signals are not terms (see migration 0006).
			continue
		}
		merged[skey{k.outlet, ek.signal, ek.entry, k.term}] += n
	}
	out := make([][5]any, 0, len(merged))
	for k, n := range merged {
		out = append(out, [5]any{k.outlet, k.signal, k.entry, k.term, n})
	}
	return out, entries, nil
}

// entryTotal is one entry's change to entry_totals.
type entryTotal struct {
	Entry    string `json:"e"`
	Hits     int    `json:"h"`
	Articles int    `json:"a"`
}

// migrateEvidence is the Go step of migration 0007: it converts the rows of
// the old evidence table into blobs and entry_hits rows, a range of article
// IDs at a time, and drops the table (and with it its indexes).
func migrateEvidence(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'evidence'").Scan(&n); err != nil {
		return fmt.Errorf("convert evidence: %w", err)
	}
	if n == 0 {
		return nil
	}
	var last int64
	if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(article_id), 0) FROM evidence").Scan(&last); err != nil {
		return fmt.Errorf("convert evidence: %w", err)
	}
	keys := keyDict{}
	cache := map[string]*sql.Stmt{}
	defer func() {
		for _, st := range cache {
			st.Close()
		}
	}()
	const span = 2000
	for from := int64(0); from < last; from += span {
		ev := map[int64][]Evidence{}
		var ids []int64
		rows, err := tx.QueryContext(ctx, `SELECT article_id, start, end, signal, category, entry, voice, speaker, negated,
				weight, term
			FROM evidence WHERE article_id > ? AND article_id <= ? ORDER BY article_id, start, end DESC, id`, from, from+span)
		if err != nil {
			return fmt.Errorf("convert evidence: %w", err)
		}
		for rows.Next() {
			var id int64
			var e Evidence
			if err := rows.Scan(&id, &e.Start, &e.End, &e.Signal, &e.Category, &e.Entry, &e.Voice, &e.Speaker,
				&e.Negated, &e.Weight, &e.Term); err != nil {
				rows.Close()
				return fmt.Errorf("convert evidence: %w", err)
			}
			if ev[id] == nil {
				ids = append(ids, id)
			}
			ev[id] = append(ev[id], e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("convert evidence: %w", err)
		}
		for _, id := range ids {
			var text string
			err := tx.QueryRowContext(ctx, "SELECT text FROM articles WHERE id = ?", id).Scan(&text)
			if errors.Is(err, sql.ErrNoRows) {
				continue // rows of a deleted article (foreign keys were off)
			}
			if err != nil {
				return fmt.Errorf("convert evidence of %d: %w", id, err)
			}
			if err := writeEvidence(ctx, tx, &rowWriter{stmts: cache}, keys, id, text, ev[id]); err != nil {
				return fmt.Errorf("convert evidence: %w", err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, "DROP TABLE evidence"); err != nil {
		return fmt.Errorf("convert evidence: %w", err)
	}
	return nil
}
