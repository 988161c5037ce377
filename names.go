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
	s = norm.NFC.String(s)
	words := strings.FieldsFunc(s, isSpace)
	words = dropDegrees(words)
	words = dropTitles(words)
	if allCapsName(words) {
		for i, w := range words {
			words[i] = titleWord(w)
		}
	}
	return strings.Join(words, " ")
}

// dropDegrees removes the degrees that follow a name after a comma
// ("Mahfud MD, S.H., M.Si.").
func dropDegrees(words []string) []string {
	// The degrees are a run at the end; they are cut at the first comma
	// that opens that run.
	tail := len(words)
	for tail > 1 && isDegree(strings.TrimRight(words[tail-1], ",")) {
		tail--
	}
	for i := max(tail, 1); i < len(words); i++ {
		if strings.HasSuffix(words[i-1], ",") {
			words = words[:i]
			break
		}
	}
	// Trailing commas, and commas standing alone at the end.
	for len(words) > 1 {
		last := strings.TrimRight(words[len(words)-1], ",")
		if last == "" {
			words = words[:len(words)-1]
			continue
		}
		words[len(words)-1] = last
		break
	}
	return words
}

func isDegree(w string) bool {
	if w == "" {
		return false
	}
	return lex().degrees.has(phraseWords(w)...)
}

// dropTitles removes honorifics, titles and ranks before the name; words
// that are all titles are kept as they are.
func dropTitles(words []string) []string {
	t := lex()
	all := words
	for len(words) > 0 {
		folded := make([]string, 0, 4)
		for _, w := range words[:min(4, len(words))] {
			folded = append(folded, phraseWords(w)...)
		}
		n := 0
		for _, d := range []*phraseDict{t.ranks, t.titles, t.honorifics, t.rankSuffixes} {
			if p, ok := d.match(folded); ok && len(p.words) > n {
				n = len(p.words)
			}
		}
		if n == 0 {
			break
		}
		// Map the matched folded words back onto the written words: a
		// written word may hold several ("S.H." is "s", "h").
		k, got := 0, 0
		for k < len(words) && got < n {
			got += max(len(phraseWords(words[k])), 1)
			k++
		}
		if got != n {
			break
		}
		words = words[k:]
	}
	if len(words) == 0 {
		return all // titles only ("Irjen Pol", "Prof. Dr."): no name to strip them from
	}
	return words
}

// allCapsName reports whether a name is written in capitals: every word
// with letters is upper-case and one of them is longer than an acronym.
func allCapsName(words []string) bool {
	long := false
	for _, w := range words {
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
