package berita

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// label is what a word of a capitalised chunk is taken to be.
type label uint8

const (
	lName      label = iota // a word of a person's name, or unknown
	lFunc                   // a function word ("Namun", "Dalam")
	lHonorific              // Bapak, Bu
	lTitle                  // H., Prof., Dr.
	lRank                   // AKBP, Ajun Komisaris Besar
	lRankSuf                // Pol, TNI, (Purn)
	lModifier               // Wakil, mantan, Plt.
	lOffice                 // Presiden, Menteri, Kepala
	lContract               // Kapolda, Menlu: office that takes a place
	lFunction               // juru bicara, pengamat, warga
	lInst                   // Luar, Negeri, Umum: words of institutions
	lOrgHead                // Kementerian, Partai, PT, Polda
	lPlace                  // Rusia, Jawa Barat, Bekasi
	lAcronym                // KPK, DPR, FISIP
	lCalendar               // Kamis, Oktober
	lParticle               // bin, van, al
	lPronoun                // Dia, Ia, Beliau
	lKnown                  // an alias or known actor's name
	lParen                  // an acronym in parentheses: "(BGN)"
)

// countryValue prefixes the ISO code of a country in a word's value.
const countryValue = "="

// cword is one word of a chunk with its label.
type cword struct {
	Span      // the word as written; "(BGN)" for a parenthesis
	tok   int // index into the paragraph's tokens of its first token
	last  int // index of its last token
	text  string
	fold  string
	label label
	n     int    // number of words the label's phrase spans, on its first word
	value string // the phrase's table value (full rank, place code, …)
}

// chunk is a run of capitalised words (with the lowercase role words
// and particles that join them) in one paragraph.
type chunk struct {
	para  int
	words []cword
	// lowerLead is true when the chunk starts with a lowercase role phrase
	// ("juru bicara", "menteri luar negeri").
	lowerLead bool
}

// isCap reports whether a word starts with an upper-case letter.
func isCap(s string) bool {
	// startsUpper is apart so that isCap is inlined.
	return s != "" && (s[0]-'A' < 26 || s[0] >= utf8.RuneSelf && startsUpper(s))
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// appendChunks appends the chunks of paragraph pi to out.
func (e *entities) appendChunks(out []chunk, pi int) []chunk {
	p := &e.d.paras[pi]
	toks := p.toks
	// The chunks' words share the doc's array; a chunk keeps the part it
	// filled even if the array moves.
	buf := e.d.words
	for i := 0; i < len(toks); {
		if toks[i].kind != tWord {
			i++
			continue
		}
		// A role phrase may begin the chunk in any case: "juru bicara",
		// "Juru bicara", "menteri luar negeri".
		lead := e.lowerRoleLead(p, i)
		if lead == 0 && !toks[i].capital {
			i++
			continue
		}
		c := chunk{para: pi, lowerLead: lead > 0}
		start := len(buf)
		j := i
		for j < len(toks) {
			t := toks[j]
			if t.kind != tWord && e.d.str(t) == "(" && len(buf) > start {
				// "Badan Gizi Nasional (BGN) Dadan Hindayana": the acronym of
				// an institution inside the phrase before the name.
				if k := e.parenAcronym(toks, j); k > 0 {
					x := e.d.text[toks[j+1].Start:toks[k-1].End]
					buf = append(buf, cword{Span: Span{t.Start, toks[k].End}, tok: j + 1, last: k,
						text: x, fold: fold(x), label: lParen})
					j = k + 1
					continue
				}
			}
			if t.kind != tWord {
				// An abbreviation's or initial's period stays inside the chunk.
				if e.d.str(t) == "." && j > i && toks[j-1].End == t.Start && j+1 < len(toks) &&
					toks[j+1].kind == tWord && toks[j+1].capital && isAbbrevWord(e.d.str(toks[j-1]), e.d.low(toks[j-1])) {
					j++
					continue
				}
				break
			}
			w := e.d.str(t)
			// Unit numbers and ordinals stay inside: "Kodim 0412 Lampung Utara",
			// "Presiden RI ke-7 Joko Widodo".
			if j-i < lead || t.capital || len(buf) > start && e.numberBeforeCap(toks, j) {
				buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: e.d.low(t)})
				j++
				continue
			}
			// Lowercase joiners: name particles and "dan"/"dari" inside
			// institution names.
			if j+1 < len(toks) && toks[j+1].kind == tWord && toks[j+1].capital && len(buf) > start {
				f := e.d.low(t)
				if _, ok := e.t.particles.get(f); ok {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f})
					j++
					continue
				}
				if (f == "dan" || f == "&") && e.isInstWord(buf[len(buf)-1].fold) && e.isInstWord(e.d.low(toks[j+1])) {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f})
					j++
					continue
				}
				if f == "dari" && onlyRoles(e.t, buf[start:]) {
					buf = append(buf, cword{Span: t.Span, tok: j, last: j, text: w, fold: f, label: lFunc})
					j++
					continue
				}
			}
			break
		}
		if len(buf) > start {
			c.words = buf[start:len(buf):len(buf)]
			e.label(&c)
			out = append(out, c)
		}
		if j == i {
			j++
		}
		i = j
	}
	e.d.words = buf
	return out
}

// numberBeforeCap reports whether word token j is a number or an
// ordinal followed by a capitalised word.
func (e *entities) numberBeforeCap(toks []token, j int) bool {
	w := e.d.str(toks[j])
	return (startsDigit(w) || isOrdinal(w)) && j+1 < len(toks) && toks[j+1].kind == tWord && toks[j+1].capital
}

// startsDigit reports whether s starts with a decimal digit of any script.
func startsDigit(s string) bool {
	return s != "" && (s[0]-'0' < 10 || s[0] >= utf8.RuneSelf && startsNonASCIIDigit(s))
}

// startsNonASCIIDigit is the rest of startsDigit, apart so that
// startsDigit is inlined.
func startsNonASCIIDigit(s string) bool { return unicode.IsDigit(firstRune(s)) }

// isRoman reports whether s is a Roman numeral of I, V and X: "II",
// "XIV".
func isRoman(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return s != ""
}

// isAbbrevWord reports whether a word w, folded f, followed by '.' is an
// abbreviation or an initial rather than a sentence end: one letter
// ("M."), or a short title ("Dr.", "Prof.", "Ir.", "Hj.").
func isAbbrevWord(w, f string) bool {
	n := utf8.RuneCountInString(w)
	if n == 1 {
		return true
	}
	if n > 4 {
		return false
	}
	t := lex()
	_, title := t.titles.get(f)
	_, honorific := t.honorifics.get(f)
	_, particle := t.particles.get(f) // "Moh. Rizal"
	return title || honorific || particle
}

// maxRoleWords is the length of the longest role phrases.
const maxRoleWords = 6

// lowerRoleLead returns how many lowercase words from token i form a role
// phrase directly followed by a capitalised word, or 0.
func (e *entities) lowerRoleLead(p *para, i int) int {
	if !e.t.startsRole(e.d.low(p.toks[i])) || !e.capitalAhead(p, i) {
		return 0
	}
	var buf [maxRoleWords]string
	words := buf[:0]
	for j := i; j < len(p.toks) && len(words) < len(buf); j++ {
		if p.toks[j].kind != tWord {
			break
		}
		words = append(words, e.d.low(p.toks[j]))
	}
	ph, ok := e.t.roles.match(words)
	if !ok {
		if ph, ok = e.t.offices.match(words); !ok {
			return 0
		}
	}
	n := len(ph.words)
	// Portfolio words may follow a lowercase office: "menteri luar negeri".
	for ph.value == "office" && n < len(words) && e.t.instWords[words[n]] && !p.toks[i+n].capital {
		n++
	}
	if i+n < len(p.toks) && p.toks[i+n].kind == tWord && p.toks[i+n].capital {
		return n
	}
	// "pengamat politik dari Universitas Indonesia …"
	if i+n+1 < len(p.toks) && e.d.low(p.toks[i+n]) == "dari" && p.toks[i+n+1].kind == tWord && p.toks[i+n+1].capital {
		return n
	}
	return 0
}

// capitalAhead reports whether one of the words that follow token i
// without a break, as far as a role phrase of lowerRoleLead and "dari"
// reach, starts with a capital: without one, no role phrase can lead a
// chunk from i, and the phrase tables need not be asked.
func (e *entities) capitalAhead(p *para, i int) bool {
	for j := i + 1; j < len(p.toks) && j <= i+maxRoleWords+1; j++ {
		if p.toks[j].kind != tWord {
			return false
		}
		if p.toks[j].capital {
			return true
		}
	}
	return false
}

func onlyRoles(t *tables, ws []cword) bool {
	for _, w := range ws {
		if _, ok := t.roles.get(w.fold); !ok && !t.instWords[w.fold] {
			if _, ok := t.roles.match([]string{w.fold}); !ok {
				return false
			}
		}
	}
	return len(ws) > 0
}

func isParticle(t *tables, w string) bool {
	p, ok := t.particles.get(w)
	return ok && p.value == "particle"
}

func isBirthOrder(t *tables, w string) bool {
	p, ok := t.particles.get(w)
	return ok && p.value == "birthorder"
}

// isAcronymShape: two or more letters, all capitals ("FISIP", "KNKT").
func isAcronymShape(w string) bool {
	return utf8.RuneCountInString(w) >= 2 && isAllUpper(w)
}

// span returns the text span of words [i, j) of c.
func (e *entities) span(c *chunk, i, j int) Span {
	return Span{c.words[i].Start, c.words[j-1].End}
}

// isNameLabel reports whether a word with label l can be part of a
// person's name.
func isNameLabel(l label) bool { return l == lName || l == lParticle }

// nameRuns appends to runs the maximal runs [a, b) of name words from
// start.
func nameRuns(runs [][2]int, ws []cword, start int) [][2]int {
	for i := start; i < len(ws); {
		if !isNameLabel(ws[i].label) && ws[i].label != lKnown || ws[i].label == lParticle {
			i++
			continue
		}
		j := i
		if ws[i].label == lKnown {
			j = i + max(ws[i].n, 1)
		} else {
			for j < len(ws) && isNameLabel(ws[j].label) {
				j++
			}
			for j > i && ws[j-1].label == lParticle {
				j--
			}
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	return runs
}

// onlyTrailing reports whether the words from b on are ones that may
// follow a name inside a chunk (a weekday, a degree) rather than more of
// a role or institution.
func onlyTrailing(ws []cword, b int) bool {
	for _, w := range ws[b:] {
		switch w.label {
		case lCalendar, lFunc, lPronoun:
		default:
			return false
		}
	}
	return true
}

// parenAcronym reports whether toks[j:] is "(" WORD ")" followed by a
// capitalised word that goes on with the phrase.
// It returns the index of the ")" token, or -1.
func (e *entities) parenAcronym(toks []token, j int) int {
	for k := j + 1; k < len(toks) && k <= j+4; k++ {
		if e.d.str(toks[k]) == ")" {
			if k == j+1 || k+1 >= len(toks) || toks[k+1].kind != tWord || !toks[k+1].capital {
				return -1
			}
			return k
		}
		x := e.d.str(toks[k])
		if toks[k].kind != tWord || !isCap(x) || utf8.RuneCountInString(x) > 12 {
			return -1
		}
	}
	return -1
}

// isHeadingLine reports whether a paragraph is a subheading: a short
// line, not ended as a sentence, whose words are mostly capitalised.
func (e *entities) isHeadingLine(p *para) bool {
	words, caps := p.leadWords, p.leadCaps // counted by tokenize
	if words < 2 || words > headingWords || caps*10 < words*7 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(e.d.text[p.Start:p.End])
	return last != '.' && last != ',' && last != ':'
}

// knownStem reports whether w is a place, country or institution with the
// suffix -nya.
func (e *entities) knownStem(w string) bool {
	stem, ok := strings.CutSuffix(w, "nya")
	if !ok || len(stem) < 3 {
		return false
	}
	if _, ok := lookupCountry(stem); ok {
		return true
	}
	return e.t.places.has(stem) || e.t.acronyms.has(stem)
}

// isInstWord reports whether a folded word belongs to the names of
// offices and institutions: listed, or a noun of the pe-…-an, per-…-an or
// ke-…-an shape ("Pencegahan", "Pengendalian", "Kesehatan"), which no
// person's name has.
func (e *entities) isInstWord(w string) bool {
	return e.t.instWords[w] || hasInstShape(w)
}

// hasInstShape reports whether a folded word is a noun of the pe-…-an,
// per-…-an or ke-…-an shape.
func hasInstShape(w string) bool {
	if !strings.HasSuffix(w, "an") || utf8.RuneCountInString(w) < 8 {
		return false
	}
	return strings.HasPrefix(w, "pe") || strings.HasPrefix(w, "ke")
}

// isOrdinal reports whether w is an ordinal like "ke-7".
func isOrdinal(w string) bool {
	n, ok := strings.CutPrefix(w, "ke-")
	return ok && n != "" && isDigits(n)
}
