package berita

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// Quote is one quotation: content the article attributes to a source.
// Text is what the quotation says: inside the marks for a [Direct]
// quote, the content clause without cue, speaker and "bahwa" for the
// others. The embedded Span locates Text, so text[Start:End] == Text.
type Quote struct {
	Kind QuoteKind `json:"kind"`
	Text string    `json:"text"`
	Span
	// Speakers are the Names of the actors the quote is attributed to, in
	// the order the article gives them; empty for an unnamed source.
	Speakers []string `json:"speakers"`
	// Cue is the reporting word as written ("kata", "mengatakan",
	// "katanya", "menurut"), or "" for a quoted paragraph that continues
	// the previous speaker.
	Cue string `json:"cue"`
	// CueSpan locates Cue; it is the zero Span when Cue is "".
	CueSpan Span `json:"cue_span"`
}

// qpair is one pair of quotation marks in a paragraph.
type qpair struct {
	open, close int  // token indices of the marks; close is -1 when unclosed
	inner       Span // the text between the marks, trimmed
}

// quotedRanges returns, per paragraph, the spans inside quotation marks
// (marks excluded), in order. Marks that enclose nothing hold no offset
// and give no span. The spans of all paragraphs share one array, and the
// lists and that array are the quote finder's, kept for the next parse of
// d: they serve only while d is being parsed.
func quotedRanges(d *doc) [][]Span {
	d.quotePairs()
	f := &d.finder
	// The spans lie in the order of the pairs in f.allPairs, so the
	// paragraphs' lists end where their pairs' do.
	all := slices.Grow(f.allSpans[:0], len(f.allPairs))
	for _, q := range f.allPairs {
		all = append(all, q.inner)
	}
	out := slices.Grow(f.spanLists[:0], len(d.paras))[:len(d.paras)]
	from := int32(0)
	for i, end := range f.pairEnds {
		if end > from {
			out[i] = all[from:end:end]
		} else {
			out[i] = nil // a paragraph without pairs has none, not an empty list
		}
		from = end
	}
	f.allSpans, f.spanLists = all, out
	return out
}

// quotePairs returns the quotation-mark pairs of every paragraph,
// computed once: the actors and the quotes both need them. Pairs whose
// marks enclose nothing (“”) are left out: there are as many of them as
// marks in a text made of marks, and only the reported speech of a
// paragraph ever asks for them (see quoteFinder.hollowPairs).
//
// The pairs of all paragraphs share one array, the quote finder's, kept
// for the next parse of d like the list of them.
func (d *doc) quotePairs() [][]qpair {
	if d.pairs != nil {
		return d.pairs
	}
	f := &d.finder
	all := f.allPairs[:0]
	ends := slices.Grow(f.pairEnds[:0], len(d.paras))[:len(d.paras)]
	f.hasHollow = resetBools(f.hasHollow, len(d.paras))
	marks := newMarkScanner(d.text, len(d.text))
	for i := range d.paras {
		p := &d.paras[i]
		if at := marks.lead(p.Start); at >= 0 && at < p.End {
			// (Most paragraphs hold no mark.)
			all, f.hasHollow[i] = appendPairs(all, d, p, &marks, false)
		}
		ends[i] = int32(len(all))
	}
	// Slice the lists once all has stopped moving.
	out := slices.Grow(f.pairLists[:0], len(d.paras))[:len(d.paras)]
	from := int32(0)
	for i, end := range ends {
		if end > from {
			out[i] = all[from:end:end]
		} else {
			out[i] = nil // a paragraph without pairs has none, not an empty list
		}
		from = end
	}
	f.pairEnds = ends
	f.allPairs, f.pairLists = all, out
	d.pairs = out
	return out
}

func isDoubleMark(s string) bool {
	switch s {
	case "“", "”", "\"", "„", "«", "»":
		return true
	}
	return false
}

// appendPairs appends to dst the pairs of the top-level double quotation
// marks of a paragraph, and of single marks ‘…’ where no double mark is
// open: the pairs that enclose some text or, with hollow, those that
// enclose none. A mark is opening or closing by its shape where it has
// one, else by alternation; Kompas's ” opens when a word follows it
// directly. A mark left open closes at the paragraph end.
//
// marks finds where the marks of p begin; it must not have been asked
// about the text after p.Start. others reports whether p has pairs of the
// other kind.
func appendPairs(dst []qpair, d *doc, p *para, marks *markScanner, hollow bool) (_ []qpair, others bool) {
	open, single := -1, false
	text := d.text
	first := marks.lead(p.Start)
	if first < 0 || first >= p.End {
		return dst, false
	}
	// From the first lead byte on, the tokens tell the marks quicker
	// than the search for their bytes, which would stop at each.
	for i := markToken(p.toks, tokenFrom(p, 0, first)); i < len(p.toks); i = markToken(p.toks, i+1) {
		t := &p.toks[i]
		s := pairingMark(text[t.Start:p.End])
		if s == "" {
			continue // ' ‹ ›
		}
		double := isDoubleMark(s)
		if open < 0 {
			if !double && s != "‘" {
				continue // a stray closing single mark
			}
			if s == "”" || s == "»" {
				// Kompas opens with ”: only when a word follows directly.
				if next, _ := utf8.DecodeRuneInString(text[t.End:p.End]); t.End >= p.End || isSpace(next) {
					continue
				}
			}
			open, single = i, !double
			continue
		}
		if single != !double {
			continue // a mark of the other kind inside the quotation
		}
		if single && s != "’" {
			continue
		}
		// An opening mark while one is open: the first was never closed.
		reopen := double && (s == "“" || s == "«" || s == "„")
		if touching := p.toks[open].End == t.Start; !touching || hollow {
			// (Marks that touch enclose nothing: no need to trim between.)
			if q := makePair(d, p, open, i, !reopen); q.hollow() == hollow {
				dst = append(dst, q)
			} else {
				others = true
			}
		} else {
			others = true
		}
		if reopen {
			open = i
		} else {
			open = -1
		}
	}
	if open >= 0 {
		// A pair cut at a comma (see unclosedPair) encloses the comma, so
		// only one that runs to the paragraph end can be hollow.
		q := makePair(d, p, open, -1, false)
		if q.hollow() == hollow {
			if !hollow {
				q = unclosedPair(d, p, open)
			}
			dst = append(dst, q)
		} else {
			others = true
		}
	}
	return dst, others
}

// markToken returns the index of the first token of toks from token i on
// that is a quotation mark (a kind after tWord and tPunct), or len(toks).
func markToken(toks []token, i int) int {
	for i < len(toks) && toks[i].kind <= tPunct {
		i++
	}
	return i
}

// markScanner finds the lead bytes of the quotation marks that pair (a
// double mark, ‘ or ’): '"', 0xE2 (the UTF-8 lead of “ ” ‘ ’ „) and 0xC2
// (of « »); the other marks (' ‹ ›) never open or close a pair. It
// searches the text for them rather than look at every token, and one
// scanner serves the paragraphs of a text in order: a paragraph without
// marks, as most are, costs no search once the next lead byte is known
// to lie past its end.
type markScanner struct {
	text string
	end  int // where the search stops
	// next holds, per lead byte, its first offset at or after the last
	// one searched from, end if none, or -1 before the first search;
	// first is the first lead byte at or after that offset, end if none:
	// the least of next, but in a run of marks (see search).
	next  [3]int
	first int
}

var markLeads = [3]byte{'"', 0xE2, 0xC2}

// newMarkScanner returns a scanner for text[:end]. Ask it about offsets
// that do not decrease.
func newMarkScanner(text string, end int) markScanner {
	return markScanner{text: text, end: end, next: [3]int{-1, -1, -1}, first: -1}
}

// lead returns the first offset at or after off that holds a lead byte,
// or -1. It is small enough to be inlined: a paragraph without marks
// costs its first test.
func (m *markScanner) lead(off int) int {
	if m.first < off {
		m.first = m.search(off)
	}
	if m.first >= m.end {
		return -1
	}
	return m.first
}

// search returns the first offset at or after off that holds a lead
// byte, or m.end, bringing m.next up to date for off.
func (m *markScanner) search(off int) int {
	end := m.end
	if off < end {
		// Marks come in runs in a text made of them: “”“”. (The next
		// offsets of the other bytes stay behind: they are searched for
		// again when asked about an offset past them.)
		if c := m.text[off]; c == '"' || c == 0xE2 || c == 0xC2 {
			return off
		}
	}
	first := end
	for j, at := range m.next {
		if at < off {
			at = end
			if i := strings.IndexByte(m.text[off:end], markLeads[j]); i >= 0 {
				at = off + i
			}
			m.next[j] = at
		}
		first = min(first, at)
	}
	return first
}

// tokenFrom returns the index of the first token of p, from token k on,
// that starts at or after offset off. It gallops, then halves: the token
// is usually one of the next few.
func tokenFrom(p *para, k, off int) int {
	lo, hi, step := k, k, 1 // tokens before lo start before off; hi is len(p.toks) or starts at or after off
	for hi < len(p.toks) && p.toks[hi].Start < off {
		lo, hi, step = hi+1, hi+step, 2*step
	}
	hi = min(hi, len(p.toks))
	return lo + sort.Search(hi-lo, func(j int) bool { return p.toks[lo+j].Start >= off })
}

// pairingMark returns the quotation mark that pairs at the start of s,
// one of “ ” " „ « » ‘ ’, or "".
func pairingMark(s string) string {
	switch s[0] {
	case '"':
		return s[:1]
	case 0xE2: // “ ” ‘ ’ „ are U+2018, U+2019, U+201C, U+201D, U+201E
		if len(s) >= 3 && s[1] == 0x80 {
			switch s[2] {
			case 0x98, 0x99, 0x9C, 0x9D, 0x9E:
				return s[:3]
			}
		}
	case 0xC2: // « » are U+00AB, U+00BB
		if len(s) >= 2 && (s[1] == 0xAB || s[1] == 0xBB) {
			return s[:2]
		}
	}
	return ""
}

// hollow reports whether the marks of q enclose nothing but white space.
func (q qpair) hollow() bool { return q.inner.Start >= q.inner.End }

// unclosedPair makes the pair of a mark left open at the paragraph end.
// Scraped text loses closing marks: when a cue follows a comma inside
// (“Anak-anak sudah berjuang, kata Andre.) the quotation ends there.
func unclosedPair(d *doc, p *para, open int) qpair {
	t := lex()
	for k := open + 2; k+1 < len(p.toks); k++ {
		if d.str(p.toks[k]) != "," || p.toks[k+1].kind != tWord {
			continue
		}
		w := d.low(p.toks[k+1])
		base, nya := strings.CutSuffix(w, "nya")
		if t.cues[w]&cAfter != 0 || nya && t.cues[base]&(cAfter|cAfterWeak) != 0 {
			q := makePair(d, p, open, -1, false)
			q.inner.End = p.toks[k].End
			q.close = k // the comma stands in for the closing mark
			return q
		}
	}
	return makePair(d, p, open, -1, false)
}

func makePair(d *doc, p *para, open, close int, closed bool) qpair {
	s := p.toks[open].End
	e := p.End
	if close >= 0 {
		e = p.toks[close].Start
	}
	s, e = trimSpan(d.text, s, e)
	q := qpair{open: open, close: close, inner: Span{s, e}}
	if !closed {
		q.close = -1
	}
	return q
}

// quoteFinder attributes the quotations of one article.
type quoteFinder struct {
	finderState
	quoteBuffers
}

// finderState is what a quoteFinder knows of the article it reads: it is
// set anew for each (see start).
type finderState struct {
	d    *doc
	e    *entities
	t    *tables
	cues *cueWords
	// last holds the speakers of the latest quote and its paragraph, for
	// continuations and "-nya" back-references.
	last     []int
	lastPara int
	pairs    [][]qpair
	// main is the person the body quotes most, once mainKnown; headlines
	// come after the body, so it does not change while they are read.
	main      int
	mainKnown bool
	hollowOf  int // the paragraph whose hollow pairs hollow holds
}

// quoteBuffers are the arrays of a quoteFinder, which a doc keeps for its
// next parse (see release).
type quoteBuffers struct {
	// quotes are those found so far. Their Speakers lie in names; both are
	// copied out, in a slice of their own size, when the finder is done.
	quotes quoteLog
	names  []string
	// mentions indexes e.mentions, in order, leaving out those nested in
	// a person's phrase ("Korea Selatan" in "Menteri Luar Negeri Korea
	// Selatan Park Jin"); those of paragraph pi are
	// mentions[paraFrom[pi]:paraFrom[pi+1]].
	mentions []int32
	paraFrom []int32
	nested   []bool

	// ids holds the lists of actors that the finder hands round (the
	// speakers of a cue, a pronoun's referents): they are read until the
	// article is done, so the lists only ever add up.
	ids []int

	// allPairs holds the quotation-mark pairs of every paragraph, which
	// pairLists (doc.pairs) slices; allSpans and spanLists are the same
	// for quotedRanges. They serve the whole parse.
	allPairs  []qpair
	pairLists [][]qpair
	pairEnds  []int32 // where the pairs of each paragraph end in allPairs
	hasHollow []bool  // the paragraph has hollow pairs (see hollowPairs)
	allSpans  []Span
	spanLists [][]Span

	// Per paragraph.
	direct   []bool   // pair is a direct quote
	usedSent []bool   // sentence holds a direct quote's cue
	hollow   []qpair  // the hollow pairs of paragraph hollowOf
	key      []byte   // a two-word cue being looked up
	words    []string // the words of a headline before its cue
}

// findQuotes finds the quotations of d and attributes them to actors.
func findQuotes(d *doc, ents *entities) []Quote {
	f := &d.finder
	f.start(d, ents)
	for pi := range d.paras {
		if !ents.headline[pi] {
			f.paragraph(pi)
		}
	}
	// Headlines last: "Ketua Banggar DPR Nilai …" may name by role the
	// person the body quotes.
	for pi := range d.paras {
		if ents.headline[pi] {
			f.headline(pi)
		}
	}
	return f.result()
}

// start readies f for the article d, in the buffers that the last parse
// of d left (see release).
func (f *quoteFinder) start(d *doc, ents *entities) {
	f.finderState = finderState{d: d, e: ents, t: ents.t, cues: ents.t.cueWords, lastPara: -10, hollowOf: -1,
		pairs: d.quotePairs()}
	f.nested = nestedMentions(ents.mentions, f.nested)
	f.mentions, f.paraFrom = mentionsByPara(len(d.paras), ents.mentions, f.nested, f.mentions, f.paraFrom)
}

// result returns the quotes in text order, in one slice of their number,
// with their speakers in another; never nil.
func (f *quoteFinder) result() []Quote {
	out := make([]Quote, 0, f.quotes.n)
	for _, c := range f.quotes.filled() {
		out = append(out, c...)
	}
	// A headline's quote, found last, goes first: the only ones out of
	// order, and few.
	byStart := func(a, b Quote) int { return cmp.Compare(a.Start, b.Start) }
	if !slices.IsSortedFunc(out, byStart) {
		slices.SortStableFunc(out, byStart)
	}
	names := make([]string, 0, len(f.names))
	for i := range out {
		q := &out[i]
		if len(q.Speakers) == 0 {
			continue // []string{}: "speakers": [], not null
		}
		from := len(names)
		names = append(names, q.Speakers...)
		q.Speakers = names[from:len(names):len(names)]
	}
	return out
}

// release empties f for the next parse of its doc, keeping its buffers.
func (f *quoteFinder) release() {
	f.quoteBuffers.empty()
	f.finderState = finderState{}
}

// empty empties b and drops every reference it holds into the text.
func (b *quoteBuffers) empty() {
	b.quotes.reset()
	// To their capacity: a list refilled from empty leaves words of the
	// text past its last length.
	clear(b.names[:cap(b.names)])
	clear(b.key[:cap(b.key)]) // it holds two words of the text
	clear(b.words[:cap(b.words)])
	b.names, b.key, b.words = b.names[:0], b.key[:0], b.words[:0]
	b.mentions, b.paraFrom, b.nested = b.mentions[:0], b.paraFrom[:0], b.nested[:0]
	b.direct, b.usedSent, b.hollow = b.direct[:0], b.usedSent[:0], b.hollow[:0]
	// The lists of pairs and spans point into b's own arrays, which hold
	// offsets only: emptying them is enough.
	b.ids = b.ids[:0]
	b.allPairs, b.pairLists, b.pairEnds, b.hasHollow = b.allPairs[:0], b.pairLists[:0], b.pairEnds[:0], b.hasHollow[:0]
	b.allSpans, b.spanLists = b.allSpans[:0], b.spanLists[:0]
}

// quoteLog collects quotes in chunks that never move, so that a long
// article's quotes are not copied again and again as they grow. The doc
// keeps the chunks for its next parse.
type quoteLog struct {
	chunks [][]Quote // chunks[:cur] are full, chunks[cur] is being filled
	cur    int
	n      int
}

func (l *quoteLog) add(q Quote) {
	if len(l.chunks) > 0 && len(l.chunks[l.cur]) == cap(l.chunks[l.cur]) {
		l.cur++
	}
	if l.cur == len(l.chunks) {
		size := 8
		if l.cur > 0 {
			size = min(2*cap(l.chunks[l.cur-1]), 1024)
		}
		l.chunks = append(l.chunks, make([]Quote, 0, size))
	}
	l.chunks[l.cur] = append(l.chunks[l.cur], q)
	l.n++
}

// filled returns the chunks that hold the quotes, in order.
func (l *quoteLog) filled() [][]Quote {
	if len(l.chunks) == 0 {
		return nil
	}
	return l.chunks[:l.cur+1]
}

// reset empties the log, keeping its chunks.
func (l *quoteLog) reset() {
	for i, c := range l.filled() {
		clear(c)
		l.chunks[i] = c[:0]
	}
	l.cur, l.n = 0, 0
}

// mentionsByPara fills list with the indices of the mentions ms (in text
// order) that are not nested in another's phrase, and from with where
// those of each of n paragraphs begin among them, with n+1 entries.
func mentionsByPara(n int, ms []actorRef, nested []bool, list, from []int32) ([]int32, []int32) {
	list = list[:0]
	from = slices.Grow(from[:0], n+1)[:n+1]
	clear(from)
	for i := range ms {
		if !nested[i] {
			list = append(list, int32(i))
			from[ms[i].para+1]++
		}
	}
	for pi := 1; pi <= n; pi++ {
		from[pi] += from[pi-1]
	}
	return list, from
}

// add appends a quote with the given speakers.
func (f *quoteFinder) add(kind QuoteKind, s Span, cue Span, speakers []int) {
	s.Start, s.End = trimSpan(f.d.text, s.Start, s.End)
	s = trimQuoteEnd(f.d.text, s, kind)
	if s.Start >= s.End {
		return
	}
	q := Quote{Kind: kind, Span: s, Text: f.d.text[s.Start:s.End]}
	if cue.End > cue.Start {
		q.Cue, q.CueSpan = f.d.text[cue.Start:cue.End], cue
	}
	var seen map[int]bool // for a long list; a short one is searched
	if len(speakers) > 16 {
		seen = make(map[int]bool, len(speakers))
	}
	from := len(f.names)
	for i, a := range speakers {
		if a < 0 {
			continue
		}
		if seen != nil {
			if seen[a] {
				continue
			}
			seen[a] = true
		} else if slices.Contains(speakers[:i], a) {
			continue
		}
		f.names = append(f.names, f.e.actors[a].Name)
	}
	q.Speakers = f.names[from:len(f.names):len(f.names)]
	if len(q.Speakers) == 0 {
		q.Speakers = []string{} // "speakers": [], not null
	}
	f.quotes.add(q)
}

// trimQuoteEnd drops the final period of reported content and a comma
// left before a cue.
func trimQuoteEnd(text string, s Span, kind QuoteKind) Span {
	if kind == Direct {
		return s
	}
	for s.End > s.Start {
		r, n := utf8.DecodeLastRuneInString(text[s.Start:s.End])
		if r != '.' && r != ',' && r != ';' && r != ':' && r != ' ' && r != '-' && r != '—' && r != '–' {
			break
		}
		s.End -= n
	}
	for s.End > s.Start {
		r, n := utf8.DecodeRuneInString(text[s.Start:s.End])
		if r != ',' && r != ':' && r != ' ' {
			break
		}
		s.Start += n
	}
	return s
}

// paragraph finds the quotes of body paragraph pi: the direct ones first,
// then reported speech in the sentences around them.
func (f *quoteFinder) paragraph(pi int) {
	p := &f.d.paras[pi]
	pairs := f.pairs[pi]
	if len(pairs) == 0 {
		// Most paragraphs: no quotation marks, so no direct quote.
		f.reported(pi, p, nil, nil)
		return
	}
	f.direct = resetBools(f.direct, len(pairs))
	// Sentence indices run to len(p.sents)-1, or 0 with no sentence.
	f.usedSent = resetBools(f.usedSent, len(p.sents)+1)
	for qi, q := range pairs {
		if f.directQuote(pi, qi, q, f.usedSent) {
			f.direct[qi] = true
		}
	}
	f.reported(pi, p, f.direct, f.usedSent)
}

// resetBools returns buf resized to n and cleared, reusing its array.
func resetBools(buf []bool, n int) []bool {
	if cap(buf) < n {
		return make([]bool, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// cueInfo is what the quote finder asks of a folded word.
type cueInfo struct {
	class cueSet // with the -nya forms of after-cues ("katanya") as their base
	// firstOfTwo: the word starts a cue of two words that takes a
	// content clause ("memberi sinyal").
	firstOfTwo bool
	// menurut: the word is "menurut" or "menurutnya", which introduce
	// their source as no other cue does (see quoteFinder.menurut).
	menurut bool
}

// wordClass is a set of the small classes of words the quote finder's
// grammar asks about, beside cues: with them in one map and its filter,
// a word that is in none costs a filter test instead of a map lookup per
// class.
type wordClass uint16

const (
	wPreVerb       wordClass = 1 << iota // see preVerb
	wCoordinator                         // see coordinator
	wPreposition                         // see prepositions
	wSubjectAfter                        // see subjectAfter
	wNotVerb                             // see notVerbs
	wAdjunctHead                         // see adjunctHead
	wObjectVerb                          // see objectVerbs
	wRemindVerb                          // see remindVerbs
	wPredicate                           // see predicateWords
	wFunction                            // a function word (tables.function)
	wPronoun                             // a pronoun of any class (tables.pronouns)
	wPersonal                            // a pronoun of a person or a group: "dia", "mereka"
	wDemonstrative                       // a demonstrative pronoun: "itu", "tersebut"
)

// wordClassSets are the package's word sets, with their class.
var wordClassSets = []struct {
	class wordClass
	set   map[string]bool
}{
	{wPreVerb, preVerb}, {wCoordinator, coordinator}, {wPreposition, prepositions},
	{wSubjectAfter, subjectAfter}, {wNotVerb, notVerbs}, {wAdjunctHead, adjunctHead},
	{wObjectVerb, objectVerbs}, {wRemindVerb, remindVerbs}, {wPredicate, predicateWords},
}

// pronounClass returns the classes of a pronoun of class cl (see
// tables.pronouns).
func pronounClass(cl string) wordClass {
	switch cl {
	case "":
		return 0
	case "person", "plural":
		return wPronoun | wPersonal
	case "demonstrative":
		return wPronoun | wDemonstrative
	}
	return wPronoun
}

// reports reports whether a word of this cueInfo may start reported
// speech (see quoteFinder.reported): most words may not.
func (i cueInfo) reports() bool {
	return i.class&(cBefore|cRequest|cAfter|cAfterWeak|cPassive) != 0 || i.firstOfTwo || i.menurut
}

// cueWords answers what the quote finder asks of a folded word, in one
// lookup: cueClass with the "-nya" forms of after-cues spelled out, and
// whether the word starts a two-word cue; and, in another, its
// wordClass. Most words are no cue; a filter turns them away before the
// map is hashed. The classes have a map and a filter of their own, so
// that the frequent function words do not pass the filter of the cues,
// which every word of a sentence meets.
type cueWords struct {
	m      map[string]cueInfo
	filter wordFilter
	// filter2 holds other bits (see secondBit) of the words that may
	// start reported speech (see cueInfo.reports): the words of a
	// sentence that pass filter, one in ten, must pass it too before they
	// reach the map.
	filter2 bitFilter

	classes map[string]wordClass
	// classHint holds, for each value of classSlot, the classes of the
	// words that have it: a word is looked up only when one of the
	// classes asked is there, which turns away the frequent function
	// words when the grammar asks for a rarer class.
	classHint [1 << classSlotBits]wordClass
}

// classSlotBits is the size of cueWords.classHint: 4096 slots, 8 KiB,
// for some hundred words.
const classSlotBits = 12

// classSlot hashes the non-empty w to a slot of cueWords.classHint.
func classSlot(w string) uint32 { return wordBit(w) >> (14 - classSlotBits) }

// bitFilter is a wordFilter with another hash (secondBit): a word that
// passes both is much likelier to be in their set than one that passes
// one.
type bitFilter [wordFilterBits / 64]uint64

// secondBit hashes the length and three bytes of the non-empty w other
// than those of wordBit (but for words of three bytes or fewer) to a bit
// of a bitFilter.
func secondBit(w string) uint32 {
	n := len(w)
	x := uint32(n)<<24 | uint32(w[n/4]) | uint32(w[n-1-n/4])<<8 | uint32(w[min(1, n-1)])<<16
	return (x * 0x85EBCA77) >> (32 - 14)
}

func (f *bitFilter) add(w string) {
	if w != "" {
		(*wordFilter)(f).set(secondBit(w))
	}
}

// mayHave reports whether w may be in f: false only when it is not.
// The empty word may always be.
func (f *bitFilter) mayHave(w string) bool {
	return w == "" || (*wordFilter)(f).has(secondBit(w))
}

// has reports whether the wordClass of w has one of the classes cl.
func (c *cueWords) has(w string, cl wordClass) bool {
	if w != "" && c.classHint[classSlot(w)]&cl == 0 {
		return false
	}
	return c.classes[w]&cl != 0
}

func (c *cueWords) get(w string) cueInfo {
	if !c.filter.mayHave(w) {
		return cueInfo{}
	}
	return c.m[w]
}

func newCueWords(t *tables) *cueWords {
	c := &cueWords{m: make(map[string]cueInfo, 2*len(t.cues)), classes: map[string]wordClass{}}
	add := func(w string, set func(*cueInfo)) {
		i := c.m[w]
		set(&i)
		c.m[w] = i
		c.filter.add(w)
	}
	for w, cl := range t.cues {
		add(w, func(i *cueInfo) { i.class = cl })
		if first, second, two := strings.Cut(w, " "); two && cl&cBefore != 0 && !strings.Contains(second, " ") {
			add(first, func(i *cueInfo) { i.firstOfTwo = true })
		}
	}
	for w, cl := range t.cues {
		if nya := w + "nya"; cl&(cAfter|cAfterWeak) != 0 && t.cues[nya] == 0 {
			add(nya, func(i *cueInfo) { i.class = cl & (cAfter | cAfterWeak) })
		}
	}
	for _, w := range []string{"menurut", "menurutnya"} {
		add(w, func(i *cueInfo) { i.menurut = true })
	}
	for w, i := range c.m {
		if i.reports() {
			c.filter2.add(w)
		}
	}
	addClass := func(w string, cl wordClass) {
		c.classes[w] |= cl
		if w != "" {
			c.classHint[classSlot(w)] |= cl
		}
	}
	for _, s := range wordClassSets {
		for w, in := range s.set {
			if in {
				addClass(w, s.class)
			}
		}
	}
	for w, in := range t.function {
		if in {
			addClass(w, wFunction)
		}
	}
	for w, cl := range t.pronouns {
		if pc := pronounClass(cl); pc != 0 {
			addClass(w, pc)
		}
	}
	return c
}

// cueClass returns the cue classes of a word already folded (a substring
// of doc.lower); see cueInfo.
func (f *quoteFinder) cueClass(w string) cueSet { return f.cues.get(w).class }

// is reports whether the folded word w is in one of the classes c.
func (f *quoteFinder) is(w string, c wordClass) bool { return f.cues.has(w, c) }

// twoWordCue returns the classes of the cue made of the word at token k
// and the next, a word too.
func (f *quoteFinder) twoWordCue(p *para, k int) cueSet {
	a, b := p.toks[k], p.toks[k+1]
	if f.d.text[a.End:b.Start] == " " {
		return f.t.cues[f.d.lower[a.Start:b.End]]
	}
	f.key = append(append(append(f.key[:0], f.d.low(a)...), ' '), f.d.low(b)...)
	return f.t.cues[string(f.key)]
}

func (f *quoteFinder) tok(p *para, i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return f.d.str(p.toks[i])
}

// directQuote decides whether pair qi of paragraph pi is a direct quote,
// and if so records it with its speakers.
func (f *quoteFinder) directQuote(pi, qi int, q qpair, usedSent []bool) bool {
	p := &f.d.paras[pi]
	inner := f.d.text[q.inner.Start:q.inner.End]
	if f.wordsIn(p, q.open+1, q.inner, 1) == 0 {
		return false
	}
	// Cue after the closing mark: “…,” kata X / katanya / tanya dia.
	if q.close >= 0 {
		k := q.close + 1
		if f.tok(p, k) == "," {
			k++
		}
		if cue, ok := f.afterCue(p, k, true, innerEndsClause(inner)); ok {
			speakers := f.speakerAfter(pi, p, k, cue, q.inner.Start)
			f.add(Direct, q.inner, cue, speakers)
			f.remember(pi, speakers)
			usedSent[p.toks[k].sent] = true
			return true
		}
	}
	// Cue before the opening mark: X mengatakan, “…” / Menurut X, “…” / Ia
	// menegaskan: “…”.
	if cue, speakers, ok := f.cueBefore(pi, p, q.open); ok {
		f.add(Direct, q.inner, cue, speakers)
		f.remember(pi, speakers)
		usedSent[p.toks[q.open].sent] = true
		return true
	}
	// Interrupted or continued: a full quoted sentence with no cue of its
	// own continues the latest speaker of this or the previous paragraph.
	// Counted only now: most quotes have a cue.
	nwords := f.wordsIn(p, q.open+1, q.inner, 4)
	full := nwords >= 3 && startsSentenceLike(inner) && (q.open == 0 || endsSentence(inner) || q.close < 0)
	if full && (f.lastPara == pi || f.lastPara == pi-1) && len(f.last) > 0 {
		f.add(Direct, q.inner, Span{}, f.last)
		f.lastPara = pi
		return true
	}
	if full && q.open == 0 && nwords >= 4 {
		// A quoted paragraph after a paragraph that names its speaker.
		speakers := f.namedLast(pi, q.inner.Start)
		f.add(Direct, q.inner, Span{}, speakers)
		f.remember(pi, speakers)
		return true
	}
	return false
}

func (f *quoteFinder) remember(pi int, speakers []int) {
	f.last, f.lastPara = speakers, pi
}

// countWords returns the number of words in s, counting no further than
// atMost: the callers only compare it with small numbers. Words start
// every few bytes: the count is kept without a branch per byte, which
// would be mispredicted at each.
func countWords(s string, atMost int) int {
	n, in := 0, 0
	for i := 0; i < len(s) && n < atMost; {
		var w int
		if c := s[i]; c < utf8.RuneSelf {
			w = b2i(asciiClass[c] == cWord)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = b2i(isWordRune(r))
			i += size
		}
		n += w &^ in // a word rune after none
		in = w
	}
	return n
}

// wordTokens returns the number of word tokens of p from token k on that
// start before offset end, counting no further than atMost. The words of
// their text, as countWords counts them, are as many or more: a word
// token starts with a word rune, and the tokenizer ends one only before
// a rune that is none. So a count that reaches what the caller asks for
// spares it countWords, which reads the text a rune at a time.
func wordTokens(p *para, k, end, atMost int) int {
	n := 0
	for ; k < len(p.toks) && p.toks[k].Start < end && n < atMost; k++ {
		n += b2i(p.toks[k].kind == tWord)
	}
	return n
}

// wordsIn returns countWords of the text of span s of p, whose tokens
// start at token k, counting no further than atMost: from the tokens
// when they reach atMost, else from the text.
func (f *quoteFinder) wordsIn(p *para, k int, s Span, atMost int) int {
	if n := wordTokens(p, k, s.End, atMost); n == atMost {
		return n
	}
	return countWords(f.d.text[s.Start:s.End], atMost)
}

// startsSentenceLike reports whether quoted text begins like a sentence
// (a capital letter or a digit), not a term inside one.
func startsSentenceLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isCap(s) || r >= '0' && r <= '9' || r == '.' || r == '('
}

func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " ”\"’"))
	return r == '.' || r == '?' || r == '!' || r == ',' || r == '…'
}

// innerEndsClause reports whether quoted text ends with the punctuation
// that precedes a cue (“…,” kata), which licenses weak cues.
func innerEndsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ',' || r == '?' || r == '!' || r == '.' || r == '…'
}

// afterCue reports whether token k of p is a cue that follows content:
// "kata", "ujarnya", "tanya", "demikian pernyataan", or, right after a
// quote, any verb with "-nya" or followed by a name. It returns the cue's
// span.
func (f *quoteFinder) afterCue(p *para, k int, afterQuote, clause bool) (Span, bool) {
	w := f.d.word(p, k)
	if w == "" || isCap(f.tok(p, k)) && !afterQuote {
		return Span{}, false
	}
	cl := f.cueClass(w)
	switch {
	case w == "demikian":
		// "demikian pernyataan bersama X", "demikian disampaikan X".
		end := k
		for j := k + 1; j <= k+3 && j < len(p.toks) && p.toks[j].kind == tWord && !isCap(f.tok(p, j)); j++ {
			end = j
		}
		return Span{p.toks[k].Start, p.toks[end].End}, true
	case cl&cAfter != 0:
		return p.toks[k].Span, true
	case cl&cAfterWeak != 0 && (afterQuote && clause || f.followedBySpeaker(p, k)):
		return p.toks[k].Span, true
	}
	if !afterQuote || !clause || isCap(f.tok(p, k)) {
		return Span{}, false
	}
	if cl&(cBefore|cRequest|cPassive) != 0 {
		return p.toks[k].Span, true
	}
	// "…,” sambungnya / imbau Syahril / keluh pria itu.
	if strings.HasSuffix(w, "nya") && utf8.RuneCountInString(w) > 5 && !f.is(w, wFunction) {
		return p.toks[k].Span, true
	}
	if f.followedBySpeaker(p, k) && !f.is(w, wFunction) {
		return p.toks[k].Span, true
	}
	return Span{}, false
}

// followedBySpeaker reports whether a name or a pronoun follows token k.
func (f *quoteFinder) followedBySpeaker(p *para, k int) bool {
	n := f.tok(p, k+1)
	if n == "" || p.toks[k+1].kind != tWord {
		return false
	}
	if f.is(f.d.low(p.toks[k+1]), wPersonal) {
		return true
	}
	return isCap(n)
}

// speakerAfter resolves the speaker of a cue that follows the content:
// "-nya" and pronouns refer back; otherwise the actors named after the
// cue, all of them in a list ("Menteri A, Menteri B, dan Menteri C").
func (f *quoteFinder) speakerAfter(pi int, p *para, k int, cue Span, contentStart int) []int {
	w := f.d.lower[cue.Start:cue.End]
	last := k
	for last+1 < len(p.toks) && p.toks[last+1].Start < cue.End {
		last++
	}
	if base, ok := strings.CutSuffix(w, "nya"); ok && !strings.Contains(w, " ") && f.t.cues[w] == 0 && len(base) > 2 {
		return f.refer(pi, contentStart) // "katanya", "tegasnya"; not "tanya"
	}
	next := f.d.word(p, last+1)
	if f.is(next, wPersonal) {
		return f.referPerson(pi, contentStart)
	}
	if ids := f.mentionsAfter(pi, p.toks[last].End); len(ids) > 0 {
		return ids
	}
	if id := f.roleReference(p, last+1); id >= 0 {
		return f.one(id)
	}
	if f.describedWithDemonstrative(p, last+1) {
		// "kata pemain yang kini memperkuat klub Monterrey itu"
		return f.referPerson(pi, contentStart)
	}
	return nil
}

// describedWithDemonstrative reports whether the words from token k to
// the end of the clause are a lowercase description closed by "itu" or
// "tersebut": a back-reference to someone named before.
func (f *quoteFinder) describedWithDemonstrative(p *para, k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tWord || isCap(f.tok(p, k)) {
		return false
	}
	for j := k + 1; j < len(p.toks) && j < k+14; j++ {
		if p.toks[j].kind != tWord {
			return false
		}
		if w := f.d.word(p, j); w == "itu" || w == "tersebut" {
			return j+1 >= len(p.toks) || p.toks[j+1].kind != tWord
		}
	}
	return false
}

// referPerson is refer for a personal pronoun: an organisation or a
// country that spoke last is not "dia".
func (f *quoteFinder) referPerson(pi, off int) []int {
	ids := f.refer(pi, off)
	for _, id := range ids {
		if f.e.actors[id].Kind == Person {
			return ids
		}
	}
	return f.namedLast(pi, off)
}

// mentionsAfter returns the actors mentioned from offset off on: the
// first must start within a short role phrase of off; a list of them
// ("Menteri A, Menteri B, dan Menteri C") counts only when "dan" closes
// it, else the first alone.
func (f *quoteFinder) mentionsAfter(pi int, off int) []int {
	for _, mi := range f.mentionsFrom(pi, off) {
		m := &f.e.mentions[mi]
		if m.Start < off || m.quote {
			continue
		}
		from := m.full.Start
		if from < off {
			from = m.Start
		}
		if !f.nameGap(f.d.text[off:from]) {
			return nil
		}
		return f.listFrom(pi, m, false)
	}
	return nil
}

// listFrom returns the actors of the list that begins with mention m:
// "Korea Selatan, Amerika Serikat (AS), dan Jepang". Items are joined by
// commas and a closing "dan" or "serta"; without that closing word the
// commas make no list, and only the first item (or, with keepLast, the
// last: "Di Jakarta, Anom mengatakan") is kept.
func (f *quoteFinder) listFrom(pi int, m *actorRef, keepLast bool) []int {
	from := len(f.ids)
	f.ids = append(f.ids, m.actor)
	pos, closed := m.End, false
	for _, mi := range f.mentionsFrom(pi, m.End) {
		n := &f.e.mentions[mi]
		if n.Start < pos || n.quote {
			continue
		}
		gap := f.d.text[pos:max(n.full.Start, pos)]
		if strings.TrimSpace(gap) == "(" && n.actor == f.ids[len(f.ids)-1] && strings.HasPrefix(f.d.text[n.End:], ")") {
			pos = n.End + 1 // "Amerika Serikat (AS)"
			continue
		}
		if !listGap(gap) {
			break
		}
		closed = strings.Contains(gap, "dan") || strings.Contains(gap, "serta")
		f.ids = append(f.ids, n.actor)
		pos = n.End
		if closed {
			break
		}
	}
	ids := f.ids[from:]
	switch {
	case closed:
	case keepLast:
		ids[0] = ids[len(ids)-1]
		ids = ids[:1]
	default:
		ids = ids[:1]
	}
	return f.keepList(from, dedupe(ids))
}

// nameGap reports whether the text between a cue and a name may stand
// there: nothing, or a few role words.
func (f *quoteFinder) nameGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return true
	}
	if hasGapPunct(g) || g == "yang" || strings.HasPrefix(g, "yang ") || strings.Contains(g, " yang ") {
		return false // a relative clause describes someone; it is no role
	}
	return countWords(g, 15) <= 14
}

// hasGapPunct reports whether s holds one of , . ; : ” “ " ( ): byte by
// byte, as strings.ContainsAny does not for a set with non-ASCII runes.
func hasGapPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '.', ';', ':', '"', '(', ')':
			return true
		case 0xE2: // “ and ” are E2 80 9C and E2 80 9D
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// roleReference resolves "juru bicara itu", "mantan menteri tersebut":
// lowercase role words from token k up to a demonstrative, matched to the
// one person holding that role.
func (f *quoteFinder) roleReference(p *para, k int) int {
	var buf [6]string
	words := buf[:0]
	for j := k; j < len(p.toks) && j < k+6; j++ {
		w := f.d.word(p, j)
		if w == "" {
			break
		}
		if f.is(w, wDemonstrative) {
			if len(words) == 0 {
				return -1
			}
			return f.e.personByRoleWords(words)
		}
		words = append(words, w)
	}
	return -1
}

// refer resolves a pronoun or "-nya" at offset off of paragraph pi: the
// person named last before it in its paragraph, outside quotations; else
// the speakers of a quote in the two paragraphs before; else the person
// named last in the paragraphs before. A person who spoke the latest
// quote together with others stands for all of them.
func (f *quoteFinder) refer(pi int, off int) []int {
	ids := f.namedLastIn(pi, off)
	if len(ids) == 0 && len(f.last) > 0 && f.lastPara >= pi-2 {
		return f.last
	}
	if len(ids) == 0 {
		ids = f.namedLast(pi, off)
	}
	if len(ids) == 1 && len(f.last) > 1 && f.lastPara >= pi-1 {
		for _, s := range f.last {
			if s == ids[0] {
				return f.last
			}
		}
	}
	return ids
}

// namedLastIn returns the person mentioned last before offset off in
// paragraph pi, outside quotations.
//
// A person who speaks in the paragraph (the subject of a cue, or named
// after one: "lanjut Sugiono") wins over one only mentioned.
func (f *quoteFinder) namedLastIn(pi int, off int) []int {
	list := f.mentionsBefore(pi, off)
	last := -1
	for k := len(list) - 1; k >= 0; k-- {
		m := &f.e.mentions[list[k]]
		if m.Start >= off || m.quote || f.e.actors[m.actor].Kind != Person {
			continue
		}
		if f.speaks(m) {
			return f.one(m.actor)
		}
		if last < 0 {
			last = m.actor
		}
	}
	if last >= 0 {
		return f.one(last)
	}
	return nil
}

// speaks reports whether a mention is the speaker of a cue: a verb of
// saying follows it, or an after-cue precedes it.
func (f *quoteFinder) speaks(m *actorRef) bool {
	if f.cueFollows(m.End) {
		return true
	}
	w, adjacent := f.wordBefore(m.full.Start)
	return adjacent && f.cueClass(w)&(cAfter|cAfterWeak) != 0
}

// wordBefore returns the folded word that ends before offset off, across
// spaces and one comma or parenthesis, and whether only spaces lie
// between it and off. It returns "" at the start of the text or after
// other punctuation.
func (f *quoteFinder) wordBefore(off int) (string, bool) {
	text := f.d.text
	i, adjacent := off, true
	for i > 0 {
		r, n := runeBefore(text[:i])
		if r == '\n' || r == '\r' {
			return "", adjacent // the start of a paragraph
		}
		if isSpace(r) {
			i -= n
			continue
		}
		if (r == ',' || r == '(') && adjacent {
			adjacent = false
			i -= n
			continue
		}
		break
	}
	end := i
	if r, _ := runeBefore(text[:i]); !isWordRune(r) {
		return "", adjacent // other punctuation: "KOMPAS.com - Kepala"
	}
	for i > 0 {
		if c := text[i-1]; c < utf8.RuneSelf {
			// Most words are ASCII: a byte at a time.
			if !isASCIIAlnum(c) && c != '-' && c != '\'' {
				break
			}
			i--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !isWordRune(r) && r != '’' {
			break
		}
		i -= n
	}
	return f.d.lower[i:end], adjacent
}

// runeBefore is utf8.DecodeLastRuneInString, quicker on ASCII.
func runeBefore(s string) (rune, int) {
	if n := len(s); n > 0 && s[n-1] < utf8.RuneSelf {
		return rune(s[n-1]), 1
	}
	return utf8.DecodeLastRuneInString(s)
}

// wordAfter returns the folded word that starts after offset off, past
// spaces, or "".
func (f *quoteFinder) wordAfter(off int) string {
	text := f.d.text
	// A word and the spaces before it fit in a short window; the search
	// stays within the paragraph.
	end := min(len(text), off+96)
	i := off
	for i < end {
		if c := text[i]; c == '\n' || c == '\r' {
			return ""
		} else if c < utf8.RuneSelf {
			if !isASCIISpace(c) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isSpace(r) {
			break
		}
		i += n
	}
	start := i
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			if !isASCIIAlnum(c) && c != '-' && c != '\'' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) && r != '’' {
			break
		}
		i += n
	}
	return f.d.lower[start:i]
}

// cueFollows reports whether a verb of saying follows offset off,
// perhaps after an adverb ("juga", "pun").
func (f *quoteFinder) cueFollows(off int) bool {
	w := f.wordAfter(off)
	if f.is(w, wPreVerb) {
		w = f.wordAfter(off + strings.Index(f.d.lower[off:], w) + len(w))
	}
	return w != "" && f.cueClass(w)&(cBefore|cRequest) != 0
}

// namedLastReach is how many paragraphs back a pronoun may find the
// person it refers to: news keeps its speaker in view for a few short
// paragraphs.
const namedLastReach = 6

// namedLast returns the person mentioned last before offset off, outside
// quotations, in this paragraph or the namedLastReach before it.
func (f *quoteFinder) namedLast(pi int, off int) []int {
	for q := pi; q >= 0 && q >= pi-namedLastReach; q-- {
		list := f.mentionsBefore(q, off)
		for k := len(list) - 1; k >= 0; k-- {
			m := &f.e.mentions[list[k]]
			if m.Start >= off || m.quote || f.e.actors[m.actor].Kind != Person {
				continue
			}
			return f.one(m.actor)
		}
	}
	return nil
}

// cueBefore finds a cue before the opening mark at token open: a verb of
// saying with "," ":" or "bahwa" before the mark, or "menurut X,". It
// returns the cue and the speakers.
func (f *quoteFinder) cueBefore(pi int, p *para, open int) (Span, []int, bool) {
	k := open - 1
	switch f.tok(p, k) {
	case ",", ":":
		k--
	}
	if f.d.word(p, k) == "bahwa" {
		k--
	}
	// Skip a short adjunct between the verb and the mark ("kepada wartawan").
	for j := k; j >= 0 && j >= k-4; j-- {
		w := f.d.word(p, j)
		if w == "" {
			break
		}
		if f.cueClass(w)&(cBefore|cRequest|cPassive) != 0 {
			return p.toks[j].Span, f.subjectOf(pi, p, j), true
		}
		if strings.HasPrefix(w, "menurut") {
			if w == "menurutnya" {
				return p.toks[j].Span, f.refer(pi, p.toks[j].Start), true
			}
			return p.toks[j].Span, f.mentionsAfter(pi, p.toks[j].End), true
		}
		if j < k && isCap(f.tok(p, j)) {
			continue
		}
		if j < k-1 {
			break
		}
	}
	return Span{}, nil, false
}

// adverbs that may stand between a subject and its verb.
var preVerb = map[string]bool{
	"juga": true, "pun": true, "kembali": true, "lalu": true, "kemudian": true, "sempat": true, "telah": true,
	"sudah": true, "pernah": true, "turut": true, "hanya": true, "bahkan": true, "justru": true, "lantas": true,
	"sendiri": true, "secara": true, "tegas": true, "terang": true, "singkat": true, "sebelumnya": true,
	"akhirnya": true, "tidak": true, "tak": true, "belum": true, "langsung": true, "segera": true, "malah": true,
	"ikut": true, "dengan": true,
}

// subjectOf returns the speakers of the verb at token k: the actors named
// just before it (a list "A, B, dan C" gives all), a pronoun's referent,
// or the subject at the start of the sentence.
func (f *quoteFinder) subjectOf(pi int, p *para, k int) []int {
	j := k - 1
	for j >= 0 && p.toks[j].kind == tWord && f.is(f.d.word(p, j), wPreVerb) {
		j--
	}
	if j < 0 || p.toks[j].sent != p.toks[k].sent {
		return f.sentenceSubject(pi, p, k)
	}
	w := f.d.word(p, j)
	if f.tok(p, j) == "," {
		// An apposition between the subject and its verb: "Hendra Wijaya,
		// M.Si., mengatakan", "Norbert, Perwakilan KNKT Papua, mengatakan".
		for o := j - 1; o >= 0 && o > j-14 && p.toks[o].sent == p.toks[k].sent; o-- {
			if f.tok(p, o) != "," {
				continue
			}
			if ids := f.mentionsEndingAt(pi, p.toks[o].Start); len(ids) > 0 && f.e.actors[ids[len(ids)-1]].Kind == Person {
				return ids
			}
			break
		}
	}
	if f.is(w, wCoordinator) || f.tok(p, j) == "," {
		// "…, dan mengatakan": the subject of the clause before.
		if ids := f.clauseSubject(pi, p, j); len(ids) > 0 {
			return ids
		}
		return f.sentenceSubject(pi, p, k)
	}
	if f.is(w, wPersonal) {
		return f.refer(pi, p.toks[j].Start)
	}
	if ids := f.mentionsEndingAt(pi, p.toks[j].End); len(ids) > 0 {
		if mi := f.mentionIndexEndingAt(pi, p.toks[j].End, ids[0]); mi >= 0 && !f.subjectStart(f.e.mentions[mi].full.Start) {
			return nil // "serikat buruh Indonesia berharap": an unnamed group
		}
		return ids
	}
	if f.is(w, wDemonstrative) {
		// "juru bicara itu mengatakan": the role words before the demonstrative.
		s := j - 1
		for s >= 0 && s > j-6 && p.toks[s].kind == tWord && !isCap(f.tok(p, s)) && !f.is(f.d.word(p, s), wPronoun) {
			s--
		}
		if id := f.roleReference(p, s+1); id >= 0 {
			return f.one(id)
		}
		// "Ketua DPP PDIP ini mengatakan", "Penyanyi asal NTT itu menyebut":
		// a description of the person the text is about.
		return f.refer(pi, p.toks[j].Start)
	}
	if f.tok(p, j) == ")" {
		// "Amerika Serikat (AS) mengatakan", "Budi (45) mengatakan".
		for o := j - 1; o >= 0 && o > j-4; o-- {
			if f.tok(p, o) == "(" {
				if ids := f.mentionsEndingAt(pi, p.toks[o].Start); len(ids) > 0 {
					return ids
				}
				if ids := f.mentionsEndingAt(pi, p.toks[j].End); len(ids) > 0 {
					return ids
				}
				break
			}
		}
	}
	if isCap(f.tok(p, j)) {
		return nil // an actor we did not recognise: better none than a wrong one
	}
	return f.sentenceSubject(pi, p, k)
}

// mentionsEndingAt returns the actors of the mention list ending at
// offset end: "Korea Selatan, Amerika Serikat (AS), dan Jepang".
func (f *quoteFinder) mentionsEndingAt(pi int, end int) []int {
	list := f.mentionsBefore(pi, end)
	text := f.d.text
	from := len(f.ids)
	pos := end
	for k := len(list) - 1; k >= 0; k-- {
		m := &f.e.mentions[list[k]]
		if m.End > pos || m.quote {
			continue
		}
		gap := text[m.End:pos]
		ids := f.ids[from:]
		if len(ids) > 0 && m.actor == ids[len(ids)-1] && strings.TrimSpace(gap) == "(" {
			pos = m.Start // "Amerika Serikat (AS)": one actor
			continue
		}
		if len(ids) == 0 {
			if strings.TrimSpace(gap) != "" && !isParenAlias(gap) {
				break
			}
		} else if !listGap(gap) {
			break
		} else if len(ids) == 1 && !strings.Contains(gap, "dan") && !strings.Contains(gap, "serta") {
			break // "Di Bali, Anom mengatakan": the last item must follow "dan"
		}
		f.ids = append(f.ids, m.actor)
		pos = m.full.Start
		if m.full.Start > m.Start {
			pos = m.Start
		}
	}
	ids := f.ids[from:]
	slices.Reverse(ids) // in text order
	return f.keepList(from, dedupe(ids))
}

// keepList ends the list of actors that the finder has built in its
// array from index from on, now ids (a prefix of what it built), and
// returns it, or nil if it is empty. Appending to the list never
// reaches the next.
func (f *quoteFinder) keepList(from int, ids []int) []int {
	f.ids = f.ids[:from+len(ids)]
	if len(ids) == 0 {
		return nil
	}
	return f.ids[from:len(f.ids):len(f.ids)]
}

// one returns the list of the one actor a.
func (f *quoteFinder) one(a int) []int {
	f.ids = append(f.ids, a)
	return f.ids[len(f.ids)-1 : len(f.ids) : len(f.ids)]
}

func isParenAlias(gap string) bool {
	g := strings.TrimSpace(gap)
	return strings.HasPrefix(g, "(") && strings.HasSuffix(g, ")") && len(g) < 16
}

// listGap reports whether gap joins two items of a list: ",", "dan", ", dan".
func listGap(gap string) bool {
	g := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(gap), ")"))
	if strings.HasPrefix(g, "(") {
		if i := strings.IndexByte(g, ')'); i > 0 && i < 16 {
			g = strings.TrimSpace(g[i+1:])
		}
	}
	switch g {
	case ",", "dan", ", dan", "serta", ", serta", "&":
		return true
	}
	return false
}

// dedupe drops the repeats from ids, in place, keeping the first of each.
func dedupe(ids []int) []int {
	if len(ids) < 2 {
		return ids // most lists: one actor
	}
	out := ids[:0]
	var seen map[int]bool // for a long list; a short one is searched
	if len(ids) > 16 {
		seen = make(map[int]bool, len(ids))
	}
	for _, i := range ids {
		if seen != nil {
			if seen[i] {
				continue
			}
			seen[i] = true
		} else if slices.Contains(out, i) {
			continue
		}
		out = append(out, i)
	}
	return out
}

// sentenceSubject returns the actors at the start of the sentence of
// token k, when the sentence opens with them.
func (f *quoteFinder) sentenceSubject(pi int, p *para, k int) []int {
	first := sentFirst(p, k)
	start := p.toks[first].Start
	// Skip an opening connective: "Namun, dia …", "Selain itu, Anom …",
	// and the objects of prepositions: "Setelah kembali ke Moskow, Lavrov".
	for _, mi := range f.mentionsFrom(pi, start) {
		m := &f.e.mentions[mi]
		if m.Start >= p.toks[k].Start {
			break // and so do all that follow
		}
		if m.quote || f.afterPreposition(m.full.Start) {
			continue
		}
		if m.full.Start-start > 80 {
			break
		}
		return f.listFrom(pi, m, true)
	}
	// A pronoun opening the sentence.
	for j := first; j < k && j < first+4; j++ {
		if f.is(f.d.word(p, j), wPersonal) {
			return f.refer(pi, p.toks[j].Start)
		}
	}
	return nil
}

// prepositions whose object is not the subject of a clause.
var prepositions = map[string]bool{
	"ke": true, "di": true, "dari": true, "dengan": true, "untuk": true, "kepada": true, "pada": true,
	"oleh": true, "bersama": true, "terhadap": true, "atas": true, "tentang": true, "soal": true,
	"bagi": true, "antara": true, "melawan": true, "menuju": true, "sejak": true, "hingga": true,
}

// afterPreposition reports whether the word before offset off is a
// preposition.
func (f *quoteFinder) afterPreposition(off int) bool {
	w, adjacent := f.wordBefore(off)
	return adjacent && f.is(w, wPreposition)
}

// nestedMentions marks the mentions that lie inside the phrase of
// another mention (ms sorted by start).
func nestedMentions(ms []actorRef, buf []bool) []bool {
	out := resetBools(buf, len(ms))
	for i := range ms {
		m := &ms[i]
		// Look at the mentions around i whose start falls in m's phrase.
		for j := i - 1; j >= 0 && ms[j].Start >= m.full.Start; j-- {
			if ms[j].End <= m.full.End && ms[j].actor != m.actor && ms[j].Len() < m.full.Len() {
				out[j] = true
			}
		}
		for j := i + 1; j < len(ms) && ms[j].Start < m.full.End; j++ {
			if ms[j].End <= m.full.End && ms[j].actor != m.actor && ms[j].Len() < m.full.Len() {
				out[j] = true
			}
		}
	}
	return out
}

// notVerbs have the shape of verbs but work as prepositions.
var notVerbs = map[string]bool{"mengenai": true, "menurut": true, "melalui": true, "menuju": true, "terhadap": true,
	"termasuk": true, "terkait": true, "bersama": true, "berdasarkan": true, "meliputi": true, "menjelang": true,
	"terutama": true, "berupa": true, "bersama-sama": true, "tersebut": true, "terakhir": true, "bernama": true}

// subjectStart reports whether a mention at offset off can start a
// clause: at the start of its sentence, or after punctuation or a
// conjunction, not after a noun that makes it a possessor ("tuduhan AS").
func (f *quoteFinder) subjectStart(off int) bool {
	return f.subjectStartAfter(f.wordBefore(off))
}

// subjectStartAfter is subjectStart given the word before the offset, as
// wordBefore returns it.
func (f *quoteFinder) subjectStartAfter(w string, adjacent bool) bool {
	if w == "" || !adjacent {
		return true // the start of the text, or after punctuation
	}
	// Words of a role phrase may come first: "pelatih tim nasional Andre".
	return f.is(w, wCoordinator|wSubjectAfter) || f.e.isInstWord(w) || f.t.startsRole(w)
}

// subjectAfter are words after which a clause's subject may stand.
var subjectAfter = map[string]bool{"setelah": true, "sebelum": true, "ketika": true, "saat": true, "sementara": true,
	"sedangkan": true, "bahwa": true, "karena": true, "sebab": true, "meski": true, "meskipun": true, "walau": true,
	"walaupun": true, "jika": true, "kalau": true, "usai": true, "selain": true, "kini": true, "pun": true,
	"itu": true, "ini": true, "kemudian": true, "akhirnya": true, "juga": true}

// coordinator words join a verb to the clause before, sharing its subject.
var coordinator = map[string]bool{"dan": true, "serta": true, "lalu": true, "kemudian": true, "sambil": true,
	"dengan": true, "sekaligus": true, "namun": true, "tetapi": true, "tapi": true, "seraya": true}

// clauseSubject returns the actors of the nearest mention before token k
// in its sentence that a verb follows: "… menteri luar negeri Rusia
// mencemooh …, dan mengatakan" gives the minister.
func (f *quoteFinder) clauseSubject(pi int, p *para, k int) []int {
	list := f.mentionsBefore(pi, p.toks[k].Start)
	sentStart := p.toks[sentFirst(p, k)].Start
	for i := len(list) - 1; i >= 0; i-- {
		m := &f.e.mentions[list[i]]
		if m.quote {
			continue
		}
		if m.Start < sentStart {
			break
		}
		// The verb first: most mentions have none after them. The word
		// before is read once for both of the other tests.
		if !f.verbFollows(m.End) {
			continue
		}
		if w, adjacent := f.wordBefore(m.full.Start); adjacent && f.is(w, wPreposition) || !f.subjectStartAfter(w, adjacent) {
			continue
		}
		return f.mentionsEndingAt(pi, m.End)
	}
	return nil
}

// verbFollows reports whether the word after offset off looks like a
// verb: a meN-, ber- or di- form, a cue, or an adverb before one.
func (f *quoteFinder) verbFollows(off int) bool {
	w := f.wordAfter(off)
	if f.is(w, wPreVerb) {
		return true
	}
	if f.is(w, wNotVerb) {
		return false
	}
	if f.cueClass(w) != 0 {
		return true
	}
	for _, pre := range []string{"me", "ber", "di", "ter"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre)+3 {
			return true
		}
	}
	return false
}

// mentionIndexEndingAt returns the index in f.e.mentions of the mention of
// actor a that begins the list ending at offset end in paragraph pi.
func (f *quoteFinder) mentionIndexEndingAt(pi, end, a int) int {
	list := f.mentionsBefore(pi, end)
	for k := len(list) - 1; k >= 0; k-- {
		if m := &f.e.mentions[list[k]]; m.actor == a && m.End <= end {
			return int(list[k])
		}
	}
	return -1
}

// paraMentions returns the mentions of paragraph pi, in text order.
func (f *quoteFinder) paraMentions(pi int) []int32 {
	return f.mentions[f.paraFrom[pi]:f.paraFrom[pi+1]]
}

// mentionsFrom returns the mentions of paragraph pi, in text order, from
// the first that starts at or after offset off.
func (f *quoteFinder) mentionsFrom(pi, off int) []int32 {
	list := f.paraMentions(pi)
	return list[f.firstAtOrAfter(list, off):]
}

// mentionsBefore returns the mentions of paragraph pi that start before
// offset off.
func (f *quoteFinder) mentionsBefore(pi, off int) []int32 {
	list := f.paraMentions(pi)
	return list[:f.firstAtOrAfter(list, off)]
}

func (f *quoteFinder) firstAtOrAfter(list []int32, off int) int {
	ms := f.e.mentions
	lo, hi := 0, len(list)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if ms[list[h]].Start < off {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

// sentFirst returns the index of the first token of the sentence of
// token k of p.
func sentFirst(p *para, k int) int {
	s := p.toks[k].sent
	return sort.Search(k, func(i int) bool { return p.toks[i].sent >= s })
}
