package berita

import (
	"encoding/binary"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/beritalab/berita/internal/lexicon"
)

// phraseDict maps phrases of one or more words to a value, matched on
// case-folded words with punctuation ignored, longest phrase first.
type phraseDict struct {
	byFirst map[string][]phrase
}

type phrase struct {
	words []string
	value string // the table's second field, or the phrase as written
	text  string // the phrase as written in the table
}

func newPhraseDict() *phraseDict { return &phraseDict{byFirst: map[string][]phrase{}} }

// add records text with value; a phrase already present keeps its first
// value, so earlier tables take precedence.
func (d *phraseDict) add(text, value string) {
	if strings.ContainsRune(text, '\'') {
		// News writes Ma'ruf and Ma’ruf alike.
		d.add(strings.ReplaceAll(text, "'", "’"), value)
	}
	words := phraseWords(text)
	if len(words) == 0 {
		return
	}
	list := d.byFirst[words[0]]
	for _, p := range list {
		if equalWords(p.words, words) {
			return
		}
	}
	list = append(list, phrase{words: words, value: value, text: text})
	// Longest first, so match can stop at the first hit.
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	d.byFirst[words[0]] = list
}

// addForms records full and each of its other forms, separated by sep
// in forms, all with the value full.
func (d *phraseDict) addForms(full, forms, sep string) {
	d.add(full, full)
	for _, s := range strings.Split(forms, sep) {
		if s = strings.TrimSpace(s); s != "" {
			d.add(s, full)
		}
	}
}

// match returns the longest phrase that starts words (already folded).
func (d *phraseDict) match(words []string) (phrase, bool) {
	if len(words) == 0 {
		return phrase{}, false
	}
	for _, p := range d.byFirst[words[0]] {
		// The first words are equal: they are the key.
		if len(p.words) <= len(words) && equalWords(p.words[1:], words[1:len(p.words)]) {
			return p, true
		}
	}
	return phrase{}, false
}

// has reports whether the whole of words is a phrase of d.
func (d *phraseDict) has(words ...string) bool {
	p, ok := d.match(words)
	return ok && len(p.words) == len(words)
}

func (d *phraseDict) get(words ...string) (phrase, bool) {
	p, ok := d.match(words)
	if ok && len(p.words) == len(words) {
		return p, true
	}
	return phrase{}, false
}

// matchFolded is match for the words ws of the folded text f: the
// longest phrase that starts them. It allocates nothing.
func (d *phraseDict) matchFolded(f []byte, ws []wspan) (phrase, bool) {
	if len(ws) == 0 {
		return phrase{}, false
	}
	for _, p := range d.byFirst[string(f[ws[0].start:ws[0].end])] {
		if len(p.words) <= len(ws) && equalFolded(p.words[1:], f, ws[1:len(p.words)]) {
			return p, true
		}
	}
	return phrase{}, false
}

// equalFolded reports whether words are the words ws of folded text f.
func equalFolded(words []string, f []byte, ws []wspan) bool {
	if len(words) != len(ws) {
		return false
	}
	for i, w := range ws {
		if words[i] != string(f[w.start:w.end]) {
			return false
		}
	}
	return true
}

// getText is get for the phrase words of s, without building them:
// d.getText(s) is d.get(phraseWords(s)...).
func (d *phraseDict) getText(s string) (phrase, bool) {
	var wbuf [8]wspan
	var fbuf [64]byte
	ws := appendWordSpans(wbuf[:0], s, 0)
	if len(ws) == 0 {
		return phrase{}, false
	}
	f := appendFoldText(fbuf[:0], s)
	if p, ok := d.matchFolded(f, ws); ok && len(p.words) == len(ws) {
		return p, true
	}
	return phrase{}, false
}

// hasText is has for the phrase words of s: d.hasText(s) is
// d.has(phraseWords(s)...).
func (d *phraseDict) hasText(s string) bool {
	_, ok := d.getText(s)
	return ok
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// phraseWords splits s into folded words the way tokenize splits text:
// runs of letters and digits with inner joiners, other runes dropped.
func phraseWords(s string) []string {
	var buf [8]string
	words := appendPhraseWords(buf[:0], s)
	if len(words) == 0 {
		return nil
	}
	out := make([]string, len(words))
	copy(out, words)
	return out
}

// appendPhraseWords appends the words of s, as phraseWords gives them, to
// dst. s is folded at most once, and its words are substrings of the
// folded text: folding keeps byte offsets (see foldText), so a word of
// foldText(s) is fold of the word.
func appendPhraseWords(dst []string, s string) []string {
	f, folded := s, false
	for i := 0; ; {
		a, b := nextWord(s, i)
		if a == b {
			return dst
		}
		if !folded && needsFold(s[a:b]) {
			f, folded = foldText(s), true
		}
		dst = append(dst, f[a:b])
		i = b
	}
}

// joinedWords returns the words of s as phraseWords gives them, joined
// by single spaces: strings.Join(phraseWords(s), " ") in at most one
// allocation, none when s is written so already.
func joinedWords(s string) string {
	var wbuf [16]wspan
	ws := appendWordSpans(wbuf[:0], s, 0)
	if len(ws) == 0 {
		return ""
	}
	same := true // s[ws[0].start:ws[len(ws)-1].end] is the answer
	n := 0
	for k, w := range ws {
		n += w.end - w.start
		if needsFold(s[w.start:w.end]) || k > 0 && (w.start != ws[k-1].end+1 || s[ws[k-1].end] != ' ') {
			same = false
		}
	}
	if same {
		return s[ws[0].start:ws[len(ws)-1].end]
	}
	return string(appendJoinedSpans(make([]byte, 0, n+len(ws)-1), s, ws))
}

// appendJoinedWords appends joinedWords(s) to dst.
func appendJoinedWords(dst []byte, s string) []byte {
	var wbuf [16]wspan
	return appendJoinedSpans(dst, s, appendWordSpans(wbuf[:0], s, 0))
}

// appendJoinedSpans appends the words ws of s to dst, folded and
// separated by single spaces.
func appendJoinedSpans(dst []byte, s string, ws []wspan) []byte {
	for k, w := range ws {
		if k > 0 {
			dst = append(dst, ' ')
		}
		dst = appendFoldText(dst, s[w.start:w.end])
	}
	return dst
}

// appendFirstWord appends the first of the words phraseWords(s) would
// give to dst, for a lookup or a switch on string(b) that does not
// allocate; it appends nothing when s has no words.
func appendFirstWord(dst []byte, s string) []byte {
	a, b := nextWord(s, 0)
	return appendFoldText(dst, s[a:b])
}

// wspan is a word of a text as byte offsets, for lookups that compare
// the folded words without making a string of each.
type wspan struct{ start, end int }

// appendWordSpans appends the bounds of the phrase words of s[from:]
// (see phraseWords) to dst.
func appendWordSpans(dst []wspan, s string, from int) []wspan {
	for i := from; ; {
		a, b := nextWord(s, i)
		if a == b {
			return dst
		}
		dst = append(dst, wspan{a, b})
		i = b
	}
}

// nextWord returns the bounds of the first phrase word of s at or after
// offset i, or an empty span when there is none.
func nextWord(s string, i int) (int, int) {
	for i < len(s) {
		if isASCIIAlnum(s[i]) {
			break
		}
		r, n := decodeRune(s[i:])
		if r >= utf8.RuneSelf && isWordRune(r) {
			break
		}
		i += n
	}
	if i == len(s) {
		return i, i
	}
	_, n := decodeRune(s[i:])
	j := i + n
	for j < len(s) {
		if isASCIIAlnum(s[j]) {
			j++ // most words are ASCII letters: no rune to decode
			continue
		}
		r2, n2 := decodeRune(s[j:])
		if r2 >= utf8.RuneSelf && isWordRune(r2) {
			j += n2
			continue
		}
		if isJoiner(r2) && j+n2 < len(s) {
			r3, _ := decodeRune(s[j+n2:])
			if isWordRune(r3) && joins(r2, s[i:j], r3) {
				j += n2
				continue
			}
		}
		break
	}
	return i, j
}

// needsFold reports whether fold would change w.
func needsFold(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return true
		}
	}
	return false
}

// fold case-folds a word for lookups. Indonesian needs no more than
// lower-casing; a rune whose lower case has another length in UTF-8 is
// kept, so that folding never moves a byte offset (see foldText).
func fold(w string) string {
	if !utf8.ValidString(w) {
		return strings.Map(foldRune, w) // which writes U+FFFD for a bad byte
	}
	// For valid UTF-8 that is foldText, which makes one allocation, none
	// when w is folded already.
	return foldText(w)
}

// appendFold appends fold(w) to dst, for map lookups with a key that is
// not kept (m[string(b)] does not allocate).
func appendFold(dst []byte, w string) []byte {
	// Most words are ASCII: copy w at once and lower its capitals in
	// place, rather than append byte by byte.
	at := len(dst)
	dst = append(dst, w...)
	b := dst[at:]
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i : i+8])
		if x&highs != 0 {
			break
		}
		binary.LittleEndian.PutUint64(b[i:i+8], lowerASCII(x))
	}
	for ; i < len(b); i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			return appendFoldRunes(dst[:at+i], w[i:])
		}
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return dst
}

// appendFoldRunes is appendFold for a w that may hold other runes than
// ASCII.
func appendFoldRunes(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		// strings.Map, which fold uses, writes U+FFFD for an invalid byte.
		dst = utf8.AppendRune(dst, foldRune(r))
		i += n
	}
	return dst
}

// appendFoldText appends foldText(s) to dst: the same bytes as s but for
// case, at the same offsets.
func appendFoldText(dst []byte, s string) []byte {
	at := len(dst)
	dst = append(dst, s...)
	foldBlock(dst[at:], s) // all of it: no rune is cut at its end
	return dst
}

func foldRune(r rune) rune {
	l := unicode.ToLower(r)
	if utf8.RuneLen(l) != utf8.RuneLen(r) {
		return r
	}
	return l
}

// foldText folds a whole text once, so every word's folded form is a
// substring at the word's own offsets. The folded text is built in one
// allocation, none when s is folded already; it is folded in blocks on
// the stack, sixteen bytes at a time (see foldBlock).
func foldText(s string) string {
	i := firstToFold(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var block [128]byte // it is zeroed at every call: the strings folded are short
	for i < len(s) {
		n := foldBlock(block[:copy(block[:], s[i:])], s[i:])
		b.Write(block[:n])
		i += n
	}
	return b.String()
}

// firstToFold returns the offset of the first rune of s that foldText
// changes, or len(s).
func firstToFold(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if foldRune(r) != r {
			return i
		}
		i += n
	}
	return len(s)
}

// foldBlock folds b, a copy of the start of s, in place, and returns how
// many bytes of it are done: all but a rune cut at the end.
func foldBlock(b []byte, s string) int {
	i := 0
	for ; i+16 <= len(b); i += 16 {
		// Sixteen bytes at a time: their ASCII capitals are lowered at
		// once, and the runes of more than a byte that begin among them,
		// rare in news, one by one.
		x, y := binary.LittleEndian.Uint64(b[i:i+8]), binary.LittleEndian.Uint64(b[i+8:i+16])
		if (x|y)&highs == 0 {
			binary.LittleEndian.PutUint64(b[i:i+8], lowerASCII(x))
			binary.LittleEndian.PutUint64(b[i+8:i+16], lowerASCII(y))
			continue
		}
		binary.LittleEndian.PutUint64(b[i:i+8], lowerASCII8(x))
		binary.LittleEndian.PutUint64(b[i+8:i+16], lowerASCII8(y))
		// Fold the runes after storing both words: a rune that begins in
		// x may end in y.
		if cut, ok := foldLeads(b, s, i, leadBytes(x)); !ok {
			return cut
		}
		if cut, ok := foldLeads(b, s, i+8, leadBytes(y)); !ok {
			return cut
		}
	}
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if i+n > len(b) {
			return i
		}
		if l := foldRune(r); l != r {
			utf8.EncodeRune(b[i:], l)
		}
		i += n
	}
	return i
}

// leadBytes returns the high bit of every byte of x that is 0xC0 or
// above: the first byte of a rune of more than one, or an invalid byte.
func leadBytes(x uint64) uint64 {
	return x & (x << 1) & highs
}

// foldLeads folds in place the runes of b, a copy of the start of s,
// that begin at the bytes of b[i:i+8] that leads marks (see firstMarked).
// It reports false, and where the rune begins, for a rune cut at the end
// of b. Every byte 0xC0 and above begins a rune or is invalid, which
// folding keeps.
func foldLeads(b []byte, s string, i int, leads uint64) (int, bool) {
	for ; leads != 0; leads &= leads - 1 {
		k := i + firstMarked(leads)
		// Neither U+0080–U+00BF (C2 xx) nor U+2000–U+203F (E2 80 xx),
		// where news's curly quotation marks, dashes and ellipsis are,
		// has case: no decoding.
		if k+2 < len(b) && (b[k] == 0xC2 || b[k] == 0xE2 && b[k+1] == 0x80) {
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if k+n > len(b) {
			return k, false
		}
		if l := foldRune(r); l != r {
			utf8.EncodeRune(b[k:], l)
		}
	}
	return 0, true
}

// lowerASCII8 lower-cases the ASCII capitals among the eight bytes of x
// at once, and keeps the other bytes.
func lowerASCII8(x uint64) uint64 {
	return x | capitals(x&^highs)&^x>>2
}

// lowerASCII is lowerASCII8 for eight ASCII bytes.
func lowerASCII(x uint64) uint64 {
	return x | capitals(x)>>2
}

// capitals returns the high bit of every byte of x, eight ASCII bytes,
// that is a capital letter: a byte plus 0x3f has its high bit set when it
// is 'A' or above, plus 0x25 when it is above 'Z', and no sum carries
// into the next byte.
func capitals(x uint64) uint64 {
	ge := x + ones*(0x80-'A')
	gt := x + ones*(0x80-'Z'-1)
	return ge &^ gt & highs
}

// tables are the lexicons, read once on first use.
type tables struct {
	honorifics   *phraseDict // Bapak, Pak, Ibu, …
	titles       *phraseDict // H., Prof., Dr., KH, … → class
	degrees      *phraseDict // S.H., M.Si., …
	ranks        *phraseDict // rank forms → full form
	rankSuffixes *phraseDict // Pol, TNI, (Purn), Inf, …
	offices      *phraseDict // contracted office → long form
	roles        *phraseDict // role phrase → office|function|modifier
	instWords    map[string]bool
	particles    *phraseDict // name particle → particle|birthorder|prefix
	aliases      *phraseDict // alias → canonical; kind in kinds
	people       *phraseDict // a well-known person's name or short form → full name
	countries    *phraseDict // a country's name in news, CLDR Indonesian or English → countryValue and the ISO code
	aliasKind    map[string]ActorKind
	places       *phraseDict // place → ISO country code
	orgs         *phraseDict // org word → head|place_head|party|company_suffix
	acronyms     *phraseDict // acronym → expansion
	acronymKind  map[string]ActorKind
	cues         map[string]cueSet // folded cue word → its classes
	pronouns     map[string]string
	function     map[string]bool
	calendar     map[string]bool
	// index holds where in entries every phrase of the tables above is,
	// by its first word, so that labelling a word costs one map lookup.
	index   map[string]indexRange
	entries []indexEntry
	// roleFirst holds the first words of roles and offices, and
	// roleFilter filters them: every lowercase word is checked.
	roleFirst  map[string]bool
	roleFilter *wordFilter
	// cueWords answers, in one lookup, what the quote finder and the
	// entities ask of a folded word about cues.
	cueWords *cueWords
	// titleFirst holds the first words of the phrases NormalizeName
	// drops before a name: ranks, titles, honorifics and rank suffixes.
	// Most names start with none of them, nor with a particle, which
	// titleStarts and particleStarts tell before a map is looked up.
	titleFirst     map[string]bool
	titleStarts    *wordFilter
	particleStarts *wordFilter
	// headStems are the bare verb stems of headline cues (see
	// headlineCue), and headStemFilter filters them: every word of a
	// headline is asked.
	headStems      map[string]bool
	headStemFilter *wordFilter
}

// dictID names the table an index entry comes from.
type dictID uint8

const (
	dAliases dictID = iota
	dPeople
	dRanks
	dTitles
	dHonorifics
	dOffices
	dRoles
	dOrgs
	dPlaces
	dAcronyms
	dCountries
	dParticles
	dRankSuffixes
	dFunction
	dPronouns
	dCalendar
	dInst
	nDicts
)

// indexEntry is a phrase of a table, filed under its first word.
type indexEntry struct {
	n      int      // the phrase's length in words
	second string   // its second word, if any
	rest   []string // its words after the second
	dict   dictID
	value  string
}

// indexRange locates the entries of one first word in tables.entries.
type indexRange struct{ from, to int32 }

// buildIndex merges the phrase tables into t.index and t.entries. A
// first word's entries are adjacent, and each holds its second word, so
// that matching a phrase seldom leaves the entries.
func (t *tables) buildIndex() {
	byFirst := map[string][]indexEntry{}
	entry := func(words []string, id dictID, value string) indexEntry {
		en := indexEntry{n: len(words), dict: id, value: value}
		if len(words) > 1 {
			en.second, en.rest = words[1], words[2:]
		}
		return en
	}
	addDict := func(id dictID, d *phraseDict) {
		for first, list := range d.byFirst {
			for _, p := range list {
				byFirst[first] = append(byFirst[first], entry(p.words, id, p.value))
			}
		}
	}
	addSet := func(id dictID, m map[string]bool) {
		for w := range m {
			byFirst[w] = append(byFirst[w], entry([]string{w}, id, ""))
		}
	}
	addDict(dAliases, t.aliases)
	addDict(dPeople, t.people)
	addDict(dRanks, t.ranks)
	addDict(dTitles, t.titles)
	addDict(dHonorifics, t.honorifics)
	addDict(dOffices, t.offices)
	addDict(dRoles, t.roles)
	addDict(dOrgs, t.orgs)
	addDict(dPlaces, t.places)
	addDict(dAcronyms, t.acronyms)
	addDict(dCountries, t.countries)
	addDict(dParticles, t.particles)
	addDict(dRankSuffixes, t.rankSuffixes)
	addSet(dFunction, t.function)
	addSet(dCalendar, t.calendar)
	addSet(dInst, t.instWords)
	pron := map[string]bool{}
	for w := range t.pronouns {
		pron[w] = true
	}
	addSet(dPronouns, pron)
	t.index = make(map[string]indexRange, len(byFirst))
	for first, list := range byFirst {
		from := len(t.entries)
		t.entries = append(t.entries, list...)
		t.index[first] = indexRange{int32(from), int32(len(t.entries))}
	}
}

// matches is the longest phrase of each table that starts a run of
// folded words: n[d] words long, with value[d]. A value is meaningful
// only where n is not 0.
type matches struct {
	n     [nDicts]int
	value [nDicts]string
	hit   uint32 // bit d is set when n[d] is not 0
}

// lookup fills m with the longest phrase of each table that starts words.
func (t *tables) lookup(words []string, m *matches) {
	m.n, m.hit = [nDicts]int{}, 0 // the values stay, unread, from the last lookup
	if len(words) == 0 {
		return
	}
	r := t.index[words[0]]
	for k := r.from; k < r.to; k++ {
		en := &t.entries[k]
		n := en.n
		// The first words are equal: they are the key.
		if n > len(words) || n <= m.n[en.dict] ||
			n > 1 && (en.second != words[1] || !equalWords(en.rest, words[2:n])) {
			continue
		}
		m.n[en.dict], m.value[en.dict] = n, en.value
		m.hit |= 1 << en.dict
	}
}

var lex = sync.OnceValue(loadTables)

func loadTables() *tables {
	t := &tables{
		honorifics:   dictOf("honorifics.txt", -1),
		titles:       dictOf("titles.txt", 1),
		degrees:      dictOf("degrees.txt", -1),
		rankSuffixes: dictOf("rank_suffixes.txt", -1),
		offices:      dictOf("offices.txt", 1),
		roles:        dictOf("roles.txt", 1),
		particles:    dictOf("name_particles.txt", 1),
		orgs:         dictOf("orgs.txt", 1),
		cues:         map[string]cueSet{},
		ranks:        newPhraseDict(),
		aliases:      newPhraseDict(),
		people:       newPhraseDict(),
		places:       newPhraseDict(),
		acronyms:     newPhraseDict(),
		instWords:    wordSet("inst_words.txt"),
		function:     wordSet("function_words.txt"),
		calendar:     wordSet("calendar.txt"),
		aliasKind:    map[string]ActorKind{},
		acronymKind:  map[string]ActorKind{},
		pronouns:     map[string]string{},
	}
	for _, r := range lexicon.Load("ranks.txt") {
		t.ranks.addForms(r.Field(0), r.Field(1), ",")
	}
	for _, r := range lexicon.Load("aliases.txt") {
		t.aliases.add(r.Field(0), r.Field(1))
		t.aliasKind[fold(r.Field(1))] = kindOf(r.Field(2))
	}
	t.countries = newPhraseDict()
	for name, code := range trCountries().byName {
		t.countries.add(name, countryValue+code) // the value labels give a country
	}
	for _, r := range lexicon.Load("people.txt") {
		t.people.addForms(r.Field(0), r.Field(1), ";")
	}
	for _, r := range lexicon.Load("places.txt") {
		t.places.add(r.Field(0), r.Field(2))
	}
	for _, r := range lexicon.Load("acronyms.txt") {
		t.acronyms.add(r.Field(0), r.Field(1))
		t.acronymKind[joinedWords(r.Field(0))] = kindOf(r.Field(2))
	}
	for _, r := range lexicon.Load("cues.txt") {
		t.cues[joinedWords(r.Field(0))] |= cueClassOf(r.Field(1))
	}
	for _, r := range lexicon.Load("pronouns.txt") {
		t.pronouns[fold(r.Field(0))] = r.Field(1)
	}
	t.buildIndex()
	t.roleFirst = firstWords(t.roles, t.offices)
	t.roleFilter = filterOf(t.roleFirst)
	t.titleFirst = firstWords(t.ranks, t.titles, t.honorifics, t.rankSuffixes)
	t.titleStarts = filterOf(t.titleFirst)
	t.particleStarts = filterOf(t.particles.byFirst)
	t.headStems = headlineStems(t.cues)
	t.headStemFilter = filterOf(t.headStems)
	t.cueWords = newCueWords(t)
	return t
}

// firstWords returns the first words of the phrases of ds.
func firstWords(ds ...*phraseDict) map[string]bool {
	m := map[string]bool{}
	for _, d := range ds {
		for w := range d.byFirst {
			m[w] = true
		}
	}
	return m
}

func kindOf(s string) ActorKind {
	var k ActorKind
	if k.UnmarshalText([]byte(s)) != nil {
		return Organization
	}
	return k
}

// dictOf reads a table into a phraseDict whose values are field f (or
// the phrase itself when f < 0).
func dictOf(name string, f int) *phraseDict {
	d := newPhraseDict()
	for _, r := range lexicon.Load(name) {
		v := r.Field(0)
		if f >= 0 {
			v = r.Field(f)
		}
		d.add(r.Field(0), v)
	}
	return d
}

// wordSet reads the folded first fields of a table.
func wordSet(name string) map[string]bool {
	m := map[string]bool{}
	for _, r := range lexicon.Load(name) {
		m[fold(r.Field(0))] = true
	}
	return m
}

// headlineCue reports whether w (folded) is the bare stem of a verb of
// saying as headlines write it: "Nilai" for menilai, "Minta" for
// meminta, "Akui" for mengakui.
func (t *tables) headlineCue(w string) bool {
	return t.headStemFilter.mayHave(w) && t.headStems[w]
}

// headlineStems returns the headline stems of the cue table: the cues
// marked so, and the stems of the verbs that take a content clause.
func headlineStems(cues map[string]cueSet) map[string]bool {
	m := map[string]bool{}
	for w, cl := range cues {
		if cl&cHeadline != 0 {
			m[w] = true
		}
		if cl&(cBefore|cRequest) == 0 || strings.Contains(w, " ") {
			continue
		}
		for _, s := range verbStems(w) {
			if len(s) >= 4 {
				m[s] = true
			}
		}
	}
	return m
}

// verbStems returns the possible stems of a verb with the meN- or ber-
// prefix, undoing the nasal assimilation: menyebut → sebut, menilai →
// nilai, menegaskan → tegaskan, memastikan → pastikan, mengakui → akui.
func verbStems(v string) []string {
	var out []string
	if strings.HasPrefix(v, "me") {
		out = append(out, v[2:]) // menilai → nilai, meminta → minta
	}
	switch {
	case strings.HasPrefix(v, "meny"):
		out = append(out, "s"+v[4:])
	case strings.HasPrefix(v, "meng"):
		out = append(out, v[4:], "k"+v[4:])
	case strings.HasPrefix(v, "mem"):
		out = append(out, v[3:], "p"+v[3:])
	case strings.HasPrefix(v, "men"):
		out = append(out, v[3:], "t"+v[3:])
	case strings.HasPrefix(v, "ber"):
		out = append(out, v[3:])
	}
	return out
}

// cueSet is a set of cue classes, as cues.txt gives them.
type cueSet uint16

const (
	cAfter     cueSet = 1 << iota // follows the content: kata, ujar
	cAfterWeak                    // a cue only right after a quote: jelas, tegas
	cBefore                       // takes a content clause: mengatakan
	cRequest                      // content after agar/supaya/untuk: meminta
	cPassive                      // disampaikan, dikatakan
	cBelief                       // never a cue: yakin, menduga
	cNoun                         // pernyataan, keterangan
	cSource                       // menurut
	cHeadline                     // a headline stem: Akui, Nilai
)

var cueClassNames = map[string]cueSet{
	"after": cAfter, "after_weak": cAfterWeak, "before": cBefore, "request": cRequest, "passive": cPassive,
	"belief": cBelief, "noun": cNoun, "source": cSource, "headline": cHeadline,
}

func cueClassOf(s string) cueSet { return cueClassNames[s] }

// startsRole reports whether a role or office phrase starts with w.
func (t *tables) startsRole(w string) bool {
	return t.roleFilter.mayHave(w) && t.roleFirst[w]
}
