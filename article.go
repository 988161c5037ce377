package berita

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// DefaultMaxSize is the size limit, in bytes, of a text given to Parse
// when [Options.MaxSize] is zero: 8 MiB.
const DefaultMaxSize = 8 << 20

// Errors returned by [Parse] and [Parser.Parse]. Test for them with
// [errors.Is]; an [*InputError] wraps [ErrInvalidUTF8] and [ErrTooLarge]
// with the byte offset where the input went wrong.
var (
	// ErrEmpty reports a text that is empty or holds only white space.
	ErrEmpty = errors.New("berita: empty text")
	// ErrTooLarge reports a text longer than the parser's size limit.
	ErrTooLarge = errors.New("berita: text too large")
	// ErrInvalidUTF8 reports a text that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("berita: invalid UTF-8")
)

// InputError is the error for input that cannot be parsed at a known
// position. Offset is a byte offset into the text given to Parse; Err is
// one of the package's sentinel errors, so errors.Is(err, ErrInvalidUTF8)
// holds for an *InputError that wraps it.
type InputError struct {
	Offset int    // byte offset of the fault
	Err    error  // ErrInvalidUTF8 or ErrTooLarge
	Detail string // more about the fault, such as the line number; may be ""
}

// Error returns the message with its offset, for example
// "berita: invalid UTF-8 at byte 17 (line 2)".
func (e *InputError) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("%v at byte %d (%s)", e.Err, e.Offset, e.Detail)
	}
	return fmt.Sprintf("%v at byte %d", e.Err, e.Offset)
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *InputError) Unwrap() error { return e.Err }

// Span is a half-open range [Start, End) of byte offsets into the text
// given to Parse. Every Span in an [Article] satisfies
// 0 <= Start <= End <= len(text), and both ends fall on rune boundaries.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// In returns the text that the span covers. It returns "" when the span
// does not fit text, so it never panics.
func (s Span) In(text string) string {
	if s.Start < 0 || s.End > len(text) || s.Start > s.End {
		return ""
	}
	return text[s.Start:s.End]
}

// Article is the result of parsing one news article.
//
// Every Text field equals the input text sliced by the Span beside it.
// Actors holds each referent once; Quotes are in text order, and each of
// their Speakers is the Name of an element of Actors.
type Article struct {
	// Title is the headline when the first line reads as one, else "";
	// TitleSpan locates it, and is the zero Span when there is no title.
	Title     string `json:"title"`
	TitleSpan Span   `json:"title_span"`
	// Dateline is the place and source that open the body
	// ("JAKARTA, KOMPAS.com -"), or nil when the body has none.
	Dateline *Dateline `json:"dateline,omitempty"`
	// Date is the date of the article when it states one: in its
	// dateline, else the first dated mention of its lead paragraph.
	Date *DateMention `json:"date,omitempty"`
	// Paragraphs are the body's paragraphs, one per non-blank line, in
	// order. The title line is not among them; the dateline is part of the
	// span of the paragraph it opens (the first body paragraph, or one of
	// the two after it when bylines or a pull quote come first) but not of
	// that paragraph's first sentence.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Dates are all the date mentions, in text order, each resolved to a
	// calendar date.
	Dates []DateMention `json:"dates"`
	// Actors are the persons, organizations and places the article names.
	Actors []Actor `json:"actors"`
	// Quotes are the quotations attributed in the article, in text order.
	Quotes []Quote `json:"quotes"`
}

// Dateline is the place-and-source prefix of a news body, such as
// "JAKARTA, KOMPAS.com -" or "Jakarta (ANTARA) -".
type Dateline struct {
	Span
	Text   string `json:"text"`
	Place  string `json:"place"`  // as written, e.g. "JAKARTA"; "" when absent ("VOA —")
	Source string `json:"source"` // as written, e.g. "KOMPAS.com"; "" when absent
}

// Paragraph is one line of the body.
type Paragraph struct {
	Span
	Text      string     `json:"text"`
	Sentences []Sentence `json:"sentences"`
}

// Sentence is one sentence of a paragraph. A quotation that ends with
// its own punctuation ends the sentence only after its closing mark.
type Sentence struct {
	Span
	Text string `json:"text"`
}

// DateMention is a date written in the text, resolved to a calendar date.
type DateMention struct {
	Span
	Text string `json:"text"`
	// Time is midnight UTC of the date.
	Time time.Time `json:"time"`
	// YearInferred is true when the text gives no year and it was taken
	// from the reference date or the weekday.
	YearInferred bool `json:"year_inferred,omitempty"`
}

// Options configure a [Parser]. The zero value gives the defaults.
type Options struct {
	// Actors are known actors, matched by name and aliases before the
	// built-in tables. Their Name, Kind, Aliases, Role, Affiliation and
	// Country are copied into the Article when mentioned; Mentions are
	// ignored. See [ReadActors] for a file format.
	Actors []Actor
	// ReferenceDate supplies the year of dates written without one
	// ("Kamis (26/10)"): the year that puts the date nearest to it. When
	// zero, the year is the one nearest the present, and at most about six
	// months ahead of it, in which the written weekday falls on that day;
	// with no weekday written, the current year.
	ReferenceDate time.Time
	// MaxSize is the largest text, in bytes, that Parse accepts; zero
	// means [DefaultMaxSize]. A negative value is an error.
	MaxSize int
}

// Parser parses articles. It is immutable after [NewParser] and safe for
// concurrent use by multiple goroutines.
type Parser struct {
	maxSize int
	refDate time.Time
	known   *knownActors
}

// NewParser returns a Parser configured by opts. It reports an error for
// options that cannot work: a negative MaxSize, or a known actor with no
// name or an unknown kind.
func NewParser(opts Options) (*Parser, error) {
	p := &Parser{maxSize: opts.MaxSize, refDate: opts.ReferenceDate}
	switch {
	case p.maxSize < 0:
		return nil, fmt.Errorf("berita: Options.MaxSize is negative (%d)", opts.MaxSize)
	case p.maxSize == 0:
		p.maxSize = DefaultMaxSize
	}
	known, err := newKnownActors(opts.Actors)
	if err != nil {
		return nil, err
	}
	p.known = known
	return p, nil
}

var defaultParser = sync.OnceValue(func() *Parser {
	p, err := NewParser(Options{})
	if err != nil {
		panic(err) // the zero Options are always valid
	}
	return p
})

// Parse parses text with a default Parser, built on first use.
// See [Parser.Parse].
func Parse(text string) (*Article, error) {
	return defaultParser().Parse(text)
}

// Parse parses one article: paragraphs, sentences, dateline, dates,
// actors and quotes. The first line is taken as the title when it reads
// as a headline.
//
// It returns [ErrEmpty] for a blank text, an [*InputError] wrapping
// [ErrTooLarge] when text exceeds the size limit, and one wrapping
// [ErrInvalidUTF8], with the offset of the first bad byte, for text that
// is not UTF-8. It never panics and every non-blank line of text becomes
// the title or a paragraph.
func (p *Parser) Parse(text string) (*Article, error) {
	if err := p.check(text); err != nil {
		return nil, err
	}
	d := newDoc(text)
	a := p.build(d)
	d.release()
	return a, nil
}

// build builds the Article of d's text.
func (p *Parser) build(d *doc) *Article {
	a := &Article{}
	segment(d, a)
	a.Dates = findDates(d, a, p.refDate)
	a.Date = articleDate(a)
	ents := findActors(d, p.known)
	a.Quotes = findQuotes(d, ents)
	a.Actors = ents.export()
	return a
}

func (p *Parser) check(text string) error {
	if len(text) > p.maxSize {
		return &InputError{Offset: p.maxSize, Err: ErrTooLarge,
			Detail: fmt.Sprintf("text is %d bytes, limit %d", len(text), p.maxSize)}
	}
	if i := invalidUTF8(text); i >= 0 {
		return &InputError{Offset: i, Err: ErrInvalidUTF8,
			Detail: fmt.Sprintf("line %d", strings.Count(text[:i], "\n")+1)}
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return ErrEmpty
	}
	return nil
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 encoding, or -1.
func invalidUTF8(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
