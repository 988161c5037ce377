package berita

// English renderings of actors. berita translates who speaks, not what
// is said: roles, institutions, countries and place names, from the
// glossaries roles_en.txt and orgs_en.txt, the override table
// countries.txt and CLDR names (golang.org/x/text/language/display).
//
// Indonesian builds office and institution names by composition, head
// first ("Kepala Seksi Hubungan Masyarakat" is head, unit, field), so
// the glossaries hold words and fixed phrases and the code below holds
// the grammar: modifiers before and after a role (mantan, Wakil, Plt.,
// terpilih), a head with its complement ("Head of *"), unit names whose
// modifiers reverse into an English compound ("Public Relations
// Section"), coordination, numbered units, owners ("… of House of
// Representatives"), places before the unit ("Cirebon Regency Health
// Office") and countries after it ("… of South Korea").
//
// Ministers take one style throughout: the customary "<Portfolio>
// Minister" ("Foreign Minister", "Finance Minister", "Home Affairs
// Minister"), while their ministries are "Ministry of <Portfolio>"
// ("Ministry of Foreign Affairs") and coordinating ministers are
// "Coordinating Minister for <Area>".

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"

	"github.com/beritalab/berita/internal/lexicon"
)

// TranslateRole returns the English for an Indonesian role or office
// ("Menteri Luar Negeri" → "Foreign Minister") and whether it knew it; an
// unknown role comes back unchanged with false.
//
// The role is read case-insensitively and composed from its parts:
// modifiers ("mantan", "eks" → former; "Plt.", "Pelaksana Tugas" →
// Acting; "Wakil" → Deputy, or Vice before President, Governor, Dean and
// Rector; "terpilih" → -elect), a head with its complement ("Kepala
// Departemen Eksternal" → "Head of External Department"), ministers
// ("Menteri Keuangan" → "Finance Minister"), ranks ("Ajun Komisaris
// Besar" → "Adjunct Senior Commissioner"), contracted titles, which are
// expanded first ("Kapolda" → "Regional Police Chief", "Wamenkes" →
// "Deputy Health Minister", "Kasat Reskrim" → "Head of Criminal
// Investigation Unit"), numbered units ("Wakil Dekan III" → "Vice Dean
// III") and a trailing country ("Presiden Rusia" → "President of
// Russia"). Acronyms of institutions stay as written ("Ketua KPU" →
// "Chair of KPU"). A role with a word it does not know is not
// translated.
func TranslateRole(role string) (string, bool) {
	en, ok := trRole(role)
	if !ok {
		return role, false
	}
	return en, true
}

// TranslateOrganization returns the English name of an Indonesian
// institution and whether it knew it.
//
// Known names and acronyms come from a glossary ("Komisi Pemberantasan
// Korupsi", "KPK" → "Corruption Eradication Commission"); others are
// composed from the unit and its field ("Kementerian Luar Negeri" →
// "Ministry of Foreign Affairs", "Badan Gizi Nasional" → "National
// Nutrition Agency"), with a place put before the unit ("Pemerintah
// Kota Surabaya" → "Surabaya City Government", "Kepolisian Daerah Metro
// Jaya" → "Greater Jakarta Metropolitan Regional Police") and a country
// after it ("… of South Korea"). A bracketed acronym is dropped. Proper
// names that are not translatable ("PT Makassar Tene", "Mubadala
// Energi") come back unchanged with false.
func TranslateOrganization(name string) (string, bool) {
	en, ok := trName(name)
	if !ok {
		return name, false
	}
	return en, true
}

// CountryName returns the name of the country with ISO 3166-1 code code
// in lang ("id" or "en") and whether it knew it.
//
// The code is read case-insensitively, and deprecated codes map to
// their successors ("UK" is GB). The names are CLDR's, except where the
// override table gives the form news uses: Indonesian "China" (not
// Tiongkok), "Inggris", "Palestina", and English "Türkiye", "Palestine",
// "Ivory Coast"; English CLDR names are written out ("Bosnia and
// Herzegovina", "Saint Lucia").
func CountryName(code, lang string) (string, bool) {
	r, err := language.ParseRegion(strings.TrimSpace(code))
	if err != nil {
		return "", false
	}
	c := trCountries().byCode[r.Canonicalize().String()]
	if c == nil {
		return "", false
	}
	switch strings.ToLower(lang) {
	case "id":
		return c.id, true
	case "en":
		return c.en, true
	}
	return "", false
}

// WeekdayName returns the full name of d in lang: "id" gives the
// Indonesian name ("Senin"), "en" the English one ("Monday"); another
// lang or an out-of-range d gives "". The names come from the calendar
// table, where each day's full name is its first form.
func WeekdayName(d time.Weekday, lang string) string {
	return trCalendar().name("day", int(d), lang)
}

// MonthName returns the full name of m in lang: "id" gives the
// Indonesian name ("Agustus"), "en" the English one ("August"); another
// lang or an out-of-range m gives "".
func MonthName(m time.Month, lang string) string {
	return trCalendar().name("month", int(m), lang)
}

// English returns a copy of a with its role, affiliation and place names
// in English where they are known.
//
// The role goes through [TranslateRole]; the affiliation is tried as an
// institution, then as a country, and stays as written when neither is
// known. A place's name becomes its English country name when Country
// is set, and an organization's name its English name when
// [TranslateOrganization] knows it; person names, aliases and the
// country code are unchanged. Aliases and Mentions are copies, so the
// result shares no memory with a.
func (a Actor) English() Actor {
	b := a
	b.Aliases = slices.Clone(a.Aliases)
	b.Mentions = slices.Clone(a.Mentions)
	if en, ok := TranslateRole(a.Role); ok {
		b.Role = en
	}
	b.Affiliation = trAffiliation(a.Affiliation)
	switch a.Kind {
	case Place:
		code := a.Country
		if code == "" {
			code, _ = lookupCountry(a.Name)
		}
		if en, ok := CountryName(code, "en"); ok {
			b.Name = en
		} else if en, ok := trName(a.Name); ok {
			b.Name = en
		}
	case Organization:
		if en, ok := trName(a.Name); ok {
			b.Name = en
		}
	}
	return b
}

// trAffiliation renders an affiliation, which may name an institution, a
// country or a place.
func trAffiliation(s string) string {
	if s == "" {
		return ""
	}
	if code, ok := lookupCountry(trStripParens(s)); ok {
		if en, ok := CountryName(code, "en"); ok {
			return en
		}
	}
	if en, ok := trName(s); ok {
		return en
	}
	return s
}

// lookupCountry returns the ISO 3166-1 alpha-2 code of a country named as
// Indonesian news names it ("Korea Selatan", "Korsel", "AS", "China").
// It matches whole names, ignoring case: CLDR's Indonesian and English
// names and the forms of the override table.
func lookupCountry(name string) (string, bool) {
	var buf [64]byte
	if key, ok := appendFoldASCIIName(buf[:0], name); ok {
		code, ok := trCountries().byName[string(key)] // no allocation
		return code, ok
	}
	code, ok := trCountries().byName[trFoldName(name)]
	return code, ok
}

// appendFoldASCIIName appends trFoldName(s) to dst when s is ASCII, and
// reports whether it was: for ASCII, folding a name is only lowering its
// letters and closing up its white space.
func appendFoldASCIIName(dst []byte, s string) ([]byte, bool) {
	start, space := len(dst), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return dst, false
		case isASCIISpace(c):
			space = true
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		dst = append(dst, c)
	}
	return dst, true
}

// countryNewsName returns the name Indonesian news uses for the country
// with code ("Amerika Serikat" for US, "China" for CN).
func countryNewsName(code string) string {
	if c := trCountries().byCode[code]; c != nil {
		return c.id // the tables' codes are canonical: no parsing needed
	}
	name, _ := CountryName(code, "id")
	return name
}

// ---- Countries ----

type trCountry struct{ id, en string }

type trCountryTables struct {
	byCode map[string]*trCountry // canonical alpha-2 code → names
	byName map[string]string     // folded name → code
}

// trCountries builds every name once: display.Namer values are cheap,
// but plain maps keep lookups free of x/text on the hot path and make
// the tables plainly immutable.
var trCountries = sync.OnceValue(func() *trCountryTables {
	t := &trCountryTables{byCode: map[string]*trCountry{}, byName: map[string]string{}}
	idNames := display.Regions(language.Indonesian)
	enNames := display.Regions(language.English)
	var cldr [][3]string // code, id, en as CLDR writes them
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() || r.Canonicalize() != r || r.ISO3() == "ZZZ" {
				continue // unassigned, grouping, deprecated or UN/EZ-like codes
			}
			id, en := idNames.Name(r), enNames.Name(r)
			if id == "" || en == "" {
				continue
			}
			code := r.String()
			cldr = append(cldr, [3]string{code, id, en})
			t.byCode[code] = &trCountry{id: id, en: trCleanEnglishCountry(en)}
		}
	}
	// The override table comes first in the reverse map so that its
	// forms win over any clash among CLDR names.
	for _, rec := range lexicon.Load("countries.txt") {
		name, code, lang, use := rec.Field(0), rec.Field(1), rec.Field(2), rec.Field(3)
		c := t.byCode[code]
		if c == nil {
			continue // a test checks that every code is known
		}
		if use == "canonical" {
			switch lang {
			case "id":
				c.id = name
			case "en":
				c.en = name
			}
		}
		trAddName(t.byName, name, code)
	}
	for _, c := range cldr {
		trAddName(t.byName, c[1], c[0])
	}
	for _, c := range cldr {
		trAddName(t.byName, c[2], c[0])
		trAddName(t.byName, t.byCode[c[0]].en, c[0])
	}
	return t
})

func trAddName(m map[string]string, name, code string) {
	k := trFoldName(name)
	if _, dup := m[k]; !dup && k != "" {
		m[k] = code
	}
}

// trCleanEnglishCountry writes out CLDR's short English forms
// ("St. Kitts & Nevis" → "Saint Kitts and Nevis").
func trCleanEnglishCountry(s string) string {
	s = strings.ReplaceAll(s, " & ", " and ")
	s = strings.ReplaceAll(s, "St. ", "Saint ")
	return strings.ReplaceAll(s, "’", "'")
}

// trFoldName folds a name for whole-name comparison: NFC, lower case,
// one space between words, straight apostrophes.
func trFoldName(s string) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "’", "'")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// ---- Calendar ----

type trCalendarTable struct {
	names map[string][2]string // "day/1" → {id, en}
}

var trCalendar = sync.OnceValue(func() *trCalendarTable {
	t := &trCalendarTable{names: map[string][2]string{}}
	for _, rec := range lexicon.Load("calendar.txt") {
		key := rec.Field(1) + "/" + rec.Field(2)
		if _, seen := t.names[key]; seen {
			continue // the first form of a day or month is its full name
		}
		t.names[key] = [2]string{rec.Field(0), rec.Field(3)}
	}
	return t
})

func (t *trCalendarTable) name(kind string, n int, lang string) string {
	names, ok := t.names[kind+"/"+strconv.Itoa(n)]
	if !ok {
		return ""
	}
	switch lang {
	case "id":
		return names[0]
	case "en":
		return names[1]
	}
	return ""
}

// ---- Glossary ----

// trClass is the class field of roles_en.txt and orgs_en.txt; the
// files' headers say what each one means.
type trClass uint8

const (
	clHead       trClass = iota + 1 // an office or function: "Kepala" Head
	clRank                          // a police or military rank
	clRankSuffix                    // a word after a rank: "Pol", "(Purn)"
	clMinister                      // "Menteri", composed with a portfolio
	clPortfolio                     // a ministry's field: "Luar Negeri"
	clArea                          // a coordinating ministry's area
	clUnit                          // a unit inside an institution: "Seksi"
	clInst                          // an institution noun: "Kementerian"
	clNoun                          // a field or modifier: "Kesehatan"
	clProper                        // a modifier that keeps its capital: "Islam"
	clScope                         // a modifier put first: "Nasional"
	clAct                           // an action noun: "Pencegahan"
	clEn                            // an English word used as is
	clPre                           // a modifier before a role: "mantan"
	clPost                          // a modifier after a role: "terpilih"
	clPrep                          // a preposition: "untuk"
	clAbbr                          // a contraction, expanded first
	clBound                         // a contraction inside a word: "ka"
	clOrg                           // a whole institution: "KPK"
	clPlace                         // a place name part: "Jawa" Java
	clDir                           // a direction after a place: "Barat"
)

var trClassNames = map[string]trClass{
	"head": clHead, "rank": clRank, "ranksuffix": clRankSuffix,
	"minister": clMinister, "portfolio": clPortfolio, "area": clArea,
	"unit": clUnit, "inst": clInst, "noun": clNoun, "proper": clProper, "scope": clScope,
	"act": clAct, "en": clEn, "pre": clPre, "post": clPost, "prep": clPrep,
	"abbr": clAbbr, "bound": clBound, "org": clOrg, "place": clPlace,
	"dir": clDir,
}

// trEntry is one glossary record.
type trEntry struct {
	keys    []string // folded words of the Indonesian form
	en      string   // English, or the expansion of abbr and bound
	class   trClass
	pattern string // with "*" for the complement; "" for the default
}

type trGlossary struct {
	byFirst map[string][]*trEntry // longest entry first
}

var trGloss = sync.OnceValue(func() *trGlossary {
	g := &trGlossary{byFirst: map[string][]*trEntry{}}
	for _, name := range [...]string{"roles_en.txt", "orgs_en.txt"} {
		for _, rec := range lexicon.Load(name) {
			cl, ok := trClassNames[rec.Field(2)]
			if !ok {
				continue // a test reports unknown classes
			}
			var keys []string
			for _, t := range trTokenize(rec.Field(0)) {
				keys = append(keys, t.key)
			}
			if len(keys) == 0 {
				continue
			}
			e := &trEntry{keys: keys, en: rec.Field(1), class: cl, pattern: rec.Field(3)}
			g.byFirst[keys[0]] = append(g.byFirst[keys[0]], e)
		}
	}
	for _, list := range g.byFirst {
		slices.SortStableFunc(list, func(a, b *trEntry) int { return len(b.keys) - len(a.keys) })
	}
	return g
})

// match returns the longest entry at toks[i:] whose class is one of
// classes (any class when classes is empty).
func (g *trGlossary) match(toks []trTok, i int, classes ...trClass) (*trEntry, int) {
	return g.matchSkip(toks, i, nil, classes...)
}

// matchSkip is match without the entries of skip.
func (g *trGlossary) matchSkip(toks []trTok, i int, skip []*trEntry, classes ...trClass) (*trEntry, int) {
	if i >= len(toks) {
		return nil, 0
	}
	for _, e := range g.byFirst[toks[i].key] {
		if len(e.keys) > len(toks)-i || slices.Contains(skip, e) {
			continue
		}
		if len(classes) > 0 && !slices.Contains(classes, e.class) {
			continue
		}
		ok := true
		for j, k := range e.keys {
			if toks[i+j].key != k {
				ok = false
				break
			}
		}
		if ok {
			return e, len(e.keys)
		}
	}
	return nil, 0
}

// word returns the one-word entry key of one of classes.
func (g *trGlossary) word(key string, classes ...trClass) *trEntry {
	for _, e := range g.byFirst[key] {
		if len(e.keys) == 1 && slices.Contains(classes, e.class) {
			return e
		}
	}
	return nil
}

// ---- Tokens ----

// trTok is a word or punctuation mark of a role or name.
type trTok struct {
	text string // as written
	key  string // folded: lower case, no final period, straight apostrophe
}

// trTokenize splits s into words, with commas, ampersands and slashes
// between words as tokens of their own.
func trTokenize(s string) []trTok {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "’", "'")
	var out []trTok
	for _, f := range strings.Fields(s) {
		var tail []trTok
		for f != "" {
			last, n := utf8.DecodeLastRuneInString(f)
			if last != ',' && last != ';' && last != ':' {
				break
			}
			tail = append([]trTok{{text: ",", key: ","}}, tail...)
			f = f[:len(f)-n]
		}
		for _, w := range trSplitSlash(f) {
			if w == "" {
				continue
			}
			out = append(out, trTok{text: w, key: trKey(w)})
		}
		out = append(out, tail...)
	}
	return out
}

// trSplitSlash splits "ATR/BPN" into its words and the slash, but keeps
// codes with digits ("0830/Surabaya") whole.
func trSplitSlash(w string) []string {
	if w == "&" || w == "/" || !strings.Contains(w, "/") || strings.ContainsFunc(w, unicode.IsDigit) {
		return []string{w}
	}
	var out []string
	for i, part := range strings.Split(w, "/") {
		if i > 0 {
			out = append(out, "/")
		}
		out = append(out, part)
	}
	return out
}

func trKey(w string) string {
	k := strings.ToLower(w)
	if len(k) > 1 {
		k = strings.TrimSuffix(k, ".")
	}
	return k
}

// trStripParens removes bracketed parts: "Bank Indonesia (BI)".
func trStripParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// trExpand replaces contractions by their long forms: "Kapolda" by
// "Kepala Kepolisian Daerah", and words that are runs of contractions
// ("Kasatreskrim", "Dansatsiber") by the long form of each part.
func trExpand(g *trGlossary, toks []trTok, depth int) []trTok {
	out := make([]trTok, 0, len(toks))
	for _, t := range toks {
		if depth < 4 {
			if e := g.word(t.key, clAbbr); e != nil {
				out = append(out, trExpand(g, trTokenize(e.en), depth+1)...)
				continue
			}
			if len(g.byFirst[t.key]) == 0 && !trIsNumber(t.text) {
				if parts := g.split(t.key); parts != nil {
					for _, p := range parts {
						if p.class == clAbbr || p.class == clBound {
							out = append(out, trExpand(g, trTokenize(p.en), depth+1)...)
						} else {
							out = append(out, trTok{text: p.keys[0], key: p.keys[0]})
						}
					}
					continue
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// split cuts a word the glossary does not know into known one-word
// pieces: the first a contraction, the last no bound prefix, and every
// piece after the first three letters or more so that ordinary words
// are not taken apart.
func (g *trGlossary) split(key string) []*trEntry {
	if n := utf8.RuneCountInString(key); n < 5 || n > 30 || strings.ContainsAny(key, " -'") {
		return nil
	}
	piece := func(s string, first bool) *trEntry {
		if first {
			return g.word(s, clBound, clAbbr)
		}
		if utf8.RuneCountInString(s) < 3 {
			return nil
		}
		return g.word(s, clBound, clAbbr, clNoun, clProper, clUnit, clInst, clScope, clAct, clOrg)
	}
	var best []*trEntry
	var walk func(rest string, acc []*trEntry)
	walk = func(rest string, acc []*trEntry) {
		if rest == "" {
			// Fewest pieces; on a tie the shortest first piece, so that
			// "Wakapolri" is wa + Kapolri rather than Waka + Polri.
			if len(acc) >= 2 && acc[len(acc)-1].class != clBound && (best == nil || len(acc) <= len(best)) {
				best = slices.Clone(acc)
			}
			return
		}
		for n := len(rest); n > 0; n-- {
			if n < len(rest) && !utf8.RuneStart(rest[n]) {
				continue
			}
			if e := piece(rest[:n], len(acc) == 0); e != nil {
				walk(rest[n:], append(acc, e))
			}
		}
	}
	walk(key, nil)
	return best
}

// ---- Token kinds ----

// trIsNumber reports a number, a roman numeral or a code with digits:
// "2", "III", "0830/Surabaya".
func trIsNumber(s string) bool {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return true
	}
	return trIsRoman(s)
}

func trIsRoman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("IVXL", r) {
			return false
		}
	}
	return true
}

// trIsAcronym reports a word in capitals, such as "KPU", "HSSE", "PDI-P".
func trIsAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r) || r == '-' || r == '.':
		default:
			return false
		}
	}
	return letters >= 2
}

// trConj returns the English of a coordinating word, and whether t is one.
func trConj(t trTok) (string, bool) {
	switch t.key {
	case ",":
		return ", ", true
	case "dan", "serta", "and":
		return " and ", true
	case "&":
		return " & ", true
	case "/":
		return "/", true
	case "atau":
		return " or ", true
	}
	return "", false
}

// ---- Units ----

type trUnitKind uint8

const (
	ukEntry   trUnitKind = iota + 1 // a glossary entry
	ukAcronym                       // an acronym the glossary lacks, kept
	ukNumber                        // a number or roman numeral, kept
	ukProper                        // a capitalized word the glossary lacks
	ukCountry                       // a country name
	ukConj                          // a coordinating word
	ukWord                          // a lower-case word the glossary lacks
)

// trUnit is a word or phrase of a name after glossary lookup.
type trUnit struct {
	kind trUnitKind
	e    *trEntry
	text string // as written
	en   string // English
	key  string // folded, for single words
}

func (u trUnit) is(classes ...trClass) bool {
	return u.kind == ukEntry && slices.Contains(classes, u.e.class)
}

// trUnitClasses are the classes that make units; rank suffixes are
// looked up only after a rank, so that "TNI" is the armed forces
// elsewhere.
var trUnitClasses = []trClass{clHead, clRank, clMinister, clPortfolio, clArea, clUnit, clInst,
	clNoun, clProper, clScope, clAct, clEn, clPre, clPost, clPrep, clOrg, clPlace, clDir}

var trModifierClasses = []trClass{clNoun, clProper, clScope, clAct, clPortfolio, clPlace, clDir, clEn, clArea}

// modifiable reports whether a word after u modifies it, as a noun
// modifies the noun before it; after an office, a conjunction or a
// preposition a new phrase starts instead.
func (u trUnit) modifiable() bool {
	switch u.kind {
	case ukConj, ukWord:
		return false
	case ukEntry:
		return !u.is(clHead, clRank, clRankSuffix, clMinister, clPre, clPost, clPrep, clAbbr, clBound)
	}
	return true
}

// trUnits reads toks into units, longest glossary phrase or country
// first. Entries in skip are not used.
func trUnits(g *trGlossary, toks []trTok, skip ...*trEntry) []trUnit {
	var out []trUnit
	for i := 0; i < len(toks); {
		t := toks[i]
		if en, ok := trConj(t); ok {
			out = append(out, trUnit{kind: ukConj, text: t.text, en: en, key: t.key})
			i++
			continue
		}
		e, n := g.matchSkip(toks, i, skip, trUnitClasses...)
		// After a noun, a word that is both a unit and a modifier is the
		// modifier: "Pusat" is Center in "Pusat Penerangan" but Central
		// in "Jakarta Pusat" and "Pemerintah Pusat".
		if len(out) > 0 && out[len(out)-1].modifiable() {
			if em, nm := g.matchSkip(toks, i, skip, trModifierClasses...); em != nil && nm >= n {
				e, n = em, nm
			}
		}
		cn, code := trCountryAt(toks, i)
		if cn > n {
			en, _ := CountryName(code, "en")
			out = append(out, trUnit{kind: ukCountry, text: trJoin(toks[i : i+cn]), en: en})
			i += cn
			continue
		}
		if e != nil {
			out = append(out, trUnit{kind: ukEntry, e: e, text: trJoin(toks[i : i+n]), en: e.en, key: t.key})
			i += n
			continue
		}
		u := trUnit{text: t.text, en: t.text, key: t.key}
		switch {
		case trIsNumber(t.text):
			u.kind = ukNumber
		case trIsAcronym(t.text):
			u.kind = ukAcronym
		case isCap(t.text):
			u.kind = ukProper
		default:
			u.kind = ukWord
		}
		out = append(out, u)
		i++
	}
	return out
}

// trCountryAt returns the length of the longest country name at
// toks[i:], up to five words, and its code.
func trCountryAt(toks []trTok, i int) (int, string) {
	for n := min(5, len(toks)-i); n > 0; n-- {
		if code, ok := lookupCountry(trJoin(toks[i : i+n])); ok {
			return n, code
		}
	}
	return 0, ""
}

func trJoin(toks []trTok) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.key != "," {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// ---- Roles ----

// trVice lists the offices whose Wakil is "Vice", not "Deputy".
var trVice = map[string]bool{
	"President": true, "Governor": true, "Dean": true, "Rector": true,
	"Chancellor": true,
}

// trMaxLen bounds the text the translators read: roles and names are
// short, and the bound keeps the recursive readings cheap on any input.
const trMaxLen = 400

func trRole(role string) (string, bool) {
	if len(role) > trMaxLen {
		return "", false
	}
	g := trGloss()
	toks := trExpand(g, trTokenize(trStripParens(role)), 0)
	if len(toks) == 0 {
		return "", false
	}
	// The longest office may take too much: "Kepala Sekolah Dasar" is
	// Kepala of a Sekolah Dasar, not a Kepala Sekolah of something.
	// So when a reading fails, the first office of several words is
	// read again in shorter pieces.
	var skip []*trEntry
	for range 3 {
		u := trUnits(g, toks, skip...)
		if en, ok := trRoleUnits(g, u); ok {
			return en, true
		}
		i := slices.IndexFunc(u, func(x trUnit) bool { return !x.is(clPre) })
		if i < 0 || !u[i].is(clHead, clRank) || len(u[i].e.keys) < 2 {
			break
		}
		skip = append(skip, u[i].e)
	}
	return "", false
}

// trRoleUnits translates a role: modifiers before and after, the office,
// and a country or known place at the end.
func trRoleUnits(g *trGlossary, u []trUnit) (string, bool) {
	var pre []trUnit
	for len(u) > 0 && u[0].is(clPre) {
		pre = append(pre, u[0])
		u = u[1:]
	}
	// Modifiers after the office apply to it wherever they stand:
	// "Ekonom Senior INDEF", "Presiden terpilih Amerika Serikat".
	var post []trUnit
	for i := len(u) - 1; i > 0; i-- {
		if u[i].is(clPost) {
			post = append([]trUnit{u[i]}, post...)
			u = slices.Delete(slices.Clone(u), i, i+1)
		}
	}
	where := ""
	if n := len(u); n > 1 && !u[n-2].is(clPrep) {
		if u[n-1].kind == ukCountry {
			where = trWithArticle(u[n-1])
			u = u[:n-1]
		} else if p, ok := trPlaceRun(u, false); ok && p.start > 0 {
			where = p.en
			u = u[:p.start]
		}
	}
	if len(u) == 0 {
		return "", false
	}
	en, head, ok := trRoleCore(g, u)
	if !ok {
		return "", false
	}
	for _, p := range post {
		en = strings.ReplaceAll(p.e.en, "*", en)
	}
	if where != "" {
		en += " of " + where
	}
	for i := len(pre) - 1; i >= 0; i-- {
		pat := pre[i].e.en
		if pre[i].key == "wakil" && trVice[head] {
			pat = "Vice *"
		}
		en = strings.ReplaceAll(pat, "*", en)
		head = ""
	}
	return en, true
}

// trRoleCore translates an office with its complement. It also returns
// the English head word, which decides between Deputy and Vice.
func trRoleCore(g *trGlossary, u []trUnit) (string, string, bool) {
	h, rest := u[0], u[1:]
	switch {
	case h.is(clMinister):
		en, ok := trMinister(rest)
		return en, "Minister", ok
	case h.is(clHead, clRank):
	case h.is(clPre, clPost, clPrep, clRankSuffix):
		return "", "", false
	default:
		// No office word: a unit or field standing for its holder
		// ("Humas" for the public relations officer).
		en, ok := trNP(u, trCtx{})
		return en, trFirstWord(en), ok
	}
	head := h.en
	word := trFirstWord(head)
	if len(rest) == 0 {
		return head, word, true
	}
	if h.is(clRank) {
		// "Irjen Pol", "Kolonel Inf", "Mayjen TNI (Purn)".
		en := head
		for _, r := range rest {
			sfx := g.word(r.key, clRankSuffix)
			if sfx == nil || strings.Contains(r.text, " ") {
				return "", "", false
			}
			en = strings.ReplaceAll(sfx.en, "*", en)
		}
		return en, word, true
	}
	if trAllNumbers(rest) {
		return head + " " + trTexts(rest), word, true
	}
	if trAllScope(rest) {
		// "Koordinator Nasional" → "National Coordinator".
		return trCompound(rest, trCtx{}) + " " + head, word, true
	}
	ctx := trCtx{lower: trIsLower(head)}
	// "Bidang" after an office names its field ("Deputi Bidang
	// Statistik Sosial" → "Deputy for Social Statistics"); only after
	// Kepala is it a unit ("Kabid Humas" → "Head of Public Relations
	// Division").
	if rest[0].key == "bidang" && rest[0].kind == ukEntry && head != "Head" && len(rest) > 1 {
		comp, ok := trNP(rest[1:], ctx)
		return head + " for " + trArticle(rest[1:]) + comp, word, ok
	}
	// The head of a police unit is its chief ("Kapolda" → "Regional
	// Police Chief"), the commander of a command its commander
	// ("Dandim" → "Military District Commander").
	if unit := rest[0]; unit.is(clInst) && (len(rest) == 1 || trAllNumbers(rest[1:])) {
		nums := ""
		if len(rest) > 1 {
			nums = " " + trTexts(rest[1:])
		}
		switch {
		case head == "Head" && (unit.en == "Police" || strings.HasSuffix(unit.en, " Police")):
			return unit.en + " Chief" + nums, "Chief", true
		case head == "Commander" && strings.HasSuffix(unit.en, " Command"):
			return strings.TrimSuffix(unit.en, " Command") + " Commander" + nums, "Commander", true
		}
	}
	comp, ok := trNP(rest, ctx)
	if !ok {
		return "", "", false
	}
	pat := h.e.pattern
	if pat == "" {
		pat = head + " of *"
	}
	if trAfterPreposition(pat) {
		comp = trArticle(rest) + comp
	}
	return strings.ReplaceAll(pat, "*", comp), word, true
}

// trAfterPreposition reports whether "*" follows a preposition in pat,
// where an institution takes "the": "Head of the Regional Office".
func trAfterPreposition(pat string) bool {
	i := strings.Index(pat, "*")
	if i < 0 {
		return false
	}
	for _, p := range [...]string{" of ", " for ", " at ", " to ", " in "} {
		if strings.HasSuffix(pat[:i], p) {
			return true
		}
	}
	return false
}

// trArticle returns "the " when the phrase u names an institution or
// unit, which English writes with the article after a preposition
// ("Member of the House of Representatives"), and "" for fields,
// places, numbered units ("Chair of Commission II") and names that
// take none (an org entry with pattern "*": "Bank Indonesia").
func trArticle(u []trUnit) string {
	if len(u) == 0 || slices.ContainsFunc(u, func(x trUnit) bool { return x.kind == ukNumber }) {
		return ""
	}
	switch h := u[0]; {
	case h.kind == ukCountry:
		if trCountryThe(h.en) {
			return "the "
		}
	case h.is(clOrg):
		if h.e.pattern != "*" {
			return "the "
		}
	case h.is(clUnit, clInst):
		return "the "
	}
	return ""
}

// trWithArticle returns a country's English name, with "the" where
// English uses it.
func trWithArticle(u trUnit) string {
	return trArticle([]trUnit{u}) + u.en
}

// trCountryThe reports the country names that English writes with
// "the": "the United States", "the Netherlands", "the Philippines".
func trCountryThe(en string) bool {
	switch en {
	case "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles":
		return true
	}
	for _, p := range [...]string{"United ", "Republic ", "Democratic ", "Central African "} {
		if strings.HasPrefix(en, p) {
			return true
		}
	}
	for _, p := range [...]string{" Republic", " Islands", " Emirates"} {
		if strings.HasSuffix(en, p) {
			return true
		}
	}
	return false
}

// trMinister translates what follows "Menteri".
func trMinister(rest []trUnit) (string, bool) {
	if len(rest) == 0 {
		return "Minister", true
	}
	switch rest[0].key {
	case "koordinator":
		area, ok := trArea(rest[1:])
		return "Coordinating Minister for " + area, ok
	case "negara":
		if len(rest) > 1 {
			f, ok := trNP(rest[1:], trCtx{})
			return "State Minister for " + f, ok
		}
	}
	if len(rest) == 1 && rest[0].is(clPortfolio) && rest[0].e.pattern != "" {
		// The customary short form: "Luar Negeri" → "Foreign".
		return rest[0].e.pattern + " Minister", true
	}
	f, ok := trNP(rest, trCtx{})
	return f + " Minister", ok
}

// trArea returns the English of a coordinating ministry's area, after
// an optional "Bidang".
func trArea(u []trUnit) (string, bool) {
	if len(u) > 0 && u[0].key == "bidang" {
		u = u[1:]
	}
	if len(u) == 0 {
		return "", false
	}
	if len(u) == 1 && u[0].is(clArea) {
		return u[0].en, true
	}
	return trNP(u, trCtx{})
}

// ---- Noun phrases ----

// trCtx says how to translate a phrase.
type trCtx struct {
	// proper allows capitalized words the glossary lacks, which
	// institution names carry and roles do not.
	proper bool
	// lower writes field words in lower case, after a lower-case
	// function ("pengamat kebijakan publik" → "public policy analyst").
	lower bool
}

// trNP translates a unit, field or institution name.
func trNP(u []trUnit, ctx trCtx) (string, bool) {
	if len(u) == 0 || u[0].kind == ukConj || u[len(u)-1].kind == ukConj {
		return "", false
	}
	// A preposition or "Bidang" inside joins two phrases.
	for i := 1; i < len(u)-1; i++ {
		join := ""
		switch {
		case u[i].is(clPrep):
			join = " " + u[i].en + " "
		case u[i].key == "bidang" && u[i].kind == ukEntry:
			join = " for "
		default:
			continue
		}
		left, ok1 := trNP(u[:i], ctx)
		right, ok2 := trNP(u[i+1:], ctx)
		return left + join + trArticle(u[i+1:]) + right, ok1 && ok2
	}
	// An institution or country after the start owns what comes before
	// it: "Komisi II DPR" → "Commission II of House of Representatives".
	for i := 1; i < len(u); i++ {
		if (u[i].is(clInst, clOrg) || u[i].kind == ukCountry) && u[i-1].kind != ukConj {
			left, ok1 := trNP(u[:i], ctx)
			right, ok2 := trNP(u[i:], trCtx{proper: ctx.proper})
			return left + " of " + trArticle(u[i:]) + right, ok1 && ok2
		}
	}
	if !slices.ContainsFunc(u, func(x trUnit) bool { return x.kind == ukConj }) {
		return trItem(u, ctx)
	}
	// A unit first takes the whole coordination as its field: "Divisi
	// Operasi, IT dan Services" → "Operations, IT and Services Division".
	if len(u) > 2 && u[0].is(clUnit, clInst) && u[1].kind != ukConj {
		comp, ok := trNP(u[1:], trCtx{proper: ctx.proper})
		return trApply(u[0], comp), ok
	}
	return trCoordination(u, ctx)
}

// trCoordination translates items joined by "dan", commas, "&" or "/".
// Action nouns share the object of the last one: "Pencegahan dan
// Pengendalian Penyakit" → "Disease Prevention and Control".
func trCoordination(u []trUnit, ctx trCtx) (string, bool) {
	var items [][]trUnit
	var joins []string
	start := 0
	for i := 0; i <= len(u); i++ {
		if i < len(u) && u[i].kind != ukConj {
			continue
		}
		if i == start {
			// ", dan": the comma goes and the conjunction stays.
			if i < len(u) && len(joins) > 0 && joins[len(joins)-1] == ", " {
				joins[len(joins)-1] = u[i].en
				start = i + 1
				continue
			}
			return "", false
		}
		items = append(items, u[start:i])
		if i < len(u) {
			joins = append(joins, u[i].en)
		}
		start = i + 1
	}
	if len(items) < 2 || len(items) != len(joins)+1 {
		return "", false
	}
	last := items[len(items)-1]
	shared := len(last) > 1 && last[0].is(clAct)
	for _, it := range items[:len(items)-1] {
		if len(it) != 1 || !it[0].is(clAct) {
			shared = false
		}
	}
	var b strings.Builder
	if shared {
		obj, ok := trItem(last[1:], ctx)
		if !ok {
			return "", false
		}
		b.WriteString(obj + " ")
		for i, it := range items {
			if i > 0 {
				b.WriteString(joins[i-1])
			}
			b.WriteString(trUnitEnglish(it[0], ctx))
		}
		return b.String(), true
	}
	for i, it := range items {
		en, ok := trNP(it, ctx)
		if !ok {
			return "", false
		}
		if i > 0 {
			b.WriteString(joins[i-1])
		}
		b.WriteString(en)
	}
	return b.String(), true
}

// trItem translates a phrase with no coordination: a head and its
// modifiers, which English puts before it in reverse order, with scope
// words ("Nasional", "Daerah") first and numbers after.
func trItem(u []trUnit, ctx trCtx) (string, bool) {
	var nums, words []trUnit
	for _, x := range u {
		switch {
		case x.kind == ukNumber:
			nums = append(nums, x)
		case x.kind == ukWord, x.kind == ukConj:
			return "", false
		case x.kind == ukProper && !ctx.proper:
			return "", false
		case x.is(clPre, clPost, clPrep, clAbbr, clBound, clRankSuffix):
			return "", false
		default:
			words = append(words, x)
		}
	}
	if len(words) == 0 {
		return "", false
	}
	words = trMergeEnglish(words)
	var en string
	switch h := words[0]; {
	case h.is(clUnit, clInst) && len(words) > 1:
		en = trApply(h, trCompound(words[1:], trCtx{}))
	case h.is(clUnit, clInst):
		en = h.en
	default:
		en = trCompound(words, ctx)
	}
	if len(nums) > 0 {
		en += " " + trTexts(nums)
	}
	return en, true
}

// trApply puts comp into the pattern of unit h: "* Division" by default,
// or the entry's own ("Ministry of *").
func trApply(h trUnit, comp string) string {
	pat := h.e.pattern
	if pat == "" {
		pat = "* " + h.en
	}
	return strings.ReplaceAll(pat, "*", comp)
}

// trCompound renders modifiers as an English compound: scope words
// first, then the rest in reverse order.
func trCompound(u []trUnit, ctx trCtx) string {
	var parts []string
	for _, x := range u {
		if x.is(clScope) {
			parts = append(parts, trUnitEnglish(x, ctx))
		}
	}
	for i := len(u) - 1; i >= 0; i-- {
		if !u[i].is(clScope) {
			parts = append(parts, trUnitEnglish(u[i], ctx))
		}
	}
	return strings.Join(parts, " ")
}

// trUnitEnglish returns the English of u, in lower case when ctx asks
// for it and u is a common word.
func trUnitEnglish(u trUnit, ctx trCtx) string {
	if !ctx.lower || !u.is(clNoun, clScope, clAct, clPortfolio, clDir, clArea) {
		return u.en
	}
	words := strings.Split(u.en, " ")
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		if rest := w[n:]; rest == strings.ToLower(rest) {
			words[i] = string(unicode.ToLower(r)) + rest
		}
	}
	return strings.Join(words, " ")
}

// trMergeEnglish joins runs of English words and acronyms, which keep
// their English order ("Business Support", "IT Services").
func trMergeEnglish(u []trUnit) []trUnit {
	var out []trUnit
	for i := 0; i < len(u); i++ {
		if !u[i].is(clEn) {
			out = append(out, u[i])
			continue
		}
		j := i + 1
		for j < len(u) && (u[j].is(clEn) || u[j].kind == ukAcronym) {
			j++
		}
		m := u[i]
		for _, x := range u[i+1 : j] {
			m.en += " " + x.en
		}
		out = append(out, m)
		i = j - 1
	}
	return out
}

func trAllNumbers(u []trUnit) bool {
	for _, x := range u {
		if x.kind != ukNumber {
			return false
		}
	}
	return len(u) > 0
}

func trAllScope(u []trUnit) bool {
	for _, x := range u {
		if !x.is(clScope) {
			return false
		}
	}
	return len(u) > 0
}

func trTexts(u []trUnit) string {
	var s []string
	for _, x := range u {
		s = append(s, x.text)
	}
	return strings.Join(s, " ")
}

func trFirstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func trIsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// ---- Institutions and places ----

// trPlaceSpan is a run of place words at the end of a name.
type trPlaceSpan struct {
	start int
	en    string
}

// trPlaceRun finds the place at the end of u: capitalized words the
// glossary lacks (when proper) and place words, followed by direction
// words, which English puts first ("Lombok Barat" → "West Lombok").
func trPlaceRun(u []trUnit, proper bool) (trPlaceSpan, bool) {
	end := len(u)
	var dirs []string
	for end > 0 && u[end-1].is(clDir) {
		dirs = append([]string{u[end-1].en}, dirs...)
		end--
	}
	start := end
	for start > 0 {
		x := u[start-1]
		if x.is(clPlace) || proper && x.kind == ukProper {
			start--
			continue
		}
		break
	}
	if start == end {
		return trPlaceSpan{}, false
	}
	var parts []string
	parts = append(parts, dirs...)
	for _, x := range u[start:end] {
		parts = append(parts, x.en)
	}
	return trPlaceSpan{start: start, en: strings.Join(parts, " ")}, true
}

func trName(name string) (string, bool) {
	if len(name) > trMaxLen {
		return "", false
	}
	s := trStripParens(name)
	if s == "" {
		return "", false
	}
	g := trGloss()
	raw := trTokenize(s)
	if e, n := g.match(raw, 0, clOrg); e != nil && n == len(raw) {
		return e.en, true
	}
	u := trUnits(g, trExpand(g, raw, 0))
	if len(u) == 1 && u[0].is(clOrg) {
		return u[0].en, true
	}
	country := ""
	if n := len(u); n > 1 && u[n-1].kind == ukCountry {
		country = " of " + trWithArticle(u[n-1])
		u = u[:n-1]
	}
	place := ""
	if p, ok := trPlaceRun(u, true); ok && (p.start == 0 || !u[p.start-1].is(clPrep)) {
		if p.start == 0 {
			// A place only: "Jawa Barat" → "West Java".
			return p.en, p.en != s
		}
		place = p.en + " "
		u = u[:p.start]
	}
	if !slices.ContainsFunc(u, func(x trUnit) bool { return x.kind == ukEntry }) {
		return "", false // nothing known: "PT Makassar Tene"
	}
	if u[0].kind == ukProper || u[0].kind == ukAcronym && len(u) > 1 {
		return "", false // a proper name first: a company, not a unit
	}
	// The place belongs to the last institution of the name: "Komisi IV
	// DPRD Jawa Timur" → "Commission IV of East Java Regional House of
	// Representatives".
	last := 0
	for i := len(u) - 1; i > 0; i-- {
		if u[i].is(clInst, clOrg) {
			last = i
			break
		}
	}
	var en string
	if last > 0 {
		left, ok1 := trNP(u[:last], trCtx{proper: true})
		right, ok2 := trOrgUnits(u[last:])
		if !ok1 || !ok2 {
			return "", false
		}
		the := trArticle(u[last:])
		if place != "" && u[last].is(clOrg) {
			the = "the " // "of the East Java Regional House of Representatives"
		}
		en = left + " of " + the + place + right
	} else {
		right, ok := trOrgUnits(u)
		if !ok {
			return "", false
		}
		en = place + right
	}
	en += country
	return en, en != s
}

// trOrgUnits translates an institution name, with the coordinating
// ministry composed like its minister.
func trOrgUnits(u []trUnit) (string, bool) {
	if len(u) > 1 && u[0].is(clInst) && u[0].key == "kementerian" && u[1].key == "koordinator" {
		area, ok := trArea(u[2:])
		return "Coordinating Ministry for " + area, ok
	}
	return trNP(u, trCtx{proper: true})
}
