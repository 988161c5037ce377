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

// calendarIndex looks up words in calendar() as lower case.
var calendarIndex = sync.OnceValue(func() *caseIndex[calEntry] { return newCaseIndex(calendar(), false) })

// lookupCalendar is lookupCase(calendar(), w, false).
func lookupCalendar(w string) (calEntry, bool) {
	return calendarIndex().lookup(w)
}

// timeWords may stand between a day name and its date: "Jumat siang,
// 9 Februari 2024", "Minggu dini hari (8/6)", "Sabtu lalu (7/6)".
var timeWords = map[string]bool{
	"pagi": true, "siang": true, "sore": true, "petang": true, "malam": true,
	"subuh": true, "dini": true, "hari": true, "kemarin": true, "lalu": true,
	"mendatang": true, "depan": true, "ini": true,
}

// timeWordIndex looks up words in timeWords as lower case.
var timeWordIndex = newCaseIndex(timeWords, false)

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
	// An article has a few dates: gather them on the stack, and allocate
	// the slice of the Article once, at its size. Past the stack's room
	// they go to a slice that grows as append grows it.
	var buf [8]DateMention
	found := buf[:0]
	var more []DateMention
	years := newYearResolver(ref, timeNow)
	var dl Span
	if a.Dateline != nil {
		dl = a.Dateline.Span
	}
	for k := range d.paras {
		if !d.paras[k].dateDigits {
			continue // no digit where a date may start: no need to look
		}
		p := d.paras[k].Span // not the whole para: it is large
		for i := p.Start; ; {
			m, ok := nextDate(d.text, p, dl, i, &years)
			if !ok {
				break
			}
			switch {
			case more != nil:
				more = append(more, m)
			case len(found) < len(buf):
				found = append(found, m)
			default:
				more = append(make([]DateMention, 0, 2*len(buf)), found...)
				more = append(more, m)
			}
			i = m.End
		}
	}
	if more != nil {
		return more
	}
	out := make([]DateMention, len(found))
	copy(out, found)
	return out
}

// nextDate returns the first date mention in text[i:p.End], of the
// paragraph p. It looks at each run of digits once and reads a bounded
// stretch around it, so that the mentions of p are found in time linear
// in its length.
func nextDate(text string, p, dl Span, i int, years *yearResolver) (DateMention, bool) {
	for i < p.End {
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
			return m, true
		}
		i = skipDigits(text, i, p.End)
	}
	return DateMention{}, false
}

// dateCanStart reports whether a number at text[i] may begin a date: it
// does not continue a word or a decimal number ("1.500", "3,5").
func dateCanStart(text string, start, i int) bool {
	prev, n := rune(text[i-1]), 1
	if prev >= utf8.RuneSelf {
		prev, n = utf8.DecodeLastRuneInString(text[start:i])
	}
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

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// indexDigit returns the offset of the first ASCII digit of s, or -1.
// It reads eight bytes at a time until a word holds a digit. It is kept
// out of line so that its loop runs in registers: inlined into
// nextDate, the loop spilled them at every byte.
//
//go:noinline
func indexDigit(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if hasByteIn(load64(s, i), '0'-1, '9'+1) { // exact: a digit is among these eight
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return i
		}
	}
	return -1
}

// lookupCase looks up w in m as strings.ToUpper(w) if upper, else as
// strings.ToLower(w). It converts a word of up to 32 bytes on the stack,
// so that the lookup does not allocate.
func lookupCase[V any](m map[string]V, w string, upper bool) (V, bool) {
	var buf [32]byte
	v, ok := m[string(convertCase(&buf, w, upper))]
	return v, ok
}

// convertCase returns appendCase(buf[:0], w, upper), converting an ASCII
// w that fits in buf byte by byte in place.
func convertCase(buf *[32]byte, w string, upper bool) []byte {
	if len(w) > len(buf) {
		return appendCase(buf[:0], w, upper)
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return appendCase(buf[:0], w, upper)
		}
		buf[i] = asciiCase(c, upper)
	}
	return buf[:len(w)]
}

// appendCase appends strings.ToUpper(w) if upper, else
// strings.ToLower(w), to b. It converts w rune by rune, as package
// strings does.
func appendCase(b []byte, w string, upper bool) []byte {
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			b = append(b, asciiCase(c, upper))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if upper {
			r = unicode.ToUpper(r)
		} else {
			r = unicode.ToLower(r)
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return b
}

// asciiCase converts the ASCII byte c to upper case if upper, else to
// lower case.
func asciiCase(c byte, upper bool) byte {
	switch {
	case upper && 'a' <= c && c <= 'z':
		return c - ('a' - 'A')
	case !upper && 'A' <= c && c <= 'Z':
		return c + ('a' - 'A')
	}
	return c
}

// caseIndex answers lookupCase(m, w, upper) for one map m. Most words
// start with a byte, or have a length once converted, that no key has:
// it answers those without a lookup.
type caseIndex[V any] struct {
	m     map[string]V
	upper bool
	shape keyShape
}

func newCaseIndex[V any](m map[string]V, upper bool) *caseIndex[V] {
	x := &caseIndex[V]{m: m, upper: upper}
	for k := range m {
		x.shape.add(k)
	}
	return x
}

// keyShape records the first byte and the length of the keys of a map,
// so that most words that are no key are told without hashing them. Bit
// min(n, 31) of keyShape[c] is set when a key of n bytes begins with the
// byte c.
type keyShape [256]uint32

func (ks *keyShape) add(k string) {
	if k != "" {
		ks[k[0]] |= 1 << min(len(k), 31)
	}
}

// mayHold reports whether a key may equal the non-empty w.
func (ks *keyShape) mayHold(w string) bool {
	return ks[w[0]]&(1<<min(len(w), 31)) != 0
}

func (x *caseIndex[V]) lookup(w string) (V, bool) {
	if w == "" {
		v, ok := x.m[""]
		return v, ok
	}
	// An ASCII word keeps its length when converted: most are told from
	// the keys by their first byte and length, without converting them.
	if c := w[0]; c < utf8.RuneSelf && x.shape[asciiCase(c, x.upper)]&(1<<min(len(w), 31)) == 0 && isASCII(w) {
		var zero V
		return zero, false
	}
	var buf [32]byte
	b := convertCase(&buf, w, x.upper)
	if x.shape[b[0]]&(1<<min(len(b), 31)) == 0 { // x.shape.mayHold(string(b)), without a conversion
		var zero V
		return zero, false
	}
	v, ok := x.m[string(b)]
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
	for ; i < j; i++ {
		v = v*10 + int(text[i]-'0')
	}
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
		e, ok := lookupCalendar(text[ws:k])
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
	m.Time = midnightUTC(year, month, day)
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
			if c := text[ws-1]; c < utf8.RuneSelf { // ASCII: no decoding
				if !isASCIILetter(c) && c != '\'' {
					break
				}
				ws--
				continue
			}
			r, n := utf8.DecodeLastRuneInString(text[start:ws])
			if !unicode.IsLetter(r) && r != '’' {
				break
			}
			ws -= n
		}
		if ws == k {
			return 0, 0, false
		}
		word := text[ws:k]
		if e, ok := lookupCalendar(word); ok && !e.month {
			if !unicode.IsUpper(firstRune(word)) {
				return 0, 0, false // "dua minggu (…)" counts weeks
			}
			return ws, e.num, true
		}
		if tw, _ := timeWordIndex.lookup(word); !tw {
			return 0, 0, false
		}
		k = skipSpaceBack(text, start, ws)
	}
	return 0, 0, false
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

// unixDay is the civil day of 1 January 1970 (see civilDay).
var unixDay = civilDay(1970, 1, 1)

// midnightUTC returns time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
// for a valid date, counted from its civil day rather than normalized
// field by field.
func midnightUTC(year, month, day int) time.Time {
	return time.Unix(int64(civilDay(year, month, day)-unixDay)*24*60*60, 0).UTC()
}

// weekdayOf returns the day of the week of civil day cd (see civilDay),
// as time.Time.Weekday does.
func weekdayOf(cd int) int {
	// civil day 0, 1 March of year 0, is a Wednesday.
	return ((cd+3)%7 + 7) % 7
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
// ref and the present stay the same: it reads the calendar days of ref
// and of the present once, and then resolves a date by counting days,
// with no time.Date per candidate year.
type yearResolver struct {
	ref, now time.Time
	// clock gives now when a date first needs it; most dates have a
	// year, or a reference date to resolve them.
	clock   func() time.Time
	nowRead bool
	// The years of ref and now, and the days from 1 March of year 0
	// (see civilDay) to their dates in UTC with the time since the
	// midnight that starts them: at(y).Sub(t) is
	// (civilDay(y, month, day)-day)*24h - since.
	refYear, nowYear   int
	refDay, nowDay     int
	refSince, nowSince time.Duration
}

func newYearResolver(ref time.Time, clock func() time.Time) yearResolver {
	r := yearResolver{ref: ref, clock: clock}
	if !ref.IsZero() {
		r.refYear = ref.Year()
		r.refDay, r.refSince = civilDayOf(ref)
	}
	return r
}

// readNow reads the clock, once.
func (r *yearResolver) readNow() {
	if r.nowRead {
		return
	}
	r.now, r.nowRead = r.clock(), true
	r.nowYear = r.now.Year()
	r.nowDay, r.nowSince = civilDayOf(r.now)
}

// civilDayOf returns the civil day of t's date in UTC and the time since
// its midnight.
func civilDayOf(t time.Time) (int, time.Duration) {
	// Counted from the Unix seconds, floored to whole days, rather than
	// through the date's fields: a parse reads the clock once, and this
	// is most of its cost.
	const day = 24 * 60 * 60
	secs := t.Unix()
	days := secs / day
	if secs%day < 0 {
		days-- // floor division
	}
	since := time.Duration(secs-days*day)*time.Second + time.Duration(t.Nanosecond())
	return int(days) + unixDay, since
}

// resolveYear picks the year of a date written without one. With a
// reference date it is the year that puts the date nearest to ref. Else,
// with a weekday, it is the year nearest to now in which day/month falls
// on that weekday, not more than futureSlack ahead of now (Kamis 26/10 is
// 2023 in 2026, although 26 October 2028 is a Thursday too). Else it is
// the current year. ok is false when no year makes the date valid.
func resolveYear(day, month, weekday int, ref, now time.Time) (int, bool) {
	r := newYearResolver(ref, func() time.Time { return now })
	return r.resolve(day, month, weekday)
}

// resolve is resolveYear(day, month, weekday, r.ref, now) with now read
// from r's clock, for 1 <= month <= 12 and day >= 1.
func (r *yearResolver) resolve(day, month, weekday int) (int, bool) {
	valid := func(y int) bool { return day <= daysIn(time.Month(month), y) }
	switch {
	case !r.ref.IsZero():
		// The years are tried in order, and the civil day of the date,
		// cd, is carried from one year to the next: a year adds 366 days
		// when it passes a 29 February, that of y for a date in January
		// or February and that of y+1 for a later one.
		leapAt := 0
		if month > 2 {
			leapAt = 1
		}
		best, bestD := 0, time.Duration(-1)
		cd := civilDay(r.refYear-4, month, day)
		for y := r.refYear - 4; y <= r.refYear+4; y++ {
			if valid(y) {
				d := time.Duration(cd-r.refDay)*24*time.Hour - r.refSince // at(y).Sub(ref)
				if d < 0 {
					d = -d
				}
				if bestD < 0 || d < bestD {
					best, bestD = y, d
				}
			}
			cd += 365
			if isLeap(y + leapAt) {
				cd++
			}
		}
		return best, bestD >= 0
	case weekday >= 0:
		// The dates before now, and those after it, are the farther from
		// now the farther their year: the nearest on each side is the
		// first that falls on the weekday, walking away from now.
		r.readNow()
		past, pastD, pastOK := r.nearestOnWeekday(day, month, weekday, -1)
		fut, futD, futOK := r.nearestOnWeekday(day, month, weekday, +1)
		switch {
		case pastOK && (!futOK || pastD <= futD):
			return past, true // the earlier year wins a tie
		case futOK && (futD <= futureSlack || !pastOK):
			return fut, true
		}
		return past, pastOK // the future one is too far ahead
	}
	r.readNow()
	y := r.nowYear
	for k := 0; k < 4 && !valid(y); k++ {
		y-- // 29/2 in a common year: the last leap year
	}
	return y, valid(y)
}

// nearestOnWeekday returns the year nearest to now, not more than 40
// from now's year, in which day/month falls on weekday and not after now
// (dir -1) or after now (dir +1), and how far that date is from now.
// ok is false when there is none.
func (r *yearResolver) nearestOnWeekday(day, month, weekday, dir int) (year int, d time.Duration, ok bool) {
	// now's year is that of now's zone, up to a day off UTC, so a date
	// before now may fall in the year after it: start one year out, on
	// either side. Weekdays repeat within 28 years: 40 is plenty.
	y := r.nowYear - dir
	for k := 0; k <= 41; k, y = k+1, y+dir {
		if day > daysIn(time.Month(month), y) {
			continue
		}
		cd := civilDay(y, month, day)
		if weekdayOf(cd) != weekday {
			continue
		}
		ahead := time.Duration(cd-r.nowDay)*24*time.Hour - r.nowSince // at(y).Sub(now)
		if dir > 0 && ahead > 0 {
			return y, ahead, true
		}
		if dir < 0 && ahead <= 0 {
			return y, -ahead, true
		}
	}
	return 0, 0, false
}

// articleDate returns the date the article states for itself: a date in
// its dateline, else the first date of its lead paragraph (the one that
// holds the dateline, or the first), or nil.
func articleDate(a *Article) *DateMention {
	if len(a.Dates) == 0 {
		return nil
	}
	lead := Span{-1, -1}
	// The Date is a copy, made once it is found.
	if a.Dateline != nil {
		for i := range a.Dates {
			if m := &a.Dates[i]; a.Dateline.Start <= m.Start && m.End <= a.Dateline.End {
				c := *m
				return &c
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
	for i := range a.Dates {
		if m := &a.Dates[i]; lead.Start <= m.Start && m.End <= lead.End {
			c := *m
			return &c
		}
	}
	return nil
}
