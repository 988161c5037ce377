package berita

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/beritalab/berita/internal/lexicon"
)

// segment splits the text into the title and paragraphs, finds the
// dateline and the sentences, and tokenizes every paragraph into d. It
// fills d.paras with their sentences and tokens, and the title, dateline
// and paragraphs of a. Each slice of a it makes is allocated once, at its
// final size; the sentences of the paras share one array, allocated at a
// bound of their number.
//
// Every non-blank line becomes a para: the title when the first of two or
// more lines reads as a headline, a body paragraph otherwise. Nothing is
// dropped, so the paragraphs and the title cover all the non-space text.
func segment(d *doc, a *Article) {
	text := d.text
	d.paras = appendLines(d.paras, text)
	// Both the title and the dateline of the body ask whether the first
	// line opens with a dateline: parse it once.
	var firstDL dlFirst
	if len(d.paras) > 0 {
		firstDL.m, firstDL.ok = parseDateline(d.paras[0].In(text))
	}
	// All the sentences of the paras share one array, the doc's; it grows
	// only past the bound of maxSentences. The array for a text of common
	// length is made to hold the loosest bound, which needs no count, so
	// that the pooled array serves as many texts as possible without one;
	// a long text counts its terminators rather than reserve for
	// sentences it has not.
	bound := len(d.paras) + len(text)/32
	if cap(d.sents) < bound && len(text) > bigText {
		bound = maxSentences(text, len(d.paras))
	}
	sents := slices.Grow(d.sents[:0], bound)
	// A first para that opens with no dateline keeps all of its text
	// whatever its role: its sentences and tokens are made first, and
	// headline reads the sentences. Else headline splits a short first
	// line itself, and its sentences serve the para if it keeps all of
	// its text after all.
	done := 0
	if len(d.paras) > 0 && !firstDL.ok {
		sents = d.splitTokens(&d.paras[0], sents)
		done = 1
	}
	var firstBuf [8]Span // a headline has few sentences: keep them on the stack
	var firstSents []Span
	if len(d.paras) > 1 {
		var title bool
		firstSents, title = headline(text, d.paras[0].Span, firstDL, d.paras[0].sents, firstBuf[:0])
		if title {
			d.paras[0].title = true
			a.Title = d.paras[0].In(text)
			a.TitleSpan = d.paras[0].Span
		}
	}
	a.Dateline = markDateline(d, firstDL)
	if len(d.paras) > 0 && d.paras[0].body != d.paras[0].Start {
		firstSents = nil
	}
	for i := done; i < len(d.paras); i++ {
		p := &d.paras[i]
		if i > 0 || firstSents == nil {
			sents = d.splitTokens(p, sents)
			continue
		}
		first := len(sents)
		sents = append(sents, firstSents...)
		p.sents = sents[first:len(sents):len(sents)]
		d.tokenize(p, nil)
	}
	bodySents := 0
	for i := range d.paras {
		if !d.paras[i].title {
			bodySents += len(d.paras[i].sents)
		}
	}
	d.sents = sents
	outSents := make([]Sentence, 0, bodySents)
	bodyParas := len(d.paras)
	if bodyParas > 0 && d.paras[0].title {
		bodyParas--
	}
	a.Paragraphs = make([]Paragraph, 0, bodyParas)
	for i := range d.paras {
		p := &d.paras[i]
		if p.title {
			continue
		}
		from := len(outSents)
		for _, s := range p.sents {
			outSents = append(outSents, Sentence{Span: s, Text: text[s.Start:s.End]})
		}
		out := Paragraph{Span: p.Span, Text: text[p.Start:p.End], Sentences: outSents[from:len(outSents):len(outSents)]}
		a.Paragraphs = append(a.Paragraphs, out)
	}
}

// splitTokens tokenizes p and splits its text after the dateline into
// sentences in the same pass: the tokenizer meets every mark and
// terminator that may end a sentence. It appends the sentences to sents
// and sets p.sents.
func (d *doc) splitTokens(p *para, sents []Span) []Span {
	first := len(sents)
	sp := newSplitter(Span{p.body, p.End})
	sp.out = sents
	d.tokenize(p, &sp)
	sents = sp.finish(d.text, sp.out)
	p.sents = sents[first:len(sents):len(sents)]
	return sents
}

// maxSentences bounds the number of sentences in the paras of text.
// Every sentence but the last of a para ends at a terminator, so there
// are no more than the paras and the terminators together; but the bound
// is kept to one sentence per 32 bytes, so that a text of dots does not
// reserve a sentence for each. An ellipsis is counted by its last byte,
// a fast byte count rather than a search for the three bytes; the few
// other runes that end with that byte only loosen the bound.
func maxSentences(text string, paras int) int {
	terms := strings.Count(text, ".") + strings.Count(text, "?") + strings.Count(text, "!") + strings.Count(text, "…"[2:])
	return paras + min(terms, len(text)/32)
}

// appendLines appends a para for the trimmed span of every non-blank line
// of text. Lines end at "\n", "\r\n", a lone "\r" (old Mac files and
// some scrapers) and the Unicode line and paragraph separators.
func appendLines(paras []para, text string) []para {
	// Room for every line that "\n" ends, counted fast, so that the array
	// of a new doc is allocated once; the other line ends are rare.
	paras = slices.Grow(paras, strings.Count(text, "\n")+1)
	add := func(s, e int) {
		if !trimmed(text, s, e) {
			s, e = trimSpan(text, s, e)
		}
		if s < e {
			paras = append(paras, para{Span: Span{s, e}, body: s})
		}
	}
	if strings.IndexByte(text, '\r') < 0 && nextSep(text, 0, "\u2028") == len(text) && nextSep(text, 0, "\u2029") == len(text) {
		// Only "\n" ends lines, as in most texts: find each with one
		// fast search.
		start := 0
		for {
			k := strings.IndexByte(text[start:], '\n')
			if k < 0 {
				break
			}
			add(start, start+k)
			start += k + 1
		}
		add(start, len(text))
		return paras
	}
	start := 0
	for i := 0; i < len(text); {
		i += indexLineByte(text[i:])
		if i == len(text) {
			break
		}
		end, next := i, i+1
		switch text[i] {
		case '\r':
			if next < len(text) && text[next] == '\n' {
				next++
			}
		case 0xE2:
			if !strings.HasPrefix(text[i:], "\u2028") && !strings.HasPrefix(text[i:], "\u2029") {
				i++
				continue
			}
			next = i + len("\u2028")
		}
		add(start, end)
		start, i = next, next
	}
	add(start, len(text))
	return paras
}

// nextSep returns the offset of the first sep at or after start, or
// len(text). It looks for the last byte of sep: for U+2028 (E2 80 A8)
// and U+2029 it is much rarer than the first, which begins every curly
// quotation mark.
func nextSep(text string, start int, sep string) int {
	last := sep[len(sep)-1]
	for i := start + len(sep) - 1; i < len(text); i++ {
		k := strings.IndexByte(text[i:], last)
		if k < 0 {
			break
		}
		i += k
		if s := i + 1 - len(sep); text[s:i+1] == sep {
			return s
		}
	}
	return len(text)
}

// indexLineByte returns the offset of the first byte of s that may end a
// line, or len(s): '\n', '\r', or 0xE2, the first byte of U+2028 and
// U+2029 (and of the curly quotation marks, which are more common). It
// reads eight bytes at a time while they are ASCII and hold neither '\n'
// nor '\r'.
func indexLineByte(s string) int {
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); x&highs == 0 && !hasZeroByte(x^(ones*'\n')) && !hasZeroByte(x^(ones*'\r')) {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(s)); i < end; i++ {
			if c := s[i]; c == '\n' || c == '\r' || c == 0xE2 {
				return i
			}
		}
	}
	return len(s)
}

// trimSpan shrinks [s, e) past white space at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e && isASCIISpace(text[s]) {
		s++
	}
	if s < e && text[s] >= utf8.RuneSelf {
		s = skipSpace(text, s, e)
	}
	if s < e {
		if c := text[e-1]; c < utf8.RuneSelf && !isASCIISpace(c) {
			return s, e // the usual end, a mark or a letter: no call
		}
	}
	return s, skipSpaceBack(text, s, e)
}

// trimmed reports whether the span [s, e) of text is not empty and
// begins and ends with an ASCII byte above ' ', which is no space: the
// usual span, which trimSpan keeps. It is small enough to be inlined,
// which trimSpan is not.
func trimmed(text string, s, e int) bool {
	return s < e && text[s]-'!' < utf8.RuneSelf-'!' && text[e-1]-'!' < utf8.RuneSelf-'!'
}

// maxHeadline is the longest first line, in runes, taken as a title.
// Indonesian headlines stay well under it; a longer line is a lead
// paragraph that lost its final period.
const maxHeadline = 200

// headline reports whether the first line, the span p of text, reads as
// a title: short, not opened by a dateline, and not ended or broken like
// running text. Headlines may end with '?' or '!' and may hold a colon
// ("Kapolres: Mereka Telah Ditetapkan Tersangka"). dl is the line's
// dateline, as parseDateline gives it. sents are the sentences of the
// line, or nil for headline to split them, when it needs them, into buf;
// it returns the sentences it has read, or nil.
func headline(text string, p Span, dl dlFirst, sents, buf []Span) ([]Span, bool) {
	line := text[p.Start:p.End]
	// A line of more than 4*maxHeadline bytes has more than maxHeadline
	// runes, and one of at most maxHeadline bytes no more: count the
	// runes only in between.
	if len(line) > utf8.UTFMax*maxHeadline || len(line) > maxHeadline && utf8.RuneCountInString(line) > maxHeadline {
		return nil, false
	}
	if dl.ok && dl.m.strong {
		return nil, false
	}
	if sents == nil {
		sents = appendSentences(buf, text, p)
	}
	for i, s := range sents {
		last := lastNonCloser(text[s.Start:s.End])
		switch {
		case last == '.' || last == ',' || last == ';' || last == ':':
			return sents, false
		case i < len(sents)-1 && last != '?' && last != '!':
			return sents, false
		}
	}
	return sents, true
}

// lastNonCloser returns the last rune of s that is not a closing
// quotation mark or bracket.
func lastNonCloser(s string) rune {
	for s != "" {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '”', '"', '’', '\'', '»', ')', ']':
			s = s[:len(s)-n]
			continue
		}
		return r
	}
	return 0
}

// markDateline finds the dateline of the body and records where the text
// after it begins. It looks in the first body paragraph, and in the next
// two only for a dateline that names its source: Tribun puts a byline
// line ("Laporan Wartawan …") and some outlets a pull quote before it.
// first is the dateline of the first paragraph, already parsed.
func markDateline(d *doc, first dlFirst) *Dateline {
	seen := 0
	for i := range d.paras {
		p := &d.paras[i]
		if p.title {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		m, ok := first.m, first.ok
		if i > 0 {
			m, ok = parseDateline(d.text[p.Start:p.End])
		}
		if !ok || (seen > 1 && !m.strong) {
			continue
		}
		p.body = p.Start + m.body
		dl := &Dateline{Span: Span{p.Start, p.Start + m.end}}
		dl.Text = dl.In(d.text)
		if m.place.End > 0 {
			dl.Place = d.text[p.Start+m.place.Start : p.Start+m.place.End]
		}
		if m.source.End > 0 {
			dl.Source = d.text[p.Start+m.source.Start : p.Start+m.source.End]
		}
		return dl
	}
	return nil
}

// dlFirst is the result of parseDateline for the first paragraph.
type dlFirst struct {
	m  dlMatch
	ok bool
}

// dlMatch is a dateline found at the start of a paragraph. Offsets are
// relative to the paragraph; a zero place or source Span means absent.
type dlMatch struct {
	end    int  // end of the dateline, after its dash
	body   int  // start of the text after it
	place  Span // "JAKARTA"
	source Span // "KOMPAS.com"
	strong bool // a source is named, so it cannot be a sentence
}

// maxDatelineHead bounds the bytes before a dateline's dash:
// "TRIBUNJAKARTA.COM, KEBAYORAN BARU" is about the longest in use.
const maxDatelineHead = 64

// parseDateline recognizes the dateline that opens a paragraph s, in the
// house styles of Indonesian outlets:
//
//	JAKARTA, KOMPAS.com -        PLACE, SOURCE DASH
//	Jakarta (ANTARA) -           PLACE (SOURCE) DASH
//	TEMPO.CO, Jakarta -          SOURCE, PLACE DASH
//	VOA —                        SOURCE DASH
//	JAKARTA- / JAKARTA–China     PLACE DASH, even with no space after it
//	BATAM, POSMETRO.CO :         a colon instead of a dash, with a source
//	Liputan6.com, JakartaBank    no dash: a scraper glued place and body
//
// The dash is any of - -- – — ―. Parts are separated by commas, '|' or
// parentheses; every word is capitalized (or a domain), so a sentence
// that starts with a dash-separated phrase is not taken for a dateline.
func parseDateline(s string) (dlMatch, bool) {
	if noDateline(s) {
		return dlMatch{}, false
	}
	return readDateline(s)
}

// readDateline is parseDateline but for its first look, noDateline.
func readDateline(s string) (dlMatch, bool) {
	// Most paragraphs have neither a dash nor a comma near their start:
	// one look at the head finds where each form could begin.
	dash, comma := headMarks(s[:min(len(s), maxDatelineHead+1)])
	if dash >= 0 {
		if m, ok := dashDateline(s, dash); ok {
			return m, true
		}
	}
	if comma > 0 {
		return gluedDateline(s, comma)
	}
	return dlMatch{}, false
}

// noDateline reports, from a look at the start of s, that no dateline
// opens it, as most paragraphs and titles do not. It holds when no byte
// of the head (the first maxDatelineHead+1 bytes) may end or split a
// dateline's head, and when a word that begins with a lower-case ASCII
// letter follows a space before any such byte ("Pemerintah Kota Bogor
// menutup"): then the head before any dash or colon holds that word in
// its first part, which datelineParts rejects, and the head before any
// comma is not a domain, which gluedDateline needs. The bytes that may
// end or split a head are ',' '|' '(' '-' ':' and the first of a dash
// rune. A paragraph begins with no white space; a string that does is
// left to readDateline, which trims the head.
func noDateline(s string) bool {
	if r, _ := decodeRune(s); s == "" || isSpace(r) {
		return false
	}
	n := min(len(s), maxDatelineHead+1)
	i := 0
	// Eight bytes at a time while none may be a mark: ASCII bytes but
	// ( ) * + , - : |. A lower-case letter after a space answers;
	// carry marks byte 0 when the byte before it is a space.
	var carry uint64
	for ; i < n && i+8 <= len(s); i += 8 {
		x := load64(s, i)
		spaces := bytesIn(x, ' '-1, ' '+1)
		lower := bytesIn(x, 'a'-1, 'z'+1) & (spaces<<8 | carry)
		marks := x&highs | bytesIn(x, '('-1, '-'+1) | bytesIn(x, ':'-1, ':'+1) | bytesIn(x, '|'-1, '|'+1)
		if lower != 0 && (marks == 0 || bits.TrailingZeros64(lower) < bits.TrailingZeros64(marks)) {
			return true
		}
		if marks != 0 {
			break // read the rest byte by byte
		}
		carry = spaces >> 56
	}
	for ; i < n; i++ {
		switch s[i] {
		case ',', '|', '(', '-', ':':
			return false
		case 0xE2: // – — ― are E2 80 93-95; the curly quotation marks are not dashes
			if i+2 < len(s) && s[i+1] == 0x80 && 0x93 <= s[i+2] && s[i+2] <= 0x95 {
				return false
			}
		case ' ':
			if i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' {
				return true
			}
		}
	}
	return true
}

// headByte marks the bytes of a dateline's head that parseDateline looks
// for: those that may begin a dash or a colon (every dash but '-' begins
// with 0xE2), and the separators ',' and '|'.
var headByte = [256]uint8{'-': hbDash, ':': hbDash, 0xE2: hbDash, ',': hbSep, '|': hbSep}

const (
	hbDash = 1 << iota
	hbSep
)

// headMarks returns the offset of the first byte of head that may begin
// a dash or a colon, and that of the first ',' or '|'; -1 for none.
func headMarks(head string) (dash, sep int) {
	dash, sep = -1, -1
	for i := 0; i < len(head) && (dash < 0 || sep < 0); {
		// Skip eight bytes at a time that hold none of those bytes: no
		// multi-byte rune, no ',' '-' ':' or '|'.
		if i+8 <= len(head) {
			x := load64(head, i)
			if x&highs == 0 && !hasByteIn(x, ','-1, '-'+1) && !hasZeroByte(x^(ones*':')) && !hasZeroByte(x^(ones*'|')) {
				i += 8
				continue
			}
		}
		for end := min(i+8, len(head)); i < end; i++ {
			switch headByte[head[i]] {
			case hbDash:
				if dash < 0 {
					dash = i
				}
			case hbSep:
				if sep < 0 {
					sep = i
				}
			}
		}
	}
	return dash, sep
}

// dashDateline recognizes the datelines that end with a dash or a colon,
// the first of which may be at s[from] or after it.
func dashDateline(s string, from int) (dlMatch, bool) {
	for from < len(s) {
		k, dash := headDash(s, from)
		if k <= 0 {
			return dlMatch{}, false
		}
		m, ok, word := dashAt(s, k, dash)
		if ok {
			return m, true
		}
		if !word {
			return dlMatch{}, false
		}
		// A hyphen inside a word ("POS-KUPANG.COM, KUPANG -"): look on.
		from = k + dash
	}
	return dlMatch{}, false
}

// headDash returns the offset and length of the first dash or colon
// of s at or after from and at most maxDatelineHead bytes into s, or -1
// and 0. It decodes only the runes that may be a dash: every dash but
// '-' begins with the byte 0xE2 (TestByteTablesMatchRunes checks it).
func headDash(s string, from int) (int, int) {
	for i := from; i < len(s) && i <= maxDatelineHead; i++ {
		switch s[i] {
		case '-', ':':
			return i, 1
		case 0xE2:
			if r, size := utf8.DecodeRuneInString(s[i:]); isDash(r) {
				return i, size
			}
		}
	}
	return -1, 0
}

// dashAt tries the dash or colon at s[k:k+dash] as the end of a
// dateline. word reports a hyphen between two letters, which may join a
// word of the head rather than end it.
func dashAt(s string, k, dash int) (m dlMatch, ok, word bool) {
	colon := s[k] == ':'
	end := k + dash
	for end < len(s) && s[end] == '-' { // "--"
		end++
	}
	body := skipSpace(s, end, len(s))
	if body == len(s) {
		return m, false, false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:k])
	next, _ := utf8.DecodeRuneInString(s[body:])
	glued := !isSpace(before) && body == end
	word = glued && s[k] == '-' && unicode.IsLetter(before) && unicode.IsLetter(next)
	// Two cases below fail whatever the head: do not read it.
	switch {
	case !unicode.IsLetter(next) && !unicode.IsDigit(next) && !isOpenMark(next):
		return m, false, false
	case unicode.IsLower(next) && glued:
		return m, false, word
	}
	var buf [maxDatelineParts]dlPart
	parts, valid := datelineParts(s[:k], buf[:0])
	if !valid {
		return m, false, word
	}
	m = classifyParts(s, parts)
	m.end, m.body = end, body
	switch {
	case colon && !m.strong:
		return m, false, false
	case unicode.IsLower(next) && (!m.strong || glued):
		return m, false, word
	case !unicode.IsLetter(next) && !unicode.IsDigit(next) && !isOpenMark(next):
		return m, false, false
	case glued && !m.strong:
		// "JAKARTA-Hyundai" and "JAKARTA–China" are datelines; "KPK-Polri",
		// "COVID-19" and "Jakarta–Bandung" are words.
		if !isAllUpper(s[:k]) || letterCount(s[:k]) < 5 || !unicode.IsUpper(next) {
			return m, false, word
		}
	}
	return m, true, false
}

// gluedDateline recognizes "Liputan6.com, JakartaBank Indonesia …": a
// source domain, a comma and a place run into the body's first word,
// which is split where a lower-case letter meets an upper-case one.
// The first ',' or '|' of s is at s[comma]; a comma past
// maxDatelineHead fails as none does.
func gluedDateline(s string, comma int) (dlMatch, bool) {
	var m dlMatch
	if comma <= 0 || comma > maxDatelineHead || !isDomain(strings.TrimSpace(s[:comma])) {
		return m, false
	}
	src := strings.TrimSpace(s[:comma])
	m.source = Span{0, len(src)}
	i := comma + 1
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	for w := 0; w < 3 && i < len(s); w++ {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) {
			return m, false
		}
		prevLower := false
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(r) {
				break
			}
			if prevLower && unicode.IsUpper(r) {
				m.place = Span{start, i}
				m.end, m.body, m.strong = i, i, true
				return m, true
			}
			prevLower = unicode.IsLower(r)
			i += n
		}
		if i >= len(s) || s[i] != ' ' {
			return m, false
		}
		i++
	}
	return m, false
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '―':
		return true
	}
	return false
}

func isOpenMark(r rune) bool {
	switch r {
	case '“', '”', '"', '‘', '\'', '«', '(', '[':
		return true
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// dlPart is one comma-, bar- or parenthesis-separated part of a
// dateline's head, trimmed.
type dlPart struct {
	Span
	paren bool // written in parentheses: "(ANTARA)"
	date  bool // digits and slashes or a day name: "26/10", "Senin"
}

// maxDatelineParts is the most parts a dateline's head may have.
const maxDatelineParts = 4

// datelineParts splits the head of a dateline and checks that it is made
// of at most four parts of at most four capitalized words each. It
// appends the parts to buf, which need hold no more than
// maxDatelineParts.
func datelineParts(head string, buf []dlPart) ([]dlPart, bool) {
	parts := buf
	add := func(s, e int, paren bool) bool {
		if len(parts) == maxDatelineParts {
			return false // one part too many: the head is invalid anyway
		}
		p := dlPart{Span: Span{s, e}, paren: paren}
		w := head[s:e]
		switch {
		case isDigitsOrSlashes(w), isDayName(w):
			p.date = true // "Jakarta, Senin (21/2) (ANTARA) -"
		case !isDateWords(w):
			return false
		}
		parts = append(parts, p)
		return true
	}
	start := 0
	for i := 0; i < len(head); i++ {
		switch head[i] {
		case ',', '|':
			// An empty part is allowed only after a parenthesis:
			// "Jakarta (ANTARA), …" but not "Jakarta,, …".
			s, e := trimSpan(head, start, i)
			if s == e && (len(parts) == 0 || !parts[len(parts)-1].paren) || s < e && !add(s, e, false) {
				return nil, false
			}
			start = i + 1
		case '(':
			if s, e := trimSpan(head, start, i); s < e && !add(s, e, false) {
				return nil, false
			}
			j := strings.IndexByte(head[i:], ')')
			if j < 0 {
				return nil, false
			}
			if s, e := trimSpan(head, i+1, i+j); s == e || !add(s, e, true) {
				return nil, false
			}
			i += j
			start = i + 1
		}
	}
	if s, e := trimSpan(head, start, len(head)); s < e && !add(s, e, false) {
		return nil, false
	}
	nonDate := 0
	for _, p := range parts {
		if !p.date {
			nonDate++
		}
	}
	return parts, nonDate > 0 && len(parts) <= maxDatelineParts
}

// isDateWords reports whether w is one to four words that each start
// with an upper-case letter or a digit, or is a domain ("posmetro.co").
func isDateWords(w string) bool {
	if isDomain(w) {
		return true
	}
	// The words are those of strings.Fields, found in place.
	words := 0
	for i := 0; i < len(w); {
		r, n := decodeRune(w[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if words++; words > 4 {
			return false
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		for ; i < len(w); i += n {
			if c := w[i]; c < utf8.RuneSelf { // ASCII: no decoding
				if n = 1; isASCIISpace(c) {
					break
				}
				if !isASCIIAlnum(c) && c != '.' && c != '\'' && c != '&' && c != '-' {
					return false
				}
				continue
			}
			r, n = decodeRune(w[i:])
			if unicode.IsSpace(r) {
				break
			}
			if !isWordRune(r) && r != '’' {
				return false
			}
		}
	}
	return words > 0
}

// isDigitsOrSlashes reports whether w is made of ASCII digits and '/'
// alone, as "26/10" is.
func isDigitsOrSlashes(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != '/' {
			return false
		}
	}
	return true
}

func isDayName(w string) bool {
	e, ok := lookupCalendar(w)
	return ok && !e.month
}

// isDomain reports whether w is one word with a period inside and letters
// after its last period, such as "KOMPAS.com", "TEMPO.CO" or "co.id".
func isDomain(w string) bool {
	dot := -1
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case ' ', '\t':
			return false
		case '.':
			dot = i
		}
	}
	if dot <= 0 || dot+1 == len(w) || !isASCIIAlnum(w[dot-1]) {
		return false
	}
	for i := dot + 1; i < len(w); i++ {
		if c := w[i] | 0x20; 'a' <= c && c <= 'z' {
			return true // a top-level domain has letters: not "1.700"
		}
	}
	return false
}

// newsAgencies are sources that datelines write without a domain. They
// tell "JAKARTA, KOMPAS" (place, source) from "VOA" (source alone).
var newsAgencies = map[string]bool{
	"ANTARA": true, "KOMPAS": true, "TEMPO": true, "VIVA": true, "VOA": true,
	"POSMETRO": true, "REPUBLIKA": true, "DETIK": true, "DETIKCOM": true,
	"OKEZONE": true, "SINDONEWS": true, "LIPUTAN6": true, "TRIBUN": true,
	"TRIBUNNEWS": true, "JPNN": true, "KUMPARAN": true, "TIRTO": true,
	"SUARA": true, "MERDEKA": true, "BISNIS": true, "KONTAN": true,
	"REUTERS": true, "AFP": true, "AP": true, "BBC": true, "CNN": true,
	"XINHUA": true, "BERNAMA": true, "ANADOLU": true, "SPUTNIK": true,
}

func isSource(s string) bool {
	return isDomain(s) || isAgency(s)
}

// agencyIndex looks up words in newsAgencies as upper case.
var agencyIndex = newCaseIndex(newsAgencies, true)

// isAgency reports whether newsAgencies holds strings.ToUpper(s),
// without allocating for a short s.
func isAgency(s string) bool {
	v, _ := agencyIndex.lookup(s)
	return v
}

// classifyParts tells the place from the source among the parts of a
// dateline head. A part in parentheses, a domain or a known agency is a
// source; of two unknown parts the second is ("PLACE, SOURCE" is the
// common order); everything else is the place. Several adjacent parts of
// one kind ("Washington, DC") make one span.
func classifyParts(s string, parts []dlPart) dlMatch {
	var m dlMatch
	var buf [maxDatelineParts]bool // parts has no more: no allocation
	src := buf[:]
	if len(parts) > len(buf) {
		src = make([]bool, len(parts))
	}
	src = src[:len(parts)]
	n, nonDate := 0, 0
	for i, p := range parts {
		if p.date {
			continue
		}
		nonDate++
		if p.paren || isSource(s[p.Start:p.End]) {
			src[i] = true
			n++
		}
	}
	m.strong = n > 0
	if n == 0 && nonDate == 2 {
		for i := len(parts) - 1; i >= 0; i-- {
			if !parts[i].date {
				src[i] = true
				break
			}
		}
	}
	if nonDate == 1 && n == 0 {
		// "POSMETRO MEDAN": an agency name before the place.
		p := firstNonDate(parts)
		w := s[p.Start:p.End]
		if sp := strings.IndexByte(w, ' '); sp > 0 && isAgency(w[:sp]) {
			m.source = Span{p.Start, p.Start + sp}
			rs, re := trimSpan(s, p.Start+sp, p.End)
			m.place = Span{rs, re}
			m.strong = true
			return m
		}
	}
	for i, p := range parts {
		if p.date {
			continue
		}
		sp := &m.place
		if src[i] {
			sp = &m.source
		}
		if sp.End == 0 {
			*sp = p.Span
		} else {
			sp.End = p.End
		}
	}
	return m
}

func firstNonDate(parts []dlPart) dlPart {
	for _, p := range parts {
		if !p.date {
			return p
		}
	}
	return dlPart{}
}

// abbreviations holds the words whose final period never ends a
// sentence, as written and in capitals.
var abbreviations = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool)
	for _, rec := range lexicon.Load("abbreviations.txt") {
		w := rec.Field(0)
		m[w] = true
		m[strings.ToUpper(w)] = true
	}
	return m
})

// abbreviationShape is the keyShape of abbreviations().
var abbreviationShape = sync.OnceValue(func() *keyShape {
	ks := new(keyShape)
	for k := range abbreviations() {
		ks.add(k)
	}
	return ks
})

// quoteState tracks the quotation marks of one paragraph, so that a mark
// met after a sentence's last punctuation can be told to close the
// quotation (and stay in the sentence) or to open the next one. It is
// reset at every paragraph: a mark left open closes with its paragraph.
type quoteState struct {
	double int // depth of “ ” " " « » marks
	single int // depth of ‘ ’ marks
}

// mark updates the state for the mark r at text[i:i+n] and reports
// whether it closes a quotation. Kompas opens quotations with ” and
// many writers use " both ways, so such a mark opens when it follows a
// space or bracket and comes before a word, and closes otherwise. An
// apostrophe inside a word (Jum'at, Ma’ruf) is no mark at all.
func (q *quoteState) mark(text string, start, i, n, end int) (closes, isMark bool) {
	r, _ := decodeRune(text[i:])
	// Most marks say their direction themselves; only the others need a
	// look at the runes around them.
	switch r {
	case '“', '„', '«':
		q.double++
		return false, true
	case '»':
		q.double = max(q.double-1, 0)
		return true, true
	case '‘':
		q.single++
		return false, true
	case '”', '"', '’', '\'':
	default:
		return false, false
	}
	prev, next := rune(' '), rune(' ')
	if i > start {
		prev = lastRune(text[start:i])
	}
	if i+n < end {
		next, _ = decodeRune(text[i+n:])
	}
	if r == '”' || r == '"' {
		if markOpens(prev, next) || (q.double == 0 && isWordRune(next) && !isWordRune(prev)) {
			q.double++
			return false, true
		}
		q.double = max(q.double-1, 0)
		return true, true
	}
	// '’' or '\''
	if isWordRune(prev) && isWordRune(next) {
		return false, false
	}
	if markOpens(prev, next) {
		q.single++
		return false, true
	}
	if q.single == 0 && r == '\'' && isWordRune(prev) {
		return false, false // "para pemain'" is rare; a trailing apostrophe is no mark
	}
	q.single = max(q.single-1, 0)
	return true, true
}

// markOpens reports whether a mark between prev and next may open a
// quotation: it follows a space or bracket and comes before a word.
func markOpens(prev, next rune) bool {
	return (isSpace(prev) || prev == '(' || prev == '[' || isOpenMark(prev)) && !isSpace(next) && !isPunctRune(next)
}

// isPunctRune is unicode.IsPunct with a fast path for U+2010–U+2027,
// which are all punctuation.
func isPunctRune(r rune) bool {
	if 0x2010 <= r && r <= 0x2027 {
		return true
	}
	return unicode.IsPunct(r)
}

// decodeRune is utf8.DecodeRuneInString with a fast path for ASCII and
// for U+2000–U+203F (E2 80 xx), where the curly quotation marks, the
// dashes and the ellipsis are.
func decodeRune(s string) (rune, int) {
	if s != "" && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	if len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2]&0xC0 == 0x80 {
		return 0x2000 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// lastRune returns the last rune of the non-empty s, with the fast paths
// of decodeRune.
func lastRune(s string) rune {
	n := len(s)
	if c := s[n-1]; c < utf8.RuneSelf {
		return rune(c)
	}
	if n >= 3 && s[n-3] == 0xE2 && s[n-2] == 0x80 && s[n-1]&0xC0 == 0x80 {
		return 0x2000 | rune(s[n-1]&0x3F)
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isQuoteRune(r rune) bool {
	switch r {
	case '“', '„', '«', '»', '”', '"', '‘', '’', '\'':
		return true
	}
	return false
}

func isTerminator(r rune) bool {
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// splitSentences splits the span p of text into sentences: trimmed,
// in order, covering all its non-space text. See sentenceBreak for where
// a sentence ends.
func splitSentences(text string, p Span) []Span {
	return appendSentences(nil, text, p)
}

// sentenceByte marks the bytes that may begin a quotation mark or a
// terminator: the ASCII ones, and the lead bytes of « » (0xC2) and of
// “ „ ” ‘ ’ … (0xE2). Any other byte, and every byte inside a rune, is
// skipped without decoding.
var sentenceByte = [256]bool{'.': true, '?': true, '!': true, '"': true, '\'': true, 0xC2: true, 0xE2: true}

// indexSentenceByte returns the offset of the first byte of s that
// sentenceByte marks, or len(s). It looks up eight bytes in a row before
// it branches, which is faster than a branch per byte (and, with the
// marks and terminators to test, than testing eight bytes at once
// arithmetically). It is kept out of line so that its loop runs in
// registers: inlined, it spilled them at every byte.
//
//go:noinline
func indexSentenceByte(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8]
		if sentenceByte[w[0]] || sentenceByte[w[1]] || sentenceByte[w[2]] || sentenceByte[w[3]] ||
			sentenceByte[w[4]] || sentenceByte[w[5]] || sentenceByte[w[6]] || sentenceByte[w[7]] {
			break
		}
	}
	for ; i < len(s); i++ {
		if sentenceByte[s[i]] {
			return i
		}
	}
	return len(s)
}

// The bytes repeated across a word, for the byte-parallel tests below.
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load64 returns the eight bytes of s at i as a little-endian word; the
// compiler makes it one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasByteIn reports whether a byte b of x has lo < b < hi, for
// 0 <= lo <= 127 and hi <= 128 ("hasbetween" of Sean Anderson's Bit
// Twiddling Hacks). No byte carries into the next, so the answer is
// exact.
func hasByteIn(x uint64, lo, hi uint64) bool {
	return bytesIn(x, lo, hi) != 0
}

// bytesIn returns the high bit of every byte b of x that has
// lo < b < hi, under the bounds of hasByteIn, and zero elsewhere. The
// bit of each byte is exact: no byte carries or borrows from the next.
func bytesIn(x uint64, lo, hi uint64) uint64 {
	t := x &^ highs
	return (ones*(127+hi) - t) &^ x & (t + ones*(127-lo)) & highs
}

// firstMarked returns the index of the lowest byte of m that has its
// high bit set, for an m with no other bits, as bytesIn gives it; 8 for
// none.
func firstMarked(m uint64) int {
	return bits.TrailingZeros64(m) >> 3
}

// hasZeroByte reports whether a byte of v is zero ("haszero" of the same
// collection); v^(ones*c) has one where v has c. A borrow can only mark a
// byte above a true zero, so the answer is exact.
func hasZeroByte(v uint64) bool {
	return (v-ones)&^v&highs != 0
}

// appendSentences appends the sentences of the span p of text to out;
// see splitSentences.
func appendSentences(out []Span, text string, p Span) []Span {
	sp := newSplitter(p)
	for i := p.Start; i < p.End; i = sp.from {
		i += indexSentenceByte(text[i:p.End])
		if i == p.End {
			break
		}
		out, _ = sp.at(text, i, out)
	}
	return sp.finish(text, out)
}

// splitter splits a span of text into sentences, given in order the
// offsets of the bytes that sentenceByte marks: appendSentences finds
// them itself, and tokenize meets them as it makes the tokens. Its
// methods take and return the sentences, rather than keep them, so that
// an array on the stack of appendSentences' caller stays there.
type splitter struct {
	span  Span // the span split
	q     quoteState
	start int // where the current sentence began
	// from is where the next byte to read may be: the bytes before it
	// were read with a mark or terminator before them.
	from int
	out  []Span // the sentences, for tokenize
}

// newSplitter returns a splitter of the span p.
func newSplitter(p Span) splitter {
	return splitter{span: p, start: p.Start, from: p.Start}
}

// at reads the rune at text[i], at or after sp.from, whose first byte
// sentenceByte marks: a quotation mark updates the quotes' state, and a
// terminator may end the sentence, which it appends to out. It reports
// whether a sentence ended; the next begins at sp.start.
func (sp *splitter) at(text string, i int, out []Span) ([]Span, bool) {
	r, n := decodeRune(text[i:sp.span.End])
	sp.from = i + n
	switch {
	case isQuoteRune(r):
		sp.q.mark(text, sp.span.Start, i, n, sp.span.End)
	case isTerminator(r):
		end, next, ok := sentenceBreak(text, sp.span, sp.start, i, &sp.q)
		sp.from = max(end, sp.from)
		if ok {
			out = sp.emit(text, end, out)
			sp.start = next
			return out, true
		}
	}
	return out, false
}

// emit appends to out the sentence that ends at e, if it holds any text.
func (sp *splitter) emit(text string, e int, out []Span) []Span {
	s := sp.start
	if !trimmed(text, s, e) {
		s, e = trimSpan(text, s, e)
	}
	if s < e {
		out = append(out, Span{s, e})
	}
	return out
}

// finish appends to out the last sentence, which ends with the span.
func (sp *splitter) finish(text string, out []Span) []Span {
	return sp.emit(text, sp.span.End, out)
}

// sentenceBreak decides whether the run of final punctuation at text[i:]
// ends the sentence that began at start. It returns the end of the run
// with the closing marks and brackets that follow it, where the next
// sentence starts, and whether there is a break at all.
//
// A sentence ends after '.', '?', '!' and the marks that close them
// ("… selesai.” Dia …") when a space and then an upper-case letter, a
// digit, an opening mark or a bracket follow. It does not end before a
// lower-case word ("“… ?” tanya dia", "dll. yang"), a comma or colon;
// nor at an ellipsis; nor at the period of an abbreviation, an initial or
// a list number; nor inside numbers, domains and URLs, where no space
// follows. A scraper's run-together "kemarin.Menurut" and "selesai.”Dia"
// do end.
func sentenceBreak(text string, p Span, start, i int, q *quoteState) (end, next int, ok bool) {
	// The usual end: ". " and a capital or a digit, with no mark to read
	// and only an abbreviation to rule out.
	if i+2 < p.End && text[i] == '.' && text[i+1] == ' ' {
		if c := text[i+2]; 'A' <= c && c <= 'Z' || isDigit(c) {
			return i + 1, i + 2, !abbreviationBefore(text, start, i, 1)
		}
	}
	j := i
	dots, qe, ell := 0, false, false
	for j < p.End {
		r, n := decodeRune(text[j:p.End])
		if !isTerminator(r) {
			break
		}
		switch r {
		case '.':
			dots++
		case '…':
			ell = true
		default:
			qe = true
		}
		j += n
	}
	ell = !qe && (ell || dots > 1)
	closers := 0
	k := j
	for k < p.End {
		r, n := decodeRune(text[k:p.End])
		if r == ')' || r == ']' {
			k += n
			closers++
			continue
		}
		if !isQuoteRune(r) {
			break
		}
		save := *q
		if closes, _ := q.mark(text, p.Start, k, n, p.End); !closes {
			*q = save // it opens the next sentence: leave it to the caller
			break
		}
		k += n
		closers++
	}
	end = k
	if k == p.End {
		return end, k, false
	}
	r, _ := decodeRune(text[k:p.End])
	if !isSpace(r) {
		// No space: inside a number, domain or URL unless a closing mark or
		// a scraper's lost space shows the break.
		switch {
		case closers > 0 && unicode.IsUpper(r):
		case closers == 0 && gluedBreak(text, p, i, k):
		case closers == 0 && (r == '“' || r == '”' || r == '"') && !ell && !abbreviationBefore(text, start, i, dots):
			next, _ := decodeRune(text[k+utf8.RuneLen(r) : p.End])
			if !unicode.IsUpper(next) {
				return end, k, false
			}
		default:
			return end, k, false
		}
		return end, k, true
	}
	// Skip the space; a closing mark after it still belongs to this
	// sentence ("… lelah. ” Dia …").
	m := k
	for m < p.End {
		r, n := decodeRune(text[m:p.End])
		if isSpace(r) {
			m += n
			continue
		}
		if isQuoteRune(r) && q.double+q.single > 0 {
			save := *q
			if closes, _ := q.mark(text, p.Start, m, n, p.End); closes {
				m += n
				end = m
				closers++
				continue
			}
			*q = save
		}
		break
	}
	if m == p.End {
		return end, m, false
	}
	r, _ = decodeRune(text[m:p.End])
	switch {
	case unicode.IsLower(r), r == ',', r == ';', r == ':', r == ')', r == ']':
		return end, m, false
	case ell && closers == 0:
		return end, m, false
	case !qe && closers == 0 && abbreviationBefore(text, start, i, dots):
		return end, m, false
	}
	return end, m, true
}

// gluedBreak reports a break in "kemarin.Menurut", where a scraper lost
// the space: a plain lower-case word of three letters or more, the
// punctuation, and a capitalized word that is not a domain's ending
// ("detik.Com").
func gluedBreak(text string, p Span, i, k int) bool {
	ws := i
	for ws > p.Start {
		r, n := utf8.DecodeLastRuneInString(text[p.Start:ws])
		if !unicode.IsLetter(r) {
			if isWordRune(r) || r == '.' || r == '/' || r == '@' || r == ':' || r == '-' || r == '_' {
				return false
			}
			break
		}
		ws -= n
	}
	if utf8.RuneCountInString(text[ws:i]) < 3 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(text[ws:i])
	if !unicode.IsLower(last) {
		return false
	}
	we := skipLetters(text, k, p.End)
	w := text[k:we]
	if utf8.RuneCountInString(w) < 2 || !unicode.IsUpper(firstRune(w)) || isAllUpper(w) {
		return false
	}
	switch w {
	case "Com", "Co", "Id", "Net", "Org", "Go", "Ac", "Or", "Info", "Tv", "News":
		return false
	}
	return true
}

// firstRune returns the first rune of s, or utf8.RuneError for "". A
// range loop decodes ASCII inline, and keeps the function small enough
// to be inlined into its callers.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return utf8.RuneError
}

// abbreviationBefore reports whether the period at text[i] belongs to
// the word before it: an abbreviation of the lexicon, an initial
// ("M. Yamin"), a dotted abbreviation with short parts ("S.H.", "a.n.",
// "M.Si."), or the number or letter of a list item that opens the
// sentence ("1. Pertama").
func abbreviationBefore(text string, start, i, dots int) bool {
	if dots != 1 {
		return false
	}
	ws := i
	for ws > start {
		if c := text[ws-1]; c < utf8.RuneSelf { // ASCII: no decoding
			if !isASCIIAlnum(c) && c != '.' {
				break
			}
			ws--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:ws])
		if !isWordRune(r) && r != '.' {
			break
		}
		ws -= n
	}
	w := text[ws:i]
	if w == "" {
		return false
	}
	if k := text[ws : i+1]; abbreviationShape().mayHold(k) && abbreviations()[k] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && unicode.IsLetter(r) {
		return true
	}
	if strings.IndexByte(w, '.') >= 0 && shortParts(w) {
		return true
	}
	if len(w) <= 3 && isDigits(w) {
		if s, _ := trimSpan(text, start, ws); s == ws {
			return true
		}
	}
	return false
}

// isDigits reports whether w is made of ASCII digits alone.
func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// shortParts reports whether every period-separated part of w is one or
// two letters, as in "S.H", "a.n", "M.Si", "Ph.D".
func shortParts(w string) bool {
	for part := range strings.SplitSeq(w, ".") {
		n := 0
		for _, r := range part {
			if !unicode.IsLetter(r) {
				return false
			}
			n++
		}
		if n == 0 || n > 2 {
			return false
		}
	}
	return true
}
