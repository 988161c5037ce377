package berita

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
