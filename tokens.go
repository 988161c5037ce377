package berita

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// doc is the working state of one parse: the text, its paragraphs and
// their tokens. Entities and quotes read it; nothing in it escapes into
// the Article, so that its arrays can serve the next parse (see newDoc).
type doc struct {
	text  string
	lower string // text case-folded rune by rune, with the same byte offsets
	// lowerBuf holds lower when text needs folding; see foldInto.
	lowerBuf []byte
	paras    []para
	sents    []Span    // the sentences of all paras, which slice it
	pairs    [][]qpair // quotation marks per paragraph; see quotePairs

	// The arrays below hold every paragraph's tokens, every chunk's
	// words and the chunks themselves; the paragraphs and chunks slice
	// them. ents and finder keep the maps and arrays of the entities and
	// of the quote finder between parses.
	toks   []token
	words  []cword
	chunks []chunk
	ents   entities
	finder quoteFinder
}

// docs and bigDocs keep the docs of finished parses, so that a parse
// reuses the arrays of an earlier one instead of allocating its own: most
// of a parse's working memory is tokens and chunk words, several times
// the size of the text. The pools let the garbage collector drop them
// when parsing stops. Texts longer than bigText have a pool of their own,
// so that the arrays of a long text, some twenty times its size, are kept
// only while long texts keep coming: a doc that has once parsed 8 MiB
// does not stay in use for ordinary articles.
var (
	docs    = sync.Pool{New: func() any { return new(doc) }}
	bigDocs = sync.Pool{New: func() any { return new(doc) }}
)

// bigText is the length past which a text takes its doc from bigDocs:
// few articles come near it.
const bigText = 256 << 10

// poolFor returns the pool of the docs for texts of n bytes.
func poolFor(n int) *sync.Pool {
	if n > bigText {
		return &bigDocs
	}
	return &docs
}

// newDoc returns a doc for text, reusing a pooled one; give it back
// with release once the Article is built.
func newDoc(text string) *doc {
	d := poolFor(len(text)).Get().(*doc)
	d.text, d.lower = text, d.foldInto(text)
	// News has about one token in five or six bytes: room for one in four
	// holds all of them at once, rather than growing paragraph by
	// paragraph.
	if want := len(text)/4 + 16; cap(d.toks) < want {
		d.toks = make([]token, 0, want)
	}
	return d
}

// foldInto returns foldText(text), folded into d's buffer rather than a
// new string: the folded text is as long as the text, and only lookups
// read it. The string shares the buffer, which the next parse with d
// overwrites, so nothing built from d.lower may outlive the parse: the
// strings of an Article are slices of the text or built anew, which
// TestNoFoldedTextEscapes and FuzzParse check.
func (d *doc) foldInto(text string) string {
	i := firstToFold(text)
	if i == len(text) {
		return text
	}
	d.lowerBuf = append(d.lowerBuf[:0], text[:i]...)
	d.lowerBuf = appendFoldText(d.lowerBuf, text[i:])
	return unsafe.String(unsafe.SliceData(d.lowerBuf), len(d.lowerBuf))
}

// release empties d and returns it to the pool it came from. The
// references to text are cleared, so that a pooled doc does not keep an
// article alive.
func (d *doc) release() {
	pool := poolFor(len(d.text))
	clear(d.paras)
	clear(d.words)
	clear(d.chunks)
	d.ents.release(pool == &bigDocs)
	d.finder.release()
	// Field by field, not a composite literal: that would copy the
	// entities' and the finder's structs twice. TestReleaseKeepsNoText
	// finds a field this forgets.
	d.text, d.lower, d.pairs = "", "", nil
	d.lowerBuf, d.paras, d.sents = d.lowerBuf[:0], d.paras[:0], d.sents[:0]
	d.toks, d.words, d.chunks = d.toks[:0], d.words[:0], d.chunks[:0]
	pool.Put(d)
}

// para is one line of the text: the title or a body paragraph.
type para struct {
	Span
	title bool   // the headline
	body  int    // offset where the text after the dateline begins
	sents []Span // sentence spans, in order, inside the paragraph
	toks  []token
	// caps counts the words that start with a capital letter, and
	// leadWords and leadCaps the words that start with a letter, up to
	// headingWords+1, and the capitalised among them: tokenize counts
	// them for the entities (see reserve and isHeadingLine).
	caps, leadWords, leadCaps int
	// dateDigits tells that a date may start in the paragraph: a word
	// starts with a digit, or an ASCII digit follows a joiner inside a
	// word (see dateCanStart). Other digits follow a word rune, or a '.'
	// or ',' after a digit, where no date starts; findDates skips the
	// paragraphs with none.
	dateDigits bool
}

// headingWords is the most words a subheading has.
const headingWords = 16

type tokKind uint8

const (
	tWord   tokKind = iota // letters or digits, with inner '-', '\'', '.', ',', '/' where they join
	tPunct                 // any other single non-space rune
	tOpenQ                 // an opening quotation mark
	tCloseQ                // a closing quotation mark
	tAmbigQ                // '"' or a mark whose direction depends on context
)

// token is a word or a punctuation rune of a paragraph.
type token struct {
	Span
	// sent is the index of the sentence within the paragraph: an int32,
	// which keeps a token at 24 bytes, overflows only past 2 GiB.
	sent int32
	kind tokKind
	// capital is whether a word starts with an upper-case letter
	// (isCap): several stages ask it of most words, and the tokenizer
	// knows it.
	capital bool
}

func (d *doc) str(t token) string { return d.text[t.Start:t.End] }

// low returns the folded form of token t, as fold would give it, without
// allocating.
func (d *doc) low(t token) string { return d.lower[t.Start:t.End] }

// word returns the folded word token i of p, or "" when token i is not
// a word.
func (d *doc) word(p *para, i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != tWord {
		return ""
	}
	return d.low(p.toks[i])
}

func isSpace(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return isASCIISpace(byte(r))
	case 0x2010 <= r && r <= 0x2027:
		return false // dashes, quotation marks, the ellipsis: common in news
	}
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' || r == '\u2060'
}

// isASCIISpace reports whether the ASCII byte c is white space, as
// isSpace does for its rune.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// isASCIIAlnum reports whether the byte c is an ASCII letter or digit:
// a word rune on its own.
func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// quoteMark classifies r as a quotation mark.
func quoteMark(r rune) (tokKind, bool) {
	switch r {
	case '“', '«', '„', '‘', '‹':
		return tOpenQ, true
	case '”', '»', '’', '›':
		return tCloseQ, true
	case '"':
		return tAmbigQ, true
	}
	return tPunct, false
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if 0x2000 <= r && r <= 0x206F {
		// General Punctuation, where news's curly quotation marks, dashes
		// and ellipsis are, has no letter, digit or mark: no look-ups in
		// the three tables below.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tokenize splits the paragraph span into tokens. Joiners stay inside a
// word between word runes, so "Covid-19", "Ma'ruf", "1.500", "3,5" and
// "26/10" are one token each (see joins).
//
// The sentences of p are those of p.sents, unless sp is not nil: then
// tokenize splits them with sp as it goes, and each token takes the
// sentence that sp has begun when the token starts. The splitter is
// given every quotation mark and terminator that begins a token: the
// others are inside words, where '.' joins digits and an apostrophe
// letters, and neither ends a sentence nor is a quotation mark. Nor is
// it given the last rune of the paragraph, the usual full stop: no
// sentence ends before the end there, and the quotes' state ends with
// the paragraph.
func (d *doc) tokenize(p *para, sp *splitter) {
	// The text cut at the end of p: one length bounds both the loop and
	// its slices, which spares a register.
	text := d.text[:p.End]
	end := len(text)
	// Tokens are appended to d.toks itself: kept in memory, the slice
	// leaves the loop's registers to the scan.
	first := len(d.toks)
	// Only tokens carry sent: it is brought up to date at a token that
	// starts at or past next, the start of the sentence after sent,
	// rather than tested at every byte.
	sent, next := int32(0), nextSentStart(p.sents, 0)
	if sp != nil {
		next = math.MaxInt
	}
	var brk bool // whether sp ended a sentence
	for i := p.Start; i < end; {
		c := text[i]
		if c == ' ' { // the usual byte between tokens
			i++
			continue
		}
		if i >= next {
			if sp != nil {
				sent++
				next = math.MaxInt
			} else {
				for int(sent)+1 < len(p.sents) && i >= p.sents[sent+1].Start {
					sent++
				}
				next = nextSentStart(p.sents, sent)
			}
		}
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case cSpace:
				i++
				continue
			case cOther:
				// ASCII punctuation: a quotation mark of either
				// direction, '"' or '\'', or another mark.
				k := tPunct
				if c == '"' || c == '\'' {
					k = tAmbigQ
				}
				d.toks = append(d.toks, token{Span: Span{i, i + 1}, kind: k, sent: sent})
				if sp != nil && sentenceByte[c] && i >= sp.from && i+1 < end {
					if sp.out, brk = sp.at(text, i, sp.out); brk {
						next = sp.start
					}
				}
				i++
				continue
			}
			// Most words are ASCII letters and digits ended by a space
			// or a mark that joins nothing: find their end here, and
			// leave joiners and other runes to wordEnd. Most of their
			// bytes are lower-case letters, tested eight at a time, and
			// a capital or a digit among them is stepped over: a
			// byte-parallel test of all the letters and digits costs
			// twice as much. A call for every word would save and
			// restore the loop's registers.
			j := i + 1
			stop := uint8(stopAlways) // at the end of the paragraph
			for {
				if j+8 > len(text) {
					if j = skipAlnum(text, j, end); j < end {
						stop = wordStop[text[j]]
					}
					break
				}
				other := notLower(load64(text, j))
				if other == 0 {
					j += 8
					continue
				}
				j += firstMarked(other)
				if stop = wordStop[text[j]]; stop != stopAlnum {
					break
				}
				j++
			}
			if stop != stopAlways && (stop != stopUnlessDigit || isDigit(text[j-1])) {
				var joined bool
				if j, joined = d.wordEnd(i, j, end); joined {
					p.dateDigits = true
				}
			}
			j = min(j, end)
			upper := c-'A' < 26
			d.toks = append(d.toks, token{Span: Span{i, j}, kind: tWord, sent: sent, capital: upper})
			p.countWord(c >= 'A', upper)
			i = j
			if i < end && text[i] == ' ' {
				i++ // the space after the word, without a turn of the loop
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			j, joined := d.wordEnd(i, i+n, end)
			p.dateDigits = p.dateDigits || joined
			upper := unicode.IsUpper(r)
			d.toks = append(d.toks, token{Span: Span{i, j}, kind: tWord, sent: sent, capital: upper})
			p.countWord(unicode.IsLetter(r), upper)
			i = j
		default:
			// An apostrophe is part of the text only inside a word (see
			// wordEnd); standing alone, '’' is a closing mark.
			k, _ := quoteMark(r)
			d.toks = append(d.toks, token{Span: Span{i, i + n}, kind: k, sent: sent})
			if sp != nil && (isQuoteRune(r) || isTerminator(r)) && i >= sp.from && i+n < end {
				if sp.out, brk = sp.at(text, i, sp.out); brk {
					next = sp.start
				}
			}
			i += n
		}
	}
	// A paragraph keeps its part of the array even when a later one
	// outgrows it and moves the rest.
	p.toks = d.toks[first:len(d.toks):len(d.toks)]
}

// wordStop tells the bytes after a word's ASCII letters and digits that
// end it whatever comes next (see wordEnd): white space and the ASCII
// marks that join nothing, and '.' and ',', which join only digits.
// Joiners that join letters, and the bytes of multi-byte runes, which
// may be letters, are left to wordEnd. It marks the ASCII letters and
// digits themselves too, which tokenize steps over.
var wordStop = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		switch {
		case isASCIIAlnum(byte(c)):
			t[c] = stopAlnum
		case c == '.' || c == ',':
			t[c] = stopUnlessDigit
		case asciiClass[c] == cSpace || asciiClass[c] == cOther && !isJoiner(rune(c)):
			t[c] = stopAlways
		}
	}
	return t
}()

// The values of wordStop.
const (
	stopNever = iota
	stopAlways
	stopUnlessDigit
	stopAlnum // no stop: an ASCII letter or digit, which the word goes on with
)

// nextSentStart returns the start of the sentence after sents[i], or
// the largest int when sents[i] is the last.
func nextSentStart(sents []Span, i int32) int {
	if int(i)+1 < len(sents) {
		return sents[i+1].Start
	}
	return math.MaxInt
}

// countWord counts a word of p by its first rune: whether it is a
// letter and whether it is upper case. A word that starts with another
// word rune, a digit, may start a date.
func (p *para) countWord(letter, upper bool) {
	// A word is capitalised or not as the text goes: a count without a
	// branch, which would mispredict on every other capital.
	p.caps += b2i(upper)
	if !letter {
		p.dateDigits = true
	} else if p.leadWords <= headingWords {
		p.leadWords++
		if upper && p.leadWords <= headingWords {
			p.leadCaps++
		}
	}
}

// b2i returns 1 for true and 0 for false, which the compiler does with
// no branch.
func b2i(b bool) int {
	n := 0
	if b {
		n = 1
	}
	return n
}

// wordEnd returns the end of the word that starts at i and goes on at
// least to j, before end: word runes, and joiners between word runes
// where they join. digit reports an ASCII digit after a joiner where a
// date may start: after any joiner but a '.' or ',' after an ASCII
// digit (see dateCanStart).
func (d *doc) wordEnd(i, j, end int) (_ int, digit bool) {
	text := d.text
	for j < end {
		// Most words are ASCII letters and digits: skip them before the
		// classes and joiners below.
		if j = skipAlnum(text, j, end); j == end {
			break
		}
		c := text[j] // not an ASCII letter or digit
		r2, n2 := rune(c), 1
		if c < utf8.RuneSelf {
			if asciiClass[c] == cSpace {
				return j, digit // the usual end of a word
			}
		} else if r2, n2 = utf8.DecodeRuneInString(text[j:]); isWordRune(r2) {
			j += n2
			continue
		}
		if isJoiner(r2) && j+n2 < end {
			r3, _ := utf8.DecodeRuneInString(text[j+n2:])
			if isWordRune(r3) && joins(r2, text[i:j], r3) {
				if '0' <= r3 && r3 <= '9' && (r2 != '.' && r2 != ',' || !isDigit(text[j-1])) {
					digit = true
				}
				j += n2
				continue
			}
		}
		break
	}
	return j, digit
}

// The classes of ASCII bytes, for the tokenizer's fast path.
const (
	cOther = iota
	cSpace
	cWord
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch r := rune(c); {
		case isWordRune(r):
			t[c] = cWord
		case isSpace(r):
			t[c] = cSpace
		}
	}
	return t
}()

// skipAlnum returns the offset of the first byte of text at or after j
// that is not an ASCII letter or digit, or end if there is none before
// end. It tests eight bytes at a time and finds the first other byte
// among them by its bit: a loop with a branch per byte mispredicts at
// the end of every word, and in a parse, where other stages run in
// between, the branch predictor cannot learn the text's word lengths.
func skipAlnum(text string, j, end int) int {
	for j < end && j+8 <= len(text) {
		if other := nonAlnum(load64(text, j)); other != 0 {
			return min(j+firstMarked(other), end)
		}
		j += 8
	}
	for j < end && isASCIIAlnum(text[j]) {
		j++
	}
	return min(j, end)
}

// notLower returns the high bit of every byte of x that is not an ASCII
// lower-case letter, and zero elsewhere.
func notLower(x uint64) uint64 {
	return ^bytesIn(x, 'a'-1, 'z'+1) & highs
}

// nonAlnum returns the high bit of every byte of x that is not an ASCII
// letter or digit, and zero elsewhere.
func nonAlnum(x uint64) uint64 {
	// x|0x20 turns upper-case letters into lower case and keeps every
	// other byte out of a-z; digits are tested on x itself.
	alnum := bytesIn(x, '0'-1, '9'+1) | bytesIn(x|ones*0x20, 'a'-1, 'z'+1)
	return ^alnum & highs
}

func isJoiner(r rune) bool {
	switch r {
	case '-', '\'', '’', '.', ',', '/', '‐':
		return true
	}
	return false
}

// joins reports whether joiner j glues word w to the rune next after it:
// '.' and ',' only between digits (1.500, 3,5, 10.00), the others always.
func joins(j rune, w string, next rune) bool {
	if j == '.' || j == ',' {
		last, _ := utf8.DecodeLastRuneInString(w)
		return unicode.IsDigit(last) && unicode.IsDigit(next)
	}
	return true
}

func isAllUpper(s string) bool {
	letters := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf { // ASCII: no decoding or tables
			if 'a' <= c && c <= 'z' {
				return false
			}
			letters += b2i('A' <= c && c <= 'Z')
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
		i += n
	}
	return letters > 0
}

// skipSpace returns the offset of the first rune at or after i, before
// end, that is not white space.
func skipSpace(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// skipSpaceBack returns the offset just past the last rune before k, at
// or after start, that is not white space, or start.
func skipSpaceBack(text string, start, k int) int {
	for k > start {
		if c := text[k-1]; c < utf8.RuneSelf { // ASCII: no decoding
			if !isASCIISpace(c) {
				break
			}
			k--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(text[start:k])
		if !isSpace(r) {
			break
		}
		k -= n
	}
	return k
}

// skipLetters returns the offset of the first rune at or after i, before
// end, that is not a letter.
func skipLetters(text string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	return i
}
