package berita

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRuneClassesFastPaths checks the ASCII and punctuation fast paths of
// the rune classes against their plain definitions, for every rune.
func TestRuneClassesFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		space := unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' || r == '\u2060'
		if isSpace(r) != space {
			t.Errorf("isSpace(%U) = %v, want %v", r, isSpace(r), space)
		}
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if isWordRune(r) != word {
			t.Errorf("isWordRune(%U) = %v, want %v", r, isWordRune(r), word)
		}
		if utf8.ValidRune(r) && isCap(string(r)) != unicode.IsUpper(r) {
			t.Errorf("isCap(%q) = %v, want %v", r, isCap(string(r)), unicode.IsUpper(r))
		}
		if r < 0x80 {
			if want := map[bool]uint8{true: cSpace}[space] | map[bool]uint8{true: cWord}[word]; asciiClass[r] != want {
				t.Errorf("asciiClass[%U] = %d, want %d", r, asciiClass[r], want)
			}
		}
	}
}
