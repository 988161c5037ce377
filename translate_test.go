package berita

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/beritalab/berita/internal/lexicon"
)

type translation struct {
	En string
	OK bool
}

func TestTranslateRole(t *testing.T) {
	tests := []struct {
		role string
		want translation
	}{
		// Offices and their modifiers.
		{"Presiden", translation{"President", true}},
		{"PRESIDEN", translation{"President", true}},
		{"  Wakil   Presiden ", translation{"Vice President", true}},
		{"Wakil Dekan", translation{"Vice Dean", true}},
		{"Wakil Kepala", translation{"Deputy Head", true}},
		{"mantan Wakil Presiden", translation{"former Vice President", true}},
		{"Pelaksana Tugas Kepala Dinas Sosial", translation{"Acting Head of the Social Affairs Office", true}},
		{"Plt. Kepala BPBD", translation{"Acting Head of the Regional Disaster Management Agency", true}},
		{"Ketua terpilih", translation{"Chairperson-elect", true}},
		{"Presiden terpilih Amerika Serikat", translation{"President-elect of the United States", true}},
		{"Wakil Ketua Umum Bidang Keuangan", translation{"Deputy Chairperson for Finance", true}},
		// Ministers: "<Portfolio> Minister".
		{"Menteri", translation{"Minister", true}},
		{"Menteri Luar Negeri", translation{"Foreign Minister", true}},
		{"Menteri Energi dan Sumber Daya Mineral", translation{"Energy and Mineral Resources Minister", true}},
		{"Menko Hukum, HAM, Imigrasi, dan Pemasyarakatan",
			translation{"Coordinating Minister for Legal, Human Rights, Immigration and Correctional Affairs", true}},
		{"Menteri Sekretaris Negara", translation{"Minister of State Secretary", true}},
		{"Wamenlu", translation{"Deputy Foreign Minister", true}},
		// Contracted titles, whole and run together.
		{"Kasatreskrim", translation{"Head of the Criminal Investigation Unit", true}},
		{"Kasat Lantas", translation{"Head of the Traffic Unit", true}},
		{"Kapolresta", translation{"City Police Chief", true}},
		{"Dansatsiber", translation{"Commander of the Cyber Unit", true}},
		{"Kadinkes", translation{"Head of the Health Office", true}},
		{"Kasubbag Humas", translation{"Head of the Public Relations Subsection", true}},
		// A longest office that leaves the rest unread is read again.
		{"Kepala Sekolah Dasar", translation{"Head of the Elementary School", true}},
		// Fields and units, composed.
		{"Kepala Departemen Kajian, Aksi, Strategis, dan Pendidikan",
			translation{"Head of the Studies, Action, Strategic and Education Department", true}},
		{"Direktur Jaminan Pelayanan Kesehatan", translation{"Director of Health Service Guarantee", true}},
		{"Kepala Biro Komunikasi dan Layanan Informasi",
			translation{"Head of the Communication and Information Services Bureau", true}},
		{"Ketua RT 05", translation{"Chair of Neighbourhood Unit 05", true}},
		{"Komandan Kodim 0830", translation{"Military District Commander 0830", true}},
		{"VP HSSE & AI and Partnership", translation{"VP HSSE & AI and Partnership", true}},
		{"Ekonom Senior INDEF", translation{"senior economist of INDEF", true}},
		// Functions write their fields in lower case.
		{"Pengamat Transportasi", translation{"transport analyst", true}},
		{"aktivis lingkungan", translation{"environment activist", true}},
		{"pemilik warung", translation{"owner of food stall", true}},
		// Ranks, with the words that may follow them.
		{"Brigjen TNI", translation{"Brigadier General", true}},
		{"Kombes Pol", translation{"Senior Commissioner", true}},
		{"Marsda", translation{"Air Vice Marshal", true}},
		// Countries and known places at the end.
		{"Presiden Rusia", translation{"President of Russia", true}},
		{"Perdana Menteri Belanda", translation{"Prime Minister of the Netherlands", true}},
		{"Wakil Presiden RI", translation{"Vice President of Indonesia", true}},
		{"Wali Kota Surabaya", translation{"Mayor of Surabaya", true}},
		// Unknown words leave the role as it is.
		{"", translation{"", false}},
		{"   ", translation{"   ", false}},
		{"Kepala Dinas Kesehatan Sukamaju", translation{"Kepala Dinas Kesehatan Sukamaju", false}},
		{"Ketua Gapoktan", translation{"Ketua Gapoktan", false}},
		{"mantan", translation{"mantan", false}},
		{"Wakil", translation{"Wakil", false}},
		{"Ketua ,", translation{"Ketua ,", false}},
		{"Budi Santoso", translation{"Budi Santoso", false}},
		{"dan", translation{"dan", false}},
	}
	for _, tt := range tests {
		en, ok := TranslateRole(tt.role)
		if diff := cmp.Diff(tt.want, translation{en, ok}); diff != "" {
			t.Errorf("TranslateRole(%q) mismatch (-want +got):\n%s", tt.role, diff)
		}
	}
}

func TestTranslateOrganization(t *testing.T) {
	tests := []struct {
		name string
		want translation
	}{
		{"Kementerian Luar Negeri Korea Selatan", translation{"Ministry of Foreign Affairs of South Korea", true}},
		{"kementerian luar negeri korea selatan", translation{"Ministry of Foreign Affairs of South Korea", true}},
		{"Kementerian Koordinator Bidang Politik dan Keamanan",
			translation{"Coordinating Ministry for Political and Security Affairs", true}},
		{"Ditjen Dikti Kemdiktisaintek",
			translation{"Directorate General of Higher Education of the Ministry of Higher Education, Science and Technology", true}},
		{"Kepolisian Daerah Metro Jaya", translation{"Greater Jakarta Metropolitan Regional Police", true}},
		{"Polda Jabar", translation{"West Java Regional Police", true}},
		{"Ditreskrimum Polda Metro Jaya",
			translation{"Directorate of General Criminal Investigation of the Greater Jakarta Metropolitan Regional Police", true}},
		{"Banggar DPR", translation{"Budget Committee of the House of Representatives", true}},
		{"FISIP Unud", translation{"Faculty of Social and Political Sciences of Udayana University", true}},
		{"Kodim 0830/Surabaya", translation{"Military District Command 0830/Surabaya", true}},
		{"Kedutaan Besar Jepang di Jakarta", translation{"Embassy of Japan in Jakarta", true}},
		{"Pemerintah Korea Selatan", translation{"Government of South Korea", true}},
		{"Klinik Cahaya Kebagusan", translation{"Cahaya Kebagusan Clinic", true}},
		{"Detasemen Khusus 88 Antiteror", translation{"Counterterrorism Special Detachment 88", true}},
		// Places.
		{"Jawa Barat", translation{"West Java", true}},
		{"Kabupaten Cirebon", translation{"Cirebon Regency", true}},
		{"Papua Barat Daya", translation{"Southwest Papua", true}},
		// Proper names that are not translatable.
		{"PT Makassar Tene", translation{"PT Makassar Tene", false}},
		{"Mubadala Energi", translation{"Mubadala Energi", false}},
		{"Himapol FISIP Unud", translation{"Himapol FISIP Unud", false}},
		{"Sukabumi", translation{"Sukabumi", false}},
		{"", translation{"", false}},
		{"()", translation{"()", false}},
	}
	for _, tt := range tests {
		en, ok := TranslateOrganization(tt.name)
		if diff := cmp.Diff(tt.want, translation{en, ok}); diff != "" {
			t.Errorf("TranslateOrganization(%q) mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestTranslationTable checks the hand-checked pairs of
// testdata/translations.tsv: every one must translate exactly.
func TestTranslationTable(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "translations.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Errorf("translations.tsv:%d: %d fields, want 3", i+1, len(f))
			continue
		}
		var en string
		var ok bool
		switch f[0] {
		case "role":
			en, ok = TranslateRole(f[1])
		case "org":
			en, ok = TranslateOrganization(f[1])
		default:
			t.Errorf("translations.tsv:%d: kind %q, want role or org", i+1, f[0])
			continue
		}
		n++
		if diff := cmp.Diff(translation{f[2], true}, translation{en, ok}); diff != "" {
			t.Errorf("translations.tsv:%d: %s %q mismatch (-want +got):\n%s", i+1, f[0], f[1], diff)
		}
	}
	if n < 100 {
		t.Errorf("translations.tsv has %d pairs, want at least 100", n)
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct {
		code, lang string
		want       translation
	}{
		{"CN", "id", translation{"China", true}},
		{"CN", "en", translation{"China", true}},
		{"GB", "id", translation{"Inggris", true}},
		{"GB", "en", translation{"United Kingdom", true}},
		{"UK", "en", translation{"United Kingdom", true}}, // deprecated, canonicalized
		{"PS", "id", translation{"Palestina", true}},
		{"PS", "en", translation{"Palestine", true}},
		{"TR", "id", translation{"Turki", true}},
		{"TR", "en", translation{"Türkiye", true}},
		{"kr", "id", translation{"Korea Selatan", true}},
		{"KP", "en", translation{"North Korea", true}},
		{"US", "id", translation{"Amerika Serikat", true}},
		{"NL", "id", translation{"Belanda", true}},
		{"RU", "en", translation{"Russia", true}},
		{"VA", "en", translation{"Vatican City", true}},
		{"JP", "id", translation{"Jepang", true}},
		{"BA", "en", translation{"Bosnia and Herzegovina", true}},
		{"LC", "en", translation{"Saint Lucia", true}},
		{"KR", "fr", translation{"", false}},
		{"EU", "en", translation{"", false}},
		{"ZZ", "en", translation{"", false}},
		{"", "en", translation{"", false}},
		{"Korea", "en", translation{"", false}},
	}
	for _, tt := range tests {
		en, ok := CountryName(tt.code, tt.lang)
		if diff := cmp.Diff(tt.want, translation{en, ok}); diff != "" {
			t.Errorf("CountryName(%q, %q) mismatch (-want +got):\n%s", tt.code, tt.lang, diff)
		}
	}
}

func TestLookupCountry(t *testing.T) {
	tests := []struct {
		name string
		want string
	}{
		{"China", "CN"}, {"Tiongkok", "CN"}, {"cina", "CN"}, {"RRT", "CN"},
		{"Amerika Serikat", "US"}, {"AS", "US"}, {"Amerika", "US"}, {"United States", "US"},
		{"Korea Selatan", "KR"}, {"Korsel", "KR"}, {"KORUT", "KP"},
		{"Inggris", "GB"}, {"Inggris Raya", "GB"}, {"Britania Raya", "GB"},
		{"Palestina", "PS"}, {"Wilayah Palestina", "PS"}, {"Palestine", "PS"},
		{"RI", "ID"}, {"Republik Indonesia", "ID"},
		{"Belanda", "NL"}, {"Rusia", "RU"}, {"Türkiye", "TR"}, {"Turki", "TR"},
		{"Arab  Saudi", "SA"}, {"Côte d’Ivoire", "CI"}, {"Pantai Gading", "CI"},
		// Whole names only.
		{"Korea", ""}, {"Amerika Latin", ""}, {"Washington", ""}, {"Jakarta", ""}, {"", ""},
	}
	for _, tt := range tests {
		got, _ := lookupCountry(tt.name)
		if got != tt.want {
			t.Errorf("lookupCountry(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
	if got := countryNewsName("CN"); got != "China" {
		t.Errorf(`countryNewsName("CN") = %q, want "China"`, got)
	}
	if got := countryNewsName("XX"); got != "" {
		t.Errorf(`countryNewsName("XX") = %q, want ""`, got)
	}
}

// TestCountryRoundTrip checks that every country's names in both
// languages lead back to its code, so that no name of one country
// shadows another's.
func TestCountryRoundTrip(t *testing.T) {
	codes := trCountries().byCode
	if len(codes) < 240 {
		t.Errorf("%d countries, want at least 240", len(codes))
	}
	for code := range codes {
		for _, lang := range []string{"id", "en"} {
			name, ok := CountryName(code, lang)
			if !ok || name == "" {
				t.Errorf("CountryName(%q, %q) = %q, %v", code, lang, name, ok)
				continue
			}
			if got, _ := lookupCountry(name); got != code {
				t.Errorf("lookupCountry(%q) = %q, want %q (the %s name of %s)", name, got, code, lang, code)
			}
		}
	}
}

func TestCountryTable(t *testing.T) {
	canonical := map[string]bool{}
	for _, r := range lexicon.Load("countries.txt") {
		if len(r.Fields) != 4 {
			t.Errorf("countries.txt:%d: %d fields, want 4", r.Line, len(r.Fields))
			continue
		}
		name, code, lang, use := r.Fields[0], r.Fields[1], r.Fields[2], r.Fields[3]
		if _, ok := CountryName(code, "en"); !ok || code != strings.ToUpper(code) || len(code) != 2 {
			t.Errorf("countries.txt:%d: %q is not the alpha-2 code of a country", r.Line, code)
		}
		if lang != "id" && lang != "en" {
			t.Errorf("countries.txt:%d: language %q, want id or en", r.Line, lang)
		}
		switch use {
		case "canonical":
			k := code + "/" + lang
			if canonical[k] {
				t.Errorf("countries.txt:%d: a second canonical %s name for %s", r.Line, lang, code)
			}
			canonical[k] = true
		case "alias":
		default:
			t.Errorf("countries.txt:%d: use %q, want canonical or alias", r.Line, use)
		}
		if got, _ := lookupCountry(name); got != code {
			t.Errorf("countries.txt:%d: lookupCountry(%q) = %q, want %q", r.Line, name, got, code)
		}
	}
}

// TestGlossaryTables checks roles_en.txt and orgs_en.txt beyond the
// shape every table shares: known classes, patterns where the class
// needs one, contractions that expand to something translatable, and no
// form listed twice in one class.
func TestGlossaryTables(t *testing.T) {
	type key struct{ form, class string }
	seen := map[key]string{}
	for _, name := range []string{"roles_en.txt", "orgs_en.txt"} {
		raw, err := lexicon.Raw(name)
		if err != nil {
			t.Fatal(err)
		}
		if !norm.NFC.IsNormalString(raw) || !utf8.ValidString(raw) {
			t.Errorf("%s is not valid NFC UTF-8", name)
		}
		for _, r := range lexicon.Load(name) {
			at := name + ":" + strconv.Itoa(r.Line)
			if len(r.Fields) < 3 || len(r.Fields) > 4 {
				t.Errorf("%s: %d fields, want 3 or 4", at, len(r.Fields))
				continue
			}
			for _, f := range r.Fields {
				if f == "" || f != strings.TrimSpace(f) || strings.Contains(f, "  ") {
					t.Errorf("%s: field %q is empty or has stray spaces", at, f)
				}
			}
			form, en, class, pattern := r.Field(0), r.Field(1), r.Field(2), r.Field(3)
			cl, ok := trClassNames[class]
			if !ok {
				t.Errorf("%s: unknown class %q", at, class)
				continue
			}
			var words []string
			for _, tok := range trTokenize(form) {
				words = append(words, tok.key)
			}
			k := key{strings.Join(words, " "), class}
			if prev, dup := seen[k]; dup {
				t.Errorf("%s: %q (%s) is listed already at %s", at, form, class, prev)
			}
			seen[k] = at
			switch cl {
			case clPre, clPost, clRankSuffix:
				if !strings.Contains(en, "*") {
					t.Errorf("%s: a %s entry needs * in its English %q", at, class, en)
				}
			case clAbbr:
				_, isRole := trRole(en)
				_, isName := trName(en)
				if !isRole && !isName {
					t.Errorf("%s: the long form %q of %q does not translate", at, en, form)
				}
			case clBound:
				// A prefix such as "ka" (Kepala) means nothing alone; its
				// long form must at least be glossary words.
				for _, tok := range trTokenize(en) {
					if len(trGloss().byFirst[tok.key]) == 0 {
						t.Errorf("%s: %q in the long form of %q is not in the glossary", at, tok.text, form)
					}
				}
			}
			if pattern != "" && pattern != "*" && !strings.Contains(pattern, "*") && cl != clPortfolio {
				t.Errorf("%s: pattern %q has no *", at, pattern)
			}
			if pattern != "" && !slices.Contains([]trClass{clHead, clUnit, clInst, clPortfolio, clOrg}, cl) {
				t.Errorf("%s: a %s entry takes no pattern", at, class)
			}
		}
	}
}

func TestWeekdayMonthName(t *testing.T) {
	var got []string
	for d := time.Sunday; d <= time.Saturday; d++ {
		got = append(got, WeekdayName(d, "id")+"/"+WeekdayName(d, "en"))
	}
	for m := time.January; m <= time.December; m++ {
		got = append(got, MonthName(m, "id")+"/"+MonthName(m, "en"))
	}
	got = append(got, WeekdayName(7, "id"), MonthName(0, "en"), MonthName(time.May, "fr"), WeekdayName(time.Monday, ""))
	want := []string{
		"Minggu/Sunday", "Senin/Monday", "Selasa/Tuesday", "Rabu/Wednesday",
		"Kamis/Thursday", "Jumat/Friday", "Sabtu/Saturday",
		"Januari/January", "Februari/February", "Maret/March", "April/April",
		"Mei/May", "Juni/June", "Juli/July", "Agustus/August",
		"September/September", "Oktober/October", "November/November", "Desember/December",
		"", "", "", "",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("day and month names mismatch (-want +got):\n%s", diff)
	}
}

func TestActorEnglish(t *testing.T) {
	tests := []struct {
		in, want Actor
	}{
		{
			Actor{Name: "Park Jin", Kind: Person, Aliases: []string{"Park"},
				Role: "Menteri Luar Negeri", Affiliation: "Korea Selatan", Mentions: []Span{{0, 8}}},
			Actor{Name: "Park Jin", Kind: Person, Aliases: []string{"Park"},
				Role: "Foreign Minister", Affiliation: "South Korea", Mentions: []Span{{0, 8}}},
		},
		{
			Actor{Name: "Lim Soosuk", Kind: Person, Role: "juru bicara",
				Affiliation: "Kementerian Luar Negeri Korea Selatan"},
			Actor{Name: "Lim Soosuk", Kind: Person, Role: "spokesperson",
				Affiliation: "Ministry of Foreign Affairs of South Korea"},
		},
		{
			// Unknown role and a place that stays as written.
			Actor{Name: "Ayep Zaki", Kind: Person, Role: "Juragan Empang", Affiliation: "Sukabumi"},
			Actor{Name: "Ayep Zaki", Kind: Person, Role: "Juragan Empang", Affiliation: "Sukabumi"},
		},
		{
			Actor{Name: "Amerika Serikat", Kind: Place, Aliases: []string{"AS", "Washington"}, Country: "US"},
			Actor{Name: "United States", Kind: Place, Aliases: []string{"AS", "Washington"}, Country: "US"},
		},
		{
			Actor{Name: "Tiongkok", Kind: Place},
			Actor{Name: "China", Kind: Place},
		},
		{
			Actor{Name: "Jawa Timur", Kind: Place},
			Actor{Name: "East Java", Kind: Place},
		},
		{
			Actor{Name: "Komisi Pemberantasan Korupsi", Kind: Organization, Aliases: []string{"KPK"}},
			Actor{Name: "Corruption Eradication Commission", Kind: Organization, Aliases: []string{"KPK"}},
		},
		{
			Actor{Name: "Mubadala Energi", Kind: Organization},
			Actor{Name: "Mubadala Energi", Kind: Organization},
		},
		{Actor{}, Actor{}},
	}
	for _, tt := range tests {
		got := tt.in.English()
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%+v.English() mismatch (-want +got):\n%s", tt.in, diff)
		}
	}

	// The copy shares no memory with the original.
	a := Actor{Name: "X", Kind: Person, Aliases: []string{"Y"}, Mentions: []Span{{1, 2}}}
	b := a.English()
	b.Aliases[0], b.Mentions[0] = "Z", Span{3, 4}
	if a.Aliases[0] != "Y" || a.Mentions[0] != (Span{1, 2}) {
		t.Errorf("English shares Aliases or Mentions with its receiver: %+v", a)
	}
}

// TestDevRoleCoverage reports how many distinct person roles of the dev
// set's gold files TranslateRole knows; the target is 90%. Run it with
//
//	go test -run TestDevRoleCoverage -v
//
// It needs ../shared/eval/dev beside the checkout and skips without it.
func TestDevRoleCoverage(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "shared", "eval", "dev", "*.json"))
	if len(files) == 0 {
		t.Skip("no ../shared/eval/dev gold files")
	}
	roles := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			Actors []struct{ Kind, Role string }
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, a := range gold.Actors {
			if a.Kind == "person" && a.Role != "" {
				roles[a.Role] = true
			}
		}
	}
	known := 0
	var missed []string
	for r := range roles {
		if _, ok := TranslateRole(r); ok {
			known++
		} else {
			missed = append(missed, r)
		}
	}
	slices.Sort(missed)
	share := float64(known) / float64(len(roles))
	t.Logf("dev role coverage: %d of %d distinct person roles translated (%.1f%%)", known, len(roles), 100*share)
	for _, r := range missed {
		t.Logf("not translated: %q", r)
	}
	if share < 0.9 {
		t.Errorf("dev role coverage %.1f%%, want at least 90%%", 100*share)
	}
}

// FuzzTranslate checks that the translators never panic and that a
// role or name they do not know comes back unchanged.
func FuzzTranslate(f *testing.F) {
	for _, s := range []string{
		"Kepala Seksi Hubungan Masyarakat", "Wakapolri", "Kasatreskrim", "mantan Wakil Presiden RI",
		"Polda Metro Jaya", "Komisi II DPR RI", "Dinas Kesehatan (Dinkes) Lombok Barat",
		"Ketua , dan &", "((()", "Ka", "kakakakakakakakakakakakaka", "0830/", "/ / /", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if en, ok := TranslateRole(s); !ok && en != s {
			t.Errorf("TranslateRole(%q) = %q, false; want the role unchanged", s, en)
		}
		if en, ok := TranslateOrganization(s); !ok && en != s {
			t.Errorf("TranslateOrganization(%q) = %q, false; want the name unchanged", s, en)
		}
		_, _ = CountryName(s, "en")
		_, _ = lookupCountry(s)
		_ = (Actor{Name: s, Kind: Place, Role: s, Affiliation: s}).English()
	})
}

// TestAppendFoldASCIIName checks lookupCountry's fast path against
// trFoldName, for every ASCII text made of a few pieces.
func TestAppendFoldASCIIName(t *testing.T) {
	pieces := []string{"", " ", "  ", "\t", "\n\r", "A", "b", "Korea", "SELATAN", "St.", "-", "'", "\v\f"}
	for _, a := range pieces {
		for _, b := range pieces {
			for _, c := range pieces {
				s := a + b + c + a
				got, ok := appendFoldASCIIName([]byte("x"), s)
				if want := "x" + trFoldName(s); !ok || string(got) != want {
					t.Errorf("appendFoldASCIIName(%q) = %q, %v; want %q, true", s, got, ok, want)
				}
			}
		}
	}
	for _, s := range []string{"Tiongkok’", "Türkiye", "Korea\u00a0Selatan"} {
		if _, ok := appendFoldASCIIName(nil, s); ok {
			t.Errorf("appendFoldASCIIName(%q) took a text that is not ASCII", s)
		}
	}
}
