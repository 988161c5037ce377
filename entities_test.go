package berita

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// actorCase is the part of an Actor the tables below pin down.
type actorCase struct {
	Name        string
	Kind        ActorKind
	Role        string
	Affiliation string
	Country     string
}

func actorCases(a *Article, kinds ...ActorKind) []actorCase {
	var out []actorCase
	for _, ac := range a.Actors {
		for _, k := range kinds {
			if ac.Kind == k {
				out = append(out, actorCase{ac.Name, ac.Kind, ac.Role, ac.Affiliation, ac.Country})
			}
		}
	}
	return out
}

func mustParse(t *testing.T, text string) *Article {
	t.Helper()
	a, err := Parse(text)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return a
}

// TestPersons checks the contexts that make a capitalised name a person,
// and the names Indonesian news writes.
func TestPersons(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []actorCase
	}{
		{"after a rank", "Pelaku ditangkap oleh Ajun Komisaris Roland Manurung di rumahnya.",
			[]actorCase{{Name: "Roland Manurung", Kind: Person}}},
		{"after a title", "Seminar itu dibuka oleh Prof. Dr. Ir. Sutan Batubara di aula kampus.",
			[]actorCase{{Name: "Sutan Batubara", Kind: Person}}},
		{"after an honorific", "Warga menyambut kedatangan Bapak Slamet Riyadi di balai desa.",
			[]actorCase{{Name: "Slamet Riyadi", Kind: Person}}},
		{"after a role", "Pertemuan itu dihadiri Presiden Bambang Sutrisno dan para menteri.",
			[]actorCase{{Name: "Bambang Sutrisno", Kind: Person, Role: "Presiden"}}},
		{"before a speech cue", "Suharto mengatakan pembangunan harus dilanjutkan.",
			[]actorCase{{Name: "Suharto", Kind: Person}}},
		{"after a cue", "Jalan itu akan diperbaiki bulan depan, kata Yohanes kepada wartawan.",
			[]actorCase{{Name: "Yohanes", Kind: Person}}},
		{"apposition", "Budi Hartono, warga Bekasi, mengaku kehilangan sepeda motornya.",
			[]actorCase{{Name: "Budi Hartono", Kind: Person, Role: "warga", Affiliation: "Bekasi"}}},
		{"not a sentence-initial capital alone", "Kemarin hujan turun deras di kota itu.", nil},
		{"not months and days", "Pada Senin, 3 Maret, Kamis dan Oktober tidak ada kegiatan.", nil},
		{"Arabic particles", "Pengadilan memeriksa Abdullah bin Abdul Kadir sebagai saksi, kata Hakim Ketua Ma'ruf Salim.",
			[]actorCase{{Name: "Abdullah bin Abdul Kadir", Kind: Person, Role: "saksi"}, {Name: "Ma'ruf Salim", Kind: Person, Role: "Hakim Ketua"}}},
		{"Balinese", "Bendesa Adat I Gusti Ngurah Rai Putra mengatakan upacara berjalan lancar.",
			[]actorCase{{Name: "I Gusti Ngurah Rai Putra", Kind: Person}}},
		{"initials", "Menteri Pendidikan M. Yamin Saleh meresmikan sekolah itu.",
			[]actorCase{{Name: "M. Yamin Saleh", Kind: Person, Role: "Menteri Pendidikan"}}},
		{"Batak", "Kepala Desa Sahat Marpaung Sitorus menjelaskan bahwa panen gagal.",
			[]actorCase{{Name: "Sahat Marpaung Sitorus", Kind: Person, Role: "Kepala Desa"}}},
		{"Korean and Japanese", "Presiden Korea Selatan Lee Jae-myung bertemu Perdana Menteri Jepang Shigeru Ishiba.",
			[]actorCase{{Name: "Lee Jae-myung", Kind: Person, Role: "Presiden", Affiliation: "Korea Selatan"},
				{Name: "Shigeru Ishiba", Kind: Person, Role: "Perdana Menteri", Affiliation: "Jepang"}}},
		{"Chinese", "Juru bicara Kementerian Luar Negeri China Lin Jian mengatakan kunjungan itu penting.",
			[]actorCase{{Name: "Lin Jian", Kind: Person, Role: "Juru bicara", Affiliation: "Kementerian Luar Negeri China"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := actorCases(mustParse(t, tt.text), Person)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("persons of %q mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOneActorPerReferent checks that later short forms, acronyms,
// role-only mentions and well-known aliases join the actor first named.
func TestOneActorPerReferent(t *testing.T) {
	type want struct {
		name    string
		aliases []string // each must be among the actor's aliases
		minRefs int      // at least this many mentions
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"Western last name", "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Jakarta. Lavrov mengatakan kunjungan itu penting.",
			[]want{{"Sergey Lavrov", []string{"Lavrov"}, 2}}},
		{"Indonesian first name", "Kepala Unit Reserse Kriminal Kepolisian Sektor Tamansari Ajun Komisaris Roland Manurung memimpin penangkapan. Roland menyebut pelaku sudah diincar sejak lama.",
			[]want{{"Roland Manurung", []string{"Roland"}, 2}}},
		{"role-only mention", "Menteri Luar Negeri Rusia Sergey Lavrov menolak tuduhan itu. Pekan lalu, menteri luar negeri Rusia itu berkunjung ke Pyongyang.",
			[]want{{"Sergey Lavrov", nil, 2}}},
		{"acronym defined in the text", "Komisi Pemberantasan Korupsi (KPK) memeriksa tiga saksi. KPK menyebut pemeriksaan berlanjut pekan depan.",
			[]want{{"Komisi Pemberantasan Korupsi", []string{"KPK"}, 3}}},
		{"country acronym", "Pemerintah Amerika Serikat (AS) mengirim bantuan. AS juga mengirim tenaga medis.",
			[]want{{"Amerika Serikat", []string{"AS"}, 3}}},
		{"alias table", "Jokowi meresmikan bendungan itu. Joko Widodo didampingi gubernur.",
			[]want{{"Joko Widodo", []string{"Jokowi"}, 2}}},
		{"titles and degrees dropped", "Dekan Fakultas Hukum Prof. Dr. Hendra Gunawan, S.H., M.H., membuka acara. Hendra berharap mahasiswa aktif.",
			[]want{{"Hendra Gunawan", []string{"Hendra"}, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, tt.text)
			for _, w := range tt.want {
				var got *Actor
				n := 0
				for i := range a.Actors {
					if a.Actors[i].Name == w.name {
						got = &a.Actors[i]
						n++
					}
				}
				if n != 1 {
					t.Fatalf("%d actors named %q, want 1; actors: %+v", n, w.name, a.Actors)
				}
				for _, al := range w.aliases {
					if !contains(got.Aliases, al) {
						t.Errorf("%s: aliases %q lack %q", w.name, got.Aliases, al)
					}
				}
				if len(got.Mentions) < w.minRefs {
					t.Errorf("%s: %d mentions, want at least %d", w.name, len(got.Mentions), w.minRefs)
				}
				for _, m := range got.Mentions {
					if m.Start < 0 || m.End > len(tt.text) || m.Start > m.End {
						t.Errorf("%s: mention %v out of the text", w.name, m)
					}
				}
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestRoles checks the ways news packs a role and an affiliation around
// a name.
func TestRoles(t *testing.T) {
	tests := []struct {
		text string
		want actorCase
	}{
		{"Menteri Luar Negeri Korea Selatan Park Jin menghadiri rapat itu.",
			actorCase{Name: "Park Jin", Kind: Person, Role: "Menteri Luar Negeri", Affiliation: "Korea Selatan"}},
		{"Rapat dipimpin juru bicara Kementerian Luar Negeri Korea Selatan Lim Soosuk.",
			actorCase{Name: "Lim Soosuk", Kind: Person, Role: "juru bicara", Affiliation: "Kementerian Luar Negeri Korea Selatan"}},
		{"Penangkapan dipimpin Kepala Unit Reserse Kriminal Kepolisian Sektor Tamansari Ajun Komisaris Roland Manurung.",
			actorCase{Name: "Roland Manurung", Kind: Person, Role: "Kepala Unit Reserse Kriminal", Affiliation: "Kepolisian Sektor Tamansari"}},
		{"Kapolda Metro Jaya Irjen Karyoto memimpin apel pagi.",
			actorCase{Name: "Karyoto", Kind: Person, Role: "Kapolda", Affiliation: "Metro Jaya"}},
		{"Ketua Umum Partai Golkar Bahlil Lahadalia membuka musyawarah.",
			actorCase{Name: "Bahlil Lahadalia", Kind: Person, Role: "Ketua Umum", Affiliation: "Partai Golkar"}},
		{"Norbert Tunyanan, Perwakilan KNKT Wilayah Papua, mengatakan pesawat itu hilang kontak.",
			actorCase{Name: "Norbert Tunyanan", Kind: Person, Role: "Perwakilan", Affiliation: "KNKT Wilayah Papua"}},
		{"Hal itu disampaikan pengamat politik dari Universitas Indonesia Ade Armando.",
			actorCase{Name: "Ade Armando", Kind: Person, Role: "pengamat politik", Affiliation: "Universitas Indonesia"}},
		{"Kepala Dinas Kesehatan (Dinkes) Lombok Barat, Erni Suryana, mengatakan vaksin tersedia.",
			actorCase{Name: "Erni Suryana", Kind: Person, Role: "Kepala", Affiliation: "Dinas Kesehatan (Dinkes) Lombok Barat"}},
		{"Menkeu Sri Mulyani Indrawati menyampaikan laporan itu di depan DPR.",
			actorCase{Name: "Sri Mulyani Indrawati", Kind: Person, Role: "Menkeu"}},
		{"Wapres Gibran Rakabuming Raka meninjau pasar.",
			actorCase{Name: "Gibran Rakabuming Raka", Kind: Person, Role: "Wapres"}},
	}
	for _, tt := range tests {
		a := mustParse(t, tt.text)
		got := actorCases(a, Person)
		if diff := cmp.Diff([]actorCase{tt.want}, got); diff != "" {
			t.Errorf("persons of %q mismatch (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestOrganizationsAndPlaces checks institutions, countries with their ISO
// codes, the gazetteer, and capitals kept as places.
func TestOrganizationsAndPlaces(t *testing.T) {
	text := "Kementerian Keuangan dan Badan Nasional Penanggulangan Bencana bertemu di Bekasi, Jawa Barat. " +
		"Wakil dari Partai Gerindra, PT Pertamina, Universitas Gadjah Mada, KPK, DPR, TNI dan PBB hadir. " +
		"Korsel, China, Inggris dan Palestina mengirim utusan, sementara Washington dan Moskow diam."
	a := mustParse(t, text)
	got := map[string]actorCase{}
	for _, ac := range a.Actors {
		got[ac.Name] = actorCase{ac.Name, ac.Kind, ac.Role, ac.Affiliation, ac.Country}
	}
	want := []actorCase{
		{Name: "Kementerian Keuangan", Kind: Organization},
		{Name: "Badan Nasional Penanggulangan Bencana", Kind: Organization},
		{Name: "Bekasi", Kind: Place},
		{Name: "Jawa Barat", Kind: Place},
		{Name: "Partai Gerindra", Kind: Organization},
		{Name: "PT Pertamina", Kind: Organization},
		{Name: "Universitas Gadjah Mada", Kind: Organization},
		{Name: "KPK", Kind: Organization},
		{Name: "DPR", Kind: Organization},
		{Name: "TNI", Kind: Organization},
		{Name: "PBB", Kind: Organization},
		{Name: "Korea Selatan", Kind: Place, Country: "KR"},
		{Name: "China", Kind: Place, Country: "CN"},
		{Name: "Inggris", Kind: Place, Country: "GB"},
		{Name: "Palestina", Kind: Place, Country: "PS"},
		{Name: "Washington", Kind: Place},
		{Name: "Moskow", Kind: Place},
	}
	for _, w := range want {
		if diff := cmp.Diff(w, got[w.Name]); diff != "" {
			t.Errorf("actor %q mismatch (-want +got):\n%s", w.Name, diff)
		}
	}
	for _, ac := range a.Actors {
		if ac.Kind == Person {
			t.Errorf("unexpected person %q", ac.Name)
		}
	}
}

// TestKnownActors checks that Options.Actors take precedence over the
// built-in tables, and the TSV loader with its line-numbered errors.
func TestKnownActors(t *testing.T) {
	actors, err := ReadActors(strings.NewReader("# known actors\n" +
		"Basuki Hadimuljono\tperson\tPak Bas;Basuki\tKepala\tOtorita IKN\t\n" +
		"\n" +
		"Otorita Ibu Kota Nusantara\torganization\tOIKN\n" +
		"Korea Selatan\tplace\tNegeri Ginseng\t\t\tKR\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(actors) != 3 {
		t.Fatalf("ReadActors gave %d actors, want 3", len(actors))
	}
	p, err := NewParser(Options{Actors: actors})
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.Parse("Pak Bas meninjau proyek OIKN. Basuki mengatakan pembangunan sesuai jadwal.")
	if err != nil {
		t.Fatal(err)
	}
	got := actorCases(a, Person, Organization)
	want := []actorCase{
		{Name: "Basuki Hadimuljono", Kind: Person, Role: "Kepala", Affiliation: "Otorita IKN"},
		{Name: "Otorita Ibu Kota Nusantara", Kind: Organization},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("known actors mismatch (-want +got):\n%s", diff)
	}
	if len(a.Quotes) != 1 || len(a.Quotes[0].Speakers) != 1 || a.Quotes[0].Speakers[0] != "Basuki Hadimuljono" {
		t.Errorf("quotes = %+v, want one by Basuki Hadimuljono", a.Quotes)
	}

	bad := []struct {
		in   string
		line int
	}{
		{"Budi\tperson\n\nAni\n", 3},
		{"Budi\tanimal\n", 1},
		{"\tperson\n", 1},
		{"Budi\tperson\t\t\t\tKOR\n", 1},
		{"Budi\tperson\t\t\t\tA1\n", 1},
		{"a\tperson\tb\tc\td\tID\textra\n", 1},
	}
	for _, b := range bad {
		_, err := ReadActors(strings.NewReader(b.in))
		var le *LineError
		if !errors.As(err, &le) || le.Line != b.line || !errors.Is(err, ErrActorLine) {
			t.Errorf("ReadActors(%q) error = %v, want a *LineError at line %d wrapping ErrActorLine", b.in, err, b.line)
		}
	}
	// A caller's actor wins over a country of the tables, and blank
	// aliases are dropped.
	p, err = NewParser(Options{Actors: []Actor{{Name: "Negeri Paman Sam", Kind: Place, Aliases: []string{"Amerika Serikat", " "}}}})
	if err != nil {
		t.Fatal(err)
	}
	a, err = p.Parse("Amerika Serikat mengirim bantuan ke Gaza.")
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Actors) == 0 || a.Actors[0].Name != "Negeri Paman Sam" || contains(a.Actors[0].Aliases, "") || contains(a.Actors[0].Aliases, " ") {
		t.Errorf("actors = %+v, want the caller's Negeri Paman Sam first, without blank aliases", a.Actors)
	}
	if _, err := NewParser(Options{Actors: []Actor{{Name: " ", Kind: Person}}}); err == nil {
		t.Error("NewParser accepted an actor with no name")
	}
	if _, err := NewParser(Options{Actors: []Actor{{Name: "X"}}}); err == nil {
		t.Error("NewParser accepted an actor with no kind")
	}
}

// TestRolePhrasesFit checks that lowerRoleLead, which reads at most
// maxRoleWords words, can match every role and office phrase.
func TestRolePhrasesFit(t *testing.T) {
	for _, d := range []*phraseDict{lex().roles, lex().offices} {
		for _, list := range d.byFirst {
			for _, p := range list {
				if len(p.words) > maxRoleWords {
					t.Errorf("%q has %d words, more than maxRoleWords (%d)", p.text, len(p.words), maxRoleWords)
				}
			}
		}
	}
}
