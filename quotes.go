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
// and give no span. The spans of all paragraphs share one array.
func quotedRanges(d *doc) [][]Span {
	pairs := d.quotePairs()
	n := 0
	for _, ps := range pairs {
		n += len(ps)
	}
	all := make([]Span, 0, n)
	out := make([][]Span, len(d.paras))
	for i, ps := range pairs {
		if len(ps) == 0 {
			continue
		}
		from := len(all)
		for _, q := range ps {
			all = append(all, q.inner)
		}
		out[i] = all[from:len(all):len(all)]
	}
	return out
}

// quotePairs returns the quotation-mark pairs of every paragraph,
// computed once: the actors and the quotes both need them. Pairs whose
// marks enclose nothing (“”) are left out: there are as many of them as
// marks in a text made of marks, and only the reported speech of a
// paragraph ever asks for them (see quoteFinder.hollowPairs).
func (d *doc) quotePairs() [][]qpair {
	if d.pairs != nil {
		return d.pairs
	}
	d.pairs = make([][]qpair, len(d.paras))
	var found []qpair // one paragraph's
	var store arena[qpair]
	for i := range d.paras {
		found = appendPairs(found[:0], d, &d.paras[i], false)
		d.pairs[i] = store.copyOf(found)
	}
	return d.pairs
}

// arena hands out short slices carved from shared blocks, so that many
// small lists cost few allocations and little slack: the blocks double
// in size as the lists add up, from the size of the first list.
type arena[T any] struct {
	block []T
}

// copyOf returns a copy of src, or nil if it is empty. The copy's
// capacity ends at its length, so appending to it never reaches the
// next list of the block.
func (a *arena[T]) copyOf(src []T) []T {
	if len(src) == 0 {
		return nil
	}
	if cap(a.block)-len(a.block) < len(src) {
		a.block = make([]T, 0, max(len(src), min(2*cap(a.block), 1024)))
	}
	from := len(a.block)
	a.block = append(a.block, src...)
	return a.block[from:len(a.block):len(a.block)]
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
func appendPairs(dst []qpair, d *doc, p *para, hollow bool) []qpair {
	open, single := -1, false
	text := d.text
	marks := newMarkScanner(text, p)
	for i, s := marks.mark(p.Start, 0); i >= 0; i, s = marks.mark(p.toks[i].End, i+1) {
		t := &p.toks[i]
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
			}
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
		}
	}
	return dst
}

// markScanner finds the quotation marks that pair (a double mark, ‘ or
// ’) in one paragraph. It finds them by searching the text for their
// lead bytes, which are few, rather than looking at every token: '"',
// 0xE2 (the UTF-8 lead of “ ” ‘ ’ „) and 0xC2 (of « »). The other marks
// (' ‹ ›) never open or close a pair.
type markScanner struct {
	text string
	p    *para
	// next holds, per lead byte, its first offset at or after the last
	// one searched from, p.End if none, or -1 before the first search.
	next [3]int
}

var markLeads = [3]byte{'"', 0xE2, 0xC2}

func newMarkScanner(text string, p *para) markScanner {
	return markScanner{text: text, p: p, next: [3]int{-1, -1, -1}}
}

// mark returns the index and the text of the first mark token from
// token k and offset off on, or -1.
func (m *markScanner) mark(off, k int) (int, string) {
	p := m.p
	for {
		i := m.lead(off)
		if i < 0 {
			return -1, ""
		}
		off = i + 1
		s := pairingMark(m.text[i:p.End])
		if s == "" {
			continue
		}
		// The mark's token, unless it is inside a word: "Ma’ruf".
		k = tokenFrom(p, k, i)
		if k < len(p.toks) && p.toks[k].Start == i && p.toks[k].kind != tWord && p.toks[k].kind != tPunct {
			return k, s
		}
	}
}

// lead returns the first offset at or after off that holds a lead byte,
// or -1.
func (m *markScanner) lead(off int) int {
	end := m.p.End
	if off < end {
		// Marks come in runs in a text made of them: “”“”.
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
	if first == end {
		return -1
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
	cur       quoteCursor
	quoteBuffers
}

// quoteBuffers are the arrays of a quoteFinder, which a doc keeps for its
// next parse (see release).
type quoteBuffers struct {
	// quotes are those found so far. Their Speakers lie in names; both are
	// copied out, in a slice of their own size, when the finder is done.
	quotes quoteLog
	names  []string
	order  []*Quote // the quotes by position, for result
	// mentions indexes e.mentions, in order, leaving out those nested in
	// a person's phrase ("Korea Selatan" in "Menteri Luar Negeri Korea
	// Selatan Park Jin"); those of paragraph pi are
	// mentions[paraFrom[pi]:paraFrom[pi+1]].
	mentions []int32
	paraFrom []int32
	nested   []bool

	// Per paragraph.
	direct   []bool  // pair is a direct quote
	usedSent []bool  // sentence holds a direct quote's cue
	hollow   []qpair // the hollow pairs of paragraph hollowOf
	key      []byte  // a two-word cue being looked up
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
	*f = quoteFinder{d: d, e: ents, t: ents.t, cues: ents.t.cueWords, lastPara: -10, hollowOf: -1,
		quoteBuffers: f.quoteBuffers}
	f.pairs = d.quotePairs()
	f.nested = nestedMentions(ents.mentions, f.nested)
	f.mentions, f.paraFrom = mentionsByPara(len(d.paras), ents.mentions, f.nested, f.mentions, f.paraFrom)
}

// result returns the quotes in text order, in one slice of their number,
// with their speakers in another; never nil.
func (f *quoteFinder) result() []Quote {
	// Sort pointers, not quotes: a headline's quote, found last, goes first.
	order := f.order[:0]
	for _, c := range f.quotes.filled() {
		for i := range c {
			order = append(order, &c[i])
		}
	}
	byStart := func(a, b *Quote) int { return cmp.Compare(a.Start, b.Start) }
	if !slices.IsSortedFunc(order, byStart) {
		slices.SortStableFunc(order, byStart)
	}
	f.order = order
	out := make([]Quote, len(order))
	names := make([]string, 0, len(f.names))
	for i, q := range order {
		out[i] = *q
		if len(q.Speakers) == 0 {
			continue // []string{}: "speakers": [], not null
		}
		from := len(names)
		names = append(names, q.Speakers...)
		out[i].Speakers = names[from:len(names):len(names)]
	}
	return out
}

// release empties f for the next parse of its doc, keeping its buffers.
func (f *quoteFinder) release() {
	f.quoteBuffers.empty()
	*f = quoteFinder{quoteBuffers: f.quoteBuffers}
}

// empty empties b and drops every reference it holds into the text.
func (b *quoteBuffers) empty() {
	b.quotes.reset()
	clear(b.names)
	clear(b.order)
	clear(b.key) // it holds two words of the text
	b.names, b.order, b.key = b.names[:0], b.order[:0], b.key[:0]
	b.mentions, b.paraFrom, b.nested = b.mentions[:0], b.paraFrom[:0], b.nested[:0]
	b.direct, b.usedSent, b.hollow = b.direct[:0], b.usedSent[:0], b.hollow[:0]
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
	for i, m := range ms {
		if !nested[i] {
			list = append(list, int32(i))
			from[m.para+1]++
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
}

// cueWords answers what the quote finder asks of a folded word, in one
// lookup: cueClass with the "-nya" forms of after-cues spelled out, and
// whether the word starts a two-word cue. Most words are no cue; a
// filter turns them away before the map is hashed.
type cueWords struct {
	m      map[string]cueInfo
	filter wordFilter
}

func (c *cueWords) get(w string) cueInfo {
	if !c.filter.mayHave(w) {
		return cueInfo{}
	}
	return c.m[w]
}

func newCueWords(t *tables) *cueWords {
	c := &cueWords{m: make(map[string]cueInfo, 2*len(t.cues))}
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
	return c
}

// cueClass returns the cue classes of a word already folded (a substring
// of doc.lower); see cueInfo.
func (f *quoteFinder) cueClass(w string) cueSet { return f.cues.get(w).class }

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
	nwords := countWords(inner, 4)
	if nwords == 0 {
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
// atMost: the callers only compare it with small numbers.
func countWords(s string, atMost int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < atMost; {
		var w bool
		if c := s[i]; c < utf8.RuneSelf {
			w = isASCIIAlnum(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w = isWordRune(r)
			i += size
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
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
	if strings.HasSuffix(w, "nya") && utf8.RuneCountInString(w) > 5 && !f.t.function[w] {
		return p.toks[k].Span, true
	}
	if f.followedBySpeaker(p, k) && !f.t.function[w] {
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
	if cl := f.t.pronouns[f.d.low(p.toks[k+1])]; cl == "person" || cl == "plural" {
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
	if cl := f.t.pronouns[next]; cl == "person" || cl == "plural" {
		return f.referPerson(pi, contentStart)
	}
	if ids := f.mentionsAfter(pi, p.toks[last].End); len(ids) > 0 {
		return ids
	}
	if id := f.roleReference(p, last+1); id >= 0 {
		return []int{id}
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
		m := f.e.mentions[mi]
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
func (f *quoteFinder) listFrom(pi int, m actorRef, keepLast bool) []int {
	ids := []int{m.actor}
	pos, closed := m.End, false
	for _, mi := range f.mentionsFrom(pi, m.End) {
		n := f.e.mentions[mi]
		if n.Start < pos || n.quote {
			continue
		}
		gap := f.d.text[pos:max(n.full.Start, pos)]
		if strings.TrimSpace(gap) == "(" && n.actor == ids[len(ids)-1] && strings.HasPrefix(f.d.text[n.End:], ")") {
			pos = n.End + 1 // "Amerika Serikat (AS)"
			continue
		}
		if !listGap(gap) {
			break
		}
		closed = strings.Contains(gap, "dan") || strings.Contains(gap, "serta")
		ids = append(ids, n.actor)
		pos = n.End
		if closed {
			break
		}
	}
	switch {
	case closed:
	case keepLast:
		ids = ids[len(ids)-1:]
	default:
		ids = ids[:1]
	}
	return dedupe(ids)
}

// nameGap reports whether the text between a cue and a name may stand
// there: nothing, or a few role words.
func (f *quoteFinder) nameGap(gap string) bool {
	g := strings.TrimSpace(gap)
	if g == "" {
		return true
	}
	if strings.ContainsAny(g, ",.;:”“\"()") || g == "yang" || strings.HasPrefix(g, "yang ") || strings.Contains(g, " yang ") {
		return false // a relative clause describes someone; it is no role
	}
	return countWords(g, 15) <= 14
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
		if f.t.pronouns[w] == "demonstrative" {
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
		m := f.e.mentions[list[k]]
		if m.Start >= off || m.quote || f.e.actors[m.actor].Kind != Person {
			continue
		}
		if f.speaks(m) {
			return []int{m.actor}
		}
		if last < 0 {
			last = m.actor
		}
	}
	if last >= 0 {
		return []int{last}
	}
	return nil
}

// speaks reports whether a mention is the speaker of a cue: a verb of
// saying follows it, or an after-cue precedes it.
func (f *quoteFinder) speaks(m actorRef) bool {
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
		r, n := utf8.DecodeLastRuneInString(text[:i])
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
	if r, _ := utf8.DecodeLastRuneInString(text[:i]); !isWordRune(r) {
		return "", adjacent // other punctuation: "KOMPAS.com - Kepala"
	}
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:i])
		if !isWordRune(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		i -= n
	}
	return f.d.lower[i:end], adjacent
}

// wordAfter returns the folded word that starts after offset off, past
// spaces, or "".
func (f *quoteFinder) wordAfter(off int) string {
	text := f.d.text
	// A word and the spaces before it fit in a short window; the search
	// stays within the paragraph.
	end := min(len(text), off+96)
	if nl := strings.IndexAny(text[off:end], "\n\r"); nl >= 0 {
		end = off + nl
	}
	i := skipSpace(text, off, end)
	start := i
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isWordRune(r) && r != '-' && r != '\'' && r != '’' {
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
	if preVerb[w] {
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
			m := f.e.mentions[list[k]]
			if m.Start >= off || m.quote || f.e.actors[m.actor].Kind != Person {
				continue
			}
			return []int{m.actor}
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
	for j >= 0 && p.toks[j].kind == tWord && preVerb[f.d.word(p, j)] {
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
	if coordinator[w] || f.tok(p, j) == "," {
		// "…, dan mengatakan": the subject of the clause before.
		if ids := f.clauseSubject(pi, p, j); len(ids) > 0 {
			return ids
		}
		return f.sentenceSubject(pi, p, k)
	}
	if cl := f.t.pronouns[w]; cl == "person" || cl == "plural" {
		return f.refer(pi, p.toks[j].Start)
	}
	if ids := f.mentionsEndingAt(pi, p.toks[j].End); len(ids) > 0 {
		if mi := f.mentionIndexEndingAt(pi, p.toks[j].End, ids[0]); mi >= 0 && !f.subjectStart(f.e.mentions[mi].full.Start) {
			return nil // "serikat buruh Indonesia berharap": an unnamed group
		}
		return ids
	}
	if f.t.pronouns[w] == "demonstrative" {
		// "juru bicara itu mengatakan": the role words before the demonstrative.
		s := j - 1
		for s >= 0 && s > j-6 && p.toks[s].kind == tWord && !isCap(f.tok(p, s)) && f.t.pronouns[f.d.word(p, s)] == "" {
			s--
		}
		if id := f.roleReference(p, s+1); id >= 0 {
			return []int{id}
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
	var ids []int
	pos := end
	for k := len(list) - 1; k >= 0; k-- {
		m := f.e.mentions[list[k]]
		if m.End > pos || m.quote {
			continue
		}
		gap := text[m.End:pos]
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
		ids = append(ids, m.actor)
		pos = m.full.Start
		if m.full.Start > m.Start {
			pos = m.Start
		}
	}
	// In text order.
	for i, j := 0, len(ids)-1; i < j; i, j = i+1, j-1 {
		ids[i], ids[j] = ids[j], ids[i]
	}
	return dedupe(ids)
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
		m := f.e.mentions[mi]
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
		if cl := f.t.pronouns[f.d.word(p, j)]; cl == "person" || cl == "plural" {
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
	return adjacent && prepositions[w]
}

// nestedMentions marks the mentions that lie inside the phrase of
// another mention (ms sorted by start).
func nestedMentions(ms []actorRef, buf []bool) []bool {
	out := resetBools(buf, len(ms))
	for i, m := range ms {
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
	w, adjacent := f.wordBefore(off)
	if w == "" || !adjacent {
		return true // the start of the text, or after punctuation
	}
	// Words of a role phrase may come first: "pelatih tim nasional Andre".
	return coordinator[w] || subjectAfter[w] || f.e.isInstWord(w) || f.t.startsRole(w)
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
		m := f.e.mentions[list[i]]
		if m.quote {
			continue
		}
		if m.Start < sentStart {
			break
		}
		if f.afterPreposition(m.full.Start) || !f.verbFollows(m.End) || !f.subjectStart(m.full.Start) {
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
	if preVerb[w] {
		return true
	}
	if notVerbs[w] {
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
		if m := f.e.mentions[list[k]]; m.actor == a && m.End <= end {
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
