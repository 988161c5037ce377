package berita

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldMatchesRunes checks the block-wise folds (foldText,
// appendFoldText, appendFold) against folding rune by rune, on texts
// that put every kind of rune at every offset of a block: ASCII
// capitals, runes without case (curly quotes, dashes, C2 xx), runes whose
// lower case has another length (Kelvin sign, İ), and invalid bytes for
// appendFold.
func TestFoldMatchesRunes(t *testing.T) {
	pieces := []string{"A", "z", "Q", " ", "7", ".", "É", "é", "Ñ", "ß", "İ", "K", "Σ", "Ж", "“", "”", "—", "…",
		"\u00a0", "µ", "ª", "\u2028", "😀", "ABCDEFGHIJKLMNOP", "abcdefghijklmnop", "Ⅻ", "Ǆ"}
	bad := []string{"\xff", "\xc2", "\xe2\x80"}
	rnd := rand.New(rand.NewPCG(1, 2))
	want := func(s string) string { return strings.Map(foldRune, s) }
	for range 20000 {
		var b strings.Builder
		for n := rnd.IntN(40); n > 0; n-- {
			b.WriteString(pieces[rnd.IntN(len(pieces))])
		}
		s := b.String()
		if got := foldText(s); got != want(s) {
			t.Fatalf("foldText(%q) = %q, want %q", s, got, want(s))
		}
		if got := string(appendFoldText([]byte("x"), s)); got != "x"+want(s) {
			t.Fatalf("appendFoldText(%q) = %q, want %q", s, got, "x"+want(s))
		}
		if rnd.IntN(4) == 0 {
			at := rnd.IntN(len(s) + 1)
			s = s[:at] + bad[rnd.IntN(len(bad))] + s[at:]
		}
		if got := string(appendFold(nil, s)); got != want(s) {
			t.Fatalf("appendFold(%q) = %q, want %q", s, got, want(s))
		}
		if utf8.ValidString(s) && len(foldText(s)) != len(s) {
			t.Fatalf("foldText(%q) changed the length", s)
		}
	}
}
