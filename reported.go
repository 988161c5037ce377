package berita

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// sentenceTokens returns the token range [a, b) of sentence s of p.
func sentenceTokens(p *para, s int) (int, int) {
	// Tokens are in sentence order.
	a := sort.Search(len(p.toks), func(i int) bool { return int(p.toks[i].sent) >= s })
	b := a
	for b < len(p.toks) && int(p.toks[b].sent) == s {
		b++
	}
	return a, b
}

// quoteCursor answers, for the tokens of a paragraph taken in order,
// whether one lies in a direct quote (from its opening mark to its
// closing one, or to the paragraph end if none) and whether one starts
// inside quotation marks. It moves forward only, so a paragraph costs
// one pass over its pairs.
type quoteCursor struct {
	pairs     []qpair
	direct    []bool // pairs[i] is a direct quote
	last      int    // the paragraph's last token
	next      int    // the first pair whose opening mark is not yet passed
	directEnd int    // the last token in a direct quote passed, or -1
	in        int    // the first pair whose inner span ends after the last offset asked
}

// newQuoteCursor returns a cursor over the pairs of a paragraph of ntoks
// tokens, of which direct tells the direct quotes.
func newQuoteCursor(pairs []qpair, direct []bool, ntoks int) quoteCursor {
	return quoteCursor{pairs: pairs, direct: direct, last: ntoks - 1, directEnd: -1}
}

// inDirect reports whether token k lies in a direct quote. Calls must
// not decrease k.
func (c *quoteCursor) inDirect(k int) bool {
	for c.next < len(c.pairs) && c.pairs[c.next].open <= k {
		if c.direct[c.next] {
			end := c.pairs[c.next].close
			if end < 0 {
				end = c.last
			}
			c.directEnd = max(c.directEnd, end)
		}
		c.next++
	}
	return k <= c.directEnd
}

// inQuote reports whether offset off is inside quotation marks. Calls
// must not decrease off.
func (c *quoteCursor) inQuote(off int) bool {
	// The pairs are in text order and do not overlap.
	for c.in < len(c.pairs) && c.pairs[c.in].inner.End <= off {
		c.in++
	}
	return c.in < len(c.pairs) && c.pairs[c.in].inner.Start <= off
}

// reported finds the indirect and mixed quotes of paragraph pi, in the
// sentences that hold no direct quote's cue (usedSent, or nil when none
// does): at most one construction a sentence, the first that records a
// quote.
//
// The tokens are read in one pass for the words that may report speech,
// most sentences having none: a sentence's bounds are found only when one
// of its words is such a cue. The words inside quotation marks are never
// cues of reported speech: the pass skips them.
func (f *quoteFinder) reported(pi int, p *para, direct []bool, usedSent []bool) {
	pairs := f.pairs[pi]
	// The cursor lives on the stack: no write barrier when it is set.
	cur := newQuoteCursor(pairs, direct, len(p.toks))
	sent, a, b := int32(-1), 0, 0 // the sentence of the last cue, tokens [a, b)
	qi := 0                       // the first pair not yet passed
	for k := 0; k < len(p.toks); {
		for qi < len(pairs) && pairs[qi].open < k {
			k = max(k, pastQuote(p, pairs[qi], direct[qi]))
			qi++
		}
		stop := len(p.toks) // where the next quotation opens
		if qi < len(pairs) {
			stop = pairs[qi].open
		}
		if k = f.cues.nextCandidate(p.toks[:stop], f.d.lower, k); k == stop {
			if qi < len(pairs) {
				k = pastQuote(p, pairs[qi], direct[qi])
				qi++
			}
			continue
		}
		t := &p.toks[k]
		if usedSent != nil && usedSent[t.sent] {
			k = nextSentence(p, k)
			continue
		}
		// The cursor has the last word: the skips only spare it tokens it
		// would turn away, and its answers do not depend on the tokens
		// asked before.
		ci := f.cues.m[f.d.low(*t)] // as f.cues.get, whose filter the word has passed
		if !ci.reports() || cur.inDirect(k) || cur.inQuote(t.Start) {
			k++
			continue
		}
		if t.sent != sent {
			sent, a, b = t.sent, sentFirst(p, k), nextSentence(p, k)
		}
		if f.reportAt(pi, p, a, b, k, ci) {
			k = b // the sentence has its quote
			continue
		}
		k++
	}
}

// pastQuote returns the index of the first token after pair q of p (a
// direct quote if direct) that quoteCursor does not turn away: the
// token after a direct quote's closing mark, none if it has none, or the
// first token after the text between the marks of another.
func pastQuote(p *para, q qpair, direct bool) int {
	switch {
	case !direct:
		return tokenFrom(p, q.open+1, q.inner.End)
	case q.close < 0:
		return len(p.toks)
	}
	return q.close + 1
}

// nextCandidate returns the index of the first word of toks from token k
// on that may report speech (see cueInfo.reports), or len(toks). Most
// words are no cue, or one that reports no speech: the filters turn them
// away without a call, and the words they let pass, one in two, are
// mostly such cues.
func (c *cueWords) nextCandidate(toks []token, lower string, k int) int {
	for ; k < len(toks); k++ {
		if t := &toks[k]; t.kind == tWord {
			if w := lower[t.Start:t.End]; c.filter.mayHave(w) && c.filter2.mayHave(w) {
				return k
			}
		}
	}
	return len(toks)
}

// nextSentence returns the first token after the sentence of token a,
// or len(p.toks). It gallops, then halves: a sentence has a few dozen
// tokens, but a text with no full stop has one of the paragraph's size.
func nextSentence(p *para, a int) int {
	s := p.toks[a].sent
	in, out, step := a, a+1, 1 // token in is in the sentence, out may not be
	for out < len(p.toks) && p.toks[out].sent == s {
		in, out, step = out, out+step, 2*step
	}
	out = min(out, len(p.toks))
	return in + 1 + sort.Search(out-in-1, func(i int) bool { return p.toks[in+1+i].sent != s })
}

// reportAt tries the reporting construction of the cue at token k of the
// sentence of tokens [a, b) of p, whose cueInfo is ci, and reports
// whether it recorded a quote.
func (f *quoteFinder) reportAt(pi int, p *para, a, b, k int, ci cueInfo) bool {
	if ci.menurut {
		return f.menurut(pi, p, a, b, k)
	}
	cl := ci.class
	if cl&cBelief != 0 {
		return false
	}
	if ci.firstOfTwo && k+1 < b && p.toks[k+1].kind == tWord && f.twoWordCue(p, k)&cBefore != 0 {
		// A cue of two words: "memberi sinyal".
		return f.reportBefore(pi, p, a, b, k, k+1, false)
	}
	return cl&cBefore != 0 && f.reportBefore(pi, p, a, b, k, k, false) ||
		cl&cRequest != 0 && f.reportBefore(pi, p, a, b, k, k, true) ||
		cl&(cAfter|cAfterWeak) != 0 && f.reportAfter(pi, p, a, b, k) ||
		cl&cPassive != 0 && f.reportPassive(pi, p, a, b, k)
}

// hollowPairs returns the pairs of paragraph pi whose marks enclose
// nothing, which f.pairs leaves out: reported content that holds one is
// mixed. They are found when first asked for, for one paragraph at a
// time, in the few paragraphs that have them.
func (f *quoteFinder) hollowPairs(pi int) []qpair {
	if !f.hasHollow[pi] {
		return nil
	}
	if f.hollowOf != pi {
		p := &f.d.paras[pi]
		marks := newMarkScanner(f.d.text, p.End)
		f.hollow, _ = appendPairs(f.hollow[:0], f.d, p, &marks, true)
		f.hollowOf = pi
	}
	return f.hollow
}

// pairsFrom returns the pairs of pairs (in text order) from the first
// whose inner span starts at or after offset off.
func pairsFrom(pairs []qpair, off int) []qpair {
	i := sort.Search(len(pairs), func(i int) bool { return pairs[i].inner.Start >= off })
	return pairs[i:]
}

// content records reported content over tokens [s, e) of p.
func (f *quoteFinder) content(pi int, p *para, s, e int, cue Span, speakers []int) bool {
	if s >= e || len(speakers) == 0 {
		return false
	}
	span := Span{p.toks[s].Start, p.toks[e-1].End}
	if f.wordsIn(p, s, span, 3) < 3 {
		return false
	}
	kind := Indirect
	for _, pairs := range [2][]qpair{f.pairs[pi], f.hollowPairs(pi)} {
		for _, q := range pairsFrom(pairs, span.Start) {
			if q.inner.Start > span.End {
				break
			}
			if q.inner.End <= span.End {
				kind = Mixed
				if q.inner.Start-span.Start <= len("“") && span.End-q.inner.End <= len("”.") {
					return false // wholly quoted: a direct quote, handled as one
				}
			}
		}
	}
	f.add(kind, span, cue, speakers)
	f.remember(pi, speakers)
	return true
}

// sentenceEnd returns the end of the content of tokens [.., b): before a
// final closing bracket or period.
func (f *quoteFinder) sentenceEnd(p *para, b int) int {
	// A tPunct token is one rune: one of these bytes, or another rune.
	for b > 0 && p.toks[b-1].kind == tPunct {
		switch f.d.text[p.toks[b-1].Start] {
		case '.', '!', '?', ';':
			b--
			continue
		}
		break
	}
	return b
}

// menurut handles "Menurut X, …", "Menurutnya, …" and "…, menurut X.".
func (f *quoteFinder) menurut(pi int, p *para, a, b, k int) bool {
	cue := p.toks[k].Span
	var speakers []int
	if f.d.word(p, k) == "menurutnya" {
		speakers = f.refer(pi, p.toks[k].Start)
	} else {
		speakers = f.mentionsAfter(pi, p.toks[k].End)
	}
	after := -1 // "Menurut X, …": content after the comma that closes the source
	for j := k + 1; j < b && j < k+16; j++ {
		if f.tok(p, j) == "," {
			after = j + 1
			break
		}
	}
	if k > a && f.tok(p, k-1) == "," {
		if after > 0 && after < b && f.onlyConnectives(p, a, k-1) {
			// "Namun, menurutnya, …", "Atas hal tersebut, menurutnya, …".
			return f.content(pi, p, after, f.sentenceEnd(p, b), cue, speakers)
		}
		// "…, menurut X." The content is what precedes.
		return f.content(pi, p, a, k-1, cue, speakers)
	}
	if after > 0 {
		return f.content(pi, p, after, f.sentenceEnd(p, b), cue, speakers)
	}
	return false
}

// onlyConnectives reports whether tokens [a, b) of p are function words
// only: a connective before a cue ("Namun", "Atas hal tersebut").
func (f *quoteFinder) onlyConnectives(p *para, a, b int) bool {
	for j := a; j < b; j++ {
		if p.toks[j].kind == tWord && !f.is(f.d.word(p, j), wFunction) {
			return false
		}
	}
	return a < b
}

// adjunct heads: words that start a phrase that may stand between a
// cue and its content ("kepada wartawan", "dalam keterangannya").
var adjunctHead = map[string]bool{
	"kepada": true, "dalam": true, "di": true, "pada": true, "saat": true, "usai": true, "ketika": true,
	"melalui": true, "lewat": true, "seusai": true, "setelah": true, "sebelum": true,
	"kemarin": true, "hari": true, "secara": true, "dengan": true, "sambil": true, "via": true,
}

// reportBefore handles "X mengatakan (,) (bahwa) …" and, with request,
// "X meminta … agar …". The cue runs from token v to token k.
func (f *quoteFinder) reportBefore(pi int, p *para, a, b, v, k int, request bool) bool {
	if v > a && f.d.word(p, v-1) == "yang" {
		return false
	}
	// The speakers, costly to find, are asked for (subjectOf) only once
	// the content is found.
	cue := Span{p.toks[v].Start, p.toks[k].End}
	end := f.sentenceEnd(p, b)
	start := -1
	if request {
		for j := k + 1; j < end && j < k+14; j++ {
			switch f.d.word(p, j) {
			case "agar", "supaya", "untuk":
				start = j + 1
			}
			if start >= 0 {
				break
			}
		}
		if start < 0 {
			return false
		}
		return f.content(pi, p, start, end, cue, f.subjectOf(pi, p, v))
	}
	if f.is(f.d.word(p, k), wRemindVerb) {
		// "mengingatkan para pejabat untuk membersihkan diri": a request.
		for j := k + 1; j < end && j < k+8 && p.toks[j].kind == tWord; j++ {
			w := f.d.word(p, j)
			if w == "agar" || w == "supaya" || w == "untuk" {
				return f.content(pi, p, j+1, end, cue, f.subjectOf(pi, p, v))
			}
			if w == "bahwa" {
				break
			}
		}
	}
	for j := k + 1; j < end && j < k+12; j++ {
		if f.d.word(p, j) == "bahwa" {
			start = j + 1
			break
		}
		if p.toks[j].kind != tWord && f.tok(p, j) != "(" && f.tok(p, j) != ")" && f.tok(p, j) != "/" {
			break
		}
	}
	if start < 0 {
		start = k + 1
		switch f.tok(p, start) {
		case ",", ":":
			start++
		default:
			if f.is(f.d.word(p, start), wAdjunctHead) {
				for j := start; j < end && j < start+8; j++ {
					if f.tok(p, j) == "," {
						start = j + 1
						break
					}
				}
			}
			// With nothing to mark a clause, the object must read as one:
			// "menyampaikan apresiasi kepada …" names the speech act only.
			if start == k+1 && f.is(f.d.word(p, k), wObjectVerb) && !f.hasPredicate(p, start, end) {
				return false
			}
		}
	}
	if start < end && p.toks[start].kind != tWord && p.toks[start].kind != tPunct {
		// The content opens with a quotation: a direct quote (or mixed, if
		// more follows).
		if q, ok := f.pairAt(pi, start); ok && (q.close < 0 || q.close >= end-1) {
			return false
		}
	}
	return f.content(pi, p, start, end, cue, f.subjectOf(pi, p, v))
}

// pairAt returns the pair of paragraph pi whose opening mark is token
// open, hollow or not.
func (f *quoteFinder) pairAt(pi, open int) (qpair, bool) {
	for _, pairs := range [2][]qpair{f.pairs[pi], f.hollowPairs(pi)} {
		// Pairs are in the order of their opening marks.
		i := sort.Search(len(pairs), func(i int) bool { return pairs[i].open >= open })
		if i < len(pairs) && pairs[i].open == open {
			return pairs[i], true
		}
	}
	return qpair{}, false
}

// reportAfter handles "…, kata X (kepada wartawan)." and the interrupted
// "A, lanjut X, B.".
func (f *quoteFinder) reportAfter(pi int, p *para, a, b, k int) bool {
	if k == a || f.tok(p, k-1) != "," {
		return false
	}
	w := f.d.word(p, k)
	if f.cueClass(w)&cAfter == 0 && !f.followedBySpeaker(p, k) && !strings.HasSuffix(w, "nya") {
		return false
	}
	cue := p.toks[k].Span
	speakers := f.speakerAfter(pi, p, k, cue, p.toks[a].Start)
	end := f.sentenceEnd(p, b)
	// Where the cue clause ends: a comma after it means content goes on.
	resume := -1
	for j := k + 1; j < end; j++ {
		if f.tok(p, j) == "," {
			resume = j + 1
			break
		}
		if p.toks[j].kind != tWord && p.toks[j].kind != tPunct {
			break
		}
	}
	if resume >= 0 && resume < end {
		if f.onlyConnectives(p, a, k-1) {
			// Only a connective before the cue: "Nantinya, kata Judha, …".
			return f.content(pi, p, resume, end, cue, speakers)
		}
		return f.content(pi, p, a, end, cue, speakers)
	}
	return f.content(pi, p, a, k-1, cue, speakers)
}

// reportPassive handles "Hal itu disampaikan X" (the content is the
// sentence before) and "Ditegaskan, …" with no agent.
func (f *quoteFinder) reportPassive(pi int, p *para, a, b, k int) bool {
	cue := p.toks[k].Span
	if k == a && f.tok(p, k+1) == "," {
		return f.content(pi, p, k+2, f.sentenceEnd(p, b), cue, f.namedLast(pi, p.toks[k].Start))
	}
	prev := f.d.word(p, k-1)
	if prev != "itu" && prev != "tersebut" && prev != "demikian" && prev != "ini" {
		return false
	}
	after := p.toks[k].End
	if f.d.word(p, k+1) == "oleh" {
		after = p.toks[k+1].End // "disampaikan oleh X"
	}
	speakers := f.mentionsAfter(pi, after)
	if len(speakers) == 0 {
		return false
	}
	// The sentence before, in this paragraph or at the end of the last.
	s := p.toks[a].sent
	if s > 0 {
		ps, pe := sentenceTokens(p, int(s)-1)
		if f.hasQuoteIn(pi, p.toks[ps].Start, p.toks[pe-1].End) {
			return false
		}
		return f.content(pi, p, ps, f.sentenceEnd(p, pe), cue, speakers)
	}
	if pi == 0 || f.e.headline[pi-1] {
		return false
	}
	pp := &f.d.paras[pi-1]
	if len(pp.sents) == 0 || len(pp.toks) == 0 {
		return false
	}
	ps, pe := sentenceTokens(pp, len(pp.sents)-1)
	if ps >= pe || f.hasQuoteIn(pi-1, pp.toks[ps].Start, pp.toks[pe-1].End) {
		return false
	}
	return f.content(pi-1, pp, ps, f.sentenceEnd(pp, pe), cue, speakers)
}

// hasQuoteIn reports whether a quote already covers part of [s, e).
func (f *quoteFinder) hasQuoteIn(pi, s, e int) bool {
	// Quotes are found paragraph by paragraph: those of paragraphs before
	// pi-1 end before s.
	floor := f.d.paras[max(pi-1, 0)].Start
	chunks := f.quotes.filled()
	for c := len(chunks) - 1; c >= 0; c-- {
		for k := len(chunks[c]) - 1; k >= 0; k-- {
			q := &chunks[c][k]
			if q.End <= floor {
				return false
			}
			if q.Start < e && s < q.End {
				return true
			}
		}
	}
	return false
}

// headline finds the quote of a headline "X: …" or "X Nilai …".
func (f *quoteFinder) headline(pi int) {
	p := &f.d.paras[pi]
	for k := 1; k < len(p.toks)-1; k++ {
		t := f.tok(p, k)
		if t == ":" {
			ids := f.headlineSpeaker(pi, p, k)
			if len(ids) > 0 {
				f.add(Indirect, Span{p.toks[k+1].Start, p.End}, Span{}, ids)
			}
			return
		}
		if w := f.d.low(p.toks[k]); p.toks[k].kind == tWord && f.t.headlineCue(w) {
			ids := f.headlineSpeaker(pi, p, k)
			if len(ids) > 0 {
				f.add(Indirect, Span{p.toks[k+1].Start, p.End}, p.toks[k].Span, ids)
				return
			}
		}
	}
}

// headlineSpeaker returns the actor named before token k of a headline:
// a mention ending there, or a role held by one person.
func (f *quoteFinder) headlineSpeaker(pi int, p *para, k int) []int {
	_, role := f.t.roles.match([]string{f.d.word(p, 0)})
	_, office := f.t.offices.match([]string{f.d.word(p, 0)})
	// Unless the headline opens with a role, a mention that ends before
	// token k may be the speaker.
	byMention := !role && !office
	if byMention {
		if ids := f.mentionsEndingAt(pi, p.toks[k-1].End); len(ids) > 0 {
			return ids
		}
	}
	words := f.words[:0]
	for j := 0; j < k; j++ {
		if p.toks[j].kind == tWord {
			words = append(words, f.d.low(p.toks[j]))
		}
	}
	f.words = words
	if id := f.e.personBySuffixRole(words); id >= 0 {
		return f.one(id)
	}
	if role || office {
		// A role no person of the body holds: the person the body quotes
		// most, who holds no role yet, is the one the headline names.
		if id := f.mainSpeaker(); id >= 0 && f.e.actors[id].Role == "" {
			f.e.giveHeadlineRole(id, f.d.text[p.toks[0].Start:p.toks[k-1].End], words)
			return f.one(id)
		}
	}
	if byMention {
		return nil // no mention ends there: asked above
	}
	return f.mentionsEndingAt(pi, p.toks[k-1].End)
}

// mainSpeaker returns the person who speaks most of the quotes found so
// far, or -1.
func (f *quoteFinder) mainSpeaker() int {
	if !f.mainKnown {
		f.main, f.mainKnown = f.countMainSpeaker(), true
	}
	return f.main
}

func (f *quoteFinder) countMainSpeaker() int {
	count := map[string]int{}
	best, bestN := "", 0
	for _, c := range f.quotes.filled() {
		for i := range c {
			for _, s := range c[i].Speakers {
				count[s]++
				if count[s] > bestN {
					best, bestN = s, count[s]
				}
			}
		}
	}
	if best == "" {
		return -1
	}
	if i, ok := f.e.byName[fold(best)]; ok && f.e.actors[i].Kind == Person {
		return i
	}
	return -1
}

// objectVerbs take a noun phrase as readily as a clause: their content
// must read as a clause ("menyampaikan apresiasi" is no quote).
var objectVerbs = map[string]bool{
	"menyampaikan": true, "mengungkapkan": true, "menyoroti": true, "membahas": true, "menyinggung": true,
	"mengemukakan": true, "menekankan": true, "mengutarakan": true, "memaparkan": true, "membeberkan": true,
	"mengumumkan": true, "melaporkan": true, "mengingatkan": true, "menceritakan": true, "mengisahkan": true,
	"menjelaskan": true, "membantah": true, "menepis": true, "menampik": true, "mengkritik": true,
	"mempertanyakan": true, "menanggapi": true, "membenarkan": true, "mengonfirmasi": true,
}

// remindVerbs are verbs of saying that make a request when a person and
// "agar", "supaya" or "untuk" follow them.
var remindVerbs = map[string]bool{"mengingatkan": true, "menyarankan": true, "mengusulkan": true, "berpesan": true,
	"meminta": true, "mengimbau": true, "mendesak": true, "mengajak": true}

// predicateWords mark a clause: auxiliaries, negations and copulas.
var predicateWords = map[string]bool{
	"akan": true, "telah": true, "sudah": true, "sedang": true, "tengah": true, "masih": true, "harus": true,
	"wajib": true, "bisa": true, "dapat": true, "mampu": true, "perlu": true, "tidak": true, "tak": true,
	"belum": true, "bukan": true, "adalah": true, "merupakan": true, "menjadi": true, "ialah": true, "ada": true,
	"terdapat": true, "punya": true, "ingin": true, "mau": true, "hendak": true, "boleh": true, "sempat": true,
	"pernah": true, "agar": true, "supaya": true, "jika": true, "kalau": true, "apabila": true,
	"pentingnya": true, "perlunya": true, "sangat": true, "cukup": true, "kini": true, "sebagai": true,
}

// hasPredicate reports whether tokens [s, e) of p read as a clause, not a
// bare noun phrase: an auxiliary, a negation, a copula or a verb before
// any relative "yang".
func (f *quoteFinder) hasPredicate(p *para, s, e int) bool {
	for j := s; j < e; j++ {
		w := f.d.word(p, j)
		if w == "" {
			continue
		}
		if w == "yang" {
			return false
		}
		if f.is(w, wPredicate) || j > s && f.looksVerb(w) {
			return true
		}
	}
	return false
}

// looksVerb reports whether a folded word has a verbal prefix: meN-,
// ber-, di-, ter-.
func (f *quoteFinder) looksVerb(w string) bool {
	if f.is(w, wNotVerb) || utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, pre := range []string{"me", "ber", "di", "ter"} {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}
