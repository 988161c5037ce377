package berita

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestSingleSpacedRandom checks singleSpaced, whose blocks of eight
// bytes overlap at the end of s, against the split and rejoin of s, on
// strings of every length to three blocks made of the bytes it tells
// apart.
func TestSingleSpacedRandom(t *testing.T) {
	parts := []string{"a", "B", " ", "  ", "!", ",", "\t", "\u00a0", "é", "\x01", "\u2028"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(26); b.Len() < n; {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		var wbuf [16]wspan
		if got, want := singleSpaced(s), joinWords(s, appendFields(wbuf[:0], s)) == s; got != want {
			t.Fatalf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestOffsetSetRange checks addRange against adding the offsets one by
// one.
func TestOffsetSetRange(t *testing.T) {
	for lo := 0; lo < 200; lo += 7 {
		for hi := lo; hi < 260; hi += 5 {
			got, want := make(offsetSet, 5), make(offsetSet, 5)
			got.addRange(lo, hi)
			for off := lo; off < hi; off++ {
				want.add(off)
			}
			for off := range 5 * 64 {
				if got.has(off) != want.has(off) {
					t.Fatalf("addRange(%d, %d): has(%d) = %v", lo, hi, off, got.has(off))
				}
			}
		}
	}
	if (offsetSet{1}).has(-1) || (offsetSet{1}).has(64) {
		t.Error("has is true out of the set")
	}
}

// TestSepBetween checks sepBetween on the words that join two chunks.
func TestSepBetween(t *testing.T) {
	for _, tc := range []struct {
		text string
		want sepKind
	}{
		{"Budi Santoso, Ani Yudhoyono", sepList},
		{"Budi Santoso dan Ani Yudhoyono", sepList},
		{"Budi Santoso serta Ani Yudhoyono", sepList},
		{"Budi Santoso, dan Ani Yudhoyono", sepList},
		{"Budi Santoso, serta Ani Yudhoyono", sepList},
		{"Budi Santoso alias Ani Yudhoyono", sepAlias},
		{"Budi Santoso, alias Ani Yudhoyono", sepNone},
		{"Budi Santoso atau Ani Yudhoyono", sepNone},
		{"Budi Santoso dan juga Ani Yudhoyono", sepNone},
		{"Budi Santoso bertemu dengan para Ani Yudhoyono", sepNone},
	} {
		d := newDoc(tc.text + ".")
		segment(d, &Article{})
		e := findActors(d, nil)
		var got []sepKind
		for ci := 0; ci+1 < len(d.chunks); ci++ {
			got = append(got, e.sepBetween(&d.chunks[ci], &d.chunks[ci+1]))
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: sepBetween = %v, want [%v]", tc.text, got, tc.want)
		}
		d.release()
	}
}
