package berita

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NormalizeName returns the canonical form of a person's name as
// Indonesian news writes it: Unicode NFC, spaces collapsed, leading
// honorifics, religious, nobility and academic titles and police or
// military ranks removed, trailing degrees after a comma removed, and a
// name written all in capitals title-cased, keeping acronyms ("SBY",
// "MD"), Roman numerals and particles ("bin") as they are.
//
// Titles are removed only when a name follows them, so
// NormalizeName("Bapak") is "Bapak" and NormalizeName("Irjen Pol") is
// "Irjen Pol". NormalizeName is idempotent.
func NormalizeName(s string) string {
	name, _ := normalizeName(lex(), s)
	return name
}

// normalizeName returns NormalizeName(s) and the offset in s at which
// that name is written, or -1 when it is not a substring of s. A caller
// that has the folded text of s (doc.lower) slices the folded name from
// it rather than folding it again. t is lex(), which a caller that has
// it at hand passes rather than call lex for every name.
func normalizeName(t *tables, s string) (string, int) {
	if plainName(t, s) {
		return s, 0
	}
	return rewriteName(s)
}

// rewriteName is normalizeName for any s: it drops the titles and
// degrees, and rejoins and recases the words, that plainName finds none
// of.
func rewriteName(s string) (string, int) {
	substring := true
	if !isASCII(s) && !norm.NFC.IsNormalString(s) {
		s, substring = norm.NFC.String(s), false
	}
	// The words are kept as offsets in s and the titles and degrees
	// looked up in one folded copy of s, so that a name needs no
	// allocation unless its words must be rewritten or rejoined.
	var wbuf [16]wspan
	var fbuf [128]byte
	words := appendFields(wbuf[:0], s)
	if len(words) == 0 {
		return "", -1
	}
	f := appendFoldText(fbuf[:0], s)
	if strings.IndexByte(s, ',') >= 0 {
		// Degrees are cut only at a comma: without one there is none to
		// look up.
		words = dropDegrees(s, f, words)
	}
	words = dropTitles(s, f, words)
	if allCapsName(s, words) {
		var b strings.Builder
		for i, w := range words {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(titleWord(s[w.start:w.end]))
		}
		// Lower-casing a letter before a combining mark can make a pair
		// that NFC composes ("Y\u030a" → "ẙ").
		return norm.NFC.String(b.String()), -1
	}
	name, at := joinWordsAt(s, words)
	if !substring {
		at = -1
	}
	return name, at
}

// plainName reports whether NormalizeName(s) is s, for most names in
// one pass over s: a name in ASCII, its words separated by single
// spaces, with a lower-case letter (not in capitals), no comma (no
// degree) and no title first. t is lex().
func plainName(t *tables, s string) bool {
	lower, space := false, true // no space may open s
	// The first word, which leadingTitle looks at first, is the letters
	// and digits that open s, up to end, found in the same pass.
	end := -1
	for i := 0; i < len(s); i++ {
		switch plainClass[s[i]] {
		case pAlnum:
			space = false
		case pLower:
			lower, space = true, false
		case pOther:
			space = false
			if end < 0 {
				end = i
			}
		case pSpace:
			if space {
				return false
			}
			space = true
			if end < 0 {
				end = i
			}
		default:
			return false
		}
	}
	if space || !lower {
		return false // nor close it
	}
	if end < 0 {
		end = len(s)
	}
	// A joiner that goes on with the first word ("Al-Fatih") sends the
	// name the general way, as does a first word too long to fold here.
	if end == 0 || end >= 32 || end+1 < len(s) && isJoiner(rune(s[end])) && isASCIIAlnum(s[end+1]) {
		return false
	}
	var buf [32]byte
	w := buf[:end]
	for i := range w {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[i] = c
	}
	return !t.titleStarts.mayHaveBytes(w) || !t.titleFirst[string(w)]
}

// The classes of bytes for plainName: a byte of another class than
// these ends the fast way.
const (
	pReject = iota // not ASCII, a comma, white space but ' '
	pOther         // any other ASCII byte: punctuation, a control
	pAlnum         // an upper-case letter or a digit
	pLower
	pSpace
)

var plainClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case c == ' ':
			t[c] = pSpace
		case c == ',' || '\t' <= c && c <= '\r':
			t[c] = pReject
		case 'a' <= c && c <= 'z':
			t[c] = pLower
		case 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
			t[c] = pAlnum
		default:
			t[c] = pOther
		}
	}
	return t
}()

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendFields appends the bounds of the words of s separated by white
// space (isSpace), as strings.FieldsFunc(s, isSpace) splits it.
func appendFields(dst []wspan, s string) []wspan {
	start := -1
	for i := 0; i < len(s); {
		var space bool
		n := 1
		if c := s[i]; c < utf8.RuneSelf {
			space = c == ' ' || '\t' <= c && c <= '\r'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			space = isSpace(r)
		}
		switch {
		case space && start >= 0:
			dst = append(dst, wspan{start, i})
			start = -1
		case !space && start < 0:
			start = i
		}
		i += n
	}
	if start >= 0 {
		dst = append(dst, wspan{start, len(s)})
	}
	return dst
}

// joinFields returns the words of s (split at white space, non-breaking
// spaces included) separated by single spaces, without allocating when s
// is written so.
func joinFields(s string) string {
	if singleSpaced(s) {
		return s // as most names, roles and institutions are written
	}
	var wbuf [16]wspan
	return joinWords(s, appendFields(wbuf[:0], s))
}

// singleSpaced reports whether s is its words joined by single ASCII
// spaces, so that joinFields(s) is s. It takes eight bytes at a time
// while they are ASCII without controls or two spaces in a row, and
// looks at the others one at a time.
func singleSpaced(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	i, prev := 0, uint64(0) // prev: the spaces of the block before, as spacesIn's
	for ; i+8 <= len(s); i += 8 {
		m, ok := spacesIn(load64(s, i))
		if !ok || m&(m<<8) != 0 || prev>>63 != 0 && m&0x80 != 0 {
			break
		}
		prev = m
	}
	// The last bytes, fewer than eight, are taken in the block that ends
	// s: its bytes before them, and the pair across its start, are in the
	// block before, passed already.
	if i < len(s) && i >= 8 && i+8 > len(s) {
		if m, ok := spacesIn(load64(s, len(s)-8)); ok && m&(m<<8) == 0 {
			return true
		}
	}
	space := i > 0 && s[i-1] == ' '
	for i < len(s) {
		switch spaceClass[s[i]] {
		case sOther:
			space = false
			i++
		case sSpace:
			if space {
				return false
			}
			space = true
			i++
		case sControl:
			return false
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return false
			}
			space = false
			i += n
		}
	}
	return true // s does not end in a space
}

// spacesIn returns the high bit of each byte of the eight bytes x that
// is a space, and maybe of a '!' after one, for singleSpaced; ok is false
// when a byte is not ASCII or below 0x20 (white space but ' ', or a
// control), which singleSpaced looks at byte by byte.
func spacesIn(x uint64) (m uint64, ok bool) {
	// A byte below 0x20 borrows in x - 0x20 per byte and has its high
	// bit set there, not in x.
	if x&highs != 0 || (x-ones*0x20)&^x&highs != 0 {
		return 0, false
	}
	y := x ^ ones*0x20
	return (y - ones) &^ y & highs, true
}

// The classes of bytes for singleSpaced.
const (
	sOther   = iota // ASCII, not white space
	sSpace          // ' '
	sControl        // other ASCII white space
	sHigh           // a byte of a non-ASCII rune
)

var spaceClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = sHigh
		case c == ' ':
			t[c] = sSpace
		case '\t' <= c && c <= '\r':
			t[c] = sControl
		}
	}
	return t
}()

// joinWords returns the words of s joined by single spaces: a substring
// of s when they are written so.
func joinWords(s string, words []wspan) string {
	name, _ := joinWordsAt(s, words)
	return name
}

// joinWordsAt is joinWords, and the offset in s of the joined words when
// they are a substring of s, or -1.
func joinWordsAt(s string, words []wspan) (string, int) {
	if len(words) == 0 {
		return "", -1
	}
	n, spaced := 0, true
	for i, w := range words {
		n += w.end - w.start
		if i > 0 && (w.start != words[i-1].end+1 || s[words[i-1].end] != ' ') {
			spaced = false
		}
	}
	if spaced {
		return s[words[0].start:words[len(words)-1].end], words[0].start
	}
	var b strings.Builder
	b.Grow(n + len(words) - 1)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[w.start:w.end])
	}
	return b.String(), -1
}

// dropDegrees removes the degrees that follow a name after a comma
// ("Mahfud MD, S.H., M.Si."). words are offsets in s, f is s folded.
func dropDegrees(s string, f []byte, words []wspan) []wspan {
	// Cutting a run of degrees can leave another at the end (", SH , SH"):
	// cut until none is left, so that a second call finds none either.
	for {
		n := len(words)
		words = dropDegreeRun(s, f, words)
		if len(words) == n {
			return words
		}
	}
}

// dropDegreeRun removes the run of degrees that ends the name, with the
// comma that opens it and the commas that end it.
func dropDegreeRun(s string, f []byte, words []wspan) []wspan {
	// Commas standing alone at the end go first, so that the degrees
	// before them are seen as the end ("Budi, S.H. ,").
	for len(words) > 1 && onlyCommas(s, words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	// The degrees are a run at the end; they are cut at the first comma
	// that opens that run.
	tail := len(words)
	for tail > 1 && isDegree(s, f, trimCommas(s, words[tail-1])) {
		tail--
	}
	for i := max(tail, 1); i < len(words); i++ {
		if w := words[i-1]; s[w.end-1] == ',' {
			words = words[:i]
			break
		}
	}
	// Trailing commas, and commas standing alone at the end.
	for len(words) > 1 {
		last := trimCommas(s, words[len(words)-1])
		if last.start == last.end {
			words = words[:len(words)-1]
			continue
		}
		words[len(words)-1] = last
		break
	}
	return words
}

// onlyCommas reports whether word w of s is all commas.
func onlyCommas(s string, w wspan) bool {
	w = trimCommas(s, w)
	return w.start == w.end
}

// trimCommas drops the commas that end word w of s.
func trimCommas(s string, w wspan) wspan {
	for w.end > w.start && s[w.end-1] == ',' {
		w.end--
	}
	return w
}

// isDegree reports whether word w of s (f folded) is a degree.
func isDegree(s string, f []byte, w wspan) bool {
	if w.start == w.end {
		return false
	}
	var wbuf [8]wspan
	ws := appendWordSpans(wbuf[:0], s[:w.end], w.start)
	p, ok := lex().degrees.matchFolded(f, ws)
	return ok && len(p.words) == len(ws)
}

// dropTitles removes honorifics, titles and ranks before the name; words
// that are all titles are kept as they are.
func dropTitles(s string, f []byte, words []wspan) []wspan {
	all := words
	for len(words) > 0 {
		k := leadingTitle(s, f, words)
		if k == 0 {
			break
		}
		words = words[k:]
	}
	if len(words) == 0 {
		return all // titles only ("Irjen Pol", "Prof. Dr."): no name to strip them from
	}
	return words
}

// leadingTitle returns how many of the written words are taken by the
// longest rank, title, honorific or rank suffix that they start with, or
// 0. words are offsets in s, f is s folded.
func leadingTitle(s string, f []byte, words []wspan) int {
	t := lex()
	// The folded words of the first four written words; a written word
	// may hold several ("S.H." is "s", "h"). The first is looked at
	// alone first: most names have no title.
	var wbuf [16]wspan
	var count [4]int
	ws := wbuf[:0]
	m := min(4, len(words))
	k := 0
	for ; k < m && len(ws) == 0; k++ {
		ws = appendWordSpans(ws, s[:words[k].end], words[k].start)
		count[k] = len(ws)
	}
	if len(ws) == 0 {
		return 0
	}
	if first := f[ws[0].start:ws[0].end]; !mayBeTitle(first) || !t.titleFirst[string(first)] {
		return 0
	}
	for ; k < m; k++ {
		n := len(ws)
		ws = appendWordSpans(ws, s[:words[k].end], words[k].start)
		count[k] = len(ws) - n
	}
	n := 0
	for _, d := range [...]*phraseDict{t.ranks, t.titles, t.honorifics, t.rankSuffixes} {
		if p, ok := d.matchFolded(f, ws); ok && len(p.words) > n {
			n = len(p.words)
		}
	}
	// Map the matched folded words back onto the written words. The match
	// lies within the first four, whose counts serve: a word without
	// folded words counts one.
	got := 0
	for k = 0; k < m && got < n; k++ {
		got += max(count[k], 1)
	}
	if got != n {
		return 0
	}
	return k
}

// mayBeTitle reports whether the folded word w may be the first of a
// title, rank or honorific: false only when it is not.
func mayBeTitle(w []byte) bool { return lex().titleStarts.mayHaveBytes(w) }

// allCapsName reports whether a name is written in capitals: every word
// with letters is upper-case and one of them is longer than an acronym.
func allCapsName(s string, words []wspan) bool {
	long := false
	for _, ww := range words {
		w := s[ww.start:ww.end]
		if hasASCIILower(w) {
			return false // the common case, without decoding runes
		}
		if !isAllUpper(w) {
			if hasLetter(w) {
				return false
			}
			continue
		}
		if utf8.RuneCountInString(w) > 3 {
			long = true
		}
	}
	return long
}

func hasASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// titleWord title-cases one word written in capitals, keeping known
// acronyms and Roman numerals and lower-casing particles; each part of a
// hyphenated word is cased alone ("AL-FATIH" → "Al-Fatih").
func titleWord(w string) string {
	var buf [64]byte
	return string(appendTitleWord(buf[:0], w))
}

// appendTitleWord appends titleWord(w) to dst. It looks w up folded on
// the stack.
func appendTitleWord(dst []byte, w string) []byte {
	var fbuf [64]byte
	f := appendFold(fbuf[:0], w)
	one := []wspan{{0, len(f)}} // the whole of f as one word: get(fold(w))
	t := lex()
	if isParticle(t, string(f)) {
		return append(dst, f...) // "BIN" in a name is "bin", not the intelligence agency
	}
	if isRoman(w) || hasFolded1(t.acronyms, f, one) || hasFolded1(t.aliases, f, one) && utf8.RuneCountInString(w) <= 4 {
		return append(dst, w...)
	}
	upper := true
	for _, r := range w {
		if upper {
			dst = utf8.AppendRune(dst, unicode.ToTitle(r))
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return dst
}

// hasFolded1 reports whether the one word one of folded text f is a
// phrase of d: d.has(string(f)), without making the string.
func hasFolded1(d *phraseDict, f []byte, one []wspan) bool {
	_, ok := d.matchFolded(f, one)
	return ok
}

// titleWords title-cases every word of s with titleWord, joined by
// single spaces, in one allocation.
func titleWords(s string) string {
	var buf [128]byte
	b := buf[:0]
	for w := range strings.FieldsSeq(s) {
		if len(b) > 0 {
			b = append(b, ' ')
		}
		b = appendTitleWord(b, w)
	}
	return string(b)
}
