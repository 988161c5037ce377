package berita

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// notePersonWords records the words of a name or alias of person i, and
// the beginnings of its longer words, for nicknames ("Pras").
func (e *entities) notePersonWords(i int, name string) {
	var buf [8]string
	var only []int // the list of the words new to the maps, shared
	for _, w := range appendPhraseWords(buf[:0], name) {
		if list := e.personWord[w]; len(list) == 0 || list[len(list)-1] != i {
			e.personWord[w] = addOwner(list, i, &only)
		}
		for n := 3; n <= len(w)-2; n++ {
			if !utf8.RuneStart(w[n]) {
				continue
			}
			p := w[:n]
			if list := e.nickOwners[p]; len(list) == 0 || list[len(list)-1] != i {
				e.nickOwners[p] = addOwner(list, i, &only)
			}
		}
	}
}

// addOwner returns list with person i appended. A new list is *only,
// made once per name: it has room for one, so appending to it copies and
// the lists sharing it stay apart.
func addOwner(list []int, i int, only *[]int) []int {
	if len(list) > 0 {
		return append(list, i)
	}
	if *only == nil {
		*only = []int{i}
	}
	return (*only)[:1:1]
}

// personsWith returns the persons that have word w in a name or alias.
func (e *entities) personsWith(w string) []int { return e.personWord[w] }

// anyNickname reports whether w might shorten a person's name word.
func (e *entities) anyNickname(w string) bool {
	return len(e.nickOwners[w]) > 0
}

// lookupPerson returns the person that name (as written) refers to: one
// with that name or alias, or, for a short form, the one whose name
// contains its words (the most recently mentioned when several do), or -1.
func (e *entities) lookupPerson(name string) int {
	return e.lookupNormalized(NormalizeName(name))
}

// lookupNormalized is lookupPerson for a name NormalizeName gave.
func (e *entities) lookupNormalized(name string) int {
	// The name's folded form and words are looked up as bytes, which
	// needs no allocation.
	var kbuf [64]byte
	key := appendFold(kbuf[:0], name)
	if i, ok := e.byName[string(key)]; ok {
		if e.actors[i].Kind == Person {
			return i
		}
		return -1
	}
	f := key // fold and foldText differ only for invalid UTF-8
	if !isASCII(name) {
		var lbuf [64]byte
		f = appendFoldText(lbuf[:0], name)
	}
	var wbuf [8]wspan
	ws := appendWordSpans(wbuf[:0], name, 0)
	if len(ws) == 0 {
		return -1
	}
	first := f[ws[0].start:ws[0].end]
	best, bestAt, n := -1, -1, 0
	for _, i := range e.personWord[string(first)] {
		if a := e.actors[i]; a.Kind != Person || !containsRunFolded(a.words, f, ws) {
			continue
		}
		n++
		if at := e.lastMention(i); at > bestAt {
			best, bestAt = i, at
		}
	}
	// A particle or given-name prefix alone ("Siti", "Muhammad") refers to
	// a person only when one person has it.
	if len(ws) == 1 {
		p, inTable := e.t.particles.matchFolded(f, ws) // isGenericNamePart and isParticle
		generic := inTable || utf8.RuneCount(first) == 1
		if generic && (n > 1 || utf8.RuneCount(first) < 3 || inTable && p.value == "particle") {
			return -1
		}
	}
	if best < 0 && len(ws) > 1 && e.hasPrefixWord(f, ws) {
		var sbuf [8]string
		best = e.sameCore(appendPhraseWords(sbuf[:0], name))
	}
	if best < 0 && len(ws) == 1 {
		best = e.nicknameFolded(first)
	}
	return best
}

// hasPrefixWord reports whether one of the words ws of folded text f is
// a given-name prefix ("Muhammad", "M."), without which sameCore finds
// nothing.
func (e *entities) hasPrefixWord(f []byte, ws []wspan) bool {
	for k := range ws {
		if p, ok := e.t.particles.matchFolded(f, ws[k:k+1]); ok && p.value == "prefix" {
			return true
		}
	}
	return false
}

// containsRunFolded is containsRun for the words ws of folded text f.
func containsRunFolded(words []string, f []byte, ws []wspan) bool {
	for i := 0; i+len(ws) <= len(words); i++ {
		if equalFolded(words[i:i+len(ws)], f, ws) {
			return true
		}
	}
	return false
}

// sameCore returns the person whose name is words but for the spelling
// of a given-name prefix ("Mochammad Afifuddin", "Muhammad Afifuddin"),
// or -1.
func (e *entities) sameCore(words []string) int {
	core := e.coreWords(words)
	if len(core) == len(words) || len(core) == 0 {
		return -1
	}
	for _, i := range e.personsWith(core[len(core)-1]) {
		if a := e.actors[i]; a.Kind == Person && len(a.words) == len(words) && equalWords(e.coreWords(a.words), core) {
			return i
		}
	}
	return -1
}

// coreWords drops given-name prefixes ("Muhammad", "M.") from words.
func (e *entities) coreWords(words []string) []string {
	var out []string
	for _, w := range words {
		if p, ok := e.t.particles.get(w); ok && p.value == "prefix" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// nicknameFolded returns the one person with a name word that w shortens
// ("Pras" for Prasetyo, "Yos" for Yosdian), or -1.
func (e *entities) nicknameFolded(w []byte) int {
	if utf8.RuneCount(w) < 3 {
		return -1
	}
	if _, ok := e.t.particles.matchFolded(w, []wspan{{0, len(w)}}); ok {
		return -1 // a generic name part
	}
	found := -1
	for _, i := range e.nickOwners[string(w)] {
		a := e.actors[i]
		for _, nw := range a.words {
			if len(nw) > len(w)+1 && nw[:len(w)] == string(w) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// isGenericNamePart reports whether a name word is too common to refer
// to a person alone: a particle, a Balinese birth-order name or a prefix
// such as "Muhammad".
func (e *entities) isGenericNamePart(w string) bool {
	_, ok := e.t.particles.get(w)
	return ok || utf8.RuneCountInString(w) == 1
}

func (e *entities) lastMention(i int) int {
	return max(e.actors[i].lastAt, e.actors[i].first)
}

// containsRun reports whether sub occurs in words as a contiguous run.
func containsRun(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		if equalWords(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// addPerson records a person actorRef: name is the span of the name as
// written, full the span with role and rank.
func (e *entities) addPerson(name, full Span, role, aff string, para int, quoted bool) int {
	text := e.d.text[name.Start:name.End]
	norm := NormalizeName(text)
	if norm == "" {
		return -1
	}
	// One folded copy of the name gives both its key in byName and its
	// words.
	key, words := foldedWords(norm)
	i := e.lookupNormalized(norm)
	if i < 0 {
		// A fuller form of a person named before ("Prabowo", then
		// "Prabowo Subianto") is that person.
	fuller:
		for _, w := range words {
			for _, k := range e.personsWith(w) {
				if a := e.actors[k]; a.Kind == Person && len(a.words) < len(words) && containsRun(words, a.words) {
					i = k
					break fuller
				}
			}
		}
	}
	if i < 0 {
		i = e.newActor(Actor{Name: norm, Kind: Person}, name.Start)
	} else if len(words) == 1 {
		e.trimToShortForm(i, words[0])
	}
	a := e.actors[i]
	if len(a.dropped) > 0 && len(words) > len(a.dropped) && equalWords(words[:len(a.dropped)], a.dropped) {
		// The institution's words before the name, seen again.
		norm = strings.Join(strings.Fields(norm)[len(a.dropped):], " ")
		words = words[len(a.dropped):]
		key = fold(norm)
	}
	if len(words) > len(a.words) && (containsRun(words, a.words) || hasFold(a.Aliases, norm)) {
		old := a.Name
		a.Name, a.words = norm, words
		e.notePersonWords(i, norm)
		e.addAlias(i, old)
		a.Aliases = removeFold(a.Aliases, norm)
	}
	e.addAlias(i, norm)
	if text := joinFields(text); text != norm {
		e.addAlias(i, text)
	}
	e.byName[key] = i
	if role != "" && (a.Role == "" || isStandInRole(a.Role) && !isStandInRole(role)) {
		a.Role, a.Affiliation = role, aff
	}
	e.mention(i, name, full, para, quoted)
	return i
}

// foldedWords returns fold(s) and phraseWords(s), the words sharing the
// folded string.
func foldedWords(s string) (string, []string) {
	f := fold(s)
	if len(f) != len(s) {
		// Only invalid UTF-8 changes length (fold writes U+FFFD for a
		// bad byte); the words are at other offsets in f.
		return f, phraseWords(s)
	}
	var buf [8]string
	words := buf[:0]
	for i := 0; ; {
		a, b := nextWord(s, i)
		if a == b {
			break
		}
		words = append(words, f[a:b])
		i = b
	}
	if len(words) == 0 {
		return f, nil
	}
	return f, slices.Clone(words)
}

func removeFold(list []string, s string) []string {
	var buf [64]byte
	f := appendFold(buf[:0], s)
	out := list[:0]
	for _, x := range list {
		if !foldEquals(x, f) {
			out = append(out, x)
		}
	}
	return out
}

// foldEquals reports whether fold(x) is f, without allocating for a short
// x.
func foldEquals(x string, f []byte) bool {
	var buf [64]byte
	return string(appendFold(buf[:0], x)) == string(f)
}

// backReferences finds the later short forms of the persons found so far
// ("Lavrov", "Anom") in every paragraph, the headline included.
func (e *entities) backReferences(chunks []chunk, quoted [][]Span) {
	// Every word inside a mention found so far is taken: the offsets
	// where its tokens start are set in covered.
	var covered offsetSet
	if len(e.mentions) > 0 {
		covered = make(offsetSet, len(e.d.text)/64+1)
	}
	for _, m := range e.mentions {
		toks := e.d.paras[m.para].toks
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= min(m.Start, m.full.Start) })
		for ; k < len(toks) && toks[k].End <= max(m.End, m.full.End); k++ {
			covered.add(toks[k].Start)
		}
	}
	for ci := range chunks {
		c := &chunks[ci]
		title := e.headline[c.para]
		if title {
			e.organizationsAndPlaces(c, 0, len(c.words), func(Span) bool { return false }, true)
		}
		for i := 0; i < len(c.words); {
			s := e.span(c, i, i+1)
			if covered.has(s.Start) || !isCap(c.words[i].text) {
				i++
				continue
			}
			matched := 0
			if len(e.personWord[c.words[i].fold]) == 0 && !e.anyNickname(c.words[i].fold) {
				if c.words[i].label == lKnown {
					e.knownActor(c, i, i+max(c.words[i].n, 1), inSpans(quoted[c.para], s.Start))
					i += max(c.words[i].n, 1)
					continue
				}
				if strings.ContainsRune(c.words[i].text, '-') {
					e.hyphenNames(c, i, inSpans(quoted[c.para], s.Start))
				}
				i++
				continue
			}
			for n := min(4, len(c.words)-i); n >= 1; n-- {
				sp := e.span(c, i, i+n)
				text := e.d.text[sp.Start:sp.End]
				if k := e.lookupPerson(text); k >= 0 && (n > 1 || !e.isGenericNamePart(fold(text))) {
					if title && n == 1 && c.words[i].label != lName && c.words[i].label != lKnown {
						break
					}
					if n == 1 {
						e.trimToShortForm(k, fold(text))
					}
					e.upgradeName(k, NormalizeName(text))
					e.addAlias(k, NormalizeName(text))
					e.mention(k, sp, sp, c.para, inSpans(quoted[c.para], sp.Start))
					matched = n
					break
				}
			}
			if matched == 0 && strings.ContainsRune(c.words[i].text, '-') {
				e.hyphenNames(c, i, inSpans(quoted[c.para], s.Start))
			}
			if matched == 0 && c.words[i].label == lKnown {
				e.knownActor(c, i, i+max(c.words[i].n, 1), inSpans(quoted[c.para], s.Start))
				matched = max(c.words[i].n, 1)
			}
			i += max(matched, 1)
		}
	}
}

// offsetSet is a set of byte offsets in a text, one bit each.
type offsetSet []uint64

func (o offsetSet) add(off int)      { o[off/64] |= 1 << (off % 64) }
func (o offsetSet) has(off int) bool { return off/64 < len(o) && o[off/64]&(1<<(off%64)) != 0 }

// namesInLists finds the persons named in a list with a person found
// before ("yaitu: Idham Holik, Yulianto Sudrajat, dan August Mellaz") and
// the other name of "X alias Y".
func (e *entities) namesInLists(chunks []chunk, quoted [][]Span) {
	at := &mentionIndex{e: e}
	for ci := 0; ci < len(chunks); {
		cj := ci
		for cj+1 < len(chunks) && chunks[cj+1].para == chunks[ci].para && isListSep(e.between(&chunks[cj], &chunks[cj+1])) {
			cj++
		}
		if cj > ci && !e.headline[chunks[ci].para] {
			e.listOfNames(chunks[ci:cj+1], quoted, at)
		}
		ci = cj + 1
	}
	for ci := 0; ci+1 < len(chunks); ci++ {
		x, y := &chunks[ci], &chunks[ci+1]
		if x.para != y.para || e.headline[x.para] || !e.between(x, y).is("alias") {
			continue
		}
		if !pureName(x) || !pureName(y) {
			continue
		}
		q := quoted[x.para]
		xs, ys := e.span(x, 0, len(x.words)), e.span(y, 0, len(y.words))
		i := at.personAt(xs)
		if i < 0 {
			i = e.addPerson(xs, xs, "", "", x.para, inSpans(q, xs.Start))
		}
		if i >= 0 && at.personAt(ys) < 0 {
			alias := NormalizeName(e.d.text[ys.Start:ys.End])
			e.addAlias(i, alias)
			e.byName[fold(alias)] = i
			e.mention(i, ys, ys, y.para, inSpans(q, ys.Start))
		}
	}
}

func isListSep(g gap) bool {
	return g.is(",") || g.is("dan") || g.is(",", "dan") || g.is("serta") || g.is(",", "serta")
}

// gap holds the folded tokens between two chunks: one to three, or none
// when there are more.
type gap struct {
	toks [3]string
	n    int
}

// is reports whether the gap's tokens are words.
func (g gap) is(words ...string) bool {
	if g.n == 0 || g.n != len(words) {
		return false
	}
	for i, w := range words {
		if g.toks[i] != w {
			return false
		}
	}
	return true
}

// between returns the tokens between chunks a and b.
func (e *entities) between(a, b *chunk) gap {
	p := &e.d.paras[a.para]
	from, to := a.words[len(a.words)-1].last+1, b.words[0].tok
	if to-from > 3 || to <= from {
		return gap{}
	}
	var g gap
	for k := from; k < to; k++ {
		g.toks[g.n] = e.d.low(p.toks[k])
		g.n++
	}
	return g
}

// pureName reports whether every word of c is a name word.
func pureName(c *chunk) bool {
	for _, w := range c.words {
		if !isNameLabel(w.label) {
			return false
		}
	}
	return len(c.words) > 0
}

// mentionIndex finds the mentions that start at an offset: it holds
// the indices of e.mentions sorted by start, then index, and takes in
// the mentions added since it last looked.
type mentionIndex struct {
	e      *entities
	sorted []int
}

func (x *mentionIndex) update() {
	ms := x.e.mentions
	if len(x.sorted) == 0 && len(ms) > 0 {
		x.sorted = make([]int, len(ms), len(ms)+insertSlack)
		for k := range x.sorted {
			x.sorted[k] = k
		}
		slices.SortFunc(x.sorted, func(i, j int) int {
			return cmp.Or(cmp.Compare(ms[i].Start, ms[j].Start), cmp.Compare(i, j))
		})
		return
	}
	for k := len(x.sorted); k < len(ms); k++ {
		// k is the highest index yet: it goes after the mentions that
		// start where it does.
		at := sort.Search(len(x.sorted), func(i int) bool { return ms[x.sorted[i]].Start > ms[k].Start })
		x.sorted = slices.Insert(x.sorted, at, k)
	}
}

// insertSlack is room for the mentions added after the index is built.
const insertSlack = 16

// personStartingAt returns the actor of the first mention, in the order
// found, of a person that starts at off and ends at or after end, or -1.
func (x *mentionIndex) personStartingAt(off, end int) int {
	ms := x.e.mentions
	k := sort.Search(len(x.sorted), func(i int) bool { return ms[x.sorted[i]].Start >= off })
	for ; k < len(x.sorted) && ms[x.sorted[k]].Start == off; k++ {
		if m := &ms[x.sorted[k]]; end <= m.End && x.e.actors[m.actor].Kind == Person {
			return m.actor
		}
	}
	return -1
}

// personAt returns the person mentioned exactly at s, or -1.
func (x *mentionIndex) personAt(s Span) int {
	x.update()
	// A person's mention starts at the word s starts at, or, for a short
	// form inside a name, at one of the few words before it.
	if a := x.personStartingAt(s.Start, s.End); a >= 0 {
		return a
	}
	p := &x.e.d.paras[x.e.paraOf(s.Start)]
	k := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= s.Start })
	for n := 1; n < 8; n++ {
		for k--; k >= 0 && p.toks[k].kind != tWord; k-- {
		}
		if k < 0 {
			return -1
		}
		if a := x.personStartingAt(p.toks[k].Start, s.End); a >= 0 {
			return a
		}
	}
	return -1
}

// listOfNames makes persons of the name-only items of a list in which
// some item is a person.
func (e *entities) listOfNames(list []chunk, quoted [][]Span, at *mentionIndex) {
	persons := 0
	for k := range list {
		if at.personAt(e.span(&list[k], len(list[k].words)-1, len(list[k].words))) >= 0 {
			persons++
		}
	}
	if persons == 0 {
		return
	}
	for k := range list {
		c := &list[k]
		s := e.span(c, 0, len(c.words))
		if len(c.words) >= 2 && pureName(c) && at.personAt(s) < 0 {
			e.addPerson(s, s, "", "", c.para, inSpans(quoted[c.para], s.Start))
		}
	}
}

// hyphenNames finds known persons in a hyphenated word:
// "Prabowo-Gibran".
func (e *entities) hyphenNames(c *chunk, i int, quoted bool) {
	s := e.span(c, i, i+1)
	w := e.d.text[s.Start:s.End]
	for off := s.Start; ; {
		part, rest, more := strings.Cut(w, "-")
		e.hyphenPart(c, i, part, Span{off, off + len(part)}, quoted)
		if !more {
			return
		}
		w, off = rest, off+len(part)+1
	}
}

// hyphenPart records the known person that part, at ps in word i of c,
// names, if any.
func (e *entities) hyphenPart(c *chunk, i int, part string, ps Span, quoted bool) {
	if !isCap(part) {
		return
	}
	if k := e.lookupPerson(part); k >= 0 && !e.isGenericNamePart(fold(part)) {
		e.mention(k, ps, ps, c.para, quoted)
		return
	}
	// people.get(fold(part)), without making the folded string.
	var buf [32]byte
	key := appendFold(buf[:0], part)
	if _, ok := e.t.people.matchFolded(key, []wspan{{0, len(key)}}); ok {
		e.knownActorAt(c, i, ps, quoted)
	}
}

// trimToShortForm drops the words before w from the name of person k when
// the article refers back to the person by w, a middle word of the name,
// and the person's name followed a role and an institution: those words
// were the institution's ("Direktur Utama PT Sinar Jaya Bambang Wijaya",
// then "Bambang"). Indonesian back-references use the first name; given-
// name prefixes and Balinese birth-order names are never dropped.
func (e *entities) trimToShortForm(k int, w string) {
	a := e.actors[k]
	if !a.afterOrg || len(a.words) < 3 {
		return
	}
	at := -1
	for i, nw := range a.words {
		if nw == w {
			at = i
			break
		}
	}
	if at <= 0 || at >= len(a.words)-1 {
		return
	}
	for _, pw := range a.words[:at] {
		if _, ok := e.t.particles.get(pw); ok {
			return
		}
	}
	written := strings.Fields(a.Name)
	if len(written) != len(a.words) {
		return
	}
	old := a.Name
	a.Name = strings.Join(written[at:], " ")
	a.dropped = append(a.dropped, a.words[:at]...)
	a.words = a.words[at:]
	a.Affiliation = strings.TrimSpace(a.Affiliation + " " + strings.Join(written[:at], " "))
	a.Aliases = removeFold(a.Aliases, old)
	e.byName[fold(a.Name)] = k
	e.byName[fold(old)] = k
}

// dropFromMention shortens a mention of actor a that still begins with
// the words trimToShortForm dropped from its name.
func (e *entities) dropFromMention(a *actorState, s Span) Span {
	if len(a.dropped) == 0 {
		return s
	}
	var buf [8]string
	words := appendPhraseWords(buf[:0], e.d.text[s.Start:s.End])
	if len(words) <= len(a.dropped) || !equalWords(words[:len(a.dropped)], a.dropped) {
		return s
	}
	p := &e.d.paras[e.paraOf(s.Start)]
	k := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= s.Start })
	for n := 0; k < len(p.toks) && p.toks[k].Start < s.End; k++ {
		if p.toks[k].kind == tWord {
			if n == len(a.dropped) {
				return Span{p.toks[k].Start, s.End}
			}
			n++
		}
	}
	return s
}

func hasFold(list []string, s string) bool {
	var buf [64]byte
	f := appendFold(buf[:0], s)
	for _, x := range list {
		if foldEquals(x, f) {
			return true
		}
	}
	return false
}

// upgradeName makes name the canonical name of person k when it is a
// fuller form than the current one that the actor already answers to:
// "Jokowi", then "Joko Widodo" from the alias table.
func (e *entities) upgradeName(k int, name string) {
	a := e.actors[k]
	words := phraseWords(name)
	if len(words) <= len(a.words) || !hasFold(a.Aliases, name) {
		return
	}
	old := a.Name
	a.Name, a.words = name, words
	e.notePersonWords(k, name)
	a.Aliases = removeFold(a.Aliases, name)
	e.addAlias(k, old)
}

// anyPersonWord reports whether some word of ws is a word of a person's
// name or alias, or might shorten one.
func (e *entities) anyPersonWord(ws []cword) bool {
	for _, w := range ws {
		if len(e.personWord[w.fold]) > 0 || e.anyNickname(w.fold) {
			return true
		}
	}
	return false
}
