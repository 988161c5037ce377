package berita

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ErrActorLine reports a line of a known-actors file that cannot be
// read; it is wrapped in a [*LineError] that gives the line.
var ErrActorLine = errors.New("berita: bad actor line")

// LineError locates a fault in a line-oriented input such as the file
// read by [ReadActors].
type LineError struct {
	Line int    // 1-based line number
	Msg  string // what is wrong
	Err  error  // the sentinel, ErrActorLine
}

// Error returns the sentinel's message, the line and what is wrong:
// "berita: bad actor line: line 3: empty name".
func (e *LineError) Error() string {
	return fmt.Sprintf("%v: line %d: %s", e.Err, e.Line, e.Msg)
}

// Unwrap returns the sentinel error, for [errors.Is].
func (e *LineError) Unwrap() error { return e.Err }

// ReadActors reads known actors for [Options.Actors] from a table of
// tab-separated fields, one actor a line:
//
//	name	kind	aliases	role	affiliation	country
//
// kind is "person", "organization" or "place"; aliases are separated by
// ";"; the fields after kind may be left out. Blank lines and lines
// starting with '#' are skipped. A bad line stops the reading with a
// [*LineError] wrapping [ErrActorLine].
func ReadActors(r io.Reader) ([]Actor, error) {
	var out []Actor
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, msg := parseActorLine(line)
		if msg != "" {
			return nil, &LineError{Line: n, Msg: msg, Err: ErrActorLine}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("berita: reading actors: %w", err)
	}
	return out, nil
}

func parseActorLine(line string) (Actor, string) {
	if !utf8.ValidString(line) {
		return Actor{}, "invalid UTF-8"
	}
	f := strings.Split(line, "\t")
	if len(f) < 2 {
		return Actor{}, "want at least name and kind, separated by a tab"
	}
	if len(f) > 6 {
		return Actor{}, fmt.Sprintf("%d fields, want at most 6", len(f))
	}
	for len(f) < 6 {
		f = append(f, "")
	}
	a := Actor{Name: strings.TrimSpace(f[0]), Role: strings.TrimSpace(f[3]),
		Affiliation: strings.TrimSpace(f[4]), Country: strings.ToUpper(strings.TrimSpace(f[5]))}
	if a.Name == "" {
		return Actor{}, "empty name"
	}
	if err := a.Kind.UnmarshalText([]byte(strings.TrimSpace(f[1]))); err != nil {
		return Actor{}, fmt.Sprintf("kind %q is not person, organization or place", f[1])
	}
	for _, al := range strings.Split(f[2], ";") {
		if al = strings.TrimSpace(al); al != "" {
			a.Aliases = append(a.Aliases, al)
		}
	}
	if a.Country != "" && (len(a.Country) != 2 || a.Country[0] < 'A' || a.Country[0] > 'Z' || a.Country[1] < 'A' || a.Country[1] > 'Z') {
		return Actor{}, fmt.Sprintf("country %q is not an ISO 3166-1 alpha-2 code", f[5])
	}
	return a, ""
}
