// Package berita parses Indonesian news articles and tells who said what.
//
// Given the text of one article, [Parse] returns an [Article]: its title
// and dateline, its paragraphs and sentences, every date it mentions
// resolved to a calendar date, the persons, organizations and places it
// names (with a person's role and affiliation), and the quotations it
// attributes to them, direct, indirect or mixed, with their speakers and
// the cue word that reports them.
//
//	a, err := berita.Parse(text)
//	if err != nil {
//		return err
//	}
//	for _, q := range a.Quotes {
//		fmt.Println(q.Speakers, q.Kind, q.Text)
//	}
//
// The package reads text as Indonesian outlets publish it and as
// scrapers deliver it: one paragraph a line, with blank lines, "\r\n" or
// "\r" line ends, stray and non-breaking spaces, a byte order mark,
// zero-width spaces, words run together and house styles of datelines
// and quotation marks that differ from outlet to outlet.
//
// # Data model
//
// An [Article] holds:
//
//   - Title: the headline, when the first of two or more lines reads as
//     one (no final period; "Kapolres: Mereka Telah Ditetapkan Tersangka"
//     and headlines ending in '?' or '!' are titles).
//   - Dateline: the place and source that open the body, such as
//     "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -", "TEMPO.CO, Jakarta -"
//     or "VOA —", as a [Dateline] with Place and Source as written; nil
//     when the body has none.
//   - Paragraphs: one [Paragraph] per non-blank line after the title, each
//     with its [Sentence] list. The span of the paragraph a dateline opens
//     (the first, or one of the two after it behind a byline) includes the
//     dateline; its first sentence starts after it. Sentences do not end
//     inside abbreviations and titles ("Dr.", "H.", "S.H.", "Jl."), initials
//     ("M. Yamin"), numbers ("1.500", "pukul 10.00"), domains and URLs, or
//     at an ellipsis; a sentence that ends inside a quotation ends after
//     the closing mark, and "“… ?” tanya dia" goes on past the mark.
//   - Dates and Date: every [DateMention] ("Kamis (26/10)", "Senin
//     (21/2/2022)", "26 Oktober 2023", "Jumat siang, 9 Februari 2024",
//     "12/3/2024", "9 Feb 2024") with its calendar date at midnight UTC, and
//     the date of the article itself: one in the dateline, else the first
//     in the lead paragraph. A date written without a year takes the year
//     from [Options.ReferenceDate]; without one, from its weekday (the
//     year nearest the present, and not more than about six months ahead
//     of it, in which that day falls on that weekday); else the current
//     year. YearInferred tells such dates apart.
//   - Actors: each person, organization and place once, as an [Actor]
//     with its canonical Name, [ActorKind], Aliases, Role, Affiliation, the
//     ISO 3166-1 Country code of a country, and the Mentions that refer to
//     it. [Actor.English] renders role, affiliation and place names in
//     English; see also [TranslateRole], [TranslateOrganization] and
//     [CountryName].
//   - Quotes: each [Quote] in text order, with its [QuoteKind] ([Direct],
//     [Indirect] or [Mixed]), its Text, the Speakers (Names of Actors of
//     the same Article; empty for an unnamed source) and its Cue.
//
// Kinds are typed constants that marshal to and from JSON as the strings
// "person", "organization", "place" and "direct", "indirect", "mixed".
// The JSON field names of every type are given by its struct tags.
//
// # Actors
//
// Actors are found without a trained model, from grammar and embedded
// word tables (titles, honorifics, degrees, police and military ranks,
// offices and their contractions such as "Kapolda" and "Menkeu",
// institution words, a gazetteer of Indonesian regions and foreign
// capitals, CLDR country names with the forms news uses, acronyms and
// well-known people). A run of capitalised words is a person when its
// context says so: a rank, title or honorific before it, a role before it
// ("Menteri Luar Negeri Korea Selatan Park Jin"), a speech cue beside it
// ("kata Yusril", "Yusril mengatakan"), or an apposition ("Budi, warga
// Bekasi,"). A capital at the start of a sentence or in a headline proves
// nothing. The role is the office without its institution, and the
// institution or country is the affiliation.
//
// One referent is one Actor. Later short forms join it: the first name,
// as Indonesian news refers back ("Roland" for Roland Manurung), the last
// name of a Western name ("Lavrov"), a role with no name when one person
// holds it ("menteri luar negeri Rusia"), an acronym defined in the text
// ("Komisi Pemberantasan Korupsi (KPK)") and aliases from the tables
// ("Jokowi", "AS", "Korsel"). The Name is the fullest form the article
// writes, without titles; [NormalizeName] gives that form for any name.
// Known actors given in [Options] (see [ReadActors]) come before the
// tables.
//
// # Quotations
//
// A [Direct] quote is text inside quotation marks that a cue attributes:
// after it ("“…,” kata X", "“…,” ujarnya") or before it ("X mengatakan,
// “…”", "Menurut X, “…”"); a quoted paragraph with no cue continues the
// speaker before it, and a quote interrupted by its cue is two quotes.
// Reported speech is [Indirect], or [Mixed] when it holds a quoted
// fragment: "X mengatakan (bahwa) …", "…, kata X.", "Menurut X, …",
// requests ("X meminta … agar …"), "Hal itu disampaikan X" and a headline
// "X: …" or "X Nilai …". Speakers are resolved through pronouns ("dia",
// "-nya"), descriptions ("juru bicara itu"), short forms, role mentions and
// lists ("Korea Selatan, AS, dan Jepang mengatakan"); an unnamed source
// ("seorang warga") gives no speaker rather than a wrong one. Quoted terms
// with no cue, belief verbs ("yakin", "menduga") and verbs with only a
// noun object ("menyampaikan apresiasi") make no quote.
//
// # Spans and offsets
//
// Every position in an Article is a [Span]: a half-open range [Start,
// End) of byte offsets into the string given to Parse, never into a
// normalized copy. Every Span satisfies 0 <= Start <= End <= len(text),
// both ends fall on rune boundaries, and wherever a Text field stands
// beside a Span, text[Start:End] == Text. Use [Span.In] to slice safely.
// Paragraph, sentence and title spans are trimmed of white space.
//
// # Errors
//
// Parse rejects input it cannot read and loses nothing it can: every
// non-blank line becomes the title or a paragraph, and Parse never
// panics.
//
//   - [ErrEmpty]: the text is empty or holds only white space (including
//     byte order marks, non-breaking and zero-width spaces).
//   - [ErrTooLarge]: the text is longer than [Options.MaxSize]
//     ([DefaultMaxSize] by default).
//   - [ErrInvalidUTF8]: the text is not valid UTF-8.
//
// The last two come wrapped in an [*InputError] that gives the byte
// offset of the fault; test them with [errors.Is] and read the offset
// with [errors.As]. [NewParser] reports invalid [Options], such as a
// negative MaxSize or a known actor without a name or kind, and
// [ReadActors] reports a bad line as a [*LineError].
//
// # Concurrency
//
// A [Parser] is immutable once [NewParser] returns it and is safe for
// concurrent use by multiple goroutines. [Parse] uses a default Parser
// with the zero [Options], built once on first use. The word tables are
// embedded in the binary and read once, lazily, the first time a Parser
// needs them; nothing is done at package initialization.
//
// # Memory
//
// Most of what a parse needs is working memory: a case-folded copy of
// the text, tokens, capitalised phrases, mentions and the indexes built
// on them, several times the size of the text. Parse keeps it in a
// [sync.Pool] for the next parse, so a program that parses article after
// article allocates little more than the Articles it gets back. Texts
// longer than 256 KiB have a pool of their own, so that their working
// memory, some twenty times their size, is kept only while long texts
// keep coming; the pool of ordinary articles holds at most what a
// 256 KiB text needs, about 4 MB, for each parse running at the same
// time. The garbage collector frees both when parsing stops.
//
// An Article shares no memory with that pool, and its strings are slices
// of the text given to Parse or strings of their own: it stays valid,
// and unchanged, however many parses follow. A pooled buffer keeps no
// reference to an earlier text. Within an Article, the Sentences of all
// paragraphs, the Mentions of all actors, their Aliases and the Speakers
// of all quotes each share one array, in parts whose capacity ends at
// their length: an append to one never writes over another, but keeping
// one part keeps the whole array (and the text) in memory.
//
// # Compatibility
//
// The exported names and the JSON field names of this package are
// stable: programs and evaluations depend on them. New fields, kinds and
// functions may be added; existing ones keep their names, types and
// meanings. The analysis itself (which sentences, actors and quotes are
// found) improves between versions, so exact results may change.
package berita
