package berita

import (
	"fmt"
	"strings"
	"testing"
)

// scanShorterForm is shorterForm as a scan of personWord's lists, which
// the index must agree with.
func scanShorterForm(e *entities, words []string) int {
	for _, w := range words {
		for _, k := range e.personsWith(w) {
			if a := e.actors[k]; a.Kind == Person && len(a.words) < len(words) && containsRun(words, a.words) {
				return k
			}
		}
	}
	return -1
}

// scanPersonsWithRun is personsWithRun as a scan of personWord's list.
func scanPersonsWithRun(e *entities, f []byte, ws []wspan) (best, n int) {
	best, bestAt := -1, -1
	for _, i := range e.personWord[string(f[ws[0].start:ws[0].end])] {
		if a := e.actors[i]; a.Kind != Person || !containsRunFolded(a.words, f, ws) {
			continue
		}
		n++
		if at := e.lastMention(i); at > bestAt {
			best, bestAt = i, at
		}
	}
	return best, n
}

// TestPersonIndexes checks the indexes of persons by name and by word
// against scans of personWord, on articles where many persons share
// words, are named by shorter and fuller forms and lose words to
// trimToShortForm.
func TestPersonIndexes(t *testing.T) {
	names := []string{"Budi", "Santoso", "Joko", "Widodo", "Siti", "Aminah", "Prabowo", "Subianto", "Muhammad", "Raka", "Putra", "Dewi"}
	frames := []string{
		"%s mengatakan, “Kami siap.” ",
		"Menurut %s, harga naik. ",
		"Menteri Keuangan %s menambahkan bahwa harga turun. ",
		"Hadir %s, %s dan %s dalam acara itu. ",
		"%s alias %s datang. ",
		"Direktur Utama PT Sinar Jaya %s berkata. ",
	}
	r := uint64(1)
	rnd := func(n int) int {
		r = r*6364136223846793005 + 1442695040888963407
		return int(r>>33) % n
	}
	name := func() string {
		var nm []string
		for range 1 + rnd(3) {
			nm = append(nm, names[rnd(len(names))])
		}
		return strings.Join(nm, " ")
	}
	for range 300 {
		var b strings.Builder
		for range 20 {
			f := frames[rnd(len(frames))]
			var args []any
			for range strings.Count(f, "%s") {
				args = append(args, name())
			}
			fmt.Fprintf(&b, f, args...)
			if rnd(3) == 0 {
				b.WriteString("\n\n")
			}
		}
		d := newDoc(b.String())
		segment(d, &Article{})
		e := findActors(d, nil)
		for q := range 200 {
			n := name()
			if q%2 == 1 {
				n += " " + name() // longer than any name: more persons are shorter forms
			}
			words := phraseWords(n)
			if got, want := e.shorterForm(words), scanShorterForm(e, words); got != want {
				t.Fatalf("%q: shorterForm(%q) = %d, want %d", b.String(), words, got, want)
			}
			f := appendFold(nil, n)
			ws := appendWordSpans(nil, n, 0)
			gotBest, gotN := e.personsWithRun(f, ws)
			if wantBest, wantN := scanPersonsWithRun(e, f, ws); gotBest != wantBest || gotN != wantN {
				t.Fatalf("%q: personsWithRun(%q) = %d, %d, want %d, %d", b.String(), n, gotBest, gotN, wantBest, wantN)
			}
		}
		d.release()
	}
}
