package berita

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// notePersonWords records the words of a name or alias of person i, and
// the beginnings of its longer words, for nicknames ("Pras").
func (e *entities) notePersonWords(i int, name string) {
	for _, w := range phraseWords(name) {
		if list := e.personWord[w]; len(list) == 0 || list[len(list)-1] != i {
			e.personWord[w] = append(list, i)
		}
		for n := 3; n <= len(w)-2; n++ {
			if !utf8.RuneStart(w[n]) {
				continue
			}
			p := w[:n]
			if list := e.nickOwners[p]; len(list) == 0 || list[len(list)-1] != i {
				e.nickOwners[p] = append(list, i)
			}
		}
	}
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
	name = NormalizeName(name)
	if i, ok := e.byName[fold(name)]; ok {
		if e.actors[i].Kind == Person {
			return i
		}
		return -1
	}
	words := phraseWords(name)
	if len(words) == 0 {
		return -1
	}
	best, bestAt, n := -1, -1, 0
	for _, i := range e.personsWith(words[0]) {
		if a := e.actors[i]; a.Kind != Person || !containsRun(a.words, words) {
			continue
		}
		n++
		if at := e.lastMention(i); at > bestAt {
			best, bestAt = i, at
		}
	}
	// A particle or given-name prefix alone ("Siti", "Muhammad") refers to
	// a person only when one person has it.
	if len(words) == 1 && e.isGenericNamePart(words[0]) && (n > 1 || utf8.RuneCountInString(words[0]) < 3 || isParticle(e.t, words[0])) {
		return -1
	}
	if best < 0 && len(words) > 1 {
		best = e.sameCore(words)
	}
	if best < 0 && len(words) == 1 {
		best = e.nickname(words[0])
	}
	return best
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

// nickname returns the one person with a name word that w shortens
// ("Pras" for Prasetyo, "Yos" for Yosdian), or -1.
func (e *entities) nickname(w string) int {
	if utf8.RuneCountInString(w) < 3 || e.isGenericNamePart(w) {
		return -1
	}
	found := -1
	for _, i := range e.nickOwners[w] {
		a := e.actors[i]
		for _, nw := range a.words {
			if len(nw) > len(w)+1 && strings.HasPrefix(nw, w) {
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
	words := phraseWords(norm)
	i := e.lookupPerson(norm)
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
	}
	if len(words) > len(a.words) && (containsRun(words, a.words) || hasFold(a.Aliases, norm)) {
		old := a.Name
		a.Name, a.words = norm, words
		e.notePersonWords(i, norm)
		e.addAlias(i, old)
		a.Aliases = removeFold(a.Aliases, norm)
	}
	e.addAlias(i, norm)
	if text := collapseSpaces(text); text != norm {
		e.addAlias(i, text)
	}
	e.byName[fold(norm)] = i
	if role != "" && (a.Role == "" || isStandInRole(a.Role) && !isStandInRole(role)) {
		a.Role, a.Affiliation = role, aff
	}
	e.mention(i, name, full, para, quoted)
	return i
}

func removeFold(list []string, s string) []string {
	out := list[:0]
	for _, x := range list {
		if fold(x) != fold(s) {
			out = append(out, x)
		}
	}
	return out
}

// backReferences finds the later short forms of the persons found so far
// ("Lavrov", "Anom") in every paragraph, the headline included.
func (e *entities) backReferences(chunks []chunk, quoted [][]Span) {
	// Every word inside a mention found so far is taken.
	covered := map[int]bool{}
	for _, m := range e.mentions {
		toks := e.d.paras[m.para].toks
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= min(m.Start, m.full.Start) })
		for ; k < len(toks) && toks[k].End <= max(m.End, m.full.End); k++ {
			covered[toks[k].Start] = true
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
			if covered[s.Start] || !isCap(c.words[i].text) {
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

// namesInLists finds the persons named in a list with a person found
// before ("yaitu: Idham Holik, Yulianto Sudrajat, dan August Mellaz") and
// the other name of "X alias Y".
func (e *entities) namesInLists(chunks []chunk, quoted [][]Span) {
	for ci := 0; ci < len(chunks); {
		cj := ci
		for cj+1 < len(chunks) && chunks[cj+1].para == chunks[ci].para && e.between(&chunks[cj], &chunks[cj+1], isListSep) {
			cj++
		}
		if cj > ci && !e.headline[chunks[ci].para] {
			e.listOfNames(chunks[ci:cj+1], quoted)
		}
		ci = cj + 1
	}
	for ci := 0; ci+1 < len(chunks); ci++ {
		x, y := &chunks[ci], &chunks[ci+1]
		if x.para != y.para || e.headline[x.para] || !e.between(x, y, func(s []string) bool { return len(s) == 1 && s[0] == "alias" }) {
			continue
		}
		if !pureName(x) || !pureName(y) {
			continue
		}
		q := quoted[x.para]
		xs, ys := e.span(x, 0, len(x.words)), e.span(y, 0, len(y.words))
		i := e.personAt(xs)
		if i < 0 {
			i = e.addPerson(xs, xs, "", "", x.para, inSpans(q, xs.Start))
		}
		if i >= 0 && e.personAt(ys) < 0 {
			alias := NormalizeName(e.d.text[ys.Start:ys.End])
			e.addAlias(i, alias)
			e.byName[fold(alias)] = i
			e.mention(i, ys, ys, y.para, inSpans(q, ys.Start))
		}
	}
}

func isListSep(words []string) bool {
	switch strings.Join(words, " ") {
	case ",", "dan", ", dan", "serta", ", serta":
		return true
	}
	return false
}

// between reports whether the tokens between chunks a and b, as folded
// strings, satisfy ok.
func (e *entities) between(a, b *chunk, ok func([]string) bool) bool {
	p := &e.d.paras[a.para]
	from, to := a.words[len(a.words)-1].last+1, b.words[0].tok
	if to-from > 3 || to <= from {
		return false
	}
	var s []string
	for k := from; k < to; k++ {
		s = append(s, e.d.low(p.toks[k]))
	}
	return ok(s)
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

// personAt returns the person mentioned exactly at s, or -1.
func (e *entities) personAt(s Span) int {
	if e.byStart == nil {
		e.byStart = map[int][]int{}
	}
	for ; e.indexed < len(e.mentions); e.indexed++ {
		m := e.mentions[e.indexed]
		e.byStart[m.Start] = append(e.byStart[m.Start], e.indexed)
	}
	// A person's mention starts at the word s starts at, or, for a short
	// form inside a name, at one of the few words before it.
	for off, n := s.Start, 0; off >= 0 && n < 8; n++ {
		for _, k := range e.byStart[off] {
			if m := e.mentions[k]; s.End <= m.End && e.actors[m.actor].Kind == Person {
				return m.actor
			}
		}
		off = e.prevWordStart(off)
	}
	return -1
}

// prevWordStart returns the start of the word before offset off, or -1.
func (e *entities) prevWordStart(off int) int {
	p := &e.d.paras[e.paraOf(off)]
	k := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= off })
	for k--; k >= 0; k-- {
		if p.toks[k].kind == tWord {
			return p.toks[k].Start
		}
	}
	return -1
}

// listOfNames makes persons of the name-only items of a list in which
// some item is a person.
func (e *entities) listOfNames(list []chunk, quoted [][]Span) {
	persons := 0
	for k := range list {
		if e.personAt(e.span(&list[k], len(list[k].words)-1, len(list[k].words))) >= 0 {
			persons++
		}
	}
	if persons == 0 {
		return
	}
	for k := range list {
		c := &list[k]
		s := e.span(c, 0, len(c.words))
		if len(c.words) >= 2 && pureName(c) && e.personAt(s) < 0 {
			e.addPerson(s, s, "", "", c.para, inSpans(quoted[c.para], s.Start))
		}
	}
}

// hyphenNames finds known persons in a hyphenated word:
// "Prabowo-Gibran".
func (e *entities) hyphenNames(c *chunk, i int, quoted bool) {
	s := e.span(c, i, i+1)
	w := e.d.text[s.Start:s.End]
	off := s.Start
	for _, part := range strings.Split(w, "-") {
		ps := Span{off, off + len(part)}
		off += len(part) + 1
		if !isCap(part) {
			continue
		}
		if k := e.lookupPerson(part); k >= 0 && !e.isGenericNamePart(fold(part)) {
			e.mention(k, ps, ps, c.para, quoted)
			continue
		}
		if _, ok := e.t.people.get(fold(part)); ok {
			e.knownActorAt(c, i, ps, quoted)
		}
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
	words := phraseWords(e.d.text[s.Start:s.End])
	if len(a.dropped) == 0 || len(words) <= len(a.dropped) || !equalWords(words[:len(a.dropped)], a.dropped) {
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
	f := fold(s)
	for _, x := range list {
		if fold(x) == f {
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
