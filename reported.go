package berita

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// sentenceTokens returns the token range [a, b) of sentence s of p.
func sentenceTokens(p *para, s int) (int, int) {
	a := 0
	for a < len(p.toks) && p.toks[a].sent < s {
		a++
	}
	b := a
	for b < len(p.toks) && p.toks[b].sent == s {
		b++
	}
	return a, b
}

// reported finds the indirect and mixed quotes of paragraph pi, in the
// sentences that hold no direct quote's cue.
func (f *quoteFinder) reported(pi int, p *para, direct []bool, usedSent map[int]bool) {
	inDirect := make([]bool, len(p.toks))
	for qi, q := range f.pairs[pi] {
		if !direct[qi] {
			continue
		}
		end := q.close
		if end < 0 {
			end = len(p.toks) - 1
		}
		for k := q.open; k <= end; k++ {
			inDirect[k] = true
		}
	}
	a := 0
	for a < len(p.toks) {
		s := p.toks[a].sent
		b := a
		for b < len(p.toks) && p.toks[b].sent == s {
			b++
		}
		if !usedSent[s] {
			f.reportedSentence(pi, p, a, b, inDirect)
		}
		a = b
	}
}

// reportedSentence looks for one reporting construction in tokens [a, b)
// of p and records its quote.
func (f *quoteFinder) reportedSentence(pi int, p *para, a, b int, inDirect []bool) {
	for k := a; k < b; k++ {
		if inDirect[k] || p.toks[k].kind != tWord {
			continue
		}
		w := f.word(p, k)
		if f.inAnyQuote(pi, p.toks[k].Start) {
			continue
		}
		switch {
		case w == "menurut" || w == "menurutnya":
			if f.menurut(pi, p, a, b, k) {
				return
			}
		default:
			cl := f.e.cueClass(w)
			if cl&cBelief != 0 {
				continue
			}
			if k+1 < b && p.toks[k+1].kind == tWord && f.t.cues[w+" "+f.word(p, k+1)]&cBefore != 0 {
				// A cue of two words: "memberi sinyal".
				if f.reportBefore(pi, p, a, b, k, k+1, false) {
					return
				}
				continue
			}
			if cl&cBefore != 0 && f.reportBefore(pi, p, a, b, k, k, false) ||
				cl&cRequest != 0 && f.reportBefore(pi, p, a, b, k, k, true) ||
				cl&(cAfter|cAfterWeak) != 0 && f.reportAfter(pi, p, a, b, k) ||
				cl&cPassive != 0 && f.reportPassive(pi, p, a, b, k) {
				return
			}
		}
	}
}

// inAnyQuote reports whether offset off is inside quotation marks.
func (f *quoteFinder) inAnyQuote(pi, off int) bool {
	pairs := f.pairs[pi]
	// The pairs are in text order and do not overlap.
	i := sort.Search(len(pairs), func(i int) bool { return pairs[i].inner.End > off })
	return i < len(pairs) && pairs[i].inner.Start <= off
}

// content records reported content over tokens [s, e) of p.
func (f *quoteFinder) content(pi int, p *para, s, e int, cue Span, speakers []int) bool {
	if s >= e || len(speakers) == 0 {
		return false
	}
	span := Span{p.toks[s].Start, p.toks[e-1].End}
	text := f.d.text[span.Start:span.End]
	if countWords(text) < 3 {
		return false
	}
	kind := Indirect
	for _, q := range f.pairs[pi] {
		if q.inner.Start >= span.Start && q.inner.End <= span.End {
			kind = Mixed
			if q.inner.Start-span.Start <= len("“") && span.End-q.inner.End <= len("”.") {
				return false // wholly quoted: a direct quote, handled as one
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
	for b > 0 && p.toks[b-1].kind == tPunct && strings.ContainsAny(f.tok(p, b-1), ".!?;") {
		b--
	}
	return b
}

// menurut handles "Menurut X, …", "Menurutnya, …" and "…, menurut X.".
func (f *quoteFinder) menurut(pi int, p *para, a, b, k int) bool {
	cue := p.toks[k].Span
	var speakers []int
	if f.word(p, k) == "menurutnya" {
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
		if p.toks[j].kind == tWord && !f.t.function[f.word(p, j)] {
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
	if v > a && f.word(p, v-1) == "yang" {
		return false
	}
	speakers := f.subjectOf(pi, p, v)
	cue := Span{p.toks[v].Start, p.toks[k].End}
	end := f.sentenceEnd(p, b)
	start := -1
	if request {
		for j := k + 1; j < end && j < k+14; j++ {
			switch f.word(p, j) {
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
		return f.content(pi, p, start, end, cue, speakers)
	}
	if remindVerbs[f.word(p, k)] {
		// "mengingatkan para pejabat untuk membersihkan diri": a request.
		for j := k + 1; j < end && j < k+8 && p.toks[j].kind == tWord; j++ {
			w := f.word(p, j)
			if w == "agar" || w == "supaya" || w == "untuk" {
				return f.content(pi, p, j+1, end, cue, speakers)
			}
			if w == "bahwa" {
				break
			}
		}
	}
	for j := k + 1; j < end && j < k+12; j++ {
		if f.word(p, j) == "bahwa" {
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
			if adjunctHead[f.word(p, start)] {
				for j := start; j < end && j < start+8; j++ {
					if f.tok(p, j) == "," {
						start = j + 1
						break
					}
				}
			}
			// With nothing to mark a clause, the object must read as one:
			// "menyampaikan apresiasi kepada …" names the speech act only.
			if start == k+1 && objectVerbs[f.word(p, k)] && !f.hasPredicate(p, start, end) {
				return false
			}
		}
	}
	if start < end && p.toks[start].kind != tWord && p.toks[start].kind != tPunct {
		// The content opens with a quotation: a direct quote (or mixed, if
		// more follows).
		for _, q := range f.pairs[pi] {
			if q.open == start && (q.close < 0 || q.close >= end-1) {
				return false
			}
		}
	}
	return f.content(pi, p, start, end, cue, speakers)
}

// reportAfter handles "…, kata X (kepada wartawan)." and the interrupted
// "A, lanjut X, B.".
func (f *quoteFinder) reportAfter(pi int, p *para, a, b, k int) bool {
	if k == a || f.tok(p, k-1) != "," {
		return false
	}
	w := f.word(p, k)
	if f.e.cueClass(w)&cAfter == 0 && !f.followedBySpeaker(p, k) && !strings.HasSuffix(w, "nya") {
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
	prev := f.word(p, k-1)
	if prev != "itu" && prev != "tersebut" && prev != "demikian" && prev != "ini" {
		return false
	}
	after := p.toks[k].End
	if f.word(p, k+1) == "oleh" {
		after = p.toks[k+1].End // "disampaikan oleh X"
	}
	speakers := f.mentionsAfter(pi, after)
	if len(speakers) == 0 {
		return false
	}
	// The sentence before, in this paragraph or at the end of the last.
	s := p.toks[a].sent
	if s > 0 {
		ps, pe := sentenceTokens(p, s-1)
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
	for k := len(f.quotes) - 1; k >= 0 && f.quotes[k].End > floor; k-- {
		if q := f.quotes[k]; q.Start < e && s < q.End {
			return true
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
		if p.toks[k].kind == tWord && f.t.headlineCue(f.d.low(p.toks[k])) {
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
	_, role := f.t.roles.match([]string{f.word(p, 0)})
	_, office := f.t.offices.match([]string{f.word(p, 0)})
	if !role && !office {
		if ids := f.mentionsEndingAt(pi, p.toks[k-1].End); len(ids) > 0 {
			return ids
		}
	}
	var words []string
	for j := 0; j < k; j++ {
		if p.toks[j].kind == tWord {
			words = append(words, f.d.low(p.toks[j]))
		}
	}
	all := words
	for len(words) > 0 {
		if id := f.e.personByRoleWords(words); id >= 0 {
			return []int{id}
		}
		words = words[1:]
	}
	if role || office {
		// A role no person of the body holds: the person the body quotes
		// most, who holds no role yet, is the one the headline names.
		if id := f.mainSpeaker(); id >= 0 && f.e.actors[id].Role == "" {
			f.e.giveHeadlineRole(id, f.d.text[p.toks[0].Start:p.toks[k-1].End], all)
			return []int{id}
		}
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
	for _, q := range f.quotes {
		for _, s := range q.Speakers {
			count[s]++
			if count[s] > bestN {
				best, bestN = s, count[s]
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
		w := f.word(p, j)
		if w == "" {
			continue
		}
		if w == "yang" {
			return false
		}
		if predicateWords[w] || j > s && looksVerb(w) {
			return true
		}
	}
	return false
}

// looksVerb reports whether a folded word has a verbal prefix: meN-,
// ber-, di-, ter-.
func looksVerb(w string) bool {
	if notVerbs[w] || utf8.RuneCountInString(w) < 6 {
		return false
	}
	for _, pre := range []string{"me", "ber", "di", "ter"} {
		if strings.HasPrefix(w, pre) {
			return true
		}
	}
	return false
}
