package berita

import (
	"strings"
	"unicode/utf8"
)

// segment splits the text into the title and paragraphs, finds the
// dateline and the sentences, and tokenizes every paragraph into d.
func segment(d *doc, a *Article) {
	text := d.text
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpan(text, start, end)
		if s < e {
			d.paras = append(d.paras, para{Span: Span{s, e}, body: s})
		}
		start = end + 1
	}
	if len(d.paras) > 1 && isHeadline(d.paras[0].In(text)) {
		d.paras[0].title = true
		a.Title = d.paras[0].In(text)
		a.TitleSpan = d.paras[0].Span
	}
	a.Paragraphs = make([]Paragraph, 0, len(d.paras))
	for i := range d.paras {
		p := &d.paras[i]
		p.sents = splitSentences(text, p.Span)
		d.tokenize(p)
		if p.title {
			continue
		}
		out := Paragraph{Span: p.Span, Text: p.In(text), Sentences: make([]Sentence, len(p.sents))}
		for j, s := range p.sents {
			out.Sentences[j] = Sentence{Span: s, Text: s.In(text)}
		}
		a.Paragraphs = append(a.Paragraphs, out)
	}
}

// trimSpan shrinks [s, e) past white space at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// isHeadline reports whether a first line reads as a title: short and
// not ended like a sentence.
func isHeadline(line string) bool {
	if len(line) > 250 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return r != '.' && r != ','
}

// splitSentences splits a paragraph at '.', '?' and '!' followed by a
// space.
func splitSentences(text string, p Span) []Span {
	var out []Span
	start := p.Start
	for i := p.Start; i < p.End; i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < p.End && (text[j] == '"' || strings.HasPrefix(text[j:], "”")) {
			if text[j] == '"' {
				j++
			} else {
				j += len("”")
			}
		}
		if j < p.End && text[j] == ' ' {
			out = append(out, Span{start, j})
			start = j + 1
		}
	}
	if start < p.End {
		out = append(out, Span{start, p.End})
	}
	return out
}
