package berita_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/beritalab/berita"
)

// Example_whoSaidWhat prints each quotation of a short article with its
// kind, its speakers and the cue that reports it.
func Example_whoSaidWhat() {
	text := `Pemkot Bogor Tutup Jalan Suryakencana
BOGOR, KOMPAS.com - Kepala Dinas Perhubungan Kota Bogor Hendra Wijaya mengatakan penutupan jalan berlangsung tiga hari.
"Pengendara kami minta memakai Jalan Pajajaran," kata Hendra kepada wartawan.
"Petugas sudah berjaga sejak pagi."
Menurut Hendra, perbaikan saluran air selesai pada Rabu.`

	a, err := berita.Parse(text)
	if err != nil {
		log.Fatal(err)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%-8s %s (%s): %s\n", q.Kind, strings.Join(q.Speakers, ", "), q.Cue, q.Text)
	}
	for _, ac := range a.Actors {
		if ac.Kind == berita.Person {
			fmt.Printf("%s: %s, %s; also %s\n", ac.Name, ac.Role, ac.Affiliation, strings.Join(ac.Aliases, ", "))
		}
	}
	// Output:
	// indirect Hendra Wijaya (mengatakan): penutupan jalan berlangsung tiga hari
	// direct   Hendra Wijaya (kata): Pengendara kami minta memakai Jalan Pajajaran,
	// direct   Hendra Wijaya (): Petugas sudah berjaga sejak pagi.
	// indirect Hendra Wijaya (Menurut): perbaikan saluran air selesai pada Rabu
	// Hendra Wijaya: Kepala, Dinas Perhubungan Kota Bogor; also Hendra
}

func ExampleNormalizeName() {
	for _, name := range []string{
		"Prof. Dr. Ir. H. Mahfud MD, S.H., M.Si.",
		"Ajun Komisaris Besar Sandi Sultan",
		"Irjen Pol Karyoto",
		"Bapak Joko Widodo",
		"AHMAD BIN ABDULLAH",
		"  Sergey\u00a0 Lavrov ",
	} {
		fmt.Printf("%q\n", berita.NormalizeName(name))
	}
	// Output:
	// "Mahfud MD"
	// "Sandi Sultan"
	// "Karyoto"
	// "Joko Widodo"
	// "Ahmad bin Abdullah"
	// "Sergey Lavrov"
}
