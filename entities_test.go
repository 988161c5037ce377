package berita

import (
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
