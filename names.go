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
	if !isASCII(s) {
		s = norm.NFC.String(s)
	}
	// The words are kept as offsets in s and the titles and degrees
	// looked up in one folded copy of s, so that a name needs no
	// allocation unless its words must be rewritten or rejoined.
	var wbuf [16]wspan
	var fbuf [128]byte
	words := appendFields(wbuf[:0], s)
	if len(words) == 0 {
		return ""
	}
	f := appendFoldText(fbuf[:0], s)
	words = dropDegrees(s, f, words)
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
		return norm.NFC.String(b.String())
	}
	return joinWords(s, words)
}

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
	var wbuf [16]wspan
	return joinWords(s, appendFields(wbuf[:0], s))
}

// joinWords returns the words of s joined by single spaces: a substring
// of s when they are written so.
func joinWords(s string, words []wspan) string {
	if len(words) == 0 {
		return ""
	}
	n, spaced := 0, true
	for i, w := range words {
		n += w.end - w.start
		if i > 0 && (w.start != words[i-1].end+1 || s[words[i-1].end] != ' ') {
			spaced = false
		}
	}
	if spaced {
		return s[words[0].start:words[len(words)-1].end]
	}
	var b strings.Builder
	b.Grow(n + len(words) - 1)
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[w.start:w.end])
	}
	return b.String()
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
	if len(ws) == 0 || !t.titleFirst[string(f[ws[0].start:ws[0].end])] {
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
	f := fold(w)
	t := lex()
	if isParticle(t, f) {
		return f // "BIN" in a name is "bin", not the intelligence agency
	}
	if isRoman(w) || t.acronyms.has(f) || t.aliases.has(f) && utf8.RuneCountInString(w) <= 4 {
		return w
	}
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(unicode.ToTitle(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '-' || r == '\'' || r == '’' || r == '.'
	}
	return b.String()
}

// titleWords title-cases every word of s with titleWord.
func titleWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = titleWord(w)
	}
	return strings.Join(words, " ")
}
