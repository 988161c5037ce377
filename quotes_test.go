package berita

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// quoteCase is the part of a Quote that testdata/quotes pins down.
type quoteCase struct {
	Kind     QuoteKind `json:"kind"`
	Text     string    `json:"text"`
	Speakers []string  `json:"speakers"`
	Cue      string    `json:"cue"`
}

// TestQuotesGolden parses each hand-written article in testdata/quotes,
// one construction a file, and compares its quotes with NAME.json. Run
// "go test -run TestQuotesGolden -update" to accept new output after
// reading the diff.
func TestQuotesGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/quotes/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases in testdata/quotes: %v", err)
	}
	for _, src := range files {
		t.Run(filepath.Base(src), func(t *testing.T) {
			text, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(string(text))
			if err != nil {
				t.Fatal(err)
			}
			got := []quoteCase{}
			for _, q := range a.Quotes {
				if string(text)[q.Start:q.End] != q.Text {
					t.Errorf("quote %q: span [%d, %d) does not hold its text", q.Text, q.Start, q.End)
				}
				got = append(got, quoteCase{q.Kind, q.Text, q.Speakers, q.Cue})
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(got); err != nil {
				t.Fatal(err)
			}
			raw, ok := goldenFile(t, strings.TrimSuffix(src, ".txt")+".json", buf.Bytes())
			if !ok {
				return
			}
			var want []quoteCase
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("quotes of %s mismatch (-want +got):\n%s", src, diff)
			}
		})
	}
}

// TestQuotesAroundMarks pins the quotes of sentences whose marks pair
// unusually: marks that enclose nothing (“”), which quotePairs leaves out
// but which still make reported content mixed, runs of them, a ’ inside
// a word, marks that never pair (‹ ›), a mark left open, single marks.
func TestQuotesAroundMarks(t *testing.T) {
	cases := []struct {
		text string
		want []quoteCase
	}{
		{"Budi mengatakan bahwa “” harga beras naik tahun ini.", []quoteCase{{Mixed, "“” harga beras naik tahun ini", []string{"Budi"}, "mengatakan"}}},
		{"Budi mengatakan, “” Harga beras naik tahun ini.", []quoteCase{{Mixed, "“” Harga beras naik tahun ini", []string{"Budi"}, "mengatakan"}}},
		{"Menurut Budi, “”“”“” harga beras naik tahun ini.", []quoteCase{}},
		{"“”“”“” Budi mengatakan bahwa harga beras naik tahun ini.", []quoteCase{{Indirect, "harga beras naik tahun ini", []string{"Budi"}, "mengatakan"}}},
		{"Ma’ruf Amin mengatakan, “Harga beras naik tahun ini,” katanya.", []quoteCase{{Direct, "Harga beras naik tahun ini,", []string{"Ma’ruf Amin"}, "katanya"}}},
		{"“Harga ‹beras› naik tahun ini,” kata Budi Santoso.", []quoteCase{{Direct, "Harga ‹beras› naik tahun ini,", []string{"Budi Santoso"}, "kata"}}},
		{"“Harga beras naik tahun ini, kata Budi Santoso.", []quoteCase{{Direct, "Harga beras naik tahun ini,", []string{"Budi Santoso"}, "kata"}}},
		{"Budi Santoso berkata: “Harga beras naik.” “Kami siap bekerja keras.”", []quoteCase{{Direct, "Harga beras naik.", []string{"Budi Santoso"}, "berkata"}, {Direct, "Kami siap bekerja keras.", []string{"Budi Santoso"}, ""}}},
		{"Budi Santoso mengatakan ‘harga beras naik tahun ini’ kepada wartawan.", []quoteCase{{Direct, "harga beras naik tahun ini", []string{"Budi Santoso"}, "mengatakan"}}},
		{"Harga beras naik tahun ini. Hal itu disampaikan Budi Santoso “”.", []quoteCase{{Indirect, "Harga beras naik tahun ini", []string{"Budi Santoso"}, "disampaikan"}}},
	}
	for _, c := range cases {
		a, err := Parse(c.text)
		if err != nil {
			t.Fatal(err)
		}
		got := []quoteCase{}
		for _, q := range a.Quotes {
			got = append(got, quoteCase{q.Kind, q.Text, q.Speakers, q.Cue})
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("quotes of %q mismatch (-want +got):\n%s", c.text, diff)
		}
	}
}

// BenchmarkFindQuotes times the quote stage alone on the sample
// articles: the quotation-mark pairs, the spans inside them that the
// entities ask for, and the quote finder, on docs parsed up to it once.
func BenchmarkFindQuotes(b *testing.B) {
	p := defaultParser()
	var docs []*doc
	var ents []*entities
	for _, text := range corpus(b) {
		d := newDoc(text)
		a := &Article{}
		segment(d, a)
		a.Dates = findDates(d, a, p.refDate)
		ents = append(ents, findActors(d, p.known))
		docs = append(docs, d)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			d.pairs = nil
			quotedRanges(d)
			findQuotes(d, ents[i])
			d.finder.release()
		}
	}
}

// TestByteScansMatchRunes checks the byte-level scans of the quote finder
// against the rune-level code they stand for, on every line of the
// sample articles and on a few edge cases.
func TestByteScansMatchRunes(t *testing.T) {
	countRunes := func(s string, atMost int) int {
		n, in := 0, false
		for _, r := range s {
			if n >= atMost {
				break
			}
			w := isWordRune(r)
			if w && !in {
				n++
			}
			in = w
		}
		return n
	}
	lines := append(corpusLines(t), "", " ", "“”", "a", "é b", "3,5 juta", "x\u00a0y", "“Kami” ‘siap’", "a,b.c;d:e(f)g")
	for _, l := range lines {
		for _, s := range []string{l, l[len(l)/2:], strings.TrimSpace(l)} {
			if !utf8.ValidString(s) {
				continue
			}
			for _, atMost := range []int{0, 1, 3, 4, 15} {
				if got, want := countWords(s, atMost), countRunes(s, atMost); got != want {
					t.Errorf("countWords(%q, %d) = %d, want %d", s, atMost, got, want)
				}
			}
			if got, want := hasGapPunct(s), strings.ContainsAny(s, ",.;:”“\"()"); got != want {
				t.Errorf("hasGapPunct(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// TestRoleKeys checks roleKeys against the keys as first written
// (joinedWords of each, joined by a space and trimmed), and that
// mayFoldTo turns away no first word of them.
func TestRoleKeys(t *testing.T) {
	for _, c := range [][2]string{
		{"Ketua", "DPR"}, {"juru bicara", ""}, {"", "Kementerian Luar Negeri"}, {"Menteri  Luar Negeri", "Rusia"},
		{"Kepala", "-"}, {"-", "Polri"}, {"Direktur Utama", "PT Ängström Çelik"}, {"ÉTAT", ""}, {"Ketua\xff", "X"},
	} {
		a := &actorState{Actor: Actor{Kind: Person, Role: c[0], Affiliation: c[1]}}
		r, ra := a.roleKeys()
		wantR := joinedWords(c[0])
		wantRA := strings.TrimSpace(wantR + " " + joinedWords(c[1]))
		if diff := cmp.Diff([2]string{wantR, wantRA}, [2]string{r, ra}); diff != "" {
			t.Errorf("roleKeys(%q, %q) mismatch (-want +got):\n%s", c[0], c[1], diff)
		}
		if first, _, _ := strings.Cut(ra, " "); !mayFoldTo(a.firstKeyWord(), []byte(first)) {
			t.Errorf("mayFoldTo(%q, %q) = false for keys %q", a.firstKeyWord(), first, ra)
		}
	}
	if mayFoldTo("Ketua", []byte("wakil")) || mayFoldTo("Ketua", []byte("ketu")) {
		t.Error("mayFoldTo lets through a word that opens no key of Ketua DPR")
	}
}

// TestCueWordFilters checks that the filters of the cue words turn away
// no word that the maps hold: a reporting cue (filter2), a word of a
// class (classHint), a headline stem.
func TestCueWordFilters(t *testing.T) {
	c := lex().cueWords
	for w, i := range c.m {
		if i.reports() && !(c.filter.mayHave(w) && c.filter2.mayHave(w)) {
			t.Errorf("the filters of the cues turn away %q", w)
		}
	}
	for w, cl := range c.classes {
		for b := wordClass(1); b != 0; b <<= 1 {
			if got, want := c.has(w, b), cl&b != 0; got != want {
				t.Errorf("has(%q, %#x) = %v, want %v", w, b, got, want)
			}
		}
	}
}

// TestQuoteScans checks the scans the quote finder makes over a
// paragraph's bytes and tokens against plain loops, on the sample
// articles and on texts made of marks: the next lead byte of a mark, the
// next mark token, the next word that may report speech, and the count
// of word tokens, which must not exceed countWords of their text.
func TestQuoteScans(t *testing.T) {
	texts := append(corpus(t), "“”“”\n«a» „b“ ‘c’ \"d\"", "a — b… c\u00a0d “e,” kata f.\n”Kompas” ‘x", "é ‹ß› ’ “")
	c := lex().cueWords
	for _, text := range texts {
		d := newDoc(text)
		segment(d, &Article{})
		marks := newMarkScanner(d.text, len(d.text))
		for pi := range d.paras {
			p := &d.paras[pi]
			for off := p.Start; off <= p.End; off++ {
				want := -1
				for i := off; i < len(text) && want < 0; i++ {
					if c := text[i]; c == '"' || c == 0xE2 || c == 0xC2 {
						want = i
					}
				}
				if got := marks.lead(off); got != want {
					t.Fatalf("lead(%d) = %d, want %d in %q", off, got, want, text)
				}
			}
			for k := 0; k <= len(p.toks); k++ {
				wantMark, wantCue := len(p.toks), len(p.toks)
				for j := len(p.toks) - 1; j >= k; j-- {
					if tk := p.toks[j]; tk.kind != tWord && tk.kind != tPunct {
						wantMark = j
					}
					if w := d.word(p, j); w != "" && c.filter.mayHave(w) && c.filter2.mayHave(w) {
						wantCue = j
					}
				}
				if got := markToken(p.toks, k); got != wantMark {
					t.Errorf("markToken(%d) = %d, want %d in %q", k, got, wantMark, p.In(text))
				}
				if got := c.nextCandidate(p.toks, d.lower, k); got != wantCue {
					t.Errorf("nextCandidate(%d) = %d, want %d in %q", k, got, wantCue, p.In(text))
				}
				if k == len(p.toks) {
					continue
				}
				for e := k; e < len(p.toks) && e < k+8; e++ {
					end := p.toks[e].End
					for _, atMost := range []int{1, 3, 4} {
						if got, words := wordTokens(p, k, end, atMost), countWords(text[p.toks[k].Start:end], atMost); got > words {
							t.Errorf("wordTokens(%d, %d, %d) = %d, more than the %d words of %q", k, end, atMost, got, words, text[p.toks[k].Start:end])
						}
					}
				}
			}
		}
		d.release()
	}
}
