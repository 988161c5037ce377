package berita

import (
	"bytes"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestRuneClassesFastPaths checks the ASCII and punctuation fast paths of
// the rune classes against their plain definitions, for every rune.
func TestRuneClassesFastPaths(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		space := unicode.IsSpace(r) || r == '\u00a0' || r == '\ufeff' || r == '\u200b' || r == '\u2060'
		if isSpace(r) != space {
			t.Errorf("isSpace(%U) = %v, want %v", r, isSpace(r), space)
		}
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if isWordRune(r) != word {
			t.Errorf("isWordRune(%U) = %v, want %v", r, isWordRune(r), word)
		}
		if utf8.ValidRune(r) && isCap(string(r)) != unicode.IsUpper(r) {
			t.Errorf("isCap(%q) = %v, want %v", r, isCap(string(r)), unicode.IsUpper(r))
		}
		if r < 0x80 {
			if want := map[bool]uint8{true: cSpace}[space] | map[bool]uint8{true: cWord}[word]; asciiClass[r] != want {
				t.Errorf("asciiClass[%U] = %d, want %d", r, asciiClass[r], want)
			}
		}
	}
}

// TestByteTablesMatchRunes checks the byte-level shortcuts of the
// segmenter and the quote finder against the rune predicates they stand
// for: a rune the predicate accepts must not be skipped because its first
// byte is missing from the table. Adding a mark or a dash to a predicate
// without its lead byte fails here.
func TestByteTablesMatchRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		s := string(r)
		if (isQuoteRune(r) || isTerminator(r)) && !sentenceByte[s[0]] {
			t.Errorf("sentenceByte misses %q, a quotation mark or terminator", r)
		}
		if isDash(r) && r != '-' && s[0] != 0xE2 {
			t.Errorf("headDash decodes only 0xE2 leads, and misses the dash %q", r)
		}
		pairs := r == '‘' || r == '’' || isDoubleMark(s)
		if got := pairingMark(s + "x"); (got != "") != pairs || pairs && got != s {
			t.Errorf("pairingMark(%q) = %q, want %v", s, got, pairs)
		}
		if pairs && !bytes.Contains(markLeads[:], []byte{s[0]}) {
			t.Errorf("markLeads misses the lead byte of %q", r)
		}
	}
}

// BenchmarkTokenize times the tokenizer alone, on paragraphs whose
// sentences are already split.
func BenchmarkTokenize(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run("input="+in.name, func(b *testing.B) {
			docs := make([]*doc, len(in.texts))
			for i, t := range in.texts {
				docs[i] = newDoc(t)
				segment(docs[i], &Article{})
			}
			b.SetBytes(int64(in.size()))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					d.toks = d.toks[:0]
					for i := range d.paras {
						p := &d.paras[i]
						p.caps, p.leadWords, p.leadCaps = 0, 0, 0
						d.tokenize(p, nil)
					}
					sink += len(d.toks)
				}
			}
		})
	}
}

// TestSkipAlnum checks skipAlnum, which reads eight bytes at a time,
// against a loop over isASCIIAlnum: every byte value at every place of
// a word, with the word's end before, at and after it.
func TestSkipAlnum(t *testing.T) {
	plain := func(text string, j, end int) int {
		for j < end && isASCIIAlnum(text[j]) {
			j++
		}
		return j
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			w := []byte("aZ09bcdefghijklmnopqrstuvwxyz")
			w[at] = byte(c)
			text := string(w)
			for j := 0; j <= 3; j++ {
				for end := j; end <= len(text); end++ {
					if got, want := skipAlnum(text, j, end), plain(text, j, end); got != want {
						t.Fatalf("skipAlnum(%q, %d, %d) = %d, want %d", text, j, end, got, want)
					}
				}
			}
		}
	}
}

// plainTokens is the tokenizer as first written, rune by rune with no
// fast paths, for TestTokenizeMatchesPlain: its tokens and the counts of
// countWord.
func plainTokens(text string, p para) (toks []token, caps, leadWords, leadCaps int) {
	count := func(letter, upper bool) {
		if upper {
			caps++
		}
		if letter && leadWords <= headingWords {
			leadWords++
			if upper && leadWords <= headingWords {
				leadCaps++
			}
		}
	}
	wordEnd := func(i, j int) int {
		for j < p.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += n2
				continue
			}
			if isJoiner(r2) && j+n2 < p.End {
				r3, _ := utf8.DecodeRuneInString(text[j+n2:])
				if isWordRune(r3) && joins(r2, text[i:j], r3) {
					j += n2
					continue
				}
			}
			break
		}
		return j
	}
	sent := int32(0)
	for i := p.Start; i < p.End; {
		for int(sent)+1 < len(p.sents) && i >= p.sents[sent+1].Start {
			sent++
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(i, i+n)
			toks = append(toks, token{Span: Span{i, j}, kind: tWord, sent: sent, capital: isCap(text[i:j])})
			count(unicode.IsLetter(r), unicode.IsUpper(r))
			i = j
		default:
			k, _ := quoteMark(r)
			if r == '’' || r == '\'' {
				k = tCloseQ
				if r == '\'' {
					k = tAmbigQ
				}
			}
			toks = append(toks, token{Span: Span{i, i + n}, kind: k, sent: sent})
			i += n
		}
	}
	return toks, caps, leadWords, leadCaps
}

// TestTokenizeMatchesPlain checks the tokenizer's fast paths against
// plainTokens, on the sample articles and on texts made to hit the
// paths' edges: words of every length around eight bytes, joiners,
// quotation marks, control bytes and invalid UTF-8. The sentences that
// segment splits as it tokenizes must be those of splitSentences.
func TestTokenizeMatchesPlain(t *testing.T) {
	texts := corpus(t)
	texts = append(texts,
		"Covid-19 Ma'ruf 1.500 3,5 26/10 kemarin.Menurut “Kata” ‘dia’ — «ok» don’t 'x' \"y\"",
		"abcdefgh abcdefghi abcdefghijklmnop ABCDEFGHIJKLMNOPQ 0123456789012345 a\x00b\x7fc\x1fd",
		"Désa Ĳssel straße ΑΒΓ 日本語 \u00a0x\u2003y\u200bz\ufeffw a\u0301b \xff\xfe trailing.",
		"x-y- -z a''b a’’b 1..2 1.,2 ,a. .a, end-",
		// Sentences that end at the edges of the tokens' and the
		// splitter's rules: closing marks, ellipses, numbers, glued
		// breaks, marks inside words.
		"JAKARTA, KOMPAS.com - “Selesai.” Dia pergi… Lalu “tanya?” kata dia. (Ya.) [Tidak!] 1.500. Rp 2.5 juta.Menurut",
		"TEMPO.CO, Jakarta - Ma'ruf ’kata’ don’t.’ ‘Ya.’ ”Kami datang.” Anak-anak. S.H. M. Yamin dll. yang 1. Pertama",
		"Liputan6.com, JakartaBank Indonesia naik. \"Ya,\" katanya. 'Dia' pergi. ? ! . .. ... …” » «Ok.» end",
		"a.\u00a0B c.\u2003D e.\"F g.”H i.'J k.)L m.]N o.“P q.« R 3.14. S 26/10. T ....",
		// Paragraphs that end with a terminator or a mark, which the
		// splitter is not given.
		"Dia berkata, “Ya. Kami pergi.”\nLalu…\nIa bertanya? \"Siapa?\"\n“Tidak.\n'Kami' pergi.'\nSelesai!",
	)
	for _, text := range texts {
		d := newDoc(text)
		segment(d, &Article{})
		for i := range d.paras {
			p := &d.paras[i]
			want, caps, lw, lc := plainTokens(text, *p)
			check := func(how string) {
				t.Helper()
				if diff := cmp.Diff(want, p.toks, cmp.AllowUnexported(token{})); diff != "" {
					t.Errorf("%s(%q) mismatch (-want +got):\n%s", how, p.In(text), diff)
				}
				if p.caps != caps || p.leadWords != lw || p.leadCaps != lc {
					t.Errorf("%s(%q) counts = %d, %d, %d; want %d, %d, %d", how, p.In(text), p.caps, p.leadWords, p.leadCaps, caps, lw, lc)
				}
			}
			check("segment") // sentences split as the tokens are made
			if diff := cmp.Diff(splitSentences(text, Span{p.body, p.End}), p.sents); diff != "" {
				t.Errorf("segment(%q) sentences mismatch (-want +got):\n%s", p.In(text), diff)
			}
			p.caps, p.leadWords, p.leadCaps = 0, 0, 0
			d.tokenize(p, nil)
			check("tokenize")
		}
		d.release()
	}
}
