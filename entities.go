package berita

import (
	"cmp"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Actor is a person, organization or place that an article names, once
// per referent.
type Actor struct {
	// Name is the canonical name: the fullest form in the article, without
	// honorifics, titles, degrees and ranks ("Sergey Lavrov",
	// "Komisi Pemberantasan Korupsi", "Amerika Serikat").
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
	// Aliases are the other forms that refer to the actor in the article
	// or in the known-actor tables ("Lavrov", "KPK", "AS").
	Aliases []string `json:"aliases"`
	// Role is a person's office or function without its institution
	// ("Menteri Luar Negeri", "juru bicara", "Kapolda").
	Role string `json:"role"`
	// Affiliation is the institution or country the role belongs to
	// ("Korea Selatan", "Kementerian Luar Negeri Korea Selatan").
	Affiliation string `json:"affiliation"`
	// Country is the ISO 3166-1 alpha-2 code of a country ("KR"), else "".
	Country string `json:"country,omitempty"`
	// Mentions locate every mention of the actor in the text, in order.
	Mentions []Span `json:"mentions"`
}

// knownActors are the actors of Options, validated and indexed.
type knownActors struct {
	actors []Actor
	names  *phraseDict // name or alias → index into actors, as a string
}

func newKnownActors(list []Actor) (*knownActors, error) {
	if len(list) == 0 {
		return nil, nil // nothing to look up: the entities skip known actors
	}
	k := &knownActors{names: newPhraseDict()}
	for i, a := range list {
		a.Name = strings.TrimSpace(a.Name)
		if a.Name == "" {
			return nil, fmt.Errorf("berita: Options.Actors[%d] has no name", i)
		}
		if _, err := a.Kind.MarshalText(); err != nil {
			return nil, fmt.Errorf("berita: Options.Actors[%d] (%s): %w", i, a.Name, err)
		}
		a.Mentions = nil
		var aliases []string
		for _, al := range a.Aliases {
			if al = strings.TrimSpace(al); al != "" {
				aliases = append(aliases, al)
			}
		}
		a.Aliases = aliases
		idx := strconv.Itoa(len(k.actors))
		k.actors = append(k.actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k.names.add(n, idx)
		}
	}
	return k, nil
}

// actorRef is a place in the text that refers to an actor.
type actorRef struct {
	Span       // the name as written
	full  Span // the whole phrase: role, affiliation, rank and name
	actor int
	para  int
	quote bool // inside quotation marks
}

// entities holds the actors found in one article and where they are
// mentioned.
type entities struct {
	d     *doc
	t     *tables
	known *knownActors
	*entityStore
}

// entityStore holds the maps and arrays of the entities, which a doc
// keeps for its next parse (see newEntities and release). The entities
// point to it, so that emptying them copies no store.
type entityStore struct {
	actors []*actorState
	// states holds the actorStates that actors point to, statesUsed of
	// them so far; see newState.
	states     []*[stateBlock]actorState
	statesUsed int
	byName     map[string]int // folded name or alias → actor
	mentions   []actorRef     // in text order after finish
	// roleOnly are role phrases with no name ("menteri luar negeri
	// Rusia"), resolved to an actor when unambiguous.
	roleOnly []roleMention
	// scratch is reused by label for the folded words of a chunk.
	scratch []string
	// personWord holds the folded words of persons' names and aliases, so
	// that a word no person has is passed over at once.
	personWord map[string][]int
	// personFilter filters the words of personWord and their nicknames,
	// taking in the ownerNotes as they come.
	personFilter personWordFilter
	// nickOwners maps the beginnings of persons' name words to them.
	nickOwners map[string][]int
	// ownerNotes hold where persons joined the lists of personWord, in
	// chains per person from lastNote, and personsNamed the persons by the
	// hash of their name's words (see nameHash) in chains of namedChain:
	// they let addPerson find a person whose name is a shorter form of
	// another without scanning personWord's lists.
	ownerNotes   []ownerNote
	lastNote     []int
	personsNamed map[uint64]int
	namedChain   []namedLink
	// personsHaving holds, in chains of namedChain, the persons by the
	// words of their names, so that lookupPerson finds the persons with a
	// word without scanning personWord's lists.
	personsHaving map[string]int
	// covered and mentionOrder keep the storage of backReferences'
	// offsetSet and namesInLists' mentionIndex for the next parse.
	covered      offsetSet
	mentionOrder []int
	// headline marks the paragraphs written in title case: the title and
	// subheadings ("3. Serap Gula Petani Tebu"), where a capital proves
	// nothing.
	headline []bool
	// order, count and spans are export's working arrays.
	order, count []int
	spans        [][]Span
	// keptWords holds the folded name words of persons, and ownerLists
	// the one-person lists of personWord and nickOwners, in parts that
	// keepWords and newOwnerList hand out, so that a parse allocates
	// neither per person nor per word.
	keptWords  []string
	ownerLists []int
}

// keepWords returns a copy of words from s's store, capped at its length
// so that appending to it moves it out.
func (s *entityStore) keepWords(words []string) []string {
	n := len(s.keptWords)
	s.keptWords = append(s.keptWords, words...)
	return s.keptWords[n:len(s.keptWords):len(s.keptWords)]
}

// newOwnerList returns the list of person i alone, from s's store, with
// no room to append: an append copies it.
func (s *entityStore) newOwnerList(i int) []int {
	n := len(s.ownerLists)
	s.ownerLists = append(s.ownerLists, i)
	return s.ownerLists[n : n+1 : n+1]
}

type actorState struct {
	Actor
	words  []string // folded words of Name, for a person
	first  int      // offset of the first mention, for ordering
	lastAt int      // offset of the latest mention found so far
	// dropped are the folded words trimToShortForm took off the front of
	// the name: an institution's, not the person's.
	dropped []string
	// afterOrg is true when the name was first read right after the head
	// of an institution ("PT Sinar Jaya Bambang Wijaya"), where the
	// institution's own name may have been read as the person's.
	afterOrg bool
	// keysOf, roleKey and roleAffKey cache roleKeys for a role and
	// affiliation.
	keysOf              [2]string
	roleKey, roleAffKey string
	affOf, affCode      string // affCountry's cache
}

// findActors finds the actors of d.
func findActors(d *doc, known *knownActors) *entities {
	e := newEntities(d, known)
	for i := range d.paras {
		e.headline[i] = d.paras[i].title || e.isHeadingLine(&d.paras[i])
	}
	quoted := quotedRanges(d)
	e.reserve()
	chunks := d.chunks[:0]
	for pi := range d.paras {
		chunks = e.appendChunks(chunks, pi)
	}
	d.chunks = chunks
	// Body first: a headline is in title case, so only names the body
	// established are trusted there.
	for ci := range chunks {
		if !e.headline[chunks[ci].para] {
			e.analyze(chunks, ci, quoted)
		}
	}
	e.namesInLists(chunks, quoted)
	e.backReferences(chunks, quoted)
	e.resolveRoleOnly()
	e.finish()
	return e
}

// stateBlock is how many actorStates newState allocates at once.
const stateBlock = 32

// newState returns a zero actorState from e's blocks of them, which stay
// where they are as the article's actors grow and are kept for the next
// parse, each with the array of its aliases (see reset).
func (e *entities) newState() *actorState {
	n := e.statesUsed
	if n/stateBlock == len(e.states) {
		e.states = append(e.states, new([stateBlock]actorState))
	}
	e.statesUsed++
	return &e.states[n/stateBlock][n%stateBlock]
}

// reset zeroes s but keeps the array of its Aliases, emptied, for the
// actor that takes s next: export copies the aliases out.
func (s *actorState) reset() {
	aliases := s.Aliases[:cap(s.Aliases)]
	clear(aliases)
	*s = actorState{}
	s.Aliases = aliases[:0]
}

// reserve makes room for the chunk words, chunks and mentions of the
// text at once, from its count of capitalised words, rather than let
// them grow by copies a quarter larger each time, which for a long text
// allocates several times what it keeps.
func (e *entities) reserve() {
	caps := 0
	for i := range e.d.paras {
		caps += e.d.paras[i].caps
	}
	// About one chunk and a little under one mention for every two
	// capitalised words of news; lowercase role words join the chunks.
	d := e.d
	if n := caps + caps/8 + 16; cap(d.words) < n {
		d.words = make([]cword, 0, n)
	}
	if n := caps/2 + 16; cap(d.chunks) < n {
		d.chunks = make([]chunk, 0, n)
	}
	if n := caps/2 + 16; cap(e.mentions) < n {
		e.mentions = make([]actorRef, 0, n)
	}
}

// newEntities returns the entities of d, empty, in the maps and arrays
// that the last parse to use d left behind (see release).
func newEntities(d *doc, known *knownActors) *entities {
	e := &d.ents
	store := e.entityStore
	if store == nil {
		store = new(entityStore)
	}
	*e = entities{d: d, t: lex(), known: known, entityStore: store}
	e.byName = orNew(e.byName)
	e.personWord = orNew(e.personWord)
	e.nickOwners = orNew(e.nickOwners)
	e.personsNamed = orNew(e.personsNamed)
	e.personsHaving = orNew(e.personsHaving)
	e.headline = append(e.headline[:0], make([]bool, len(d.paras))...)
	return e
}

// orNew returns m, or a new map if m is nil.
func orNew[K comparable, V any](m map[K]V) map[K]V {
	if m == nil {
		return map[K]V{}
	}
	return m
}

// release empties e for the next parse of its doc, keeping its store;
// long says whether the doc is one for long texts.
func (e *entities) release(long bool) {
	if e.entityStore != nil {
		e.entityStore.empty(long)
	}
	*e = entities{entityStore: e.entityStore}
}

// empty empties s and drops every reference it holds into the text. The
// arrays are kept, and the maps, cleared, unless they grew large and the
// store is not one for long texts: clearing a map takes time in
// proportion to its size, so a large article should not make every
// later parse of an ordinary one clear large maps, while a long text's
// store serves only long texts, which would grow the maps again.
func (s *entityStore) empty(long bool) {
	for n := range s.statesUsed {
		s.states[n/stateBlock][n%stateBlock].reset()
	}
	s.statesUsed = 0
	s.personFilter = personWordFilter{}
	clear(s.actors)
	clear(s.roleOnly)
	clear(s.scratch[:cap(s.scratch)]) // label leaves words past its length
	clear(s.ownerNotes)               // they hold words of the text
	s.actors, s.mentions, s.roleOnly, s.scratch = s.actors[:0], s.mentions[:0], s.roleOnly[:0], s.scratch[:0]
	s.ownerNotes, s.lastNote, s.namedChain = s.ownerNotes[:0], s.lastNote[:0], s.namedChain[:0]
	s.covered, s.mentionOrder, s.headline = s.covered[:0], s.mentionOrder[:0], s.headline[:0]
	clear(s.spans)
	s.order, s.count, s.spans = s.order[:0], s.count[:0], s.spans[:0]
	clear(s.keptWords)
	s.keptWords, s.ownerLists = s.keptWords[:0], s.ownerLists[:0]
	s.byName = cleared(s.byName, long)
	s.personWord = cleared(s.personWord, long)
	s.nickOwners = cleared(s.nickOwners, long)
	s.personsNamed = cleared(s.personsNamed, long)
	s.personsHaving = cleared(s.personsHaving, long)
}

// maxKeptMap is the most entries a map may have had and still be kept.
const maxKeptMap = 1 << 12

// cleared clears m and returns it, or returns nil when m is large and
// not kept for long texts.
func cleared[K comparable, V any](m map[K]V, long bool) map[K]V {
	if len(m) > maxKeptMap && !long {
		return nil
	}
	if len(m) > 0 { // clearing costs the map's capacity, even when empty
		clear(m)
	}
	return m
}

// dictLabels are the labels that the phrases of the first tables give
// their words, in order of precedence; labelDicts is the set of those
// tables.
var dictLabels = [...]label{
	dAliases:    lKnown,
	dPeople:     lKnown,
	dRanks:      lRank,
	dTitles:     lTitle,
	dHonorifics: lHonorific,
	dOffices:    lContract,
	dRoles:      lOffice,
	dOrgs:       lOrgHead,
	dPlaces:     lPlace,
	dAcronyms:   lAcronym,
}

const labelDicts = 1<<len(dictLabels) - 1

// label assigns a label to every word of c, longest table phrase first.
func (e *entities) label(c *chunk) {
	words := e.scratch[:0]
	for k := range c.words {
		words = append(words, c.words[k].fold)
	}
	e.scratch = words
	t := e.t
	limit := 0
	var m matches
	for i := 0; i < len(words); {
		if c.words[i].label == lParen {
			i++
			continue
		}
		if limit <= i {
			// Phrases do not reach across a parenthesis.
			limit = i
			for limit < len(words) && c.words[limit].label != lParen {
				limit++
			}
		}
		best, bestN, val := lName, 0, ""
		t.lookup(words[i:limit], &m) // which zeroes m first
		knownHit := false            // the caller's actors come before every table
		if e.known != nil {
			if p, ok := e.known.names.match(words[i:limit]); ok {
				best, bestN, val, knownHit = lKnown, len(p.words), p.value, true
			}
		}
		if m.n[dParticles] > 1 && m.value[dParticles] == "birthorder" && m.n[dParticles] > bestN {
			bestN = m.n[dParticles] // "Anak Agung", "Ida Bagus": names, whatever the words mean alone
		}
		// The longest phrase wins; of equal ones, the table first in
		// dictLabels.
		for hit := m.hit & labelDicts; hit != 0; hit &= hit - 1 {
			d := dictID(bits.TrailingZeros32(hit))
			if m.n[d] > bestN && (d != dAcronyms || isCap(c.words[i].text)) { // "BIN" the agency, not "bin" the particle
				best, bestN, val = dictLabels[d], m.n[d], m.value[d]
			}
		}
		if best == lRank && bestN == 1 && words[i] == "jenderal" && i > 0 {
			best = lInst // "Direktorat Jenderal", "Sekretaris Jenderal": not the rank
		}
		if best == lOffice && bestN > 1 && i+bestN < limit && t.orgs.has(words[i+bestN-1]) {
			// "anggota Dewan Jaminan Sosial Nasional": the role is "anggota";
			// "Dewan" starts the institution.
			if p, ok := t.roles.match(words[i : i+bestN-1]); ok {
				bestN, val = len(p.words), p.value
			}
		}
		if best == lOffice {
			switch val {
			case "function":
				best = lFunction
			case "modifier":
				best = lModifier
			}
		}
		if best == lOrgHead && val == "company_suffix" {
			best = lInst
		}
		if best == lOrgHead && val == "party" {
			best = lAcronym
		}
		// Countries, by their CLDR and news names ("Korea Selatan", "AS"),
		// win over shorter table matches; the value marks them as countries.
		if m.n[dCountries] > 0 && m.n[dCountries] >= max(bestN, 1) && !knownHit {
			best, bestN, val = lPlace, m.n[dCountries], m.value[dCountries]
		}
		if bestN == 0 {
			bestN = 1
			w := &c.words[i]
			switch {
			case c.words[i].label == lFunc:
				best = lFunc
			case m.n[dRankSuffixes] == 1:
				best = lRankSuf
			case m.n[dFunction] == 1:
				best = lFunc
			case m.n[dPronouns] == 1:
				best = lPronoun
			case m.n[dCalendar] == 1:
				best = lCalendar
			case m.n[dParticles] == 1 && m.value[dParticles] == "particle":
				best = lParticle
			case startsDigit(w.text):
				best = lInst // "Nomor 17", "Kodim 0412"
			case w.text == "I" && i+1 < len(words) && isBirthOrder(t, words[i+1]):
				best = lName // Balinese "I Made …", not the numeral
			case m.n[dInst] == 1 || hasInstShape(w.fold) || isRoman(w.text) || isOrdinal(w.text): // isInstWord
				best = lInst
			case isAcronymShape(w.text):
				best = lAcronym
			case e.knownStem(w.fold):
				best = lFunc // "Indonesianya": a place with -nya is no name
			case strings.HasPrefix(w.fold, "kemen") && len(w.fold) > 6:
				best = lOrgHead // Kemenkeu, Kemendikti: ministries by contraction
			}
		}
		for k := i; k < i+bestN; k++ {
			c.words[k].label = best
			c.words[k].n = 0
		}
		c.words[i].n = bestN
		c.words[i].value = val
		i += bestN
	}
	// Between name words a one-letter title is an initial ("Arief R
	// Wismansyah"), and after one a short unknown acronym is part of the
	// name ("Mahfud MD", "Safrizal ZA").
	for i := 1; i < len(c.words); i++ {
		w := &c.words[i]
		prevName := isNameLabel(c.words[i-1].label)
		switch {
		case w.label == lTitle && w.n == 1 && utf8.RuneCountInString(w.text) == 1 && prevName &&
			i+1 < len(c.words) && isNameLabel(c.words[i+1].label):
			w.label = lName
		case w.label == lAcronym && w.n == 1 && prevName && utf8.RuneCountInString(w.text) <= 3 &&
			!e.t.acronyms.has(w.fold) && (i+1 == len(c.words) || !isNameLabel(c.words[i+1].label)):
			w.label = lName
		}
	}
	// After a name word, a capitalised function word is more of the name:
	// "Rai Putra", "Dewi Putri".
	for i := 1; i < len(c.words); i++ {
		if c.words[i].label == lFunction && c.words[i].n == 1 && isNameLabel(c.words[i-1].label) && isCap(c.words[i].text) {
			c.words[i].label = lName
		}
	}
	// A famous one-word name inside a longer name is only part of it:
	// "Tito" in "Tito Suprianto".
	for i := range c.words {
		w := &c.words[i]
		if w.label == lKnown && w.n == 1 && !e.headline[c.para] && (i > 0 && isNameLabel(c.words[i-1].label) || i+1 < len(c.words) && isNameLabel(c.words[i+1].label)) {
			w.label = lName
		}
	}
	// Rank suffixes only count right after a rank.
	for i := range c.words {
		if c.words[i].label == lRankSuf && (i == 0 || c.words[i-1].label != lRank && c.words[i-1].label != lRankSuf) {
			c.words[i].label = lName
		}
	}
}

// analyze finds the persons, organizations and places of chunk ci.
func (e *entities) analyze(chunks []chunk, ci int, quoted [][]Span) {
	c := &chunks[ci]
	ws := c.words
	inQuote := func(s Span) bool { return inSpans(quoted[c.para], s.Start) }
	start := 0
	for start < len(ws) && (ws[start].label == lFunc || ws[start].label == lCalendar || ws[start].label == lPronoun) {
		start++
	}
	var buf [4][2]int // most chunks hold one name
	runs := nameRuns(buf[:0], ws, start)
	firstRole := roleStart(ws, start, len(ws))
	// Institutions stop where the person named last in the chunk starts.
	orgEnd := len(ws)
	defer func() { e.organizationsAndPlaces(c, start, orgEnd, inQuote, false) }()
	personFound := false
	for ri, r := range runs {
		a, b := r[0], r[1]
		// A Balinese name starts at "I" or "Ni": what precedes is the
		// institution ("RS Ngoerah I Wayan Sudana").
		for k := b - 1; k > a; k-- {
			if (ws[k].text == "I" || ws[k].text == "Ni") && k+1 < b && isBirthOrder(e.t, ws[k+1].fold) {
				a = k
				break
			}
		}
		last := ri == len(runs)-1 && onlyTrailing(ws, b)
		prev := label(255)
		if a > 0 {
			prev = ws[a-1].label
		}
		roleLed := firstRole >= 0 && firstRole < a
		strong := prev == lRank || prev == lRankSuf || prev == lTitle || prev == lHonorific
		if prev == lTitle && a >= 2 && (ws[a-2].label == lOrgHead || ws[a-2].label == lAcronym) {
			strong = false // "RSUP Prof Ngoerah": an institution named after someone
		}
		name := e.span(c, a, b)
		known := e.anyPersonWord(ws[a:b]) && e.lookupPersonAt(name) >= 0
		lowerRole := ""
		if last {
			lowerRole = e.lowerRoleAfter(c)
		}
		cue := last && (e.cueAround(c) || e.appositionRole(chunks, ci) != nil || lowerRole != "")
		if ws[a].label == lKnown {
			if k := e.knownActor(c, a, b, inQuote(name)); k >= 0 && e.actors[k].Kind == Person && e.actors[k].Role == "" {
				if ap := e.appositionRole(chunks, ci); ap != nil {
					e.actors[k].Role, e.actors[k].Affiliation = ap.role, ap.aff
				} else if ap := e.precedingRole(chunks, ci, a); ap != nil {
					e.actors[k].Role, e.actors[k].Affiliation = ap.role, ap.aff
				}
			}
			personFound = true
			continue
		}
		if !strong && roleLed && last && e.nameFollows(chunks, ci) {
			// "Kalapas Kotabumi, Sudirman Jaya", "perwakilan PT Ide Studio,
			// Sumiran": the role's place or institution, then the person.
			continue
		}
		prevRole := last && e.precedingRole(chunks, ci, a) != nil
		// "X selaku Direktur PT Makassar Tene": a description of the person
		// before it, whose last words are the institution's name.
		describes := roleLed && !strong && e.describesPrevious(c)
		if !(strong || roleLed && last && !describes || known || cue || prevRole) {
			continue
		}
		if roleLed && !last && !strong {
			continue // part of a role or institution ("Kepolisian Sektor Tamansari")
		}
		if !strong && !known && b-a == 1 && a > 0 && ws[a-1].label == lOrgHead {
			continue // "mahasiswa Universitas Udayana", "RS Ngoerah": the institution's name
		}
		// A place that ends the chunk right after the name is the name's
		// last word: "Prof. Dr. Sutan Batubara".
		if b == len(ws)-1 && ws[b].label == lPlace && max(ws[b].n, 1) == 1 && (strong || roleLed) {
			b++
			name = e.span(c, a, b)
		}
		role, aff, full := e.roleOf(c, start, a)
		if role == "" {
			if ap := e.appositionRole(chunks, ci); ap != nil {
				role, aff = ap.role, ap.aff
			} else if ap := e.precedingRole(chunks, ci, a); ap != nil {
				role, aff, full = ap.role, ap.aff, Span{ap.full.Start, name.End}
			} else {
				role = lowerRole
			}
		}
		if full == (Span{}) {
			full = name
		} else if full.End < name.End {
			full = Span{min(full.Start, name.Start), name.End}
		}
		if k := e.addPerson(name, full, role, aff, c.para, inQuote(name)); k >= 0 && a > 0 && ws[a-1].label == lOrgHead {
			e.actors[k].afterOrg = true
		}
		personFound = true
		if last {
			orgEnd = a
		}
	}
	if !personFound && roleStart(ws, start, len(ws)) >= 0 {
		if role, aff, full := e.roleOf(c, start, len(ws)); role != "" {
			e.roleOnly = append(e.roleOnly, roleMention{full: full, role: role, aff: aff, para: c.para})
		}
	}
}

// cueAround reports whether a speech cue stands right after chunk c
// ("Yusril menjelaskan"), or an after-quote cue or "menurut" right before
// it ("kata Yusril", "Menurut Yusril").
func (e *entities) cueAround(c *chunk) bool {
	p := &e.d.paras[c.para]
	last := c.words[len(c.words)-1].last
	if w := e.d.word(p, last+1); w != "" {
		if e.foldedCueClass(w)&(cBefore|cRequest|cBelief) != 0 {
			return true
		}
		if preVerb[w] {
			if w2 := e.d.word(p, last+2); e.foldedCueClass(w2)&(cBefore|cRequest) != 0 {
				return true // "Yusril juga mengatakan"
			}
		}
	}
	if w := e.d.word(p, c.words[0].tok-1); w != "" {
		if e.foldedCueClass(w)&(cAfter|cAfterWeak|cSource) != 0 || w == "menurut" || w == "oleh" {
			return true
		}
	}
	return false
}

// foldedCueClass returns the classes of the folded word w in the cue
// table, with the -nya forms of after-cues ("katanya") taken as their
// base.
func (e *entities) foldedCueClass(w string) cueSet { return e.t.cueWords.get(w).class }

// organizationsAndPlaces adds the organizations, places and countries of c.
//
// In a headline, where every word is capitalised, an institution's name
// has no visible end, so only places and known acronyms are taken.
func (e *entities) organizationsAndPlaces(c *chunk, start, end int, inQuote func(Span) bool, headline bool) {
	ws := c.words[:end]
	prev, prevEnd := -1, -1 // the actor just added and the word after it
	for i := start; i < len(ws); {
		w := ws[i]
		n := max(w.n, 1)
		switch w.label {
		case lParen:
			if prev >= 0 && prevEnd == i {
				e.defineAcronym(prev, w.Span, c.para, inQuote(w.Span))
			}
		case lPlace:
			s := e.span(c, i, i+n)
			prev, prevEnd = e.addPlace(s, w.value, inQuote(s)), i+n
		case lAcronym:
			s := e.span(c, i, i+n)
			if p, ok := e.t.acronyms.getText(e.d.text[s.Start:s.End]); ok {
				kind := e.t.acronymKind[strings.Join(p.words, " ")]
				prev, prevEnd = e.addOrg(s, p.value, kind, c.para, inQuote(s)), i+n
			} else if w.value == "party" {
				prev, prevEnd = e.addOrg(s, "", Organization, c.para, inQuote(s)), i+n // "Partai Gerindra"
			}
		case lOrgHead:
			if headline {
				break
			}
			j := i + n
			for j < len(ws) {
				l := ws[j].label
				if l == lOffice || l == lContract || l == lFunction || l == lModifier || l == lRank || l == lTitle ||
					l == lHonorific || l == lCalendar || l == lFunc || l == lPronoun || l == lKnown || l == lParen {
					break
				}
				j++
			}
			if j > i+n || e.t.acronyms.has(w.fold) || isAcronymShape(w.text) {
				s := e.span(c, i, j)
				prev, prevEnd = e.addOrg(s, "", Organization, c.para, inQuote(s)), j
				// The places an institution names are mentioned too:
				// "Pemerintah Amerika Serikat", "Polda Jawa Barat".
				for k := i + n; k < j; k++ {
					if ws[k].label == lPlace && ws[k].n > 0 {
						ps := e.span(c, k, k+ws[k].n)
						e.addPlace(ps, ws[k].value, inQuote(ps))
					}
				}
			}
			i = j
			continue
		}
		i += n
	}
	// "Komisi Pemberantasan Korupsi (KPK) mengimbau": the acronym after the
	// chunk.
	if prev >= 0 && prevEnd == len(c.words) && end == len(c.words) {
		p := &e.d.paras[c.para]
		k := c.words[len(c.words)-1].last + 1
		if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && p.toks[k+1].kind == tWord && e.d.str(p.toks[k+2]) == ")" &&
			p.toks[k+1].capital {
			s := Span{p.toks[k].Start, p.toks[k+2].End}
			e.defineAcronym(prev, s, c.para, inQuote(s))
		}
	}
}

// foldEqual reports whether fold(a) == fold(b), without building them.
func foldEqual(a, b string) bool {
	if a == b {
		return true
	}
	var buf [64]byte
	return foldEquals(a, appendFold(buf[:0], b))
}

// actorNamed returns the actor that byName holds for the folded name,
// without building the folded string.
func (e *entities) actorNamed(name string) (int, bool) {
	var buf [64]byte
	i, ok := e.byName[string(appendFold(buf[:0], name))]
	return i, ok
}

// setName makes the folded name refer to actor i in byName; it builds
// the folded key only when byName does not map it to i already.
func (e *entities) setName(name string, i int) { e.setNameAt(name, -1, i) }

// setNameAt is setName for a name that may be written at offset at of
// the text (at < 0 when it is not). A new key is the name itself when it
// is folded already, else a slice of the folded text where the name is
// written there, and only else a string of its own.
func (e *entities) setNameAt(name string, at, i int) {
	var buf [64]byte
	f := appendFold(buf[:0], name)
	if j, ok := e.byName[string(f)]; ok && j == i {
		return
	}
	key := name
	switch {
	case string(f) == name:
	case at >= 0 && at+len(name) <= len(e.d.text) && e.d.text[at:at+len(name)] == name:
		key = e.d.lower[at : at+len(name)] // folding keeps offsets
	default:
		key = string(f)
	}
	e.byName[key] = i
}

// addPlace records a place mention; code is countryValue+ISO for a
// country, else the table's value.
func (e *entities) addPlace(s Span, value string, quoted bool) int {
	text := joinFields(e.d.text[s.Start:s.End])
	country, isCountry := strings.CutPrefix(value, countryValue)
	if !isCountry {
		country = "" // a place's value is its country's code, but it is no country
	}
	var name string
	var i int
	var ok bool
	if isCountry {
		i, ok = e.byName[value] // countryValue + country
	} else {
		name = placeName(text)
		i, ok = e.actorNamed(name)
	}
	if !ok {
		if isCountry {
			name = text
			if n := countryNewsName(country); n != "" {
				name = n
			}
		}
		i = e.newActor(Actor{Name: name, Kind: Place, Country: country}, s.Start)
		if isCountry {
			e.byName[value] = i
		}
		e.setNameAt(name, s.Start, i)
	}
	e.addAlias(i, text)
	e.mention(i, s, s, -1, quoted)
	return i
}

// placeName returns the name of a place that is no country, written
// text: in title case if text is in capitals ("BOGOR").
func placeName(text string) string {
	if isAllUpper(text) && utf8.RuneCountInString(text) > 3 {
		return titleWords(text)
	}
	return text
}

// addOrg records an organization (or, for some acronyms, a place)
// mention; expansion is the long form of an acronym, if known.
func (e *entities) addOrg(s Span, expansion string, kind ActorKind, para int, quoted bool) int {
	text := joinFields(e.d.text[s.Start:s.End])
	i, ok := e.actorNamed(text)
	if !ok && expansion != "" {
		i, ok = e.actorNamed(expansion)
	}
	if !ok {
		if kind == Place {
			if code, found := lookupCountry(text); found {
				return e.addPlace(s, countryValue+code, quoted)
			}
		}
		i = e.newActor(Actor{Name: text, Kind: kind}, s.Start)
	}
	e.setNameAt(text, s.Start, i)
	if expansion != "" {
		e.setName(expansion, i)
		e.addAlias(i, expansion)
	}
	e.addAlias(i, text)
	e.mention(i, s, s, para, quoted)
	return i
}

// defineAcronym makes the acronym in parentheses at s an alias of actor
// i: "Badan Gizi Nasional (BGN)".
func (e *entities) defineAcronym(i int, s Span, para int, quoted bool) {
	inner := strings.Trim(e.d.text[s.Start:s.End], "() ")
	if inner == "" {
		return
	}
	if code, ok := lookupCountry(inner); ok {
		// "Pemerintah Amerika Serikat (AS)": the acronym is the country's.
		e.addPlace(Span{s.Start + 1, s.End - 1}, countryValue+code, quoted)
		return
	}
	start := s.Start + strings.Index(e.d.text[s.Start:s.End], inner)
	e.addAlias(i, inner)
	if _, taken := e.actorNamed(inner); !taken {
		e.setNameAt(inner, start, i)
	}
	is := Span{start, start + len(inner)}
	e.mention(i, is, is, para, quoted)
}

// knownActor records a mention of an actor from Options or the alias
// table, words [a, b) of c.
func (e *entities) knownActor(c *chunk, a, b int, quoted bool) int {
	return e.knownActorAt(c, a, e.span(c, a, b), quoted)
}

// knownActorAt records a mention at s of a known actor, whose first
// word is word a of c.
func (e *entities) knownActorAt(c *chunk, a int, s Span, quoted bool) int {
	text := e.d.text[s.Start:s.End]
	if e.known != nil {
		if p, ok := e.known.names.getText(text); ok {
			k, _ := strconv.Atoi(p.value) // the index newKnownActors wrote
			ka := e.known.actors[k]
			i, ok := e.actorNamed(ka.Name)
			if !ok {
				i = e.newActor(Actor{Name: ka.Name, Kind: ka.Kind, Role: ka.Role, Affiliation: ka.Affiliation,
					Country: ka.Country, Aliases: ka.Aliases}, s.Start)
				e.setName(ka.Name, i)
				for _, al := range ka.Aliases {
					e.setName(al, i)
				}
			}
			e.addAlias(i, text)
			e.mention(i, s, s, c.para, quoted)
			return i
		}
	}
	p, ok := e.t.aliases.getText(text)
	var kbuf [64]byte
	kind := e.t.aliasKind[string(appendFold(kbuf[:0], p.value))]
	if !ok {
		if p, ok = e.t.people.getText(text); !ok {
			return -1
		}
		kind = Person
		// A person of this article comes before a famous namesake: in a
		// story about Yosdian Adi Pramono, "Pramono" is he.
		if k := e.lookupPerson(text); k >= 0 && !foldEqual(e.actors[k].Name, p.value) && !hasFold(e.actors[k].Aliases, p.value) &&
			!containsRun(phraseWords(p.value), e.actors[k].words) {
			e.addAlias(k, text)
			e.mention(k, s, s, c.para, quoted)
			return k
		}
	}
	switch kind {
	case Place:
		if code, ok := lookupCountry(p.value); ok {
			return e.addPlace(s, countryValue+code, quoted)
		}
		return e.addOrg(s, p.value, Place, c.para, quoted)
	case Organization:
		return e.addOrg(s, p.value, Organization, c.para, quoted)
	default:
		// The name is the fullest form the article writes; the table's full
		// name is an alias until the article writes it.
		name := NormalizeName(text)
		i, ok := e.actorNamed(p.value)
		if !ok {
			i, ok = e.actorNamed(name)
		}
		if !ok {
			i = e.newActor(Actor{Name: name, Kind: Person}, s.Start)
		}
		act := e.actors[i]
		if foldEqual(name, p.value) && !foldEqual(act.Name, name) {
			old := act.Name
			act.Name, act.words = name, phraseWords(name)
			e.notePersonWords(i, name)
			act.Aliases = removeFold(act.Aliases, name)
			e.addAlias(i, old)
		}
		e.setName(p.value, i)
		e.setNameAt(name, s.Start, i)
		e.addAlias(i, p.value)
		e.addAlias(i, joinFields(text))
		role, aff, full := e.roleOf(c, 0, a)
		if e.headline[c.para] {
			role, aff, full = "", "", s // a headline's capitals hide where a role ends
		}
		if act.Role == "" && role != "" {
			act.Role, act.Affiliation = role, aff
		}
		if full == (Span{}) {
			full = s
		} else if full.End < s.End {
			full = Span{min(full.Start, s.Start), s.End}
		}
		e.mention(i, s, full, c.para, quoted)
		return i
	}
}

func (e *entities) newActor(a Actor, at int) int {
	var words []string // only persons are looked up by their words
	if a.Kind == Person {
		n := len(e.keptWords)
		e.keptWords = appendPhraseWords(e.keptWords, a.Name)
		words = e.keptWords[n:len(e.keptWords):len(e.keptWords)]
	}
	return e.newActorWords(a, words, at)
}

// newActorWords is newActor for a caller that has the folded words of
// a.Name already; the actor keeps words.
func (e *entities) newActorWords(a Actor, words []string, at int) int {
	st := e.newState()
	aliases := append(st.Aliases, a.Aliases...)
	*st = actorState{Actor: a, words: words, first: at}
	st.Aliases = aliases
	e.actors = append(e.actors, st)
	i := len(e.actors) - 1
	if a.Kind == Person {
		e.notePersonNameWords(i, words)
	}
	return i
}

func (e *entities) addAlias(i int, alias string) {
	a := e.actors[i]
	if alias == "" || alias == a.Name {
		return
	}
	for _, x := range a.Aliases {
		if x == alias {
			return
		}
	}
	alias = joinFields(alias)
	if foldEqual(alias, a.Name) || hasFold(a.Aliases, alias) {
		return
	}
	a.Aliases = append(a.Aliases, alias)
	if a.Kind == Person {
		e.notePersonWords(i, alias)
	}
}

func (e *entities) mention(i int, s, full Span, para int, quoted bool) {
	if para < 0 {
		para = e.paraOf(s.Start)
	}
	e.mentions = append(e.mentions, actorRef{Span: s, full: full, actor: i, para: para, quote: quoted})
	a := e.actors[i]
	a.first = min(a.first, s.Start)
	a.lastAt = max(a.lastAt, s.Start)
}

// paraOf returns the index of the paragraph holding offset off.
func (e *entities) paraOf(off int) int {
	ps := e.d.paras
	return max(sort.Search(len(ps), func(i int) bool { return ps[i].End > off }), 0)
}

// finish orders the mentions by position.
func (e *entities) finish() {
	byStart := func(a, b actorRef) int { return cmp.Compare(a.Start, b.Start) }
	if slices.IsSortedFunc(e.mentions, byStart) {
		return // as most short articles' are
	}
	slices.SortStableFunc(e.mentions, byStart)
}

// export returns the actors in order of first mention, each with its
// mentions.
func (e *entities) export() []Actor {
	order := e.order[:0]
	for i := range e.actors {
		order = append(order, i)
	}
	e.order = order
	slices.SortStableFunc(order, func(i, j int) int { return cmp.Compare(e.actors[i].first, e.actors[j].first) })
	// Every actor's mentions in one array, and every actor's aliases in
	// another, each slice capped so that no append can run into the next
	// actor's. The aliases are copied: the actors' own arrays serve the
	// next parse.
	count := append(e.count[:0], make([]int, len(e.actors))...)
	e.count = count
	for _, m := range e.mentions {
		count[m.actor]++
	}
	all := make([]Span, 0, len(e.mentions))
	spans := append(e.spans[:0], make([][]Span, len(e.actors))...)
	e.spans = spans
	for i, n := range count {
		spans[i] = all[len(all) : len(all) : len(all)+n]
		all = all[:len(all)+n]
	}
	for _, m := range e.mentions {
		spans[m.actor] = append(spans[m.actor], e.dropFromMention(e.actors[m.actor], m.Span))
	}
	nAliases := 0
	for _, st := range e.actors {
		st.Aliases = removeFold(st.Aliases, st.Name)
		nAliases += len(st.Aliases)
	}
	aliases := make([]string, 0, nAliases)
	out := make([]Actor, 0, len(e.actors))
	for _, i := range order {
		a := e.actors[i].Actor
		a.Mentions = spans[i]
		if a.Mentions == nil {
			a.Mentions = []Span{}
		}
		from := len(aliases)
		aliases = append(aliases, a.Aliases...)
		a.Aliases = aliases[from:len(aliases):len(aliases)]
		if len(a.Aliases) == 0 {
			a.Aliases = []string{}
		}
		out = append(out, a)
	}
	return out
}

// inSpans reports whether off falls inside one of the sorted spans.
func inSpans(spans []Span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	return i < len(spans) && spans[i].Start <= off
}
