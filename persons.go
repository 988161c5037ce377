package berita

import (
	"cmp"
	"hash/maphash"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// notePersonWords records person i under the words of one of its names
// or aliases, in personWord, and under the beginnings of its longer
// words (see nickKeyLen), for nicknames ("Pras"), in nickOwners. When
// name is the person's name it also files person i under its current
// words (see fileName): every change of a person's words comes with a
// new name, and is followed by a call for it, or by one of fileName. An
// alias leaves the words, filed already, as they are; filing them again
// would only move the person up chains whose order decides nothing.
func (e *entities) notePersonWords(i int, name string) {
	// Most names noted are new forms of words the person has already
	// ("Prabowo" of "Prabowo Subianto"): they are looked up folded on
	// the stack, and the folded text made, to keep its words, only when
	// one is new.
	var wbuf [8]wspan
	var fbuf [64]byte
	ws := appendWordSpans(wbuf[:0], name, 0)
	f := appendFoldText(fbuf[:0], name) // the folded words are at the same offsets
	var kept string                     // foldText(name), once a word must be kept
	var only []int
	for _, w := range ws {
		if e.notedFor(i, f[w.start:w.end]) {
			continue
		}
		if kept == "" {
			kept = foldText(name)
		}
		e.noteWord(i, kept[w.start:w.end], &only)
	}
	if name == e.actors[i].Name {
		e.fileName(i)
	}
}

// notePersonNameWords is notePersonWords for the folded words of a name.
func (e *entities) notePersonNameWords(i int, words []string) {
	var only []int   // the list of the words new to the maps, shared
	var fresh uint64 // the words new to personWord, and so to personsHaving
	for k, w := range words {
		if e.noteWord(i, w, &only) && k < 64 {
			fresh |= 1 << k
		}
	}
	if fresh != 0 && equalWords(words, e.actors[i].words) {
		e.fileNameFresh(i, fresh) // a new person's, mostly
		return
	}
	e.fileName(i)
}

// noteWord adds person i to the lists of personWord and nickOwners of
// the folded word w, unless it is the last there. only is as addOwner's.
// It reports whether w is new to personWord.
func (e *entities) noteWord(i int, w string, only *[]int) (fresh bool) {
	// Most words noted are a new person's, new to both maps: a word
	// that the filter turns away is under no key of either, its
	// nickname key included (see personWordFilter), and they are not
	// looked up.
	known := e.personFilter.mayHave(w)
	var list []int
	if known {
		list = e.personWord[w]
	}
	if len(list) == 0 || list[len(list)-1] != i {
		e.noteOwner(i, w, len(list))
		e.personWord[w] = e.addOwner(list, i, only)
	}
	if n := nickKeyLen(w); n > 0 {
		var nicks []int
		if known {
			nicks = e.nickOwners[w[:n]]
		}
		if len(nicks) == 0 || nicks[len(nicks)-1] != i {
			e.nickOwners[w[:n]] = e.addOwner(nicks, i, only)
		}
	}
	return len(list) == 0
}

// notedFor reports whether noteWord would change nothing for person i
// and the folded word w.
func (e *entities) notedFor(i int, w []byte) bool {
	if !e.personFilter.mayHaveBytes(w) {
		return false // a new word
	}
	if list := e.personWord[string(w)]; len(list) == 0 || list[len(list)-1] != i {
		return false
	}
	if n := nickKeyLen(w); n > 0 {
		if list := e.nickOwners[string(w[:n])]; len(list) == 0 || list[len(list)-1] != i {
			return false
		}
	}
	return true
}

// nickKeyLen returns the length of the key in nickOwners of a name word
// w: its shortest beginning that may be a nickname, of three bytes or
// more that end a rune and leave two bytes or more of w, or 0 when w has
// none. A nickname of the word starts with the key: nickOwners holds the
// persons under the key of each word, not under every beginning, and the
// lookups check the persons' words (see shortens).
func nickKeyLen[S string | []byte](w S) int {
	for n := 3; n <= len(w)-2; n++ {
		if utf8.RuneStart(w[n]) {
			return n
		}
	}
	return 0
}

// nickOwnersOf returns the persons in nickOwners under the key that a
// nickname w would have: w's shortest beginning of three bytes or more
// that ends a rune.
func (e *entities) nickOwnersOf(w string) []int {
	if n := nickLen(w); n > 0 {
		return e.nickOwners[w[:n]]
	}
	return nil
}

// nickLen returns the length of the key in nickOwners of a nickname w,
// or 0 when w is too short to be one.
func nickLen[S string | []byte](w S) int {
	n := 3
	for n < len(w) && !utf8.RuneStart(w[n]) {
		n++
	}
	if n > len(w) {
		return 0
	}
	return n
}

// shortens reports whether w is the beginning of a word noted for person
// i, two bytes or more shorter, that ends a rune: a nickname's.
func (e *entities) shortens(i int, w string) bool {
	if i >= len(e.lastNote) {
		return false
	}
	for m := e.lastNote[i]; m >= 0; m = e.ownerNotes[m].next {
		if nw := e.ownerNotes[m].w; len(nw) >= len(w)+2 && nw[:len(w)] == w && utf8.RuneStart(nw[len(w)]) {
			return true
		}
	}
	return false
}

// ownerNote says that a person joined the list of personWord[w] at
// index at; next is the index in ownerNotes of the person's note before,
// or -1.
type ownerNote struct {
	w        string
	at, next int
}

// noteOwner notes that person i joined the list of personWord[w] at index
// at.
func (e *entities) noteOwner(i int, w string, at int) {
	for len(e.lastNote) <= i {
		e.lastNote = append(e.lastNote, -1)
	}
	e.ownerNotes = append(e.ownerNotes, ownerNote{w: w, at: at, next: e.lastNote[i]})
	e.lastNote[i] = len(e.ownerNotes) - 1
	e.personFilter.add(w)
}

// namedLink is a person in a chain of personsNamed: next is the index of
// the next link in namedChain, or -1.
type namedLink struct{ person, next int }

// nameSeed seeds wordHash per process, so that no text can be written
// to make the chains of personsNamed long.
var nameSeed = maphash.MakeSeed()

// wordHash is the hash of one folded word that nameHash combines.
func wordHash(w string) uint64 { return maphash.String(nameSeed, w) }

// nameHash returns the hash of the words after h, the hash of the words
// before (0 for none), whose last is the word of hash w.
func nameHash(h, w uint64) uint64 { return (h ^ w) * 0x9e3779b97f4a7c15 }

// fileName files person i in personsNamed under the hash of its words,
// and in personsHaving under each of them, unless it is the last filed
// there. A person filed under words it no longer has is passed over by
// whoever looks it up.
func (e *entities) fileName(i int) { e.fileNameFresh(i, 0) }

// fileNameFresh is fileName when the words of person i with a bit set in
// fresh (by index) are new to personsHaving, which is not looked up for
// them.
func (e *entities) fileNameFresh(i int, fresh uint64) {
	var h uint64
	for k, w := range e.actors[i].words {
		h = nameHash(h, wordHash(w))
		if k < 64 && fresh&(1<<k) != 0 {
			e.fileNewWord(i, w)
			continue
		}
		e.fileWord(i, w)
	}
	head, ok := e.personsNamed[h]
	if ok && e.namedChain[head].person == i {
		return
	}
	if !ok {
		head = -1
	}
	e.namedChain = append(e.namedChain, namedLink{person: i, next: head})
	e.personsNamed[h] = len(e.namedChain) - 1
}

// fileWord files person i in personsHaving under w, after the chain's
// head, unless it is first there already.
func (e *entities) fileWord(i int, w string) {
	head, ok := e.personsHaving[w]
	if !ok {
		// The head links nothing: the links after it can be dropped
		// without writing to the map.
		e.namedChain = append(e.namedChain, namedLink{person: -1, next: -1})
		head = len(e.namedChain) - 1
		e.personsHaving[w] = head
	}
	next := e.namedChain[head].next
	if next >= 0 && e.namedChain[next].person == i {
		return
	}
	e.namedChain = append(e.namedChain, namedLink{person: i, next: next})
	e.namedChain[head].next = len(e.namedChain) - 1
}

// fileNewWord is fileWord for a word not in personsHaving.
func (e *entities) fileNewWord(i int, w string) {
	// The head links nothing but i, first after it.
	e.namedChain = append(e.namedChain, namedLink{person: -1, next: len(e.namedChain) + 1}, namedLink{person: i, next: -1})
	e.personsHaving[w] = len(e.namedChain) - 2
}

// personsWithRun looks for the persons in the list of personWord of the
// first of the words ws of folded text f whose words have ws as a run. It
// returns the one mentioned last (of those, the first in the list), or -1,
// and how many times they are in the list. Instead of scanning the list,
// which holds every person that ever had the word, it looks at the
// persons filed under the word in personsHaving, and drops from the
// chain those that no longer have it.
func (e *entities) personsWithRun(f []byte, ws []wspan) (best, n int) {
	first := f[ws[0].start:ws[0].end]
	if !e.personFilter.mayHaveBytes(first) {
		return -1, 0 // no person has the word (see personWordFilter)
	}
	head, ok := e.personsHaving[string(first)]
	if !ok {
		return -1, 0
	}
	best, bestAt, bestPos := -1, -1, 0
	var sbuf [8]int
	seen := sbuf[:0]
	for prev, l := head, e.namedChain[head].next; l >= 0; l = e.namedChain[l].next {
		k := e.namedChain[l].person
		a := e.actors[k]
		if slices.Contains(seen, k) || !hasWordBytes(a.words, first) {
			e.namedChain[prev].next = e.namedChain[l].next
			continue
		}
		prev = l
		seen = append(seen, k)
		if a.Kind != Person || !containsRunFolded(a.words, f, ws) {
			continue
		}
		// k is in the list once for every note of its joining it.
		times, pos := 0, 0
		for m := e.lastNote[k]; m >= 0; m = e.ownerNotes[m].next {
			if note := &e.ownerNotes[m]; note.w == string(first) {
				times, pos = times+1, note.at
			}
		}
		if times == 0 {
			continue
		}
		n += times
		if at := e.lastMention(k); at > bestAt || at == bestAt && pos < bestPos {
			best, bestAt, bestPos = k, at, pos
		}
	}
	return best, n
}

// hasWordBytes reports whether w is one of words: slices.Contains(words,
// string(w)), without making the string.
func hasWordBytes(words []string, w []byte) bool {
	for _, x := range words {
		if x == string(w) {
			return true
		}
	}
	return false
}

// addOwner returns list with person i appended. A new list is *only,
// made once per name: it has room for one, so appending to it copies and
// the lists sharing it stay apart.
func (e *entities) addOwner(list []int, i int, only *[]int) []int {
	if len(list) > 0 {
		return append(list, i)
	}
	if *only == nil {
		*only = e.newOwnerList(i)
	}
	return (*only)[:1:1]
}

// personsWith returns the persons that have word w in a name or alias.
func (e *entities) personsWith(w string) []int { return e.personWord[w] }

// anyNickname reports whether w might shorten a person's name word.
func (e *entities) anyNickname(w string) bool {
	for _, i := range e.nickOwnersOf(w) {
		if e.shortens(i, w) {
			return true
		}
	}
	return false
}

// lookupPerson returns the person that name (as written) refers to: one
// with that name or alias, or, for a short form, the one whose name
// contains its words (the most recently mentioned when several do), or -1.
func (e *entities) lookupPerson(name string) int {
	return e.lookupNormalized(NormalizeName(name))
}

// lookupPersonAt is lookupPerson for the name written at s: the folded
// name is a slice of the folded text, not folded again.
func (e *entities) lookupPersonAt(s Span) int {
	norm, at := normalizeName(e.t, e.d.text[s.Start:s.End])
	if at < 0 {
		return e.lookupNormalized(norm)
	}
	var kbuf [64]byte
	return e.lookupFolded(norm, append(kbuf[:0], e.foldedAt(norm, s.Start+at, true)...))
}

// lookupNormalized is lookupPerson for a name NormalizeName gave.
func (e *entities) lookupNormalized(name string) int {
	// The name's folded form and words are looked up as bytes, which
	// needs no allocation.
	var kbuf [64]byte
	return e.lookupFolded(name, appendFold(kbuf[:0], name))
}

// lookupFolded is lookupNormalized for a name whose folded form, key,
// the caller has at hand.
func (e *entities) lookupFolded(name string, key []byte) int {
	var wbuf [8]wspan
	return e.lookupWords(name, key, appendNameSpans(wbuf[:0], name))
}

// appendNameSpans is appendWordSpans(dst, s, 0) for a name: most are
// ASCII letters and digits between spaces, which it splits at the
// spaces; it leaves the others to appendWordSpans.
func appendNameSpans(dst []wspan, s string) []wspan {
	n, start := len(dst), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
			if i > start {
				dst = append(dst, wspan{start, i})
			}
			start = i + 1
		case !isASCIIAlnum(c):
			return appendWordSpans(dst[:n], s, 0)
		}
	}
	if start < len(s) {
		dst = append(dst, wspan{start, len(s)})
	}
	return dst
}

// lookupWords is lookupFolded for a name whose words, ws, the caller has
// at hand too.
func (e *entities) lookupWords(name string, key []byte, ws []wspan) int {
	if i, ok := e.byName[string(key)]; ok {
		if e.actors[i].Kind == Person {
			return i
		}
		return -1
	}
	return e.lookupUnnamed(name, key, ws)
}

// lookupUnnamed is lookupWords for a name that byName does not hold.
func (e *entities) lookupUnnamed(name string, key []byte, ws []wspan) int {
	f := key // fold and foldText differ only for invalid UTF-8
	if !isASCII(name) && !utf8.ValidString(name) {
		var lbuf [64]byte
		f = appendFoldText(lbuf[:0], name)
	}
	if len(ws) == 0 {
		return -1
	}
	first := f[ws[0].start:ws[0].end]
	best, n := e.personsWithRun(f, ws)
	// A particle or given-name prefix alone ("Siti", "Muhammad") refers to
	// a person only when one person has it.
	if len(ws) == 1 {
		p, inTable := e.particleWord(first) // isGenericNamePart and isParticle
		generic := inTable || utf8.RuneCount(first) == 1
		if generic && (n > 1 || utf8.RuneCount(first) < 3 || inTable && p.value == "particle") {
			return -1
		}
	}
	if best < 0 && len(ws) > 1 {
		best = e.sameCore(f, ws)
	}
	if best < 0 && len(ws) == 1 {
		best = e.nicknameFolded(first)
	}
	return best
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

// sameCore returns the person whose name is the words ws of folded text
// f but for the spelling of a given-name prefix ("Mochammad Afifuddin",
// "Muhammad Afifuddin"), or -1.
func (e *entities) sameCore(f []byte, ws []wspan) int {
	// No person has the last word, which is the core's last unless it is
	// a prefix: as for most names first met, there is nothing to find.
	if last := f[ws[len(ws)-1].start:ws[len(ws)-1].end]; !e.ownedBytes(last) && !e.isPrefix(last) {
		return -1
	}
	// The core is the words but the prefixes ("Muhammad", "M."): without
	// a prefix no other spelling of the name is looked for.
	var cbuf [8]wspan
	core := cbuf[:0]
	for _, w := range ws {
		if !e.isPrefix(f[w.start:w.end]) {
			core = append(core, w)
		}
	}
	if len(core) == len(ws) || len(core) == 0 {
		return -1
	}
	last := core[len(core)-1]
	for _, i := range e.personWord[string(f[last.start:last.end])] {
		if a := e.actors[i]; a.Kind == Person && len(a.words) == len(ws) && e.sameCoreWords(a.words, f, core) {
			return i
		}
	}
	return -1
}

// sameCoreWords reports whether words but their given-name prefixes are
// the words core of folded text f.
func (e *entities) sameCoreWords(words []string, f []byte, core []wspan) bool {
	j := 0
	for _, w := range words {
		if p, ok := e.t.particles.get(w); ok && p.value == "prefix" {
			continue
		}
		if j == len(core) || w != string(f[core[j].start:core[j].end]) {
			return false
		}
		j++
	}
	return j == len(core)
}

// isPrefix reports whether the folded word w is a given-name prefix.
func (e *entities) isPrefix(w []byte) bool {
	p, ok := e.particleWord(w)
	return ok && p.value == "prefix"
}

// particleWord returns the phrase of the particle table that is the one
// folded word w: particles.get(string(w)), without making the string.
func (e *entities) particleWord(w []byte) (phrase, bool) {
	if len(w) == 0 || !e.t.particleStarts.mayHaveBytes(w) {
		return phrase{}, false
	}
	return e.t.particles.matchFolded(w, []wspan{{0, len(w)}})
}

// nicknameFolded returns the one person with a name word that w shortens
// ("Pras" for Prasetyo, "Yos" for Yosdian), or -1.
func (e *entities) nicknameFolded(w []byte) int {
	if utf8.RuneCount(w) < 3 {
		return -1
	}
	if _, ok := e.particleWord(w); ok {
		return -1 // a generic name part
	}
	found := -1
	// The persons under the key hold every person with a word that w
	// shortens; the check of their words passes over the others.
	var owners []int
	if n := nickLen(w); n > 0 && e.personFilter.mayHaveBytes(w) {
		owners = e.nickOwners[string(w[:n])]
	}
	for _, i := range owners {
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

// isGenericNamePart reports whether a name word, as written, is too
// common to refer to a person alone: a particle, a Balinese birth-order
// name or a prefix such as "Muhammad". It folds the word on the stack.
func (e *entities) isGenericNamePart(s string) bool {
	var buf [32]byte
	f := appendFold(buf[:0], s)
	_, ok := e.particleWord(f) // get: one word, the whole of f
	return ok || utf8.RuneCount(f) == 1
}

// isGenericFolded is isGenericNamePart for a word already folded.
func (e *entities) isGenericFolded(f string) bool {
	ok := e.t.particleStarts.mayHave(f)
	if ok {
		_, ok = e.t.particles.get(f)
	}
	return ok || utf8.RuneCountInString(f) == 1
}

// countPhraseWords returns len(phraseWords(s)), without making the words.
func countPhraseWords(s string) int {
	n := 0
	for i := 0; ; n++ {
		a, b := nextWord(s, i)
		if a == b {
			return n
		}
		i = b
	}
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
	norm, at := normalizeName(e.t, text)
	if norm == "" {
		return -1
	}
	// One folded copy of the name gives both its key in byName and its
	// words, which are copied only to be kept. When the name is written
	// so in the text, that copy is a slice of the folded text.
	key := e.foldedAt(norm, name.Start+at, at >= 0)
	var wsbuf [8]wspan
	ws := appendNameSpans(wsbuf[:0], norm)
	var wbuf [8]string
	words := appendWordsAt(wbuf[:0], norm, key, ws)
	var kbuf [64]byte
	kb := append(kbuf[:0], key...) // for lookups as bytes
	i, named := e.byName[string(kb)]
	switch {
	case named && e.actors[i].Kind != Person:
		i = -1
	case !named:
		i = e.lookupUnnamed(norm, kb, ws)
	}
	// byName maps the key to i already when it did so before; the
	// calls below map other keys only.
	keyed := named && i >= 0
	if i < 0 {
		i = e.shorterForm(words)
	}
	if i < 0 {
		i = e.newActorWords(Actor{Name: norm, Kind: Person}, e.keepWords(words), name.Start)
	} else if len(words) == 1 {
		e.trimToShortForm(i, words[0])
	}
	a := e.actors[i]
	if len(a.dropped) > 0 && len(words) > len(a.dropped) && equalWords(words[:len(a.dropped)], a.dropped) {
		// The institution's words before the name, seen again.
		norm = strings.Join(strings.Fields(norm)[len(a.dropped):], " ")
		words = words[len(a.dropped):]
		key, keyed = fold(norm), false
	}
	if len(words) > len(a.words) && (containsRun(words, a.words) || hasFolded(a.Aliases, append(kb[:0], key...))) {
		old := a.Name
		a.Name, a.words = norm, e.keepWords(words)
		e.notePersonWords(i, norm)
		e.addAlias(i, old)
		a.Aliases = removeFold(a.Aliases, norm)
	}
	e.addAlias(i, norm)
	// A name written as NormalizeName gives it (at 0, as long) is its
	// own joinFields.
	if at != 0 || len(norm) != len(text) {
		if text := joinFields(text); text != norm {
			e.addAlias(i, text)
		}
	}
	if !keyed {
		e.byName[key] = i
	}
	if role != "" && (a.Role == "" || isStandInRole(a.Role) && !isStandInRole(role)) {
		a.Role, a.Affiliation = role, aff
	}
	e.mention(i, name, full, para, quoted)
	return i
}

// shorterForm returns the person named before by a shorter form of the
// name of folded words ("Prabowo", then "Prabowo Subianto"), or -1.
// When several are, it is the first in the order of words, then of the
// lists of personWord: the one a scan of personWord[w] for every w in
// words, checking each person's words, would find first. Instead of that
// scan, which grows with the persons of the article, the persons named
// exactly by a run of words are looked up in personsNamed.
func (e *entities) shorterForm(words []string) int {
	if !e.anyOwned(words) {
		return -1 // no list to scan
	}
	var hbuf [16]uint64
	hs := hbuf[:0]
	for _, w := range words {
		hs = append(hs, wordHash(w))
	}
	f := firstFound{person: -1}
	e.considerNamed(&f, 0, words) // a person without words is in every name
	for s := range words {
		var h uint64
		for t := s; t < len(words) && t-s+1 < len(words); t++ {
			h = nameHash(h, hs[t])
			e.considerNamed(&f, h, words)
		}
	}
	return f.person
}

// anyOwned reports whether some word of words is a person's.
func (e *entities) anyOwned(words []string) bool {
	for _, w := range words {
		if e.personFilter.mayHave(w) && len(e.personWord[w]) > 0 {
			return true
		}
	}
	return false
}

// ownedBytes reports whether the folded word w, as bytes, is a person's:
// len(personWord[string(w)]) > 0, without a look-up when the filter
// turns w away.
func (e *entities) ownedBytes(w []byte) bool {
	return e.personFilter.mayHaveBytes(w) && len(e.personWord[string(w)]) > 0
}

// firstFound is the person shorterForm found first so far: at index at
// of the list of personWord of words[word].
type firstFound struct{ person, word, at int }

// considerNamed updates f with the persons filed under hash h whose words
// are a shorter run of words.
func (e *entities) considerNamed(f *firstFound, h uint64, words []string) {
	head, ok := e.personsNamed[h]
	if !ok {
		return
	}
	for ; head >= 0; head = e.namedChain[head].next {
		k := e.namedChain[head].person
		if a := e.actors[k]; a.Kind != Person || len(a.words) >= len(words) || !containsRun(words, a.words) {
			continue
		}
		// The scan would meet k in the list of the first word of words
		// that k has, where k first joined it.
		for n := e.lastNote[k]; n >= 0; n = e.ownerNotes[n].next {
			note := &e.ownerNotes[n]
			j := slices.Index(words, note.w)
			if j >= 0 && (f.person < 0 || j < f.word || j == f.word && note.at < f.at) {
				*f = firstFound{k, j, note.at}
			}
		}
	}
}

// foldedAt returns fold(s), which is the folded text at off when ok
// says that s is written at off in the text.
func (e *entities) foldedAt(s string, off int, ok bool) string {
	if ok {
		// Parse takes only valid UTF-8, which fold and foldText fold
		// alike, rune by rune at the same offsets.
		return e.d.lower[off : off+len(s)]
	}
	return fold(s)
}

// foldedWords returns fold(s) and phraseWords(s), the words sharing the
// folded string.
func foldedWords(s string) (string, []string) {
	var buf [8]string
	f, words := appendFoldedWords(buf[:0], s)
	if len(words) == 0 {
		return f, nil
	}
	return f, slices.Clone(words)
}

// appendFoldedWords returns fold(s) and dst with the words of
// phraseWords(s) appended, sharing the folded string.
func appendFoldedWords(dst []string, s string) (string, []string) {
	f := fold(s)
	return f, appendWordsIn(dst, s, f)
}

// appendWordsAt is appendWordsIn for the bounds ws of the words of s.
func appendWordsAt(dst []string, s, f string, ws []wspan) []string {
	if len(f) != len(s) {
		return append(dst, phraseWords(s)...) // as appendWordsIn
	}
	for _, w := range ws {
		dst = append(dst, f[w.start:w.end])
	}
	return dst
}

// appendWordsIn appends the words of phraseWords(s) to dst as slices of
// f, which is fold(s).
func appendWordsIn(dst []string, s, f string) []string {
	if len(f) != len(s) {
		// Only invalid UTF-8 changes length (fold writes U+FFFD for a
		// bad byte); the words are at other offsets in f.
		return append(dst, phraseWords(s)...)
	}
	for i := 0; ; {
		a, b := nextWord(s, i)
		if a == b {
			return dst
		}
		dst = append(dst, f[a:b])
		i = b
	}
}

func removeFold(list []string, s string) []string {
	if len(list) == 0 {
		return list // nothing to fold s for
	}
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

// foldEquals reports whether fold(x) is f. It folds x a rune at a time
// as it compares, so that it stops at the first difference, which for
// most pairs of names is the first byte.
func foldEquals(x string, f []byte) bool {
	j := 0
	for i := 0; i < len(x); {
		c := x[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if j == len(f) || f[j] != c {
				return false
			}
			i, j = i+1, j+1
			continue
		}
		// As appendFold: an invalid byte folds to U+FFFD.
		r, n := utf8.DecodeRuneInString(x[i:])
		var rb [utf8.UTFMax]byte
		m := utf8.EncodeRune(rb[:], foldRune(r))
		if len(f)-j < m || string(f[j:j+m]) != string(rb[:m]) {
			return false
		}
		i, j = i+n, j+m
	}
	return j == len(f)
}

// backReferences finds the later short forms of the persons found so far
// ("Lavrov", "Anom") in every paragraph, the headline included.
func (e *entities) backReferences(chunks []chunk, quoted [][]Span) {
	// Every word inside a mention found so far is taken: the offsets
	// where its tokens start are set in covered. All the offsets of the
	// phrase are set, a word of bits at a time, rather than its tokens
	// looked for: only those where words start are asked of covered,
	// and the phrase's are its tokens' but for one that goes on past its
	// end ("Prabowo" of "Prabowo-Gibran"), which is left out.
	var covered offsetSet
	if len(e.mentions) > 0 {
		covered = e.offsets(len(e.d.text))
	}
	for k := range e.mentions {
		m := &e.mentions[k]
		lo, hi := min(m.Start, m.full.Start), max(m.End, m.full.End)
		if !tokenEdge(e.d.text, hi) {
			hi = e.tokenStartBefore(m.para, hi)
		}
		if lo < hi {
			covered.addRange(lo, hi)
		}
	}
	// Most capitalised words are no person's: the filter says so before
	// the maps are looked up.
	pw := &e.personFilter
	for ci := range chunks {
		c := &chunks[ci]
		title := e.headline[c.para]
		if title {
			e.organizationsAndPlaces(c, 0, len(c.words), func(Span) bool { return false }, true)
		}
		for i := 0; i < len(c.words); {
			if w := &c.words[i]; covered.has(w.Start) || !isCap(w.text) {
				i++
				continue
			}
			s := e.span(c, i, i+1)
			matched := 0
			if fw := c.words[i].fold; !pw.mayHave(fw) || len(e.personWord[fw]) == 0 && !e.anyNickname(fw) {
				if c.words[i].label == lKnown {
					e.knownActor(c, i, i+max(c.words[i].n, 1), inSpans(quoted[c.para], s.Start))
					i += max(c.words[i].n, 1)
					continue
				}
				if strings.IndexByte(c.words[i].text, '-') >= 0 {
					e.hyphenNames(c, i, inSpans(quoted[c.para], s.Start))
				}
				i++
				continue
			}
			for n := min(4, len(c.words)-i); n >= 1; n-- {
				sp := e.span(c, i, i+n)
				text := e.d.text[sp.Start:sp.End]
				norm, at := normalizeName(e.t, text)
				var kbuf [64]byte
				key := append(kbuf[:0], e.foldedAt(norm, sp.Start+at, at >= 0)...)
				if k := e.lookupFolded(norm, key); k >= 0 && (n > 1 || !e.isGenericFolded(e.d.lower[sp.Start:sp.End])) {
					if title && n == 1 && c.words[i].label != lName && c.words[i].label != lKnown {
						break
					}
					if n == 1 {
						e.trimToShortForm(k, e.d.lower[sp.Start:sp.End]) // fold(text)
					}
					e.upgradeName(k, norm)
					e.addAlias(k, norm)
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

// tokenStartBefore returns the start of the token of paragraph pi that
// goes on across offset off, or off when none does.
func (e *entities) tokenStartBefore(pi, off int) int {
	toks := e.d.paras[pi].toks
	if k := firstTokenFrom(toks, off); k > 0 && toks[k-1].End > off {
		return toks[k-1].Start
	}
	return off
}

// tokenEdge reports whether no token of text goes on across offset i,
// for most offsets, where a name or a phrase ends, by the bytes at i: a
// token goes on across i only if it is a word and the byte at i is a
// letter or digit, or a joiner followed by one (see doc.wordEnd). It
// reports false when it cannot tell so.
func tokenEdge(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	c := edgeClass[text[i]]
	return c == eEdge || c == eJoiner && (i+1 == len(text) || edgeClass[text[i+1]] != eWord)
}

// The classes of bytes for tokenEdge.
const (
	eWord   = iota // an ASCII letter or digit, or a byte of another rune
	eEdge          // white space or a mark, which no word goes on across
	eJoiner        // an ASCII joiner
)

var edgeClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case isASCIIAlnum(byte(c)):
		case isJoiner(rune(c)):
			t[c] = eJoiner
		default:
			t[c] = eEdge
		}
	}
	return t
}()

// personWordFilter filters the words of personWord, and the nicknames
// that anyNickname finds, by their first three bytes (a shorter word by
// all of it): it holds those of the word of every ownerNote, which every
// word of personWord is, and a nickname, three bytes or more, begins
// with the word it shortens. One hash of a word tells both apart. An
// article names few persons: a thousand bits, cheap to clear, tell most
// words apart. noteOwner adds the word of every note as it makes it, so
// that a test is a hash and a bit, which the compiler inlines.
type personWordFilter struct {
	bits [16]uint64
}

// personWordBit hashes the first three bytes of the non-empty w to a bit
// of a personWordFilter.
func personWordBit[S string | []byte](w S) uint32 { return filterHash(w[:min(len(w), 3)]) >> (32 - 10) }

func (p *personWordFilter) add(w string) {
	if w != "" {
		b := personWordBit(w)
		p.bits[b/64] |= 1 << (b % 64)
	}
}

func (p *personWordFilter) has(b uint32) bool { return p.bits[b/64]&(1<<(b%64)) != 0 }

// mayHave reports whether the non-empty folded word w may be a word of
// personWord or shorten one (see anyNickname): false only when it is
// neither.
func (p *personWordFilter) mayHave(w string) bool { return p.has(personWordBit(w)) }

// mayHaveBytes is mayHave for a word as bytes.
func (p *personWordFilter) mayHaveBytes(w []byte) bool { return p.has(personWordBit(w)) }

// offsetSet is a set of byte offsets in a text, one bit each.
type offsetSet []uint64

// offsets returns an empty offsetSet for a text of n bytes, in e's
// storage for it.
func (e *entities) offsets(n int) offsetSet {
	o := slices.Grow(e.covered[:0], n/64+1)[:n/64+1]
	clear(o)
	e.covered = o
	return o
}

// firstTokenFrom returns the index of the first of toks, in text order,
// that starts at or after off, or len(toks).
func firstTokenFrom(toks []token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// add adds off to o, and has reports whether off is in o; the offsets
// are taken unsigned, which divides without a correction for the sign.
func (o offsetSet) add(off int) {
	u := uint(off)
	o[u/64] |= 1 << (u % 64)
}

func (o offsetSet) has(off int) bool {
	u := uint(off)
	return u/64 < uint(len(o)) && o[u/64]&(1<<(u%64)) != 0
}

// addRange adds the offsets from lo up to hi, a word of bits at a time.
func (o offsetSet) addRange(lo, hi int) {
	for u, h := uint(lo), uint(hi); u < h; {
		w := u / 64
		end := min(h, (w+1)*64)
		bits := ^uint64(0)
		if n := end - u; n < 64 {
			bits = 1<<n - 1
		}
		o[w] |= bits << (u % 64)
		u = end
	}
}

// namesInLists finds the persons named in a list with a person found
// before ("yaitu: Idham Holik, Yulianto Sudrajat, dan August Mellaz") and
// the other name of "X alias Y".
func (e *entities) namesInLists(chunks []chunk, quoted [][]Span) {
	at := &mentionIndex{e: e, sorted: e.mentionOrder[:0]}
	defer func() { e.mentionOrder = at.sorted[:0] }() // for the next parse
	// The words between two chunks are read once, for a list and for
	// "alias"; the pairs joined by "alias", few, are kept for after the
	// lists.
	var abuf [8]int
	aliased := abuf[:0]
	for ci := 0; ci < len(chunks); {
		cj := ci
		for cj+1 < len(chunks) && chunks[cj+1].para == chunks[ci].para {
			sep := e.sepBetween(&chunks[cj], &chunks[cj+1])
			if sep == sepAlias && !e.headline[chunks[cj].para] {
				aliased = append(aliased, cj)
			}
			if sep != sepList {
				break
			}
			cj++
		}
		if cj > ci && !e.headline[chunks[ci].para] {
			e.listOfNames(chunks[ci:cj+1], quoted, at)
		}
		ci = cj + 1
	}
	for _, ci := range aliased {
		x, y := &chunks[ci], &chunks[ci+1]
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

// sepKind is what stands between two chunks of a paragraph, for
// namesInLists.
type sepKind uint8

const (
	sepNone  sepKind = iota
	sepList          // "," or "dan" or "serta", or "," then "dan" or "serta": items of a list
	sepAlias         // "alias" alone: "X alias Y"
)

// sepBetween returns what stands between chunks a and b.
func (e *entities) sepBetween(a, b *chunk) sepKind {
	ts := e.between(a, b)
	switch len(ts) {
	case 1:
		switch e.d.low(ts[0]) {
		case ",", "dan", "serta":
			return sepList
		case "alias":
			return sepAlias
		}
	case 2:
		if e.d.low(ts[0]) != "," {
			return sepNone
		}
		if w := e.d.low(ts[1]); w == "dan" || w == "serta" {
			return sepList
		}
	}
	return sepNone
}

// between returns the tokens between chunks a and b: one to three, or
// none when there are more.
func (e *entities) between(a, b *chunk) []token {
	from, to := a.words[len(a.words)-1].last+1, b.words[0].tok
	if to-from > 3 || to <= from {
		return nil
	}
	return e.d.paras[a.para].toks[from:to]
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
	// spanned holds the offsets inside the names of the persons'
	// mentions before marked, in the storage of backReferences'
	// offsetSet (see inPersonMention): a word that no person's mention
	// spans, as the last words of most items of a list, is turned away
	// before the index is sorted or searched.
	spanned offsetSet
	marked  int
}

// inPersonMention reports whether offset off is inside the name of a
// person's mention. It takes in the mentions added since it last looked;
// an actor's kind does not change.
func (x *mentionIndex) inPersonMention(off int) bool {
	ms := x.e.mentions
	if x.spanned == nil {
		x.spanned = x.e.offsets(len(x.e.d.text))
	}
	for ; x.marked < len(ms); x.marked++ {
		if m := &ms[x.marked]; x.e.actors[m.actor].Kind == Person {
			x.spanned.addRange(m.Start, m.End)
		}
	}
	return x.spanned.has(off)
}

func (x *mentionIndex) update() {
	ms := x.e.mentions
	if len(x.sorted) == 0 && len(ms) > 0 {
		x.sorted = slices.Grow(x.sorted, len(ms)+insertSlack)
		for k := range ms {
			x.sorted = append(x.sorted, k)
		}
		if !x.insertionSort() {
			slices.SortFunc(x.sorted, func(i, j int) int {
				return cmp.Or(cmp.Compare(ms[i].Start, ms[j].Start), cmp.Compare(i, j))
			})
		}
		return
	}
	for k := len(x.sorted); k < len(ms); k++ {
		// k is the highest index yet: it goes after the mentions that
		// start where it does.
		at := sort.Search(len(x.sorted), func(i int) bool { return ms[x.sorted[i]].Start > ms[k].Start })
		x.sorted = slices.Insert(x.sorted, at, k)
	}
}

// insertionSort sorts x.sorted, the indices of the mentions in order,
// by start, then index, when the mentions are nearly in order: as the
// chunks are read in order, only the institutions and places of a chunk
// come after its persons. It reports false, leaving the order partly
// sorted, when that takes more than a few moves per mention.
func (x *mentionIndex) insertionSort() bool {
	ms, s := x.e.mentions, x.sorted
	budget := 4*len(s) + 16
	for k := 1; k < len(s); k++ {
		j, v := k, s[k]
		for ; j > 0 && ms[s[j-1]].Start > ms[v].Start; j-- {
			s[j] = s[j-1]
		}
		s[j] = v
		if budget -= k - j; budget < 0 {
			return false
		}
	}
	return true
}

// insertSlack is room for the mentions added after the index is built.
const insertSlack = 16

// personFrom returns the actor of the first mention, in the order
// found, of a person that starts at off and ends at or after end, or -1;
// the mentions that start at off are at position k of x.sorted on, if
// any are.
func (x *mentionIndex) personFrom(k, off, end int) int {
	ms := x.e.mentions
	for ; k < len(x.sorted) && ms[x.sorted[k]].Start == off; k++ {
		if m := &ms[x.sorted[k]]; end <= m.End && x.e.actors[m.actor].Kind == Person {
			return m.actor
		}
	}
	return -1
}

// personAt returns the person mentioned exactly at s, or -1.
func (x *mentionIndex) personAt(s Span) int {
	// The person's mention found starts at or before s and ends at or
	// after it: it spans s's first byte.
	if s.End > s.Start && !x.inPersonMention(s.Start) {
		return -1
	}
	x.update()
	// A person's mention starts at the word s starts at, or, for a short
	// form inside a name, at one of the few words before it. One search
	// finds where the mentions that start at s are; those of the words
	// before are found walking down from there.
	ms := x.e.mentions
	q, hi := 0, len(x.sorted)
	for q < hi {
		m := int(uint(q+hi) >> 1)
		if ms[x.sorted[m]].Start < s.Start {
			q = m + 1
		} else {
			hi = m
		}
	}
	if a := x.personFrom(q, s.Start, s.End); a >= 0 {
		return a
	}
	p := &x.e.d.paras[x.e.paraOf(s.Start)]
	k := firstTokenFrom(p.toks, s.Start)
	for n := 1; n < 8; n++ {
		for k--; k >= 0 && p.toks[k].kind != tWord; k-- {
		}
		if k < 0 {
			return -1
		}
		// x.sorted[:q] start before the word looked at last: those that
		// start after word k are passed over, those at it looked at.
		off := p.toks[k].Start
		for q > 0 && ms[x.sorted[q-1]].Start > off {
			q--
		}
		g := q
		for g > 0 && ms[x.sorted[g-1]].Start == off {
			g--
		}
		if a := x.personFrom(g, off, s.End); a >= 0 {
			return a
		}
		q = g
	}
	return -1
}

// listOfNames makes persons of the name-only items of a list in which
// some item is a person.
func (e *entities) listOfNames(list []chunk, quoted [][]Span, at *mentionIndex) {
	if !e.anyPersonItem(list, at) {
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

// anyPersonItem reports whether an item of list ends in a person's
// mention.
func (e *entities) anyPersonItem(list []chunk, at *mentionIndex) bool {
	for k := range list {
		if at.personAt(e.span(&list[k], len(list[k].words)-1, len(list[k].words))) >= 0 {
			return true // one is enough
		}
	}
	return false
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
	if k := e.lookupPersonAt(ps); k >= 0 && !e.isGenericNamePart(part) {
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
	e.fileName(k)
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
	k := firstTokenFrom(p.toks, s.Start)
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
	if len(list) == 0 {
		return false
	}
	var buf [64]byte
	return hasFolded(list, appendFold(buf[:0], s))
}

// hasFolded reports whether fold(x) is f for some x of list.
func hasFolded(list []string, f []byte) bool {
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
	if countPhraseWords(name) <= len(a.words) || !hasFold(a.Aliases, name) {
		return // as it mostly does: the words are made only to be kept
	}
	old := a.Name
	a.Name, a.words = name, phraseWords(name)
	e.notePersonWords(k, name)
	a.Aliases = removeFold(a.Aliases, name)
	e.addAlias(k, old)
}

// anyPersonWord reports whether some word of ws is a word of a person's
// name or alias, or might shorten one.
func (e *entities) anyPersonWord(ws []cword) bool {
	for i := range ws {
		if w := ws[i].fold; e.personFilter.mayHave(w) && (len(e.personWord[w]) > 0 || e.anyNickname(w)) {
			return true
		}
	}
	return false
}
