package berita

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
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

// scanAnyNickname is anyNickname as a scan of the words of personWord:
// whether w, of three bytes or more, begins one of them and leaves two
// bytes or more of it.
func scanAnyNickname(e *entities, w string) bool {
	for nw, list := range e.personWord {
		if len(list) > 0 && len(w) >= 3 && len(nw) >= len(w)+2 && strings.HasPrefix(nw, w) {
			return true
		}
	}
	return false
}

// scanNickname is nicknameFolded as a scan of every person.
func scanNickname(e *entities, w string) int {
	if _, particle := e.t.particles.get(w); particle || utf8.RuneCountInString(w) < 3 {
		return -1
	}
	found := -1
	for i, a := range e.actors {
		for _, nw := range a.words {
			if len(nw) > len(w)+1 && strings.HasPrefix(nw, w) {
				if found >= 0 && found != i {
					return -1
				}
				found = i
			}
		}
	}
	return found
}

// TestPersonIndexes checks the indexes of persons by name, by word, by
// nickname and by mention against scans of personWord, of the persons
// and of the mentions, on articles where many persons share
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
		pw := &e.personFilter
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
			for _, w := range words {
				for k := 1; k <= len(w); k++ {
					nick := w[:k]
					if got, want := e.anyNickname(nick), scanAnyNickname(e, nick); got != want {
						t.Fatalf("%q: anyNickname(%q) = %v, want %v", b.String(), nick, got, want)
					}
					if got, want := e.nicknameFolded([]byte(nick)), scanNickname(e, nick); got != want {
						t.Fatalf("%q: nicknameFolded(%q) = %d, want %d", b.String(), nick, got, want)
					}
					if !pw.mayHave(nick) && (len(e.personWord[nick]) > 0 || e.anyNickname(nick)) {
						t.Fatalf("%q: the person word filter turns away %q", b.String(), nick)
					}
				}
			}
		}
		at := &mentionIndex{e: e}
		for pi := range d.paras {
			for _, tok := range d.paras[pi].toks {
				for _, end := range []int{tok.End, tok.End + 1, tok.End + 20} {
					sp := Span{tok.Start, min(end, len(d.text))}
					if got, want := at.personAt(sp), scanPersonAt(e, sp); got != want {
						t.Fatalf("%q: personAt(%v) = %d, want %d", b.String(), sp, got, want)
					}
				}
			}
		}
		d.release()
	}
}

// scanPersonAt is mentionIndex.personAt as a scan of the mentions, for
// the words from s back to the seventh word before it.
func scanPersonAt(e *entities, s Span) int {
	startingAt := func(off int) int {
		best := -1
		for k, m := range e.mentions {
			if m.Start == off && s.End <= m.End && e.actors[m.actor].Kind == Person && (best < 0 || k < best) {
				best = k
			}
		}
		if best < 0 {
			return -1
		}
		return e.mentions[best].actor
	}
	if a := startingAt(s.Start); a >= 0 {
		return a
	}
	p := &e.d.paras[e.paraOf(s.Start)]
	k := firstTokenFrom(p.toks, s.Start)
	for range 7 {
		for k--; k >= 0 && p.toks[k].kind != tWord; k-- {
		}
		if k < 0 {
			return -1
		}
		if a := startingAt(p.toks[k].Start); a >= 0 {
			return a
		}
	}
	return -1
}
