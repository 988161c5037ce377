package berita

import (
	"fmt"
	"strings"
)

// Actor is a person, organization or place that an article names, once
// per referent.
type Actor struct {
	// Name is the canonical name: the fullest form in the article, without
	// honorifics, titles, degrees and ranks ("Sergey Lavrov",
	// "Komisi Pemberantasan Korupsi", "Amerika Serikat").
	Name string    `json:"name"`
	Kind ActorKind `json:"kind"`
	// Aliases are the other forms that refer to the actor in the article
	// or in the known-actor tables ("Lavrov", "KPK", "AS").
	Aliases []string `json:"aliases"`
	// Role is a person's office or function without its institution
	// ("Menteri Luar Negeri", "juru bicara", "Kapolda").
	Role string `json:"role"`
	// Affiliation is the institution or country the role belongs to
	// ("Korea Selatan", "Kementerian Luar Negeri Korea Selatan").
	Affiliation string `json:"affiliation"`
	// Country is the ISO 3166-1 alpha-2 code of a country ("KR"), else "".
	Country string `json:"country,omitempty"`
	// Mentions locate every mention of the actor in the text, in order.
	Mentions []Span `json:"mentions"`
}

// knownActors are the actors of Options, validated.
type knownActors struct {
	actors []Actor
}

func newKnownActors(list []Actor) (*knownActors, error) {
	k := &knownActors{}
	for i, a := range list {
		a.Name = strings.TrimSpace(a.Name)
		if a.Name == "" {
			return nil, fmt.Errorf("berita: Options.Actors[%d] has no name", i)
		}
		if _, err := a.Kind.MarshalText(); err != nil {
			return nil, fmt.Errorf("berita: Options.Actors[%d] (%s): %w", i, a.Name, err)
		}
		a.Mentions = nil
		k.actors = append(k.actors, a)
	}
	return k, nil
}

// entities holds the actors found in one article.
type entities struct {
	actors []*Actor
}

// findActors finds the actors of d.
func findActors(d *doc, known *knownActors) *entities {
	return &entities{}
}

// export returns the actors in order of first mention.
func (e *entities) export() []Actor {
	out := make([]Actor, 0, len(e.actors))
	for _, a := range e.actors {
		out = append(out, *a)
	}
	return out
}
