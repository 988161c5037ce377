package berita

import (
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/beritalab/berita/internal/lexicon"
)

// timeNow is the clock that dates without a year or reference date are
// resolved against. Tests fix it so that golden files do not age.
var timeNow = time.Now

// calEntry is a day or month name of calendar.txt.
type calEntry struct {
	month bool
	num   int // time.Weekday for a day, 1..12 for a month
	abbr  bool
}

// calendar maps lower-case day and month names and abbreviations to
// their number.
var calendar = sync.OnceValue(func() map[string]calEntry {
	m := make(map[string]calEntry)
	full := make(map[int]int) // the longest form of each month
	recs := lexicon.Load("calendar.txt")
	for _, rec := range recs {
		n, err := strconv.Atoi(rec.Field(2))
		if err != nil {
			panic("lexicon: calendar.txt line " + strconv.Itoa(rec.Line) + ": bad number")
		}
		e := calEntry{month: rec.Field(1) == "month", num: n}
		m[strings.ToLower(rec.Field(0))] = e
		if e.month {
			full[n] = max(full[n], utf8.RuneCountInString(rec.Field(0)))
		}
	}
	for k, e := range m {
		if e.month && utf8.RuneCountInString(k) < full[e.num] && utf8.RuneCountInString(k) <= 5 {
			e.abbr = true
			m[k] = e
		}
	}
	return m
})

// timeWords may stand between a day name and its date: "Jumat siang,
// 9 Februari 2024", "Minggu dini hari (8/6)", "Sabtu lalu (7/6)".
var timeWords = map[string]bool{
	"pagi": true, "siang": true, "sore": true, "petang": true, "malam": true,
	"subuh": true, "dini": true, "hari": true, "kemarin": true, "lalu": true,
	"mendatang": true, "depan": true, "ini": true,
}

// findDates returns the date mentions of the article, in text order,
// resolved against ref when they have no year.
//
// It recognizes a day and month in parentheses, "(26/10)" or
// "(21/2/2022)", a day and month name with or without a year,
// "26 Oktober 2023", "9 Feb 2024", "26 Okt.", and "12/3/2024"; each may
// be preceded by a day name and time-of-day words, which then belong to
// the mention: "Kamis (26/10)", "Jumat siang, 9 Februari 2024",
// "Selasa, 12/3/2024". Numbers without a year, "26/10" or "(26/10)",
// are a date only after a day name or in the dateline: elsewhere they are
// as often a ratio, a score or a case number.
// Impossible dates ("31/2") are not dates. See resolveYear for dates
// without a year.
func findDates(d *doc, a *Article, ref time.Time) []DateMention {
	out := []DateMention{}
	years := &yearResolver{ref: ref, now: timeNow()}
	var dl Span
	if a.Dateline != nil {
		dl = a.Dateline.Span
	}
	for _, p := range d.paras {
		out = scanDates(d.text, p.Span, dl, years, out)
	}
	return out
}

// scanDates appends the date mentions in text[p.Start:p.End] to out. It
// looks at each run of digits once and reads a bounded stretch around
// it, so it is linear in the length of the text.
func scanDates(text string, p, dl Span, years *yearResolver, out []DateMention) []DateMention {
	for i := p.Start; i < p.End; {
		k := indexDigit(text[i:p.End])
		if k < 0 {
			break
		}
		i += k
		if i > p.Start && !dateCanStart(text, p.Start, i) {
			i = skipDigits(text, i, p.End)
			continue
		}
		if m, ok := dateAt(text, p, dl, i, years); ok {
			out = append(out, m)
			i = m.End
			continue
		}
		i = skipDigits(text, i, p.End)
	}
	return out
}

// dateCanStart reports whether a number at text[i] may begin a date: it
// does not continue a word or a decimal number ("1.500", "3,5").
func dateCanStart(text string, start, i int) bool {
	prev, n := utf8.DecodeLastRuneInString(text[start:i])
	if isWordRune(prev) {
		return false
	}
	if prev == '.' || prev == ',' {
		if i-n > start && isDigit(text[i-n-1]) {
			return false
		}
	}
	return true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// indexDigit returns the offset of the first ASCII digit of s, or -1.
// It is kept out of line so that its loop runs in registers: inlined
// into scanDates, the loop spilled them at every byte.
//
//go:noinline
func indexDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return i
		}
	}
	return -1
}

// lookupLower looks up w in m as strings.ToLower(w), without allocating
// when w is a short ASCII word, as day and month names are.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	return lookupCase(m, w, false)
}

// lookupCase looks up w in m as strings.ToUpper(w) if upper, else as
// strings.ToLower(w). It converts a short ASCII w on the stack, so that
// the lookup does not allocate.
func lookupCase[V any](m map[string]V, w string, upper bool) (V, bool) {
	var buf [16]byte
	if len(w) > len(buf) {
		return lookupConverted(m, w, upper)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= utf8.RuneSelf:
			return lookupConverted(m, w, upper)
		case upper && 'a' <= c && c <= 'z':
			c -= 'a' - 'A'
		case !upper && 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

// lookupConverted is lookupCase for any w, converted by package strings.
func lookupConverted[V any](m map[string]V, w string, upper bool) (V, bool) {
	if upper {
		w = strings.ToUpper(w)
	} else {
		w = strings.ToLower(w)
	}
	v, ok := m[w]
	return v, ok
}

func skipDigits(text string, i, end int) int {
	for i < end && isDigit(text[i]) {
		i++
	}
	return i
}

// readNum reads the digits at text[i:end]; it reports their value and
// count, or ok false for none or more than four.
func readNum(text string, i, end int) (v, n int, ok bool) {
	j := skipDigits(text, i, end)
	n = j - i
	if n == 0 || n > 4 {
		return 0, n, false
	}
	v, _ = strconv.Atoi(text[i:j])
	return v, n, true
}

// dateAt reads a date whose first number starts at text[i].
func dateAt(text string, p, dl Span, i int, years *yearResolver) (DateMention, bool) {
	var m DateMention
	v1, n1, ok := readNum(text, i, p.End)
	if !ok {
		return m, false
	}
	j := i + n1
	var day, month, year int
	hasYear, paren, numeric, short := false, false, false, false
	end := j
	switch {
	case j < p.End && (text[j] == '/' || text[j] == '-'):
		numeric = true
		sep := text[j]
		v2, n2, ok := readNum(text, j+1, p.End)
		if !ok || n2 > 2 {
			return m, false
		}
		end = j + 1 + n2
		var v3, n3 int
		if end < p.End && text[end] == sep {
			if v3, n3, ok = readNum(text, end+1, p.End); ok {
				end += 1 + n3
			}
		}
		switch {
		case n1 == 4 && n3 > 0 && n3 <= 2 && sep == '-': // 2025-06-10
			year, month, day, hasYear = v1, v2, v3, true
		case n1 <= 2 && (n3 == 4 || n3 == 2 && sep == '/'):
			day, month, year, hasYear = v1, v2, v3, true
			if n3 == 2 {
				year, short = year+2000, true
			}
		case n1 <= 2 && n3 == 0 && sep == '/':
			day, month = v1, v2
		default:
			return m, false
		}
		if end < p.End {
			r, _ := utf8.DecodeRuneInString(text[end:p.End])
			if isWordRune(r) || r == '/' || r == '-' {
				return m, false
			}
		}
		paren = i > p.Start && text[i-1] == '(' && end < p.End && text[end] == ')'
	case n1 <= 2:
		k := skipSpace(text, j, p.End)
		if k == j {
			return m, false
		}
		ws := k
		k = skipLetters(text, k, p.End)
		e, ok := lookupLower(calendar(), text[ws:k])
		if !ok || !e.month {
			return m, false
		}
		day, month, end = v1, e.num, k
		// "26 Okt. 2023": the period belongs to the date only before a year.
		y := k
		if e.abbr && y < p.End && text[y] == '.' {
			y++
		}
		yk := skipSpace(text, y, p.End)
		if yk > y {
			if v, n, ok := readNum(text, yk, p.End); ok && n == 4 {
				if r, _ := utf8.DecodeRuneInString(text[yk+n : p.End]); yk+n == p.End || !isWordRune(r) {
					year, hasYear, end = v, true, yk+n
				}
			}
		}
	default:
		return m, false
	}

	start := i
	if paren {
		start = i - 1
		end++
	}
	weekday := -1
	if s, wd, ok := dayBefore(text, p.Start, start); ok {
		start, weekday = s, wd
	}
	if numeric && !hasYear && weekday < 0 && !(dl.Start <= i && end <= dl.End) {
		return m, false
	}
	if short && !paren && weekday < 0 {
		return m, false // "1/2/24" may be anything; "Senin (21/2/22)" is a date
	}
	if month < 1 || month > 12 || day < 1 {
		return m, false
	}
	if !hasYear {
		y, ok := years.resolve(day, month, weekday)
		if !ok {
			return m, false
		}
		year = y
	}
	if day > daysIn(time.Month(month), year) {
		return m, false
	}
	m.Span = Span{start, end}
	m.Text = text[start:end]
	m.Time = time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	m.YearInferred = !hasYear
	return m, true
}

// dayBefore finds a day name, and any time-of-day words and comma after
// it, that end just before text[i] ("Kamis ", "Jumat siang, "). It
// returns where the day name starts and its weekday.
func dayBefore(text string, start, i int) (int, int, bool) {
	k := skipSpaceBack(text, start, i)
	if k > start && text[k-1] == ',' {
		k = skipSpaceBack(text, start, k-1)
	}
	for w := 0; w < 3; w++ {
		ws := k
		for ws > start {
			r, n := utf8.DecodeLastRuneInString(text[start:ws])
			if !unicode.IsLetter(r) && r != '\'' && r != '’' {
				break
			}
			ws -= n
		}
		if ws == k {
			return 0, 0, false
		}
		word := text[ws:k]
		if e, ok := lookupLower(calendar(), word); ok && !e.month {
			if !unicode.IsUpper(firstRune(word)) {
				return 0, 0, false // "dua minggu (…)" counts weeks
			}
			return ws, e.num, true
		}
		if tw, _ := lookupLower(timeWords, word); !tw {
			return 0, 0, false
		}
		k = skipSpaceBack(text, start, ws)
	}
	return 0, 0, false
}

func skipSpaceBack(text string, start, k int) int {
	for k > start {
		r, n := utf8.DecodeLastRuneInString(text[start:k])
		if !isSpace(r) {
			break
		}
		k -= n
	}
	return k
}

func daysIn(m time.Month, year int) int {
	switch m {
	case time.February:
		if isLeap(year) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	case time.January, time.March, time.May, time.July, time.August, time.October, time.December:
		return 31
	}
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// isLeap reports whether year is a leap year of the proleptic Gregorian
// calendar, as package time counts them.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// weekdayOf returns the day of the week of a valid date, as
// time.Date(year, month, day, …).Weekday() does.
func weekdayOf(year, month, day int) int {
	// civilDay 0, 1 March of year 0, is a Wednesday.
	return ((civilDay(year, month, day)+3)%7 + 7) % 7
}

// civilDay returns the number of days from 1 March of year 0 to a valid
// date of the proleptic Gregorian calendar (Howard Hinnant's
// days_from_civil, without its shift to 1970).
func civilDay(year, month, day int) int {
	if month <= 2 {
		year--
	}
	era := year / 400
	if year < 0 && year%400 != 0 {
		era-- // floor division
	}
	yoe := year - era*400
	mp := (month + 9) % 12 // March is 0
	doy := (153*mp+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe
}

// futureSlack is how far after the present a date inferred from its
// weekday may fall. News reports what happened and what is scheduled in
// the coming months, so of two years that fit the weekday the recent
// past wins over the farther future.
const futureSlack = 183 * 24 * time.Hour

// yearResolver resolves the years of the dates of one text, for which
// ref and now stay the same, and remembers its last answers: news
// repeats its dates ("Kamis (26/10)"), and resolving one by its weekday
// tries 81 years.
type yearResolver struct {
	ref, now time.Time
	memo     [16]yearMemo // direct-mapped by date
}

type yearMemo struct {
	key  int // see resolve; 0 for none
	year int
	ok   bool
}

// resolve returns resolveYear(day, month, weekday, r.ref, r.now).
func (r *yearResolver) resolve(day, month, weekday int) (int, bool) {
	// day < 100 and 1 <= month <= 12, as dateAt reads them; -1 <= weekday <= 6.
	key := 1<<16 | day<<8 | month<<4 | (weekday + 1)
	e := &r.memo[uint(day*31+month*7+weekday+1)%uint(len(r.memo))]
	if e.key != key {
		y, ok := resolveYear(day, month, weekday, r.ref, r.now)
		*e = yearMemo{key: key, year: y, ok: ok}
	}
	return e.year, e.ok
}

// resolveYear picks the year of a date written without one. With a
// reference date it is the year that puts the date nearest to ref. Else,
// with a weekday, it is the year nearest to now in which day/month falls
// on that weekday, not more than futureSlack ahead of now (Kamis 26/10 is
// 2023 in 2026, although 26 October 2028 is a Thursday too). Else it is
// the current year. ok is false when no year makes the date valid.
func resolveYear(day, month, weekday int, ref, now time.Time) (int, bool) {
	valid := func(y int) bool { return day <= daysIn(time.Month(month), y) }
	at := func(y int) time.Time { return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC) }
	dist := func(a, b time.Time) time.Duration {
		if d := a.Sub(b); d >= 0 {
			return d
		}
		return b.Sub(a)
	}
	switch {
	case !ref.IsZero():
		best, bestD := 0, time.Duration(-1)
		for y := ref.Year() - 4; y <= ref.Year()+4; y++ {
			if !valid(y) {
				continue
			}
			if d := dist(at(y), ref); bestD < 0 || d < bestD {
				best, bestD = y, d
			}
		}
		return best, bestD >= 0
	case weekday >= 0:
		// Weekdays repeat within 28 years; look a little further both ways.
		// at(y).Sub(now) is counted in days from now's date in UTC, which
		// is exact and much cheaper than a time.Date per year.
		u := now.UTC()
		uy, um, ud := u.Date()
		nowDay := civilDay(uy, int(um), ud)
		sinceMidnight := u.Sub(time.Date(uy, um, ud, 0, 0, 0, 0, time.UTC))
		best, bestD := 0, time.Duration(-1)
		far, farD := 0, time.Duration(-1)
		for y := now.Year() - 40; y <= now.Year()+40; y++ {
			if !valid(y) || weekdayOf(y, month, day) != weekday {
				continue
			}
			// ahead is at(y).Sub(now), d is dist(at(y), now).
			ahead := time.Duration(civilDay(y, month, day)-nowDay)*24*time.Hour - sinceMidnight
			d := ahead
			if d < 0 {
				d = -d
			}
			if ahead <= futureSlack && (bestD < 0 || d < bestD) {
				best, bestD = y, d
			}
			if farD < 0 || d < farD {
				far, farD = y, d
			}
		}
		if bestD >= 0 {
			return best, true
		}
		return far, farD >= 0
	}
	y := now.Year()
	for k := 0; k < 4 && !valid(y); k++ {
		y-- // 29/2 in a common year: the last leap year
	}
	return y, valid(y)
}

// articleDate returns the date the article states for itself: a date in
// its dateline, else the first date of its lead paragraph (the one that
// holds the dateline, or the first), or nil.
func articleDate(a *Article) *DateMention {
	if len(a.Dates) == 0 {
		return nil
	}
	lead := Span{-1, -1}
	if a.Dateline != nil {
		for _, m := range a.Dates {
			if a.Dateline.Start <= m.Start && m.End <= a.Dateline.End {
				return &m
			}
		}
		for _, p := range a.Paragraphs {
			if p.Start <= a.Dateline.Start && a.Dateline.End <= p.End {
				lead = p.Span
				break
			}
		}
	}
	if lead.Start < 0 && len(a.Paragraphs) > 0 {
		lead = a.Paragraphs[0].Span
	}
	for _, m := range a.Dates {
		if lead.Start <= m.Start && m.End <= lead.End {
			return &m
		}
	}
	return nil
}
