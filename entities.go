package berita

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
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
		idx := fmt.Sprint(len(k.actors))
		k.actors = append(k.actors, a)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			k.names.add(n, idx)
		}
	}
	return k, nil
}

// word labels, assigned to the words of a capitalised chunk.
type label uint8

const (
	lName      label = iota // a word of a person's name, or unknown
	lFunc                   // a function word ("Namun", "Dalam")
	lHonorific              // Bapak, Bu
	lTitle                  // H., Prof., Dr.
	lRank                   // AKBP, Ajun Komisaris Besar
	lRankSuf                // Pol, TNI, (Purn)
	lModifier               // Wakil, mantan, Plt.
	lOffice                 // Presiden, Menteri, Kepala
	lContract               // Kapolda, Menlu: office that takes a place
	lFunction               // juru bicara, pengamat, warga
	lInst                   // Luar, Negeri, Umum: words of institutions
	lOrgHead                // Kementerian, Partai, PT, Polda
	lPlace                  // Rusia, Jawa Barat, Bekasi
	lAcronym                // KPK, DPR, FISIP
	lCalendar               // Kamis, Oktober
	lParticle               // bin, van, al
	lPronoun                // Dia, Ia, Beliau
	lKnown                  // an alias or known actor's name
	lParen                  // an acronym in parentheses: "(BGN)"
)

// cword is one word of a chunk with its label.
type cword struct {
	Span      // the word as written; "(BGN)" for a parenthesis
	tok   int // index into the paragraph's tokens of its first token
	last  int // index of its last token
	text  string
	fold  string
	label label
	n     int    // number of words the label's phrase spans, on its first word
	value string // the phrase's table value (full rank, place code, …)
}

// chunk is a run of capitalised words (with the lowercase role words
// and particles that join them) in one paragraph.
type chunk struct {
	para  int
	words []cword
	// lowerLead is true when the chunk starts with a lowercase role phrase
	// ("juru bicara", "menteri luar negeri").
	lowerLead bool
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
	d        *doc
	t        *tables
	known    *knownActors
	actors   []*actorState
	byName   map[string]int // folded name or alias → actor
	mentions []actorRef     // in text order after finish
	// roleOnly are role phrases with no name ("menteri luar negeri
	// Rusia"), resolved to an actor when unambiguous.
	roleOnly []roleMention
	// scratch is reused by label for the folded words of a chunk.
	scratch []string
	// byStart indexes the mentions by their start, up to indexed; personAt
	// fills it as it goes.
	byStart map[int][]int
	indexed int
	// personWord holds the folded words of persons' names and aliases, so
	// that a word no person has is passed over at once.
	personWord map[string][]int
	// nickOwners maps the beginnings of persons' name words to them.
	nickOwners map[string][]int
	// headline marks the paragraphs written in title case: the title and
	// subheadings ("3. Serap Gula Petani Tebu"), where a capital proves
	// nothing.
	headline []bool
}

type actorState struct {
	Actor
	words  []string // folded words of Name
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

// roleKeys returns the folded words of the role, and of the role and
// affiliation, each joined by spaces.
func (a *actorState) roleKeys() (string, string) {
	if a.keysOf != [2]string{a.Role, a.Affiliation} {
		a.keysOf = [2]string{a.Role, a.Affiliation}
		a.roleKey = strings.Join(phraseWords(a.Role), " ")
		a.roleAffKey = strings.TrimSpace(a.roleKey + " " + strings.Join(phraseWords(a.Affiliation), " "))
	}
	return a.roleKey, a.roleAffKey
}

type roleMention struct {
	full Span
	role string
	aff  string
	para int
}

// findActors finds the actors of d.
func findActors(d *doc, known *knownActors) *entities {
	e := &entities{d: d, t: lex(), known: known, byName: map[string]int{},
		personWord: map[string][]int{}, nickOwners: map[string][]int{}}
	e.headline = make([]bool, len(d.paras))
	for i := range d.paras {
		e.headline[i] = d.paras[i].title || e.isHeadingLine(&d.paras[i])
	}
	quoted := quotedRanges(d)
	var chunks []chunk
	for pi := range d.paras {
		chunks = append(chunks, e.chunks(pi)...)
	}
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

// isCap reports whether a word starts with an upper-case letter.
func isCap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// chunks splits paragraph pi into chunks.
func (e *entities) chunks(pi int) []chunk {
	p := &e.d.paras[pi]
	toks := p.toks
	var out []chunk
	// The chunks' words share one array, sized for the capitalised words;
	// a chunk keeps the part it filled even if the array moves.
	buf := make([]cword, 0, countCapitalised(e.d.text, toks)+8)
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord {
			i++
			continue
		}
		w := e.d.str(toks[i])
		// A role phrase may begin the chunk in any case: "juru bicara",
		// "Juru bicara", "menteri luar negeri".
		lead := e.lowerRoleLead(p, i)
		if lead == 0 && !isCap(w) {
			i++
			continue
		}
		c := chunk{para: pi, lowerLead: lead > 0}
		start := len(buf)
		j := i
		for j < len(toks) {
			t := toks[j]
			if t.kind != tWord && e.d.str(t) == "(" && len(buf) > start {
				// "Badan Gizi Nasional (BGN) Dadan Hindayana": the acronym of
				// an institution inside the phrase before the name.
				if k := e.parenAcronym(toks, j); k > 0 {
					x := e.d.text[toks[j+1].Start:toks[k-1].End]
					buf = append(buf, cword{Span: Span{t.Start, toks[k].End}, tok: j + 1, last: k,
						text: x, fold: fold(x), label: lParen})
					j = k + 1
					continue
				}
			}
			if t.kind != tWord {
				// An abbreviation's or initial's period stays inside the chunk.
				if e.d.str(t) == "." && j > i && toks[j-1].End == t.Start && j+1 < len(toks) &&
					toks[j+1].kind == tWord && isCap(e.d.str(toks[j+1])) && isAbbrevWord(e.d.str(toks[j-1])) {
					j++
					continue
				}
				break
			}
			w := e.d.str(t)
			// Unit numbers and ordinals stay inside: "Kodim 0412 Lampung Utara",
			// "Presiden RI ke-7 Joko Widodo".
			number := (unicode.IsDigit(firstRune(w)) || isOrdinal(w)) && len(buf) > start && j+1 < len(toks) &&
				toks[j+1].kind == tWord && isCap(e.d.str(toks[j+1]))
			if j-i < lead || isCap(w) || number {
				buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: e.d.low(t)})
				j++
				continue
			}
			// Lowercase joiners: name particles and "dan"/"dari" inside
			// institution names.
			if j+1 < len(toks) && toks[j+1].kind == tWord && isCap(e.d.str(toks[j+1])) && len(buf) > start {
				f := e.d.low(t)
				if _, ok := e.t.particles.get(f); ok {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f})
					j++
					continue
				}
				if (f == "dan" || f == "&") && e.isInstWord(buf[len(buf)-1].fold) && e.isInstWord(e.d.low(toks[j+1])) {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f})
					j++
					continue
				}
				if f == "dari" && onlyRoles(e.t, buf[start:]) {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f, label: lFunc})
					j++
					continue
				}
			}
			break
		}
		if len(buf) > start {
			c.words = buf[start:len(buf):len(buf)]
			e.label(&c)
			out = append(out, c)
		}
		if j == i {
			j++
		}
		i = j
	}
	return out
}

func isRoman(s string) bool {
	return strings.Trim(s, "IVX") == "" && s != ""
}

// isAbbrevWord reports whether a word followed by '.' is an abbreviation
// or an initial rather than a sentence end: one letter ("M."), or a short
// title ("Dr.", "Prof.", "Ir.", "Hj.").
func isAbbrevWord(w string) bool {
	n := utf8.RuneCountInString(w)
	if n == 1 {
		return true
	}
	if n > 4 {
		return false
	}
	t := lex()
	f := fold(w)
	_, title := t.titles.get(f)
	_, honorific := t.honorifics.get(f)
	_, particle := t.particles.get(f) // "Moh. Rizal"
	return title || honorific || particle
}

// lowerRoleLead returns how many lowercase words from token i form a role
// phrase directly followed by a capitalised word, or 0.
func (e *entities) lowerRoleLead(p *para, i int) int {
	if !e.t.startsRole(e.d.low(p.toks[i])) {
		return 0
	}
	words := make([]string, 0, 5)
	for j := i; j < len(p.toks) && len(words) < 6; j++ {
		if p.toks[j].kind != tWord {
			break
		}
		words = append(words, e.d.low(p.toks[j]))
	}
	ph, ok := e.t.roles.match(words)
	if !ok {
		if ph, ok = e.t.offices.match(words); !ok {
			return 0
		}
	}
	n := len(ph.words)
	// Portfolio words may follow a lowercase office: "menteri luar negeri".
	for ph.value == "office" && n < len(words) && e.t.instWords[words[n]] && !isCap(e.d.str(p.toks[i+n])) {
		n++
	}
	if i+n < len(p.toks) && p.toks[i+n].kind == tWord && isCap(e.d.str(p.toks[i+n])) {
		return n
	}
	// "pengamat politik dari Universitas Indonesia …"
	if i+n+1 < len(p.toks) && e.d.low(p.toks[i+n]) == "dari" && p.toks[i+n+1].kind == tWord && isCap(e.d.str(p.toks[i+n+1])) {
		return n
	}
	return 0
}

func onlyRoles(t *tables, ws []cword) bool {
	for _, w := range ws {
		if _, ok := t.roles.get(w.fold); !ok && !t.instWords[w.fold] {
			if _, ok := t.roles.match([]string{w.fold}); !ok {
				return false
			}
		}
	}
	return len(ws) > 0
}

// label assigns a label to every word of c, longest table phrase first.
func (e *entities) label(c *chunk) {
	words := e.scratch[:0]
	for _, w := range c.words {
		words = append(words, w.fold)
	}
	e.scratch = words
	t := e.t
	limit := 0
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
		var m matches
		t.lookup(words[i:limit], &m)
		try := func(l label, d dictID) {
			if m.n[d] > bestN {
				best, bestN, val = l, m.n[d], m.value[d]
			}
		}
		knownHit := false // the caller's actors come before every table
		if e.known != nil {
			if p, ok := e.known.names.match(words[i:limit]); ok {
				best, bestN, val, knownHit = lKnown, len(p.words), p.value, true
			}
		}
		if m.n[dParticles] > 1 && m.value[dParticles] == "birthorder" && m.n[dParticles] > bestN {
			bestN = m.n[dParticles] // "Anak Agung", "Ida Bagus": names, whatever the words mean alone
		}
		try(lKnown, dAliases)
		try(lKnown, dPeople)
		try(lRank, dRanks)
		try(lTitle, dTitles)
		try(lHonorific, dHonorifics)
		try(lContract, dOffices)
		try(lOffice, dRoles)
		try(lOrgHead, dOrgs)
		try(lPlace, dPlaces)
		if isCap(c.words[i].text) {
			try(lAcronym, dAcronyms) // "BIN" the agency, not "bin" the particle
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
			best, bestN, val = lPlace, m.n[dCountries], countryValue+m.value[dCountries]
		}
		if bestN == 0 {
			bestN = 1
			w := c.words[i]
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
			case unicode.IsDigit(firstRune(w.text)):
				best = lInst // "Nomor 17", "Kodim 0412"
			case w.text == "I" && i+1 < len(words) && isBirthOrder(t, words[i+1]):
				best = lName // Balinese "I Made …", not the numeral
			case e.isInstWord(w.fold) || isRoman(w.text) || isOrdinal(w.text):
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

func isParticle(t *tables, w string) bool {
	p, ok := t.particles.get(w)
	return ok && p.value == "particle"
}

func isBirthOrder(t *tables, w string) bool {
	p, ok := t.particles.get(w)
	return ok && p.value == "birthorder"
}

// isAcronymShape: two or more letters, all capitals ("FISIP", "KNKT").
func isAcronymShape(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && isAllUpper(w)
}

// span returns the text span of words [i, j) of c.
func (e *entities) span(c *chunk, i, j int) Span {
	return Span{c.words[i].Start, c.words[j-1].End}
}

// countryValue prefixes the ISO code of a country in a word's value.
const countryValue = "="

// isNameLabel reports whether a word with label l can be part of a
// person's name.
func isNameLabel(l label) bool { return l == lName || l == lParticle }

// analyze finds the persons, organizations and places of chunk ci.
func (e *entities) analyze(chunks []chunk, ci int, quoted [][]Span) {
	c := &chunks[ci]
	ws := c.words
	inQuote := func(s Span) bool { return inSpans(quoted[c.para], s.Start) }
	start := 0
	for start < len(ws) && (ws[start].label == lFunc || ws[start].label == lCalendar || ws[start].label == lPronoun) {
		start++
	}
	runs := nameRuns(ws, start)
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
		known := e.anyPersonWord(ws[a:b]) && e.lookupPerson(e.d.text[name.Start:name.End]) >= 0
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

// nameRuns returns the maximal runs [a, b) of name words from start.
func nameRuns(ws []cword, start int) [][2]int {
	var runs [][2]int
	for i := start; i < len(ws); {
		if !isNameLabel(ws[i].label) && ws[i].label != lKnown || ws[i].label == lParticle {
			i++
			continue
		}
		j := i
		if ws[i].label == lKnown {
			j = i + max(ws[i].n, 1)
		} else {
			for j < len(ws) && isNameLabel(ws[j].label) {
				j++
			}
			for j > i && ws[j-1].label == lParticle {
				j--
			}
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// onlyTrailing reports whether the words from b on are ones that may
// follow a name inside a chunk (a weekday, a degree) rather than more of
// a role or institution.
func onlyTrailing(ws []cword, b int) bool {
	for _, w := range ws[b:] {
		switch w.label {
		case lCalendar, lFunc, lPronoun:
		default:
			return false
		}
	}
	return true
}

// roleStart returns the index of the first role word in ws[from:to], or -1.
func roleStart(ws []cword, from, to int) int {
	for i := from; i < to; i++ {
		switch ws[i].label {
		case lModifier:
			// "mantan", "Plt." start a role only before an office: "eks
			// Kerispatih" is no role.
			for k := i + 1; k < to; k++ {
				if l := ws[k].label; l == lOffice || l == lContract || l == lFunction {
					return i
				} else if l != lModifier {
					break
				}
			}
		case lOffice, lContract, lFunction:
			return i
		case lOrgHead:
			// "Badan Pengelola Investasi …": words of an institution's name.
			return -1
		}
	}
	return -1
}

// roleOf reads the role and affiliation in ws[from:to] of c: the role
// from its first role word up to an institution, place or acronym, the
// affiliation from there up to a rank, title or honorific. full spans
// both.
func (e *entities) roleOf(c *chunk, from, to int) (role, aff string, full Span) {
	ws := c.words
	rs := roleStart(ws, from, to)
	if rs < 0 {
		return "", "", Span{}
	}
	end := to
	for k := rs; k < to; k++ {
		if l := ws[k].label; l == lRank || l == lTitle || l == lHonorific {
			end = k
			break
		}
	}
	re := rs
	for re < end {
		l := ws[re].label
		if l == lContract {
			// "Kapolda Metro Jaya": a contracted office takes no portfolio.
			re += max(ws[re].n, 1)
			break
		}
		if l == lOrgHead && re+1 < end && re > rs && (isRoman(ws[re+1].text) || unicode.IsDigit(firstRune(ws[re+1].text))) {
			re += 2 // a numbered unit stays in the role: "Ketua Komisi II"
			continue
		}
		if l == lOrgHead || l == lPlace || l == lAcronym || l == lKnown || l == lParen || ws[re].fold == "dari" {
			break
		}
		if l == lName && re > rs && !isRoman(ws[re].text) {
			break
		}
		re++
	}
	if re == rs {
		return "", "", Span{}
	}
	text := e.d.text
	rspan := e.span(c, rs, re)
	role = text[rspan.Start:rspan.End]
	as := re
	if as < end && (ws[as].fold == "dari" || ws[as].label == lParen) {
		as++ // "pengamat dari …", "Sekretaris Daerah (Sekda) …"
	}
	ae := end
	if ae > as && ws[ae-1].label == lParen {
		ae-- // "Bank Indonesia (BI)": the acronym is an alias, not the name
	}
	if as < ae {
		aspan := e.span(c, as, ae)
		aff = text[aspan.Start:aspan.End]
	}
	full = e.span(c, rs, max(end, re))
	return trimRole(collapseSpaces(role)), collapseSpaces(aff), full
}

// trimRole drops a trailing period or comma from a role.
func trimRole(s string) string { return strings.TrimRight(s, ".,") }

// cueAround reports whether a speech cue stands right after chunk c
// ("Yusril menjelaskan"), or an after-quote cue or "menurut" right before
// it ("kata Yusril", "Menurut Yusril").
func (e *entities) cueAround(c *chunk) bool {
	p := &e.d.paras[c.para]
	last := c.words[len(c.words)-1].last
	if w, ok := e.wordAt(p, last+1); ok {
		if e.cueClass(w)&(cBefore|cRequest|cBelief) != 0 {
			return true
		}
		if preVerb[fold(w)] {
			if w2, ok := e.wordAt(p, last+2); ok && e.cueClass(w2)&(cBefore|cRequest) != 0 {
				return true // "Yusril juga mengatakan"
			}
		}
	}
	first := c.words[0].tok
	if w, ok := e.wordAt(p, first-1); ok {
		f := fold(w)
		if e.cueClass(w)&(cAfter|cAfterWeak|cSource) != 0 || f == "menurut" || f == "oleh" {
			return true
		}
	}
	return false
}

// wordAt returns the word token i of p.
func (e *entities) wordAt(p *para, i int) (string, bool) {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return "", false
	}
	return e.d.str(p.toks[i]), true
}

// cueClass returns the classes of w in the cue table, with the -nya
// forms of after-cues ("katanya") taken as their base.
func (e *entities) cueClass(w string) cueSet {
	f := fold(w)
	if cl := e.t.cues[f]; cl != 0 {
		return cl
	}
	if base, ok := strings.CutSuffix(f, "nya"); ok {
		return e.t.cues[base] & (cAfter | cAfterWeak)
	}
	return 0
}

// appositionRole returns the role of the chunk that follows c after a
// comma or "selaku" ("Norbert Tunyanan, Perwakilan KNKT Wilayah Papua,",
// "Budi (45), warga Bekasi", "X selaku Direktur PT Y") when that chunk is a
// role with no name of its own.
func (e *entities) appositionRole(chunks []chunk, ci int) *roleMention {
	c := &chunks[ci]
	if ci+1 >= len(chunks) || chunks[ci+1].para != c.para {
		return nil
	}
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	// An age in parentheses may stand between: "Budi (45), warga …".
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3
	}
	n := &chunks[ci+1]
	var gap []string
	for j := k; j < n.words[0].tok && j < k+4; j++ {
		gap = append(gap, e.d.low(p.toks[j]))
	}
	if n.words[0].tok-k > 3 || !isAppositionGap(gap) {
		return nil
	}
	// After "selaku" the chunk describes c, whatever names end it.
	selaku := strings.Contains(strings.Join(gap, " "), "selaku") || strings.Contains(strings.Join(gap, " "), "sebagai")
	if roleStart(n.words, 0, 1) < 0 || hasPersonRun(n) && !selaku {
		return nil
	}
	role, aff, full := e.roleOf(n, 0, len(n.words))
	if role == "" {
		return nil
	}
	if office := e.officeHeldAfter(p, n.words[len(n.words)-1].last+1); office != "" {
		role = office // "mahasiswa FKP angkatan 2022 yang menjabat sebagai Wakil Ketua BEM"
	}
	return &roleMention{full: full, role: role, aff: aff, para: c.para}
}

// isAppositionGap reports whether the words between a name and a role
// join them: ",", "selaku", ", selaku", "sebagai", ", salah satu".
func isAppositionGap(gap []string) bool {
	switch strings.Join(gap, " ") {
	case ",", "selaku", ", selaku", "sebagai", ", sebagai", ", salah satu", "yang merupakan", ", yang merupakan":
		return true
	}
	return false
}

// hasPersonRun reports whether a role-led chunk ends in a name.
func hasPersonRun(c *chunk) bool {
	runs := nameRuns(c.words, 0)
	if len(runs) == 0 {
		return false
	}
	last := runs[len(runs)-1]
	if last[1]-last[0] == 1 && last[0] > 0 && c.words[last[0]-1].label == lOrgHead {
		return false // "mahasiswa Universitas Udayana"
	}
	return onlyTrailing(c.words, last[1]) && last[0] > 0
}

// precedingRole returns the role of the chunk before c when it is a role
// with no name, separated from c by a comma ("Kalapas Kotabumi, Sudirman
// Jaya"), and c starts with its name.
func (e *entities) precedingRole(chunks []chunk, ci, a int) *roleMention {
	c := &chunks[ci]
	if a != 0 || ci == 0 || chunks[ci-1].para != c.para {
		return nil
	}
	pc := &chunks[ci-1]
	p := &e.d.paras[c.para]
	if e.inParens(pc) && ci >= 2 && chunks[ci-2].para == c.para {
		pc = &chunks[ci-2] // "Ketua Dewan Ekonomi Nasional (DEN), Luhut"
	}
	k := pc.words[len(pc.words)-1].last + 1
	// "Ketua Dewan Ekonomi Nasional (DEN), Luhut …": an acronym may close the role.
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3
	}
	if k >= len(p.toks) || e.d.str(p.toks[k]) != "," || c.words[0].tok != k+1 {
		return nil
	}
	rs := roleStart(pc.words, 0, len(pc.words))
	if rs < 0 || hasRankOrTitle(pc) {
		return nil
	}
	// Only a role chunk that is the head of its clause: the role then the
	// name, nothing else between.
	role, aff, full := e.roleOf(pc, rs, len(pc.words))
	if role == "" {
		return nil
	}
	return &roleMention{full: full, role: role, aff: aff, para: c.para}
}

// hasRankOrTitle reports whether a chunk holds a rank, title or
// honorific, which only stand before a name.
func hasRankOrTitle(c *chunk) bool {
	for _, w := range c.words {
		if w.label == lRank || w.label == lTitle || w.label == lHonorific {
			return true
		}
	}
	return false
}

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
			if p, ok := e.t.acronyms.get(phraseWords(e.d.text[s.Start:s.End])...); ok {
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
			isCap(e.d.str(p.toks[k+1])) {
			s := Span{p.toks[k].Start, p.toks[k+2].End}
			e.defineAcronym(prev, s, c.para, inQuote(s))
		}
	}
}

// addPlace records a place mention; code is countryValue+ISO for a
// country, else the table's value.
func (e *entities) addPlace(s Span, value string, quoted bool) int {
	text := collapseSpaces(e.d.text[s.Start:s.End])
	name, country := text, ""
	if code, ok := strings.CutPrefix(value, countryValue); ok {
		country = code
		if n := countryNewsName(code); n != "" {
			name = n
		}
	} else if isAllUpper(text) && utf8.RuneCountInString(text) > 3 {
		name = titleWords(text)
	}
	key := fold(name)
	if country != "" {
		key = countryValue + country
	}
	i, ok := e.byName[key]
	if !ok {
		i = e.newActor(Actor{Name: name, Kind: Place, Country: country}, s.Start)
		e.byName[key] = i
		e.byName[fold(name)] = i
	}
	e.addAlias(i, text)
	e.mention(i, s, s, -1, quoted)
	return i
}

// addOrg records an organization (or, for some acronyms, a place)
// mention; expansion is the long form of an acronym, if known.
func (e *entities) addOrg(s Span, expansion string, kind ActorKind, para int, quoted bool) int {
	text := collapseSpaces(e.d.text[s.Start:s.End])
	key := fold(text)
	i, ok := e.byName[key]
	if !ok && expansion != "" {
		i, ok = e.byName[fold(expansion)]
	}
	if !ok {
		if kind == Place {
			if code, found := lookupCountry(text); found {
				return e.addPlace(s, countryValue+code, quoted)
			}
		}
		i = e.newActor(Actor{Name: text, Kind: kind}, s.Start)
	}
	e.byName[key] = i
	if expansion != "" {
		e.byName[fold(expansion)] = i
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
	if _, taken := e.byName[fold(inner)]; !taken {
		e.byName[fold(inner)] = i
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
		if p, ok := e.known.names.get(phraseWords(text)...); ok {
			var k int
			fmt.Sscan(p.value, &k)
			ka := e.known.actors[k]
			i, ok := e.byName[fold(ka.Name)]
			if !ok {
				i = e.newActor(Actor{Name: ka.Name, Kind: ka.Kind, Role: ka.Role, Affiliation: ka.Affiliation,
					Country: ka.Country, Aliases: append([]string(nil), ka.Aliases...)}, s.Start)
				e.byName[fold(ka.Name)] = i
				for _, al := range ka.Aliases {
					e.byName[fold(al)] = i
				}
			}
			e.addAlias(i, text)
			e.mention(i, s, s, c.para, quoted)
			return i
		}
	}
	p, ok := e.t.aliases.get(phraseWords(text)...)
	kind := e.t.aliasKind[fold(p.value)]
	if !ok {
		if p, ok = e.t.people.get(phraseWords(text)...); !ok {
			return -1
		}
		kind = Person
		// A person of this article comes before a famous namesake: in a
		// story about Yosdian Adi Pramono, "Pramono" is he.
		if k := e.lookupPerson(text); k >= 0 && fold(e.actors[k].Name) != fold(p.value) && !hasFold(e.actors[k].Aliases, p.value) &&
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
		i, ok := e.byName[fold(p.value)]
		if !ok {
			i, ok = e.byName[fold(name)]
		}
		if !ok {
			i = e.newActor(Actor{Name: name, Kind: Person}, s.Start)
		}
		act := e.actors[i]
		if fold(name) == fold(p.value) && fold(act.Name) != fold(name) {
			old := act.Name
			act.Name, act.words = name, phraseWords(name)
			e.notePersonWords(i, name)
			act.Aliases = removeFold(act.Aliases, name)
			e.addAlias(i, old)
		}
		e.byName[fold(p.value)] = i
		e.byName[fold(name)] = i
		e.addAlias(i, p.value)
		e.addAlias(i, collapseSpaces(text))
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
	e.actors = append(e.actors, &actorState{Actor: a, words: phraseWords(a.Name), first: at})
	i := len(e.actors) - 1
	if a.Kind == Person {
		e.notePersonWords(i, a.Name)
	}
	return i
}

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
	alias = collapseSpaces(alias)
	f := fold(alias)
	if f == fold(a.Name) {
		return
	}
	for _, x := range a.Aliases {
		if fold(x) == f {
			return
		}
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

// resolveRoleOnly attaches each role phrase with no name to the one
// person who holds that role (and affiliation, if given).
func (e *entities) resolveRoleOnly() {
	for _, r := range e.roleOnly {
		if k := e.personByRole(r.role, r.aff); k >= 0 {
			e.mention(k, r.full, r.full, r.para, false)
		}
	}
}

// personByRole returns the one person whose role is role (and whose
// affiliation matches aff when aff is not empty), or -1.
func (e *entities) personByRole(role, aff string) int {
	found := -1
	affCode, _ := lookupCountry(aff)
	for i, a := range e.actors {
		if a.Kind != Person || !strings.EqualFold(a.Role, role) {
			continue
		}
		if aff != "" && !strings.EqualFold(a.Affiliation, aff) && (affCode == "" || a.affCountry() != affCode) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// affCountry returns the ISO code of the country that the affiliation
// names, or "".
func (a *actorState) affCountry() string {
	if a.affOf != a.Affiliation {
		a.affOf = a.Affiliation
		a.affCode, _ = lookupCountry(a.Affiliation)
	}
	return a.affCode
}

// finish orders the mentions by position.
func (e *entities) finish() {
	sort.SliceStable(e.mentions, func(i, j int) bool { return e.mentions[i].Start < e.mentions[j].Start })
}

// export returns the actors in order of first mention, each with its
// mentions.
func (e *entities) export() []Actor {
	order := make([]int, len(e.actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return e.actors[order[i]].first < e.actors[order[j]].first })
	spans := make([][]Span, len(e.actors))
	for _, m := range e.mentions {
		spans[m.actor] = append(spans[m.actor], e.dropFromMention(e.actors[m.actor], m.Span))
	}
	out := make([]Actor, 0, len(e.actors))
	for _, i := range order {
		a := e.actors[i].Actor
		a.Mentions = spans[i]
		if a.Mentions == nil {
			a.Mentions = []Span{}
		}
		a.Aliases = removeFold(a.Aliases, a.Name)
		if a.Aliases == nil {
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

// personByRoleWords returns the one person whose role, or role and
// affiliation, reads as words (folded), or -1: "juru bicara",
// "ketua banggar dpr", "menteri luar negeri rusia".
func (e *entities) personByRoleWords(words []string) int {
	if p, ok := e.t.offices.match(words); ok {
		// "Kapolres Bogor" is "Kepala Kepolisian Resor Bogor".
		words = append(phraseWords(p.value), words[len(p.words):]...)
	}
	want := strings.Join(words, " ")
	for _, strip := range []bool{false, true} {
		found := -1
		for i, a := range e.actors {
			if a.Kind != Person || a.Role == "" {
				continue
			}
			r, ra := a.roleKeys()
			match := r == want || ra == want
			if strip {
				match = strings.HasPrefix(ra, want) && len(words) > 1
			}
			if !match {
				continue
			}
			if found >= 0 && found != i {
				found = -2
				break
			}
			found = i
		}
		if found >= 0 {
			return found
		}
	}
	return -1
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

// parenAcronym reports whether toks[j:] is "(" WORD ")" followed by a
// capitalised word that goes on with the phrase.
// It returns the index of the ")" token, or -1.
func (e *entities) parenAcronym(toks []token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if e.d.str(toks[k]) == ")" {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].kind != tWord || !isCap(e.d.str(toks[k+1])) {
				return -1
			}
			return k
		}
		x := e.d.str(toks[k])
		if toks[k].kind != tWord || !isCap(x) || utf8.RuneCountInString(x) > 12 {
			return -1
		}
	}
	return -1
}

// isHeadingLine reports whether a paragraph is a subheading: a short
// line, not ended as a sentence, whose words are mostly capitalised.
func (e *entities) isHeadingLine(p *para) bool {
	words, caps := 0, 0
	for _, t := range p.toks {
		if t.kind != tWord || !unicode.IsLetter(firstRune(e.d.str(t))) {
			continue
		}
		words++
		if isCap(e.d.str(t)) {
			caps++
		}
	}
	last, _ := utf8.DecodeLastRuneInString(e.d.text[p.Start:p.End])
	return words >= 2 && words <= 16 && caps*10 >= words*7 && last != '.' && last != ',' && last != ':'
}

// describesPrevious reports whether chunk c follows "selaku" or
// "sebagai", describing a person already named.
func (e *entities) describesPrevious(c *chunk) bool {
	w, _ := e.wordAt(&e.d.paras[c.para], c.words[0].tok-1)
	switch fold(w) {
	case "selaku", "sebagai", "menjabat", "merupakan", "adalah":
		return true
	}
	return false
}

// knownStem reports whether w is a place, country or institution with the
// suffix -nya.
func (e *entities) knownStem(w string) bool {
	stem, ok := strings.CutSuffix(w, "nya")
	if !ok || len(stem) < 3 {
		return false
	}
	if _, ok := lookupCountry(stem); ok {
		return true
	}
	return e.t.places.has(stem) || e.t.acronyms.has(stem)
}

// isInstWord reports whether a folded word belongs to the names of
// offices and institutions: listed, or a noun of the pe-…-an, per-…-an or
// ke-…-an shape ("Pencegahan", "Pengendalian", "Kesehatan"), which no
// person's name has.
func (e *entities) isInstWord(w string) bool {
	if e.t.instWords[w] {
		return true
	}
	if !strings.HasSuffix(w, "an") || utf8.RuneCountInString(w) < 8 {
		return false
	}
	return strings.HasPrefix(w, "pe") || strings.HasPrefix(w, "ke")
}

// isOrdinal reports whether w is an ordinal like "ke-7".
func isOrdinal(w string) bool {
	n, ok := strings.CutPrefix(w, "ke-")
	return ok && n != "" && strings.Trim(n, "0123456789") == ""
}

// isStandInRole reports whether a role only stands in until the article
// says more: a resident, or a party to a case ("Teradu II").
func isStandInRole(role string) bool {
	w := phraseWords(role)
	if len(w) == 0 {
		return false
	}
	switch w[0] {
	case "warga", "penduduk", "teradu", "pengadu", "pelapor", "terlapor", "tersangka", "terdakwa", "korban",
		"saksi", "pemohon", "termohon", "penggugat", "tergugat":
		return true
	}
	return false
}

// nameFollows reports whether chunk ci is followed by a comma and a chunk
// that is only a name.
func (e *entities) nameFollows(chunks []chunk, ci int) bool {
	c := &chunks[ci]
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	if k >= len(p.toks) || e.d.str(p.toks[k]) != "," || ci+1 >= len(chunks) {
		return false
	}
	n := &chunks[ci+1]
	return n.para == c.para && n.words[0].tok == k+1 && (pureName(n) || n.words[0].label == lKnown)
}

// collapseSpaces replaces each run of white space in s, non-breaking
// spaces included, with one space.
func collapseSpaces(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
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

// giveHeadlineRole sets the role and affiliation of person i from the
// subject of a headline ("Ketua Banggar DPR"): the longest role phrase
// that opens it, and the words after it.
func (e *entities) giveHeadlineRole(i int, subject string, words []string) {
	p, ok := e.t.roles.match(words)
	if !ok {
		p, ok = e.t.offices.match(words)
	}
	if !ok {
		return
	}
	written := strings.Fields(subject)
	if len(written) != len(words) || len(p.words) > len(written) {
		return
	}
	e.actors[i].Role = strings.Join(written[:len(p.words)], " ")
	e.actors[i].Affiliation = strings.Join(written[len(p.words):], " ")
}

// lowerRoleAfter returns the lowercase role phrase that follows chunk c
// as an apposition with no capitalised words of its own: "Abdullah,
// saksi kasus itu", "Budi sebagai saksi", or "".
func (e *entities) lowerRoleAfter(c *chunk) string {
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3 // "Budi (45), …"
	}
	var gap []string
	for len(gap) < 3 && k < len(p.toks) {
		w := e.d.low(p.toks[k])
		if !isAppositionGap(append(gap, w)) && !strings.HasPrefix(strings.Join(append(gap, w), " "), ", salah") {
			break
		}
		gap = append(gap, w)
		k++
	}
	if len(gap) == 0 || !isAppositionGap(gap) || k >= len(p.toks) || isCap(e.d.str(p.toks[k])) {
		return ""
	}
	words := make([]string, 0, 4)
	for j := k; j < len(p.toks) && j < k+4 && p.toks[j].kind == tWord; j++ {
		words = append(words, e.d.low(p.toks[j]))
	}
	ph, ok := e.t.roles.match(words)
	if !ok || ph.value == "modifier" {
		return ""
	}
	if office := e.officeHeldAfter(p, k+len(ph.words)); office != "" {
		return office // "mahasiswa … yang menjabat sebagai Ketua Komisi II"
	}
	return e.d.text[p.toks[k].Start:p.toks[k+len(ph.words)-1].End]
}

// officeHeldAfter returns the office named by "menjabat sebagai OFFICE"
// within the next words of the sentence from token k, or "".
func (e *entities) officeHeldAfter(p *para, k int) string {
	for j := k; j+2 < len(p.toks) && j < k+10 && p.toks[j].sent == p.toks[k-1].sent; j++ {
		if e.d.low(p.toks[j]) != "menjabat" || e.d.low(p.toks[j+1]) != "sebagai" {
			continue
		}
		s := j + 2
		end := s
		for end < len(p.toks) && p.toks[end].kind == tWord && isCap(e.d.str(p.toks[end])) {
			w := e.d.low(p.toks[end])
			switch {
			case e.t.startsRole(w) || e.isInstWord(w) || isRoman(e.d.str(p.toks[end])):
			case e.t.orgs.has(w) && end+1 < len(p.toks) && isRoman(e.d.str(p.toks[end+1])):
			default:
				goto done
			}
			end++
		}
	done:
		if end > s {
			return e.d.text[p.toks[s].Start:p.toks[end-1].End]
		}
		return ""
	}
	return ""
}

// inParens reports whether chunk c stands alone in parentheses: "(DEN)".
func (e *entities) inParens(c *chunk) bool {
	p := &e.d.paras[c.para]
	b, a := c.words[0].tok-1, c.words[len(c.words)-1].last+1
	return b >= 0 && a < len(p.toks) && e.d.str(p.toks[b]) == "(" && e.d.str(p.toks[a]) == ")"
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

// countCapitalised counts the word tokens that start with a capital letter.
func countCapitalised(text string, toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind == tWord && isCap(text[t.Start:t.End]) {
			n++
		}
	}
	return n
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
