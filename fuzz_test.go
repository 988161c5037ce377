package berita

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// fuzzSeeds are texts at the edges of what the parser looks at: marks,
// line ends, white space, abbreviations, datelines, dates and cues.
var fuzzSeeds = []string{
	"",
	" ",
	"\ufeff",
	"\ufeffJudul\r\nIsi.",
	"\xff",
	"a\xc3",
	"\x00",
	"a\x00b.\x00",
	"“",
	"”“",
	"“”",
	"\"",
	"‘a’ ’b‘",
	"«Kami siap», kata dia.",
	"((((a))))",
	")(",
	"kata kata kata",
	"Dr.",
	"a.b.c. D.",
	"JAKARTA, KOMPAS.com -",
	"JAKARTA, KOMPAS.com - “",
	"Jakarta (ANTARA) - Ia berkata, “",
	"a\rb\rc",
	"a\u2028b\u2029c",
	"a\u0085b\vc\fd",
	"Judul\n\n\n",
	"Judul:\nIsi",
	"e\u0301\u0301\u0301",
	"👍🏽 “👍” kata 👍.",
	"\u202eKPK\u202c mengatakan",
	"Kamis (26/10/2023)",
	"Senin (31/2), 29 Februari 2023, 1/1/1",
	"Menteri Luar Negeri Retno Marsudi mengatakan, “Kami siap.”",
	"Ketua KPK: Kami Siap\nKetua KPK Firli Bahuri mengatakan hal itu.",
	"“Kami siap,” kata Budi Santoso (BS). BS menambahkan,",
	"Idham Holik, Yulianto Sudrajat, dan August Mellaz",
	"X alias Y alias Z alias",
	"”Siap,” ujarnya.",
	"A\nB\nC\nD\n.\n“\n”\n-\n—",
}

// FuzzParse checks the promises of Parse on any input: it does not
// panic; it fails only for invalid UTF-8, blank or too large text, with
// the documented error; every span of the Article fits the text, on rune
// boundaries, and slices to the Text beside it; paragraphs and sentences
// are in order, trimmed and keep every non-blank line; every speaker is
// an actor; and parsing is deterministic.
func FuzzParse(f *testing.F) {
	for _, text := range corpus(f) {
		f.Add(text)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	fresh, err := NewParser(Options{})
	if err != nil {
		f.Fatal(err)
	}
	// Known actors take another path through the entity finder, and a
	// reference date another through the dates.
	known, err := NewParser(Options{
		Actors: []Actor{
			{Name: "Budi Santoso", Kind: Person, Aliases: []string{"Budi", "BS"}, Role: "Menteri Perdagangan"},
			{Name: "Komisi Pemberantasan Korupsi", Kind: Organization, Aliases: []string{"KPK"}},
			{Name: "Jakarta", Kind: Place},
			{Name: "A", Kind: Person, Aliases: []string{"a", "“", "kata"}},
		},
		ReferenceDate: time.Date(2023, time.November, 1, 0, 0, 0, 0, time.UTC),
	})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a, err := Parse(text)
		checkParseError(t, text, DefaultMaxSize, a, err)
		if len(text) > 0 {
			// The size check comes first, so a text one byte over the
			// limit is refused whatever it holds.
			small, err := NewParser(Options{MaxSize: len(text) - 1})
			if err != nil {
				t.Fatal(err)
			}
			if len(text) == 1 {
				small, _ = NewParser(Options{MaxSize: 1}) // 0 means the default
			}
			b, err := small.Parse(text)
			checkParseError(t, text, small.maxSize, b, err)
		}
		if err != nil {
			return
		}
		checkArticle(t, text, a)
		again, err := fresh.Parse(text)
		if err != nil {
			t.Fatalf("second Parse: %v", err)
		}
		if diff := cmp.Diff(a, again); diff != "" {
			t.Fatalf("Parse not deterministic (-first +second):\n%s", diff)
		}
		if _, err := json.Marshal(a); err != nil {
			t.Fatalf("json.Marshal: %v", err)
		}
		k, err := known.Parse(text)
		if err != nil {
			t.Fatalf("Parse with known actors: %v", err)
		}
		checkArticle(t, text, k)
		checkNoFoldedText(t, fresh, text)
		checkNoFoldedText(t, known, text)
	})
}

// checkParseError checks that Parse, with size limit max, returned the
// error that text calls for, and an Article exactly when it did not.
func checkParseError(t *testing.T, text string, max int, a *Article, err error) {
	t.Helper()
	var want error
	offset := -1
	switch {
	case len(text) > max:
		want, offset = ErrTooLarge, max
	case !utf8.ValidString(text):
		want = ErrInvalidUTF8
		for offset = 0; offset < len(text); {
			r, n := utf8.DecodeRuneInString(text[offset:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			offset += n
		}
	case strings.TrimFunc(text, isSpace) == "":
		want = ErrEmpty
	}
	if want == nil {
		if err != nil || a == nil {
			t.Fatalf("Parse(%q) = %v, %v; want an Article", text, a, err)
		}
		return
	}
	if a != nil || !errors.Is(err, want) {
		t.Fatalf("Parse(%q) = %v, %v; want nil, %v", text, a, err, want)
	}
	var ie *InputError
	if got := errors.As(err, &ie); got != (offset >= 0) {
		t.Fatalf("Parse(%q) error %#v: is an *InputError: %v, want %v", text, err, got, offset >= 0)
	}
	if offset >= 0 && ie.Offset != offset {
		t.Fatalf("Parse(%q) error %v: Offset %d, want %d", text, err, ie.Offset, offset)
	}
}

// checkArticle checks every documented invariant of a parsed Article
// against its text. It stops at the first failure, since one bad span
// tends to break the checks after it.
func checkArticle(t *testing.T, text string, a *Article) {
	t.Helper()
	span := func(what string, s Span) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(text) {
			t.Fatalf("%s: span %v outside the %d-byte text %q", what, s, len(text), text)
		}
		if !runeBoundary(text, s.Start) || !runeBoundary(text, s.End) {
			t.Fatalf("%s: span %v not on rune boundaries of %q", what, s, text)
		}
	}
	spanText := func(what string, s Span, txt string) {
		t.Helper()
		span(what, s)
		if got := text[s.Start:s.End]; got != txt {
			t.Fatalf("%s: Text %q but text[%d:%d] is %q (text %q)", what, txt, s.Start, s.End, got, text)
		}
	}
	trimmed := func(what, s string) {
		t.Helper()
		if s == "" || strings.TrimFunc(s, isSpace) != s {
			t.Fatalf("%s %q is empty or not trimmed (text %q)", what, s, text)
		}
	}

	// Title, dateline and paragraphs: in order, disjoint, trimmed, and
	// together they hold every non-blank line.
	var lines []string
	prevEnd := 0
	if a.Title != "" {
		spanText("title", a.TitleSpan, a.Title)
		trimmed("title", a.Title)
		lines = append(lines, a.Title)
		prevEnd = a.TitleSpan.End
	} else if a.TitleSpan != (Span{}) {
		t.Fatalf("no title but TitleSpan %v (text %q)", a.TitleSpan, text)
	}
	for i, p := range a.Paragraphs {
		what := "paragraph " + strconv.Itoa(i)
		spanText(what, p.Span, p.Text)
		trimmed(what, p.Text)
		if p.Start < prevEnd {
			t.Fatalf("%s %v overlaps or precedes what comes before it (ends at %d) (text %q)", what, p.Span, prevEnd, text)
		}
		prevEnd = p.End
		lines = append(lines, p.Text)
		body := p.Start
		if dl := a.Dateline; dl != nil && p.Start <= dl.Start && dl.End <= p.End {
			body = dl.End
		}
		prev := body
		for j, s := range p.Sentences {
			what := what + " sentence " + strconv.Itoa(j)
			spanText(what, s.Span, s.Text)
			trimmed(what, s.Text)
			if s.Start < prev || s.End > p.End {
				t.Fatalf("%s %v out of order or outside paragraph %v (text %q)", what, s.Span, p.Span, text)
			}
			if nonSpace(text[prev:s.Start]) {
				t.Fatalf("%s: text %q between sentences belongs to none (text %q)", what, text[prev:s.Start], text)
			}
			prev = s.End
		}
		if nonSpace(text[prev:p.End]) {
			t.Fatalf("paragraph %d: text %q after its last sentence belongs to none (text %q)", i, text[prev:p.End], text)
		}
	}
	if diff := cmp.Diff(nonBlankLines(text), lines); diff != "" {
		t.Fatalf("non-blank lines of %q are not the title and paragraphs (-lines +title and paragraphs):\n%s", text, diff)
	}
	if dl := a.Dateline; dl != nil {
		spanText("dateline", dl.Span, dl.Text)
		if !strings.Contains(dl.Text, dl.Place) || !strings.Contains(dl.Text, dl.Source) {
			t.Fatalf("dateline %q: Place %q or Source %q not as written (text %q)", dl.Text, dl.Place, dl.Source, text)
		}
		// The dateline opens the body, which need not be the first
		// paragraph: a stray line may come before it.
		opens := false
		for _, p := range a.Paragraphs {
			opens = opens || dl.Start == p.Start && dl.End <= p.End
		}
		if !opens {
			t.Fatalf("dateline %v opens no paragraph (text %q)", dl.Span, text)
		}
	}

	// Dates, in text order; the article's Date is one of them.
	for i, m := range a.Dates {
		spanText("date "+strconv.Itoa(i), m.Span, m.Text)
		if !inOneLine(a, m.Span) {
			t.Fatalf("date %q %v runs across lines (text %q)", m.Text, m.Span, text)
		}
		if i > 0 && m.Start < a.Dates[i-1].Start {
			t.Fatalf("date %v before date %v (text %q)", m.Span, a.Dates[i-1].Span, text)
		}
	}
	if a.Date != nil {
		spanText("Date", a.Date.Span, a.Date.Text)
		found := false
		for _, m := range a.Dates {
			found = found || cmp.Equal(m, *a.Date)
		}
		if !found {
			t.Fatalf("Date %+v is not among Dates %+v (text %q)", *a.Date, a.Dates, text)
		}
	}

	// Actors: named, of a known kind, each name once, mentions in order.
	names := map[string]bool{}
	for i, act := range a.Actors {
		if act.Name == "" || strings.TrimFunc(act.Name, isSpace) != act.Name {
			t.Fatalf("actor %d: name %q empty or not trimmed (text %q)", i, act.Name, text)
		}
		if _, err := act.Kind.MarshalText(); err != nil {
			t.Fatalf("actor %q: %v (text %q)", act.Name, err, text)
		}
		if names[act.Name] {
			t.Fatalf("two actors named %q (text %q)", act.Name, text)
		}
		names[act.Name] = true
		for j, m := range act.Mentions {
			span("actor "+act.Name+" mention", m)
			if !inOneLine(a, m) {
				t.Fatalf("actor %q: mention %v runs across lines (text %q)", act.Name, m, text)
			}
			if j > 0 && m.Start < act.Mentions[j-1].Start {
				t.Fatalf("actor %q: mention %v before %v (text %q)", act.Name, m, act.Mentions[j-1], text)
			}
		}
	}

	// Quotes, in text order, each speaker an actor.
	for i, q := range a.Quotes {
		what := "quote " + strconv.Itoa(i)
		spanText(what, q.Span, q.Text)
		trimmed(what, q.Text)
		if !inOneLine(a, q.Span) {
			t.Fatalf("%s %q %v runs across lines (text %q)", what, q.Text, q.Span, text)
		}
		if _, err := q.Kind.MarshalText(); err != nil {
			t.Fatalf("%s: %v (text %q)", what, err, text)
		}
		if i > 0 && q.Start < a.Quotes[i-1].Start {
			t.Fatalf("%s %v before quote %v (text %q)", what, q.Span, a.Quotes[i-1].Span, text)
		}
		if q.Cue == "" {
			if q.CueSpan != (Span{}) {
				t.Fatalf("%s: no cue but CueSpan %v (text %q)", what, q.CueSpan, text)
			}
		} else {
			spanText(what+" cue", q.CueSpan, q.Cue)
			if !inOneLine(a, q.CueSpan) {
				t.Fatalf("%s: cue %q %v runs across lines (text %q)", what, q.Cue, q.CueSpan, text)
			}
		}
		for _, s := range q.Speakers {
			if !names[s] {
				t.Fatalf("%s: speaker %q is not an actor (text %q)", what, s, text)
			}
		}
	}
}

// inOneLine reports whether s lies inside the title or one paragraph of
// a: nothing the parser finds runs across a line end.
func inOneLine(a *Article, s Span) bool {
	if a.Title != "" && a.TitleSpan.Start <= s.Start && s.End <= a.TitleSpan.End {
		return true
	}
	for _, p := range a.Paragraphs {
		if p.Start <= s.Start && s.End <= p.End {
			return true
		}
	}
	return false
}

// runeBoundary reports whether offset i of text falls between runes.
func runeBoundary(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

func nonSpace(s string) bool { return strings.TrimFunc(s, isSpace) != "" }

// nonBlankLines returns the lines of text that hold more than white
// space, trimmed. Lines end where the package's doc says they do: at
// "\n", "\r\n", "\r", U+2028 and U+2029.
func nonBlankLines(text string) []string {
	var lines []string
	for _, l := range strings.FieldsFunc(text, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}) {
		if l = strings.TrimFunc(l, isSpace); l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}
