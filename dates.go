package berita

import "time"

// findDates returns the date mentions of the article, resolved against
// ref when they have no year.
func findDates(d *doc, a *Article, ref time.Time) []DateMention {
	return []DateMention{}
}

// articleDate returns the date the article states for itself, or nil.
func articleDate(a *Article) *DateMention {
	return nil
}
