package berita

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The benchmarks measure Parse against a baseline that does next to
// nothing (strings.Fields and a split into sentences) over the same bytes,
// so the ratio of their MB/s comes from one run on one machine. Every
// benchmark is a sub-benchmark of BenchmarkBaseline or BenchmarkParse
// named input=NAME, so that
//
//	benchstat -col .name -row /input bench.txt
//
// prints one row per input with the two side by side, Parse compared with
// the baseline, which runs first. .ci/bench runs them and prints the
// ratios that the README's Performance section reports.

// corpusGlobs are our own sample articles; the benchmarks read nothing
// outside testdata so that they run in any clone.
var corpusGlobs = []string{"testdata/*.txt", "testdata/golden/*.txt", "testdata/quotes/*.txt"}

// corpus returns the text of every sample article, in a fixed order.
func corpus(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	for _, g := range corpusGlobs {
		files, err := filepath.Glob(g)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		tb.Fatal("no sample articles in testdata")
	}
	return texts
}

// corpusLines returns the non-blank lines of the sample articles, each
// without its line end.
func corpusLines(tb testing.TB) []string {
	tb.Helper()
	var lines []string
	for _, text := range corpus(tb) {
		for _, l := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
	}
	return lines
}

// repeatTo returns the lines joined by sep, cycling through them until
// the result is n bytes long; the last line is cut at a rune boundary.
func repeatTo(lines []string, sep string, n int) string {
	var b strings.Builder
	b.Grow(n + 4*len(sep))
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(lines[i%len(lines)])
	}
	return cutTo(b.String(), n)
}

// cutTo returns the longest prefix of s of at most n bytes that does not
// split a rune.
func cutTo(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// unitTo repeats unit up to n bytes.
func unitTo(unit string, n int) string { return strings.Repeat(unit, n/len(unit)) }

// capitalised returns the distinct capitalised words of the sample
// articles, in order of first use.
func capitalised(tb testing.TB) []string {
	tb.Helper()
	seen := map[string]bool{}
	var words []string
	for _, text := range corpus(tb) {
		for _, w := range strings.Fields(text) {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	return words
}

// benchInput is a named set of texts to benchmark.
type benchInput struct {
	name  string
	texts []string
}

func (in benchInput) size() int {
	n := 0
	for _, t := range in.texts {
		n += len(t)
	}
	return n
}

const (
	kib = 1 << 10
	mib = 1 << 20
)

// benchInputs returns the inputs of both benchmarks: the sample articles
// one by one; repeated paragraphs of them at growing sizes, to show that
// the cost per byte is flat; and adversarial texts of 1 MiB, each aimed at
// one part of the parser.
func benchInputs(tb testing.TB) []benchInput {
	tb.Helper()
	lines := corpusLines(tb)
	one := func(name, text string) benchInput { return benchInput{name: name, texts: []string{text}} }
	return []benchInput{
		{name: "testdata", texts: corpus(tb)},
		one("size-1KiB", repeatTo(lines, "\n", 1*kib)),
		one("size-64KiB", repeatTo(lines, "\n", 64*kib)),
		one("size-1MiB", repeatTo(lines, "\n", 1*mib)),
		// Exactly DefaultMaxSize, the largest text the default Parser takes.
		one("size-8MiB", repeatTo(lines, "\n", DefaultMaxSize)),

		// 350 000 marks that open quotations no mark closes: pairing must
		// not search ahead from each one.
		one("adv-open-quotes", unitTo("“", mib)),
		// Every mark closes the one before it: 175 000 empty quotations.
		one("adv-alternating-quotes", unitTo("“”", mib)),
		// One run of capitalised words with no lower-case word to end a
		// name: the chunker and the name and role analysis see one chunk.
		one("adv-capitalised", repeatTo(capitalised(tb), " ", mib)),
		// One token of 1 MiB.
		one("adv-one-word", unitTo("a", mib)),
		// Every word a reporting cue, with no speaker and no quotation.
		one("adv-cues", unitTo("kata ", mib)),
		// 512 Ki nested parentheses, opened then closed.
		one("adv-parens", unitTo("(", mib/2)+unitTo(")", mib/2)),
		// The sample articles' lines run together into one paragraph, so
		// every sentence, quotation and name is in the same paragraph.
		one("adv-one-paragraph", repeatTo(lines, " ", mib)),
		// Thousands of different persons, each quoted, then referred to
		// by name and by role: lookups must not scan every actor.
		one("adv-many-names", manyPersons(mib)),
	}
}

// manyPersons returns n bytes of paragraphs, each quoting a different
// person with a role, then naming them again and naming a role alone.
func manyPersons(n int) string {
	syllables := []string{"ba", "di", "ku", "ra", "se", "to", "mi", "na", "lo", "ja", "we", "ha"}
	roles := []string{"Menteri Keuangan", "Ketua KPK", "Juru bicara Polri", "Gubernur Jawa Barat", "Direktur Utama PT Sinar Jaya"}
	word := func(i, syl int) string {
		var w strings.Builder
		for range syl {
			w.WriteString(syllables[i%len(syllables)])
			i /= len(syllables)
		}
		s := w.String()
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		given, family := word(i, 5), word(i*7+3, 3)
		fmt.Fprintf(&b, "%s %s %s mengatakan, “Kami siap bekerja.” %s menambahkan bahwa harga naik.\n%s mengatakan harga turun.\n",
			roles[i%len(roles)], given, family, given, roles[(i+1)%len(roles)])
	}
	return cutTo(b.String(), n)
}

// sink keeps the compiler from dropping the work of a benchmark.
var sink int

// BenchmarkBaseline splits each input into words with strings.Fields and
// the words into sentences at a word that ends in '.', '?' or '!': the
// least any tokenizer does, to compare Parse with.
func BenchmarkBaseline(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run("input="+in.name, func(b *testing.B) {
			b.SetBytes(int64(in.size()))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range in.texts {
					sink += len(baseline(t))
				}
			}
		})
	}
}

// BenchmarkParse parses each input with the default Parser. Besides the
// usual figures it reports article-B/op, the bytes of the Articles it
// returns (see articleBytes): the part of B/op that no parser with this
// API can avoid.
func BenchmarkParse(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run("input="+in.name, func(b *testing.B) {
			p := defaultParser()
			p.Parse("Harga naik.") // load the tables outside the timing
			out := 0
			for _, t := range in.texts {
				a, err := p.Parse(t)
				if err != nil {
					b.Fatalf("Parse: %v", err)
				}
				out += articleBytes(a, t)
			}
			b.SetBytes(int64(in.size()))
			b.ReportAllocs()
			for b.Loop() {
				for _, t := range in.texts {
					a, err := p.Parse(t)
					if err != nil {
						b.Fatalf("Parse: %v", err)
					}
					sink += len(a.Paragraphs)
				}
			}
			// After the loop: b.Loop's first call resets the metrics.
			b.ReportMetric(float64(out), "article-B/op")
		})
	}
}

// articleBytes returns the memory an Article holds of its own: its
// structs and slices at their lengths, and the strings it builds (names,
// roles, aliases) rather than slicing text. It is a lower bound on
// what Parse must allocate to return a.
func articleBytes(a *Article, text string) int {
	n := int(unsafe.Sizeof(*a))
	if a.Dateline != nil {
		n += int(unsafe.Sizeof(*a.Dateline))
	}
	if a.Date != nil {
		n += int(unsafe.Sizeof(*a.Date))
	}
	n += len(a.Paragraphs) * int(unsafe.Sizeof(Paragraph{}))
	for _, p := range a.Paragraphs {
		n += len(p.Sentences) * int(unsafe.Sizeof(Sentence{}))
	}
	n += len(a.Dates) * int(unsafe.Sizeof(DateMention{}))
	n += len(a.Actors) * int(unsafe.Sizeof(Actor{}))
	for _, ac := range a.Actors {
		n += len(ac.Mentions) * int(unsafe.Sizeof(Span{}))
		n += len(ac.Aliases) * int(unsafe.Sizeof(""))
		for _, s := range append([]string{ac.Name, ac.Role, ac.Affiliation}, ac.Aliases...) {
			if !sliceOf(s, text) {
				n += len(s)
			}
		}
	}
	n += len(a.Quotes) * int(unsafe.Sizeof(Quote{}))
	for _, q := range a.Quotes {
		n += len(q.Speakers) * int(unsafe.Sizeof(""))
	}
	return n
}

// sliceOf reports whether s shares the memory of text, as a slice of it
// does, rather than having memory of its own.
func sliceOf(s, text string) bool {
	if s == "" {
		return true
	}
	p, base := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.StringData(text)))
	return base <= p && p+uintptr(len(s)) <= base+uintptr(len(text))
}

// baseline returns the sentences of text as runs of its words.
func baseline(text string) [][]string {
	words := strings.Fields(text)
	var sents [][]string
	start := 0
	for i, w := range words {
		switch w[len(w)-1] {
		case '.', '?', '!':
			sents = append(sents, words[start:i+1])
			start = i + 1
		}
	}
	if start < len(words) {
		sents = append(sents, words[start:])
	}
	return sents
}

// TestBenchInputs checks that the benchmark inputs are what their names
// say, so that a change to testdata cannot quietly turn a benchmark into
// a parse of an error.
func TestBenchInputs(t *testing.T) {
	sizes := map[string]int{"size-1KiB": kib, "size-64KiB": 64 * kib, "size-1MiB": mib, "size-8MiB": DefaultMaxSize}
	for _, in := range benchInputs(t) {
		want, ok := sizes[in.name]
		if !ok && in.name != "testdata" {
			want = mib // the adversarial inputs
		}
		if n := in.size(); want > 0 && (n > want || n < want-utf8.UTFMax) {
			t.Errorf("%s: %d bytes, want %d", in.name, n, want)
		}
		for _, text := range in.texts {
			if !utf8.ValidString(text) || strings.TrimFunc(text, isSpace) == "" {
				t.Errorf("%s: a text is blank or not UTF-8", in.name)
			}
		}
	}
}
