package berita

import (
	"bytes"
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

// TestByteTablesMatchRunes checks the byte-level shortcuts of the
// segmenter and the quote finder against the rune predicates they stand
// for: a rune the predicate accepts must not be skipped because its first
// byte is missing from the table. Adding a mark or a dash to a predicate
// without its lead byte fails here.
func TestByteTablesMatchRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if (isQuoteRune(r) || isTerminator(r)) && !sentenceByte[s[0]] {
			t.Errorf("sentenceByte misses %q, a quotation mark or terminator", r)
		}
		if isDash(r) && r != '-' && s[0] != 0xE2 {
			t.Errorf("headDash decodes only 0xE2 leads, and misses the dash %q", r)
		}
		pairs := r == '‘' || r == '’' || isDoubleMark(s)
		if got := pairingMark(s + "x"); (got != "") != pairs || pairs && got != s {
			t.Errorf("pairingMark(%q) = %q, want %v", s, got, pairs)
		}
		if pairs && !bytes.Contains(markLeads[:], []byte{s[0]}) {
			t.Errorf("markLeads misses the lead byte of %q", r)
		}
	}
}
