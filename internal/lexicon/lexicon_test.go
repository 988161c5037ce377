package lexicon

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fields gives the number of fields of each table's records: at least
// min and at most max.
var fields = map[string][2]int{
	"abbreviations.txt":  {1, 1},
	"acronyms.txt":       {3, 3},
	"aliases.txt":        {3, 3},
	"calendar.txt":       {4, 4},
	"countries.txt":      {4, 4},
	"cues.txt":           {2, 2},
	"degrees.txt":        {1, 1},
	"function_words.txt": {1, 1},
	"honorifics.txt":     {1, 1},
	"inst_words.txt":     {1, 1},
	"name_particles.txt": {2, 2},
	"offices.txt":        {2, 2},
	"orgs.txt":           {2, 2},
	"people.txt":         {1, 2},
	"places.txt":         {3, 3},
	"pronouns.txt":       {2, 2},
	"rank_suffixes.txt":  {1, 1},
	"ranks.txt":          {2, 3},
	"roles.txt":          {2, 2},
	"titles.txt":         {2, 2},
}

func TestTables(t *testing.T) {
	names := Names()
	if len(names) == 0 {
		t.Fatal("no tables embedded")
	}
	for _, name := range names {
		raw, err := Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(raw) {
			t.Errorf("%s: not valid UTF-8", name)
			continue
		}
		if !norm.NFC.IsNormalString(raw) {
			t.Errorf("%s: not in NFC", name)
		}
		if strings.Contains(raw, "\r") {
			t.Errorf("%s: has a carriage return", name)
		}
		want, known := fields[name]
		if !known && !strings.HasSuffix(name, "_en.txt") {
			t.Errorf("%s: no field count in this test; add it to fields", name)
		}
		seen := map[string]int{}
		for _, r := range Parse(raw) {
			line := strings.Join(r.Fields, "\t")
			if prev, dup := seen[line]; dup {
				t.Errorf("%s:%d: duplicate of line %d: %q", name, r.Line, prev, line)
			}
			seen[line] = r.Line
			if known && (len(r.Fields) < want[0] || len(r.Fields) > want[1]) {
				t.Errorf("%s:%d: %d fields, want %d to %d", name, r.Line, len(r.Fields), want[0], want[1])
			}
			if r.Fields[0] == "" {
				t.Errorf("%s:%d: empty first field", name, r.Line)
			}
			for i, f := range r.Fields {
				if f != strings.TrimSpace(f) || strings.Contains(f, "  ") {
					t.Errorf("%s:%d: field %d %q has stray spaces", name, r.Line, i+1, f)
				}
			}
		}
	}
}

func TestParse(t *testing.T) {
	got := Parse("# comment\n\na\tb\r\nc\n")
	if len(got) != 2 || got[0].Line != 3 || got[0].Field(1) != "b" || got[1].Field(0) != "c" || got[1].Field(5) != "" {
		t.Errorf("Parse = %+v", got)
	}
}
