package berita

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestParseBadInput feeds Parse the input that scrapers and broken
// pipelines produce. Each gives its documented error or an Article that
// keeps the invariants of checkArticle; none panics. TestParseErrors
// covers the plainer error cases.
func TestParseBadInput(t *testing.T) {
	atLimit := "Harga Beras Naik\n" + strings.Repeat("a", DefaultMaxSize-len("Harga Beras Naik\n"))
	tests := []struct {
		name   string
		text   string
		want   error // the sentinel, or nil for an Article
		offset int   // of an *InputError
		line   int   // the line an invalid-UTF-8 error names, if not 0
		lines  int   // the number of lines (title and paragraphs) of an Article
	}{
		// Invalid UTF-8 at the start, in the middle and at the end, after
		// multi-byte runes, so that the offset counts bytes, not runes.
		{name: "UTF-8: a byte that starts no rune", text: "\xf5Harga naik.", want: ErrInvalidUTF8, offset: 0, line: 1},
		{name: "UTF-8: an overlong '/'", text: "“a\xc0\xafb”", want: ErrInvalidUTF8, offset: 4, line: 1},
		{name: "UTF-8: Latin-1 in the third line", text: "Judul\n“Kami”\nMenteri Ekonomi di Caf\xe9 X.", want: ErrInvalidUTF8, offset: 39, line: 3},
		{name: "UTF-8: a rune cut at the end", text: "Kata 👍"[:len("Kata 👍")-1], want: ErrInvalidUTF8, offset: 5, line: 1},
		{name: "UTF-8: a code point above U+10FFFF", text: "a\xf4\x90\x80\x80", want: ErrInvalidUTF8, offset: 1, line: 1},
		{name: "UTF-8: line counted across CRLF", text: "a\r\nb\r\n\xff", want: ErrInvalidUTF8, offset: 6, line: 3},

		// Blank text in all its forms.
		{name: "a lone BOM", text: "\ufeff", want: ErrEmpty},
		{name: "a BOM and CRLF", text: "\ufeff\r\n\r\n", want: ErrEmpty},
		{name: "only CRs", text: "\r\r\r", want: ErrEmpty},
		{name: "only white-space controls", text: "\t\v\f\u0085\u00a0\u2028\u2029\u3000", want: ErrEmpty},

		// The size limit: exactly DefaultMaxSize bytes is accepted, one
		// more is refused, even when it is also invalid UTF-8.
		{name: "exactly DefaultMaxSize bytes", text: atLimit, lines: 2},
		{name: "DefaultMaxSize+1 bytes", text: atLimit + "a", want: ErrTooLarge, offset: DefaultMaxSize},
		{name: "DefaultMaxSize+1 bytes of invalid UTF-8", text: "\xff" + atLimit, want: ErrTooLarge, offset: DefaultMaxSize},

		// Text that is valid but odd: an Article.
		{name: "NUL bytes", text: "Harga\x00beras naik.\x00\n\x00Kata dia.", lines: 2},
		{name: "only a NUL", text: "\x00", lines: 1},
		{name: "CR-only line ends", text: "Harga Beras Naik\rJAKARTA, KOMPAS.com - Harga naik.\r“Stok aman,” kata Budi.\r", lines: 3},
		{name: "LF CR line ends", text: "Harga Beras Naik\n\rHarga naik.\n\rStok aman.", lines: 3},
		{name: "Unicode line separators", text: "Harga naik.\u2028Stok aman.\u2029Kata dia.", lines: 3},
		{name: "C0 controls and ANSI colours", text: "\x01\x02 Harga \x1b[31mnaik\x1b[0m.\x7f Dia \x08berkata.", lines: 1},
		{name: "C1 controls", text: "Harga\u0080naik.\u009f", lines: 1},
		{name: "bidi and zero-width controls", text: "\u202eKPK\u202c mengatakan \u200d“siap\u200c”.", lines: 1},
		{name: "only a zero-width joiner", text: "\u200d", lines: 1},
		{name: "replacement characters", text: "\ufffd\ufffd mengatakan \ufffd.", lines: 1},
		{name: "noncharacters and private use", text: "\uffff\ufffe\U0010ffff\ue000.", lines: 1},
		{name: "a lone combining mark", text: "\u0301", lines: 1},
		{name: "only marks and punctuation", text: "“”‘’«»\"'.,;:!?()[]{}-–—…", lines: 1},
		{name: "a 64 KiB line of dots", text: strings.Repeat(".", 64<<10), lines: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.text)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Parse: %v, want an Article", err)
				}
				checkArticle(t, tt.text, a)
				lines := len(a.Paragraphs)
				if a.Title != "" {
					lines++
				}
				if lines != tt.lines {
					t.Errorf("Parse gave %d lines (title %q and %d paragraphs), want %d", lines, a.Title, len(a.Paragraphs), tt.lines)
				}
				return
			}
			if a != nil || !errors.Is(err, tt.want) {
				t.Fatalf("Parse = %v, %v; want nil, %v", a, err, tt.want)
			}
			var ie *InputError
			if isInput := errors.As(err, &ie); isInput != (tt.want != ErrEmpty) {
				t.Fatalf("Parse error %v: is an *InputError: %v", err, isInput)
			}
			if ie == nil {
				return
			}
			if ie.Offset != tt.offset {
				t.Errorf("Parse error %v: Offset %d, want %d", err, ie.Offset, tt.offset)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("byte %d", tt.offset)) {
				t.Errorf("Parse error %q does not give byte %d", err, tt.offset)
			}
			if tt.line != 0 && !strings.Contains(err.Error(), fmt.Sprintf("line %d", tt.line)) {
				t.Errorf("Parse error %q does not give line %d", err, tt.line)
			}
		})
	}
}

// TestParseSharedParser parses the sample articles from 8 goroutines with
// one Parser, each in its own order, and compares the results with those
// of a sequential run. .ci/run runs it under -race.
func TestParseSharedParser(t *testing.T) {
	texts := append(corpus(t), fuzzSeeds...)
	parsers := map[string]Options{
		"default options": {},
		"known actors and a reference date": {
			Actors: []Actor{
				{Name: "Budi Santoso", Kind: Person, Aliases: []string{"Budi"}, Role: "Menteri Perdagangan"},
				{Name: "Komisi Pemberantasan Korupsi", Kind: Organization, Aliases: []string{"KPK"}},
			},
			ReferenceDate: time.Date(2023, time.November, 1, 0, 0, 0, 0, time.UTC),
		},
	}
	for name, opts := range parsers {
		t.Run(name, func(t *testing.T) {
			p, err := NewParser(opts)
			if err != nil {
				t.Fatal(err)
			}
			type result struct {
				a   *Article
				err error
			}
			want := make([]result, len(texts))
			for i, text := range texts {
				a, err := p.Parse(text)
				want[i] = result{a, err}
			}
			const goroutines = 8
			var wg sync.WaitGroup
			for g := range goroutines {
				wg.Go(func() {
					for k := range texts {
						i := (k + g*len(texts)/goroutines) % len(texts)
						a, err := p.Parse(texts[i])
						if fmt.Sprint(err) != fmt.Sprint(want[i].err) {
							t.Errorf("goroutine %d, text %d: error %v, want %v", g, i, err, want[i].err)
							continue
						}
						if diff := cmp.Diff(want[i].a, a); diff != "" {
							t.Errorf("goroutine %d, text %d: concurrent Parse differs from sequential (-want +got):\n%s", g, i, diff)
						}
					}
				})
			}
			wg.Wait()
		})
	}
}

// TestParseForgetsEarlierParses checks that a parse leaves nothing behind
// for the next one, now that parses share working arrays: each sample
// article gives the same Article whether it is parsed first or after a
// larger article and after every other one, and the Articles returned
// earlier do not change.
func TestParseForgetsEarlierParses(t *testing.T) {
	texts := corpus(t)
	p, err := NewParser(Options{})
	if err != nil {
		t.Fatal(err)
	}
	first := make([]*Article, len(texts))
	for i, text := range texts {
		// The garbage collector empties the pool of working arrays in two
		// cycles, so each of these parses starts afresh.
		runtime.GC()
		runtime.GC()
		if first[i], err = p.Parse(text); err != nil {
			t.Fatal(err)
		}
	}
	kept := marshal(t, first)
	// Parsed one after another, these share the pooled arrays, unlike
	// first's.
	later := make([]*Article, len(texts))
	large := strings.Repeat(strings.Join(texts, "\n"), 4)
	for round := range 2 {
		if _, err := p.Parse(large); err != nil {
			t.Fatal(err)
		}
		for i, text := range texts {
			a, err := p.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(first[i], a); diff != "" {
				t.Errorf("round %d, text %d: Parse after other parses differs from a first parse (-first +later):\n%s", round, i, diff)
			}
			if round == 0 {
				later[i] = a
			}
		}
	}
	if now := marshal(t, first); now != kept {
		t.Errorf("Articles returned earlier changed during later parses:\n%s", cmp.Diff(kept, now))
	}
	if now := marshal(t, later); now != kept {
		t.Errorf("Articles returned by parses in a row changed during later parses:\n%s", cmp.Diff(kept, now))
	}
}

// marshal returns the JSON of v.
func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestArticleSlicesCapped checks what the package documentation promises
// of the slices that share an array within an Article: each ends its
// capacity at its length, so that appending to one cannot write over the
// next.
func TestArticleSlicesCapped(t *testing.T) {
	for i, text := range corpus(t) {
		a, err := Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			if cap(p.Sentences) != len(p.Sentences) {
				t.Errorf("text %d: Sentences has room for %d more", i, cap(p.Sentences)-len(p.Sentences))
			}
		}
		for _, q := range a.Quotes {
			if cap(q.Speakers) != len(q.Speakers) {
				t.Errorf("text %d: Speakers has room for %d more", i, cap(q.Speakers)-len(q.Speakers))
			}
		}
		for _, ac := range a.Actors {
			if cap(ac.Mentions) != len(ac.Mentions) {
				t.Errorf("text %d: Mentions has room for %d more", i, cap(ac.Mentions)-len(ac.Mentions))
			}
			if cap(ac.Aliases) != len(ac.Aliases) {
				t.Errorf("text %d: Aliases has room for %d more", i, cap(ac.Aliases)-len(ac.Aliases))
			}
		}
	}
}

// TestLongTextMemoryFreed checks that the working memory of a text over
// bigText, some twenty times its size, is not kept once ordinary articles
// follow it: their docs come from another pool, and the garbage collector
// empties an unused pool in two cycles.
func TestLongTextMemoryFreed(t *testing.T) {
	// On one P every parse meets the docs the last one pooled: with more,
	// a doc pooled on another P may be missed and freed by chance.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	long := repeatTo(corpusLines(t), "\n", 2*bigText)
	short := corpus(t)[0]
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := heap()
	if _, err := Parse(long); err != nil {
		t.Fatal(err)
	}
	kept := heap() // one cycle: the long text's doc is still pooled
	// Two more cycles, each with a parse before it: had that parse used
	// the long text's doc, the doc would still be pooled.
	for i := range 2 {
		if i > 0 {
			runtime.GC()
		}
		if _, err := Parse(short); err != nil {
			t.Fatal(err)
		}
	}
	after := heap()
	t.Logf("heap: %d MB before, %d MB with the long text's doc pooled, %d MB after", before>>20, kept>>20, after>>20)
	if kept < before+uint64(len(long))*4 {
		t.Skipf("the pool kept little of the long text's memory (%d MB); nothing to check", (kept-before)>>20)
	}
	if after > before+uint64(len(long)) {
		t.Errorf("after ordinary parses, %d MB more than before the long text, want under %d MB",
			(after-before)>>20, len(long)>>20)
	}
}
