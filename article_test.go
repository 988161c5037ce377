package berita

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseErrors(t *testing.T) {
	small, err := NewParser(Options{MaxSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		p      *Parser
		text   string
		want   error // the sentinel
		offset int   // for an *InputError; -1 for none
	}{
		{"invalid UTF-8 at the start", nil, "\xffHarga naik.", ErrInvalidUTF8, 0},
		{"invalid UTF-8 in the middle", nil, "Judul\nHarga \xc3\x28naik.", ErrInvalidUTF8, 12},
		{"invalid UTF-8 at the end", nil, "Harga naik.\xe2\x80", ErrInvalidUTF8, 11},
		{"invalid UTF-8: a lone continuation byte", nil, "Rp\x80", ErrInvalidUTF8, 2},
		{"invalid UTF-8: an encoded surrogate", nil, "ab\xed\xa0\x80", ErrInvalidUTF8, 2},
		{"empty", nil, "", ErrEmpty, -1},
		{"blank", nil, " \t\r\n\n\u00a0 ", ErrEmpty, -1},
		{"only a BOM", nil, "\ufeff", ErrEmpty, -1},
		{"only a BOM and zero-width spaces", nil, "\ufeff\u200b\n\u2060", ErrEmpty, -1},
		{"too large", small, "Harga beras naik.", ErrTooLarge, 10},
		{"too large even when blank", small, strings.Repeat(" ", 11), ErrTooLarge, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parse := Parse
			if tt.p != nil {
				parse = tt.p.Parse
			}
			a, err := parse(tt.text)
			if a != nil {
				t.Errorf("Parse(%q) returned an article with error %v", tt.text, err)
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.text, err, tt.want)
			}
			var ie *InputError
			switch {
			case tt.offset < 0 && errors.As(err, &ie):
				t.Errorf("Parse(%q) error %v is an *InputError", tt.text, err)
			case tt.offset >= 0 && !errors.As(err, &ie):
				t.Errorf("Parse(%q) error %v is not an *InputError", tt.text, err)
			case tt.offset >= 0 && ie.Offset != tt.offset:
				t.Errorf("Parse(%q) error offset = %d, want %d", tt.text, ie.Offset, tt.offset)
			}
		})
	}
}

func TestParseAtSizeLimit(t *testing.T) {
	p, err := NewParser(Options{MaxSize: 11})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Parse("Harga naik."); err != nil {
		t.Errorf("Parse of exactly MaxSize bytes: %v", err)
	}
}

func TestNewParserErrors(t *testing.T) {
	tests := []struct {
		name string
		opts Options
		ok   bool
	}{
		{"zero options", Options{}, true},
		{"all options", Options{
			MaxSize:       1 << 10,
			ReferenceDate: time.Date(2023, 11, 1, 0, 0, 0, 0, time.UTC),
			Actors:        []Actor{{Name: "Budi Santoso", Kind: Person, Role: "Ketua"}},
		}, true},
		{"negative MaxSize", Options{MaxSize: -1}, false},
		{"actor without a name", Options{Actors: []Actor{{Kind: Person}}}, false},
		{"actor without a kind", Options{Actors: []Actor{{Name: "Budi"}}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := NewParser(tt.opts)
			if tt.ok != (err == nil) || tt.ok != (p != nil) {
				t.Errorf("NewParser(%+v) = %v, %v; want ok %v", tt.opts, p, err, tt.ok)
			}
		})
	}
}

func TestReferenceDateOption(t *testing.T) {
	p, err := NewParser(Options{ReferenceDate: time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Parse("Mereka bertemu pada Kamis (26/10).")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Dates) != 1 || a.Dates[0].Time.Year() != 2025 || !a.Dates[0].YearInferred {
		t.Errorf("Dates = %+v, want one inferred in 2025", a.Dates)
	}
	if a.Date == nil || a.Date.Text != "Kamis (26/10)" {
		t.Errorf("Date = %+v, want Kamis (26/10)", a.Date)
	}
}

// TestParseKeepsEveryLine parses untidy text and checks that no line is
// lost and that every span of the result matches its text.
func TestParseKeepsEveryLine(t *testing.T) {
	texts := []string{
		"\ufeffJudul Berita\r\n\r\nJAKARTA, KOMPAS.com - Paragraf satu.\r\n  \r\nParagraf dua.\rParagraf tiga.\n",
		"Satu baris tanpa akhir",
		"“Kutipan terbuka tanpa tutup\n” dan tutup tanpa buka.\n\u00a0\n\u200b",
		"JAKARTA–China mengumumkan. Dr. Budi, S.H. hadir (26/10). Lalu...\n\"Siap!\" seru dia.",
		strings.Repeat("Kalimat panjang tanpa titik ", 100),
		"a\nb\nc\nd\n.\n“\n”\n-\n—",
	}
	for _, text := range texts {
		a, err := Parse(text)
		if err != nil {
			t.Fatalf("Parse(%q): %v", text, err)
		}
		checkSegments(t, text, newDoc(text), a)
		for _, m := range a.Dates {
			if text[m.Start:m.End] != m.Text {
				t.Errorf("date %q != text[%d:%d]", m.Text, m.Start, m.End)
			}
		}
	}
}

// TestParseConcurrent runs one Parser from many goroutines; run it with
// -race.
func TestParseConcurrent(t *testing.T) {
	text := "Judul\nJAKARTA, KOMPAS.com - Pada Kamis (26/10), Dr. Budi berkata, “Kami siap.” Ia pergi."
	want, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			got, err := Parse(text)
			if err != nil {
				t.Error(err)
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("concurrent Parse mismatch (-want +got):\n%s", diff)
			}
		})
	}
	wg.Wait()
}
