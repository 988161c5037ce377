package berita

import "fmt"

// ActorKind says what an [Actor] is. It marshals as "person",
// "organization" or "place".
type ActorKind uint8

// The kinds of actor.
const (
	Person       ActorKind = iota + 1 // a named human being
	Organization                      // a ministry, party, company, agency, unit, …
	Place                             // a country, region or city
)

var actorKindNames = [...]string{Person: "person", Organization: "organization", Place: "place"}

// String returns the kind's name, or "ActorKind(N)" for an unknown kind.
func (k ActorKind) String() string {
	if int(k) < len(actorKindNames) && actorKindNames[k] != "" {
		return actorKindNames[k]
	}
	return fmt.Sprintf("ActorKind(%d)", k)
}

// MarshalText encodes the kind as its name. The zero ActorKind and
// unknown kinds are an error.
func (k ActorKind) MarshalText() ([]byte, error) {
	if int(k) < len(actorKindNames) && actorKindNames[k] != "" {
		return []byte(actorKindNames[k]), nil
	}
	return nil, fmt.Errorf("berita: invalid ActorKind %d", k)
}

// UnmarshalText decodes "person", "organization" or "place".
func (k *ActorKind) UnmarshalText(b []byte) error {
	for i, n := range actorKindNames {
		if n != "" && n == string(b) {
			*k = ActorKind(i)
			return nil
		}
	}
	return fmt.Errorf("berita: unknown actor kind %q", b)
}

// QuoteKind says how a [Quote] is reported. It marshals as "direct",
// "indirect" or "mixed".
type QuoteKind uint8

// The kinds of quotation.
const (
	Direct   QuoteKind = iota + 1 // wholly inside quotation marks
	Indirect                      // reported speech with no quotation marks
	Mixed                         // reported speech containing a quoted fragment
)

var quoteKindNames = [...]string{Direct: "direct", Indirect: "indirect", Mixed: "mixed"}

// String returns the kind's name, or "QuoteKind(N)" for an unknown kind.
func (k QuoteKind) String() string {
	if int(k) < len(quoteKindNames) && quoteKindNames[k] != "" {
		return quoteKindNames[k]
	}
	return fmt.Sprintf("QuoteKind(%d)", k)
}

// MarshalText encodes the kind as its name. The zero QuoteKind and
// unknown kinds are an error.
func (k QuoteKind) MarshalText() ([]byte, error) {
	if int(k) < len(quoteKindNames) && quoteKindNames[k] != "" {
		return []byte(quoteKindNames[k]), nil
	}
	return nil, fmt.Errorf("berita: invalid QuoteKind %d", k)
}

// UnmarshalText decodes "direct", "indirect" or "mixed".
func (k *QuoteKind) UnmarshalText(b []byte) error {
	for i, n := range quoteKindNames {
		if n != "" && n == string(b) {
			*k = QuoteKind(i)
			return nil
		}
	}
	return fmt.Errorf("berita: unknown quote kind %q", b)
}
