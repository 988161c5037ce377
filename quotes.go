package berita

// Quote is one quotation: content the article attributes to a source.
// Text is what the quotation says: inside the marks for a [Direct]
// quote, the content clause without cue, speaker and "bahwa" for the
// others. The embedded Span locates Text, so text[Start:End] == Text.
type Quote struct {
	Kind QuoteKind `json:"kind"`
	Text string    `json:"text"`
	Span
	// Speakers are the Names of the actors the quote is attributed to, in
	// the order the article gives them; empty for an unnamed source.
	Speakers []string `json:"speakers"`
	// Cue is the reporting word as written ("kata", "mengatakan",
	// "katanya", "menurut"), or "" for a quoted paragraph that continues
	// the previous speaker.
	Cue string `json:"cue"`
	// CueSpan locates Cue; it is the zero Span when Cue is "".
	CueSpan Span `json:"cue_span"`
}

// findQuotes finds the quotations of d and attributes them to actors.
func findQuotes(d *doc, ents *entities) []Quote {
	return []Quote{}
}
