package berita

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergey Lavrov", "Sergey Lavrov"},
		{"  Sergey   Lavrov ", "Sergey Lavrov"},
		{"Sergey\u00a0Lavrov", "Sergey Lavrov"},
		// Honorifics.
		{"Bapak Joko Widodo", "Joko Widodo"},
		{"Pak Budi", "Budi"},
		{"Ibu Sri Mulyani", "Sri Mulyani"},
		{"Bu Risma", "Risma"},
		{"Saudara Timothy", "Timothy"},
		{"Mas Gibran", "Gibran"},
		{"Mbak Puan", "Puan"},
		{"Bung Karno", "Karno"},
		// Religious and nobility titles.
		{"H. Yusril Ihza Mahendra", "Yusril Ihza Mahendra"},
		{"Hj. Siti Aminah", "Siti Aminah"},
		{"KH Ma'ruf Amin", "Ma'ruf Amin"},
		{"Habib Rizieq Shihab", "Rizieq Shihab"},
		{"Ustaz Abdul Somad", "Abdul Somad"},
		{"R. Soeprapto", "Soeprapto"},
		{"Tb. Hasanuddin", "Hasanuddin"},
		// Academic titles and degrees.
		{"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si., Ph.D.", "Mahfud MD"},
		{"Dr. Dewi Sartika, M.Si.", "Dewi Sartika"},
		{"dr. Siti Nadia Tarmizi, M.Epid", "Siti Nadia Tarmizi"},
		// Ranks, short and full.
		{"AKBP Sandi Sultan", "Sandi Sultan"},
		{"Ajun Komisaris Besar Sandi Sultan", "Sandi Sultan"},
		{"Ajun Komisaris Roland Manurung", "Roland Manurung"},
		{"Kombes Pol Ade Ary", "Ade Ary"},
		{"Irjen Pol Karyoto", "Karyoto"},
		{"Inspektur Jenderal Karyoto", "Karyoto"},
		{"Brigjen TNI Kristomei Sianturi", "Kristomei Sianturi"},
		{"Letkol Inf Budi", "Budi"},
		{"Laksamana Yudo Margono", "Yudo Margono"},
		{"Marsekal Madya Tonny Harjono", "Tonny Harjono"},
		{"Kolonel Inf Didin Nasruddin Darsono", "Didin Nasruddin Darsono"},
		// Names in capitals, keeping acronyms and particles.
		{"JOKO WIDODO", "Joko Widodo"},
		{"SERGEY LAVROV", "Sergey Lavrov"},
		{"AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"},
		{"MUHAMMAD AL-FATIH", "Muhammad Al-Fatih"},
		{"SBY", "SBY"},
		{"Mahfud MD", "Mahfud MD"},
		// Particles and apostrophes stay.
		{"Ma'ruf Amin", "Ma'ruf Amin"},
		{"Abdullah bin Abdul Kadir", "Abdullah bin Abdul Kadir"},
		{"I Gusti Ngurah Rai", "I Gusti Ngurah Rai"},
		{"M. Yamin", "M. Yamin"},
		// A title alone is kept: there is no name to strip it from.
		{"Bapak", "Bapak"},
		{"Irjen Pol", "Irjen Pol"},
		{"Prof. Dr.", "Prof. Dr."},
		{"", ""},
		// NFC: a decomposed é is composed.
		{"Jose\u0301 Mourinho", "José Mourinho"},
	}
	for _, tt := range tests {
		got := NormalizeName(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("NormalizeName(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if again := NormalizeName(got); again != got {
			t.Errorf("NormalizeName not idempotent on %q: %q then %q", tt.in, got, again)
		}
	}
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si.", "AKBP Sandi Sultan", "JOKO WIDODO",
		"Bapak", "Pak Dr.", "AL-FATIH BIN ALI", "Jose\u0301", "  , ,", "S.H., M.Si.", "\u00a0Ibu\u00a0Bu\u00a0X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeName(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("NormalizeName(%q) = %q, not valid UTF-8", s, got)
		}
		if again := NormalizeName(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(got) {
			t.Fatalf("NormalizeName(%q) = %q, not NFC", s, got)
		}
	})
}

// TestNormalizeNameIdempotentCombinations checks idempotence on every
// sequence of up to four words from a small set of the words that
// NormalizeName removes or rewrites — titles, ranks, degrees, commas,
// capitals — where the fuzzer found its failures.
func TestNormalizeNameIdempotentCombinations(t *testing.T) {
	words := []string{",", "SH", "S.H.,", "M.Si.", "MD", "Dr.", "H.", "Pak", "AKBP", "Pol", "Budi", "BUDI", "bin", "Y\u030a"}
	eachSequence(words, 4, func(seq []string) {
		s := strings.Join(seq, " ")
		got := NormalizeName(s)
		if again := NormalizeName(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
	})
}

// eachSequence calls f with every sequence of at most n of words,
// repeats allowed, the shorter first along each branch.
func eachSequence(words []string, n int, f func(seq []string)) {
	var seq []string
	var walk func()
	walk = func() {
		f(seq)
		if len(seq) == n {
			return
		}
		for _, w := range words {
			seq = append(seq, w)
			walk()
			seq = seq[:len(seq)-1]
		}
	}
	walk()
}

// TestPhraseHelpers checks the lookups that need no allocation against
// the plain forms they stand for.
func TestPhraseHelpers(t *testing.T) {
	tb := lex()
	for _, s := range []string{"", " ,", "Joko Widodo", "  Sergey   Lavrov ", "Sergey\u00a0Lavrov",
		"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si.", "KH Ma'ruf Amin", "Ma’ruf", "PT Sinar Jaya", "COVID-19",
		"1.500,5 orang", "JOKO WIDODO", "İstanbul", "Kombes Pol Ade Ary", "a\xffB Ç", "KPK", "Jokowi"} {
		words := phraseWords(s)
		if got, want := joinedWords(s), strings.Join(words, " "); got != want {
			t.Errorf("joinedWords(%q) = %q, want %q", s, got, want)
		}
		first := ""
		if len(words) > 0 {
			first = words[0]
		}
		if got := string(appendFirstWord(nil, s)); got != first {
			t.Errorf("appendFirstWord(%q) = %q, want %q", s, got, first)
		}
		if got, want := string(appendFold(nil, s)), fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(appendFoldText(nil, s)), foldText(s); got != want {
			t.Errorf("appendFoldText(%q) = %q, want %q", s, got, want)
		}
		if utf8.ValidString(s) && foldText(s) != fold(s) {
			t.Errorf("foldText(%q) = %q, fold %q", s, foldText(s), fold(s))
		}
		if f, w := foldedWords(s); f != fold(s) || !cmp.Equal(w, words) {
			t.Errorf("foldedWords(%q) = %q, %q; want %q, %q", s, f, w, fold(s), words)
		}
		if got, want := joinFields(s), strings.Join(strings.FieldsFunc(s, isSpace), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
		for _, d := range []*phraseDict{tb.people, tb.aliases, tb.acronyms, tb.titles, tb.degrees} {
			p, ok := d.get(words...)
			if q, got := d.getText(s); got != ok || q.text != p.text || q.value != p.value {
				t.Errorf("getText(%q) = %q, %v; want %q, %v", s, q.text, got, p.text, ok)
			}
			if d.hasText(s) != d.has(words...) {
				t.Errorf("hasText(%q) = %v, want %v", s, d.hasText(s), d.has(words...))
			}
		}
	}
}

// TestNameFastPaths checks the shortcuts of the name helpers against the
// general code they skip: plainName against rewriteName, the offset
// normalizeName gives, singleSpaced against joinFields' split,
// titleWords against titleWord, appendNameSpans against
// appendWordSpans, and foldEquals against folding.
func TestNameFastPaths(t *testing.T) {
	words := []string{"Budi", "budi", "BUDI", "Pak", "Dr.", "H.", "AKBP", "S.H.", ",", "Santoso,", "-", "Ma'ruf",
		"José", "Jose\u0301", "bin", "Al-Fatih", "\u00a0", "  ", "\t", "İ", "a\xffb"}
	// Names longer than the eight bytes singleSpaced takes at once.
	for _, s := range []string{"Komisi Pemberantasan Korupsi", "Komisi  Pemberantasan", "Abcdefg  hijk", "Abcdefgh  ijk",
		"Abcdefg! h!ij k", "Abcdefg h!ijklmno p", "abcdefg\tbcdefghi", "abcdefghijklmnop ", "a b c d e f g h i j",
		"abcdefg h", "abcdefgh\u00a0ijklmnop", "Kementerian Luar Negeri Korea\u2028Selatan", "abcdefg\x01 bcdefgh"} {
		var wbuf [16]wspan
		if got, want := singleSpaced(s), joinWords(s, appendFields(wbuf[:0], s)) == s; got != want {
			t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
		}
	}
	eachSequence(words, 3, func(seq []string) {
		for _, s := range []string{strings.Join(seq, " "), strings.Join(seq, ""), " " + strings.Join(seq, " ")} {
			if plainName(lex(), s) {
				if got, at := rewriteName(s); got != s || at != 0 {
					t.Errorf("plainName(%q) but rewriteName gives %q at %d", s, got, at)
				}
			}
			if got, at := normalizeName(lex(), s); at >= 0 && s[at:min(at+len(got), len(s))] != got {
				t.Errorf("normalizeName(%q) = %q at %d, which is %q", s, got, at, s[at:])
			}
			var wbuf [16]wspan
			if got, want := singleSpaced(s), joinWords(s, appendFields(wbuf[:0], s)) == s; got != want {
				t.Errorf("singleSpaced(%q) = %v, want %v", s, got, want)
			}
			if got, want := appendNameSpans(nil, s), appendWordSpans(nil, s, 0); !slices.Equal(got, want) {
				t.Errorf("appendNameSpans(%q) = %v, want %v", s, got, want)
			}
			var titled []string
			for _, w := range strings.Fields(s) {
				titled = append(titled, titleWord(w))
			}
			if got, want := titleWords(s), strings.Join(titled, " "); got != want {
				t.Errorf("titleWords(%q) = %q, want %q", s, got, want)
			}
			for _, x := range seq {
				if got, want := foldEquals(x, []byte(fold(s))), fold(x) == fold(s); got != want {
					t.Errorf("foldEquals(%q, fold(%q)) = %v, want %v", x, s, got, want)
				}
			}
		}
	})
}

// TestTableFilters checks that the filters of table words take every
// word of their tables, as bytes and as a string.
func TestTableFilters(t *testing.T) {
	tb := lex()
	for w := range tb.titleFirst {
		if !tb.titleStarts.mayHave(w) || !mayBeTitle([]byte(w)) {
			t.Errorf("the title filter turns away %q", w)
		}
	}
	for w := range tb.particles.byFirst {
		if !tb.particleStarts.mayHave(w) || !tb.particleStarts.mayHaveBytes([]byte(w)) {
			t.Errorf("the particle filter turns away %q", w)
		}
	}
	for w := range tb.headStems {
		if !tb.headStemFilter.mayHave(w) || !tb.headlineCue(w) {
			t.Errorf("the headline stem filter turns away %q", w)
		}
	}
}
