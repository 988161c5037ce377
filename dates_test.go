package berita

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// mention is a DateMention without its span, for compact tables.
type mention struct {
	Text     string
	Date     string // 2006-01-02
	Inferred bool
}

func mentionsOf(text string, ms []DateMention) []mention {
	var out []mention
	for _, m := range ms {
		if text[m.Start:m.End] != m.Text {
			out = append(out, mention{Text: "BAD SPAN " + m.Text})
			continue
		}
		out = append(out, mention{m.Text, m.Time.Format("2006-01-02"), m.YearInferred})
	}
	return out
}

func TestFindDates(t *testing.T) {
	ref := day(2023, time.November, 1)
	tests := []struct {
		name string
		text string
		ref  time.Time
		want []mention
	}{
		{"weekday and day/month", "Mereka bertemu pada Kamis (26/10) di Seoul.", ref,
			[]mention{{"Kamis (26/10)", "2023-10-26", true}}},
		{"weekday and day/month/year", "Sidang digelar Senin (21/2/2022) pagi.", ref,
			[]mention{{"Senin (21/2/2022)", "2022-02-21", false}}},
		{"day/month/year in parentheses alone", "Hal itu disampaikan (16/10/2025).", ref,
			[]mention{{"(16/10/2025)", "2025-10-16", false}}},
		{"comma before parentheses", "Ia tiba Jumat, (6/6/2025) malam.", ref,
			[]mention{{"Jumat, (6/6/2025)", "2025-06-06", false}}},
		{"time of day before parentheses", "Hujan turun Minggu malam (8/6/2025).", ref,
			[]mention{{"Minggu malam (8/6/2025)", "2025-06-08", false}}},
		{"month name with year", "Acara itu pada 26 Oktober 2023.", ref,
			[]mention{{"26 Oktober 2023", "2023-10-26", false}}},
		{"weekday, time of day, comma", "Ia diperiksa Jumat siang, 9 Februari 2024.", ref,
			[]mention{{"Jumat siang, 9 Februari 2024", "2024-02-09", false}}},
		{"weekday and comma", "Rapat pada Kamis, 3 Juli 2025 ditunda.", ref,
			[]mention{{"Kamis, 3 Juli 2025", "2025-07-03", false}}},
		{"weekday, comma, numeric date", "Sidang pada Selasa, 12/3/2024 berjalan lancar.", ref,
			[]mention{{"Selasa, 12/3/2024", "2024-03-12", false}}},
		{"numeric date with a full year", "Surat bertanggal 12/3/2024 itu hilang.", ref,
			[]mention{{"12/3/2024", "2024-03-12", false}}},
		{"ISO date", "Data per 2025-06-10 menunjukkan kenaikan.", ref,
			[]mention{{"2025-06-10", "2025-06-10", false}}},
		{"month abbreviations", "Pada 9 Feb 2024, 26 Okt. 2023, 5 Agu 2022 dan 7 Ags 2021.", ref,
			[]mention{{"9 Feb 2024", "2024-02-09", false}, {"26 Okt. 2023", "2023-10-26", false},
				{"5 Agu 2022", "2022-08-05", false}, {"7 Ags 2021", "2021-08-07", false}}},
		{"abbreviation at the end of a sentence keeps its period out", "Rapat pada 26 Okt. Semua hadir.", ref,
			[]mention{{"26 Okt", "2023-10-26", true}}},
		{"Jum'at with an apostrophe", "Salat pada Jum'at (3/11).", ref,
			[]mention{{"Jum'at (3/11)", "2023-11-03", true}}},
		{"no year, reference date", "Hujan deras pada 2 Januari.", ref,
			[]mention{{"2 Januari", "2024-01-02", true}}},
		{"range: the last day is the date", "Festival pada 10-13 Juni 2025.", ref,
			[]mention{{"13 Juni 2025", "2025-06-13", false}}},
		{"29 February takes a leap year", "Lahir 29 Februari.", day(2024, time.March, 1),
			[]mention{{"29 Februari", "2024-02-29", true}}},
		{"several in order", "Senin (21/2/2022) dan 26 Oktober 2023.", ref,
			[]mention{{"Senin (21/2/2022)", "2022-02-21", false}, {"26 Oktober 2023", "2023-10-26", false}}},
		{"invalid 31/2", "Pada Senin (31/2) dan 30 Februari 2024 dan (31/4/2024).", ref, nil},
		{"invalid month", "Pada Senin (12/13).", ref, nil},
		{"not dates: score, ratio, money, season", "Skor (2-1), rasio 1/2, Rp 1.500, musim (2024/2025), angka 26/10.", ref, nil},
		{"not a date: weeks", "Dalam dua minggu (1/2) selesai.", ref, nil},
		{"not a date: decimal before a month name", "Nilai 1,5 Juni tidak ada.", ref, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := segmented(tt.text)
			got := mentionsOf(tt.text, findDates(d, a, tt.ref))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findDates(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestResolveYear(t *testing.T) {
	tests := []struct {
		name       string
		day, month int
		weekday    int
		ref, now   time.Time
		want       int
		wantOK     bool
	}{
		{"reference date: same year", 26, 10, -1, day(2023, time.November, 1), time.Time{}, 2023, true},
		{"reference date: the nearer next year", 2, 1, -1, day(2023, time.December, 20), time.Time{}, 2024, true},
		{"reference date: the nearer last year", 20, 12, -1, day(2024, time.January, 5), time.Time{}, 2023, true},
		{"reference date wins over the weekday", 26, 10, int(time.Thursday), day(2025, time.October, 30), time.Time{}, 2025, true},
		{"weekday, Kamis 26/10 near 2023", 26, 10, int(time.Thursday), time.Time{}, day(2023, time.November, 1), 2023, true},
		{"weekday, Kamis 26/10 seen in 2026", 26, 10, int(time.Thursday), time.Time{}, day(2026, time.January, 1), 2023, true},
		{"weekday, Kamis 26/10 seen in late 2028", 26, 10, int(time.Thursday), time.Time{}, day(2028, time.December, 1), 2028, true},
		{"weekday, soon after now", 6, 1, int(time.Tuesday), time.Time{}, day(2025, time.December, 20), 2026, true},
		{"no weekday, no reference: this year", 17, 8, -1, time.Time{}, day(2026, time.March, 3), 2026, true},
		{"29/2 in a common year: the last leap year", 29, 2, -1, time.Time{}, day(2026, time.March, 3), 2024, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := resolveYear(tt.day, tt.month, tt.weekday, tt.ref, tt.now)
			if got != tt.want || ok != tt.wantOK {
				t.Errorf("resolveYear(%d, %d, %d, %v, %v) = %d, %v; want %d, %v",
					tt.day, tt.month, tt.weekday, tt.ref, tt.now, got, ok, tt.want, tt.wantOK)
			}
		})
	}
}

func TestArticleDate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // Text of the article date, "" for nil
	}{
		{"date in the dateline", "Berita Hari Ini\nJakarta, Senin (21/2/2022) (ANTARA) - Presiden tiba pada 26 Oktober 2023.", "Senin (21/2/2022)"},
		{"bare day/month in the dateline", "Berita Hari Ini\nJakarta, 21/2 (ANTARA) - Presiden tiba pada 26 Oktober 2023.", "21/2"},
		{"first date of the lead paragraph", "JAKARTA, KOMPAS - Pada Kamis (26/10) dan Jumat (27/10) hujan.\nLalu 1 November 2023 cerah.", "Kamis (26/10)"},
		{"no dateline", "Judul\nPada Kamis (26/10) hujan.", "Kamis (26/10)"},
		{"lead paragraph after a byline", "Judul\nLaporan Wartawan Koran Kita, Budi\nKORANKITA.COM, BOGOR - Rabu (4/6/2025) warga kerja bakti.", "Rabu (4/6/2025)"},
		{"a date later in the article only", "Judul\nHujan turun.\nPada 26 Oktober 2023 cerah.", ""},
		{"a date in the title only", "Banjir 26 Oktober 2023\nHujan turun.", ""},
		{"none", "Judul\nHujan turun.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := segmented(tt.text)
			a.Dates = findDates(d, a, day(2023, time.November, 1))
			got := ""
			if m := articleDate(a); m != nil {
				got = m.Text
			}
			if got != tt.want {
				t.Errorf("articleDate of %q = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestFindDatesLinear(t *testing.T) {
	for _, unit := range []string{"Kamis (26/10) ", "1/2/3/4/5/", "26 Oktober ", "Senin, 1 ", "(1/", "1.2.3,4 "} {
		text := strings.Repeat(unit, 20000)
		d, a := segmented(text)
		findDates(d, a, time.Time{})
	}
}

func TestCalendarTable(t *testing.T) {
	cal := calendar()
	for form, want := range map[string]calEntry{
		"senin": {num: 1}, "minggu": {num: 0}, "ahad": {num: 0}, "jum'at": {num: 5}, "jumat": {num: 5},
		"oktober": {month: true, num: 10}, "okt": {month: true, num: 10, abbr: true},
		"mei": {month: true, num: 5}, "nopember": {month: true, num: 11},
		"agu": {month: true, num: 8, abbr: true}, "ags": {month: true, num: 8, abbr: true},
	} {
		if got, ok := cal[form]; !ok || got != want {
			t.Errorf("calendar()[%q] = %+v, %v; want %+v", form, got, ok, want)
		}
	}
	days := map[int]bool{}
	months := map[int]bool{}
	for _, e := range cal {
		if e.month {
			months[e.num] = true
		} else {
			days[e.num] = true
		}
	}
	if len(days) != 7 || len(months) != 12 {
		t.Errorf("calendar has %d weekdays and %d months", len(days), len(months))
	}
}

// TestResolveYearCounted checks resolveYear, which counts days, against
// the plain reading of its documentation with package time, for every
// day and month, with and without a weekday or a reference date.
func TestResolveYearCounted(t *testing.T) {
	times := []time.Time{
		day(2023, time.November, 1), day(2024, time.February, 29), day(2026, time.January, 1),
		day(2028, time.December, 31), day(2100, time.March, 1), day(2000, time.February, 28),
		time.Date(2025, time.December, 31, 23, 30, 0, 0, time.FixedZone("UTC-7", -7*3600)),
		time.Date(2026, time.January, 1, 3, 0, 0, 0, time.FixedZone("WITA", 8*3600)),
		time.Date(2026, time.December, 31, 23, 59, 59, 0, time.FixedZone("UTC-12", -12*3600)),
		time.Date(2027, time.January, 1, 0, 0, 1, 0, time.FixedZone("UTC+14", 14*3600)),
		time.Date(2024, time.February, 29, 12, 0, 0, 0, time.UTC),
		time.Date(2023, time.March, 1, 0, 0, 0, 0, time.UTC),
		day(2095, time.June, 1), day(2130, time.June, 1), // 2100 is no leap year: 29/2 weekdays skip
	}
	for _, ref := range append([]time.Time{{}}, times...) {
		for _, now := range times {
			for month := 1; month <= 12; month++ {
				for d := 1; d <= 31; d++ {
					for wd := -1; wd <= 6; wd++ {
						got, ok := resolveYear(d, month, wd, ref, now)
						want, wantOK := resolveYearByTime(d, month, wd, ref, now)
						if got != want || ok != wantOK {
							t.Fatalf("resolveYear(%d, %d, %d, %v, %v) = %d, %v; want %d, %v",
								d, month, wd, ref, now, got, ok, want, wantOK)
						}
					}
				}
			}
		}
	}
}

// resolveYearByTime is resolveYear computed with time.Date for every
// candidate year.
func resolveYearByTime(day, month, weekday int, ref, now time.Time) (int, bool) {
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
		best, bestD := 0, time.Duration(-1)
		far, farD := 0, time.Duration(-1)
		for y := now.Year() - 40; y <= now.Year()+40; y++ {
			if !valid(y) || int(at(y).Weekday()) != weekday {
				continue
			}
			d := dist(at(y), now)
			if at(y).Sub(now) <= futureSlack && (bestD < 0 || d < bestD) {
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
		y--
	}
	return y, valid(y)
}

// TestLookupCase checks lookupCase and caseIndex against the map looked
// up with strings.ToLower and strings.ToUpper, and that lookupCase does
// not allocate.
func TestLookupCase(t *testing.T) {
	words := []string{"", "Senin", "SENIN", "senin", "Jum’at", "JUM’AT", "\u212Amis", "İstanbul", "ǅemal",
		"\xffsenin", "Kamis\xe2", strings.Repeat("Oktober", 6), "ANTARA", "antara", "Straße", "ﬀ"}
	m := map[string]int{}
	for i, w := range words {
		m[strings.ToLower(w)] = i
		m[strings.ToUpper(w)+"!"] = i // keys that only the upper case of a word with "!" finds
	}
	for _, w := range words {
		for _, w := range []string{w, w + "!"} {
			for _, upper := range []bool{false, true} {
				conv := strings.ToLower(w)
				if upper {
					conv = strings.ToUpper(w)
				}
				want, wantOK := m[conv]
				if got, ok := lookupCase(m, w, upper); got != want || ok != wantOK {
					t.Errorf("lookupCase(%q, %v) = %d, %v; want %d, %v", w, upper, got, ok, want, wantOK)
				}
				if got, ok := newCaseIndex(m, upper).lookup(w); got != want || ok != wantOK {
					t.Errorf("caseIndex{upper: %v}.lookup(%q) = %d, %v; want %d, %v", upper, w, got, ok, want, wantOK)
				}
			}
		}
	}
	if n := testing.AllocsPerRun(100, func() { lookupCase(m, "“Kami datang sejak", false) }); n != 0 {
		t.Errorf("lookupCase allocates %v times", n)
	}
}

// TestMidnightUTC checks midnightUTC against time.Date, as values: the
// Times must be equal with ==, not only Equal.
func TestMidnightUTC(t *testing.T) {
	for _, year := range []int{-401, -1, 0, 1, 1600, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 9999} {
		for month := 1; month <= 12; month++ {
			for d := 1; d <= daysIn(time.Month(month), year); d++ {
				if got, want := midnightUTC(year, month, d), time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC); got != want {
					t.Fatalf("midnightUTC(%d, %d, %d) = %#v, want %#v", year, month, d, got, want)
				}
			}
		}
	}
}

// TestCivilDayOf checks civilDayOf, which counts from the Unix seconds,
// against the civil day of the date's fields in UTC.
func TestCivilDayOf(t *testing.T) {
	jakarta := time.FixedZone("WIB", 7*60*60)
	west := time.FixedZone("", -9*60*60-30*60)
	for _, base := range []time.Time{
		time.Date(2026, 11, 27, 5, 0, 0, 123, jakarta),
		time.Date(2024, 2, 29, 23, 59, 59, 999999999, time.UTC),
		time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 500, west),
		time.Date(1600, 3, 1, 0, 0, 0, 1, time.UTC),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
	} {
		for _, step := range []time.Duration{0, 1, time.Hour, 7 * time.Hour, 23*time.Hour + 59*time.Minute, -time.Nanosecond, -25 * time.Hour} {
			tm := base.Add(step)
			u := tm.UTC()
			y, m, d := u.Date()
			wantDay, wantSince := civilDay(y, int(m), d), u.Sub(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
			if day, since := civilDayOf(tm); day != wantDay || since != wantSince {
				t.Errorf("civilDayOf(%v) = %d, %v; want %d, %v", tm, day, since, wantDay, wantSince)
			}
		}
	}
}

// TestDateDigits checks that segment marks every paragraph in which a
// date may start: one with an ASCII digit that begins it or that
// dateCanStart takes, which findDates would try.
func TestDateDigits(t *testing.T) {
	texts := append(corpus(t),
		// One case a line: digits after joiners, after a non-ASCII digit
		// and a '.' or ',', and digits where no date starts.
		"Covid-19 melanda.\nMa'19 pergi.\nTahun x/25 lalu.\nNilai a‐2 naik.\nNilai b’3 naik.\nNilai ٣.5 Mei.\nNilai ٣,5 Mei.",
		"Angka x1.500 dan y3,5 saja.\nTanpa angka di sini.\nHuruf a1b2 saja.\n12 Mei.",
	)
	for _, text := range texts {
		d, _ := segmented(text)
		for _, p := range d.paras {
			may := false
			for i := p.Start; i < p.End; i++ {
				if isDigit(text[i]) && (i == p.Start || dateCanStart(text, p.Start, i)) {
					may = true
					break
				}
			}
			if may && !p.dateDigits {
				t.Errorf("segment(%q): paragraph %q has a digit where a date may start, but dateDigits is false", text, p.In(text))
			}
		}
	}
}
