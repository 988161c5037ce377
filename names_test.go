package berita

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sergey Lavrov", "Sergey Lavrov"},
		{"  Sergey   Lavrov ", "Sergey Lavrov"},
		{"Sergey\u00a0Lavrov", "Sergey Lavrov"},
		// Honorifics.
		{"Bapak Joko Widodo", "Joko Widodo"},
		{"Pak Budi", "Budi"},
		{"Ibu Sri Mulyani", "Sri Mulyani"},
		{"Bu Risma", "Risma"},
		{"Saudara Timothy", "Timothy"},
		{"Mas Gibran", "Gibran"},
		{"Mbak Puan", "Puan"},
		{"Bung Karno", "Karno"},
		// Religious and nobility titles.
		{"H. Yusril Ihza Mahendra", "Yusril Ihza Mahendra"},
		{"Hj. Siti Aminah", "Siti Aminah"},
		{"KH Ma'ruf Amin", "Ma'ruf Amin"},
		{"Habib Rizieq Shihab", "Rizieq Shihab"},
		{"Ustaz Abdul Somad", "Abdul Somad"},
		{"R. Soeprapto", "Soeprapto"},
		{"Tb. Hasanuddin", "Hasanuddin"},
		// Academic titles and degrees.
		{"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si., Ph.D.", "Mahfud MD"},
		{"Dr. Dewi Sartika, M.Si.", "Dewi Sartika"},
		{"dr. Siti Nadia Tarmizi, M.Epid", "Siti Nadia Tarmizi"},
		// Ranks, short and full.
		{"AKBP Sandi Sultan", "Sandi Sultan"},
		{"Ajun Komisaris Besar Sandi Sultan", "Sandi Sultan"},
		{"Ajun Komisaris Roland Manurung", "Roland Manurung"},
		{"Kombes Pol Ade Ary", "Ade Ary"},
		{"Irjen Pol Karyoto", "Karyoto"},
		{"Inspektur Jenderal Karyoto", "Karyoto"},
		{"Brigjen TNI Kristomei Sianturi", "Kristomei Sianturi"},
		{"Letkol Inf Budi", "Budi"},
		{"Laksamana Yudo Margono", "Yudo Margono"},
		{"Marsekal Madya Tonny Harjono", "Tonny Harjono"},
		{"Kolonel Inf Didin Nasruddin Darsono", "Didin Nasruddin Darsono"},
		// Names in capitals, keeping acronyms and particles.
		{"JOKO WIDODO", "Joko Widodo"},
		{"SERGEY LAVROV", "Sergey Lavrov"},
		{"AHMAD BIN ABDULLAH", "Ahmad bin Abdullah"},
		{"MUHAMMAD AL-FATIH", "Muhammad Al-Fatih"},
		{"SBY", "SBY"},
		{"Mahfud MD", "Mahfud MD"},
		// Particles and apostrophes stay.
		{"Ma'ruf Amin", "Ma'ruf Amin"},
		{"Abdullah bin Abdul Kadir", "Abdullah bin Abdul Kadir"},
		{"I Gusti Ngurah Rai", "I Gusti Ngurah Rai"},
		{"M. Yamin", "M. Yamin"},
		// A title alone is kept: there is no name to strip it from.
		{"Bapak", "Bapak"},
		{"Irjen Pol", "Irjen Pol"},
		{"Prof. Dr.", "Prof. Dr."},
		{"", ""},
		// NFC: a decomposed é is composed.
		{"Jose\u0301 Mourinho", "José Mourinho"},
	}
	for _, tt := range tests {
		got := NormalizeName(tt.in)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("NormalizeName(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if again := NormalizeName(got); again != got {
			t.Errorf("NormalizeName not idempotent on %q: %q then %q", tt.in, got, again)
		}
	}
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si.", "AKBP Sandi Sultan", "JOKO WIDODO",
		"Bapak", "Pak Dr.", "AL-FATIH BIN ALI", "Jose\u0301", "  , ,", "S.H., M.Si.", "\u00a0Ibu\u00a0Bu\u00a0X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := NormalizeName(s)
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("NormalizeName(%q) = %q, not valid UTF-8", s, got)
		}
		if again := NormalizeName(got); again != got {
			t.Fatalf("not idempotent: %q → %q → %q", s, got, again)
		}
		if utf8.ValidString(s) && !norm.NFC.IsNormalString(got) {
			t.Fatalf("NormalizeName(%q) = %q, not NFC", s, got)
		}
	})
}
