package berita

import (
	"strings"
	"testing"
)

// TestWordFilter checks that a filter never turns away a word it holds,
// for the tables that filters guard, and that it turns away most of the
// other words of the sample articles: otherwise it only costs time.
func TestWordFilter(t *testing.T) {
	tables := map[string]struct {
		set    map[string]bool
		filter *wordFilter
	}{
		"roleFirst": {lex().roleFirst, lex().roleFilter},
		"cues":      {keys(lex().cueWords.m), &lex().cueWords.filter},
	}
	for name, tf := range tables {
		set, f := tf.set, tf.filter
		for w := range set {
			if !f.mayHave(w) {
				t.Errorf("%s: filter turns away %q, which it holds", name, w)
			}
		}
		others, passed := 0, 0
		for _, text := range corpus(t) {
			for _, w := range strings.Fields(foldText(text)) {
				if !set[w] {
					others++
					if f.mayHave(w) {
						passed++
					}
				}
			}
		}
		t.Logf("%s: %d of %d other words pass", name, passed, others)
		if others == 0 || passed*4 > others {
			t.Errorf("%s: filter lets %d of %d other words through, want under a quarter", name, passed, others)
		}
	}
	var empty wordFilter
	if !empty.mayHave("") || empty.mayHave("kata") {
		t.Error("an empty filter: want only the empty word to pass")
	}
}

func keys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
