package berita_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/beritalab/berita"
)

func ExampleParse() {
	text := `Banjir Rendam Ratusan Rumah di Bekasi
BEKASI, KOMPAS.com - Banjir merendam 300 rumah di Bekasi pada Senin (21/2/2022). Ketinggian air mencapai 1,5 meter.
“Kami mengungsi sejak pukul 03.00 WIB. Semua barang terendam,” kata Ani, warga setempat.`

	a, err := berita.Parse(text)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("title:", a.Title)
	fmt.Printf("dateline: place %q, source %q\n", a.Dateline.Place, a.Dateline.Source)
	fmt.Println("date:", a.Date.Time.Format("2006-01-02"))
	for i, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			fmt.Printf("%d: %s\n", i, s.Text)
		}
	}
	// Output:
	// title: Banjir Rendam Ratusan Rumah di Bekasi
	// dateline: place "BEKASI", source "KOMPAS.com"
	// date: 2022-02-21
	// 0: Banjir merendam 300 rumah di Bekasi pada Senin (21/2/2022).
	// 0: Ketinggian air mencapai 1,5 meter.
	// 1: “Kami mengungsi sejak pukul 03.00 WIB.
	// 1: Semua barang terendam,” kata Ani, warga setempat.
}

func ExampleParse_errors() {
	_, err := berita.Parse("Harga naik\xff.")
	var ie *berita.InputError
	if errors.Is(err, berita.ErrInvalidUTF8) && errors.As(err, &ie) {
		fmt.Println("invalid UTF-8 at byte", ie.Offset)
	}
	_, err = berita.Parse(" \n\t")
	fmt.Println(errors.Is(err, berita.ErrEmpty))
	// Output:
	// invalid UTF-8 at byte 10
	// true
}

func ExampleNewParser() {
	p, err := berita.NewParser(berita.Options{
		// Dates without a year ("Kamis (26/10)") fall in the year nearest
		// to this date.
		ReferenceDate: time.Date(2023, time.November, 1, 0, 0, 0, 0, time.UTC),
		// Known actors take precedence over the built-in tables.
		Actors: []berita.Actor{{
			Name:        "Lim Soosuk",
			Kind:        berita.Person,
			Aliases:     []string{"Lim"},
			Role:        "juru bicara",
			Affiliation: "Kementerian Luar Negeri Korea Selatan",
		}},
		// Refuse texts over 64 KiB.
		MaxSize: 64 << 10,
	})
	if err != nil {
		log.Fatal(err)
	}
	a, err := p.Parse("Seoul (ANTARA) - Lim Soosuk berbicara kepada wartawan pada Kamis (26/10).")
	if err != nil {
		log.Fatal(err)
	}
	for _, d := range a.Dates {
		fmt.Println(d.Text, d.Time.Format("2006-01-02"), "year inferred:", d.YearInferred)
	}

	_, err = p.Parse(strings.Repeat("Berita panjang. ", 5000))
	fmt.Println(errors.Is(err, berita.ErrTooLarge))
	// Output:
	// Kamis (26/10) 2023-10-26 year inferred: true
	// true
}

// The Article marshals to JSON with stable field names; spans are byte
// offsets into the text.
func ExampleArticle_json() {
	a, err := berita.Parse("Jakarta (ANTARA) - Hujan turun. Jalan banjir.")
	if err != nil {
		log.Fatal(err)
	}
	b, err := json.Marshal(a)
	if err != nil {
		log.Fatal(err)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(b, &fields); err != nil {
		log.Fatal(err)
	}
	fmt.Println(slices.Sorted(maps.Keys(fields)))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a.Dateline); err != nil {
		log.Fatal(err)
	}
	if err := enc.Encode(a.Paragraphs[0].Sentences); err != nil {
		log.Fatal(err)
	}
	// Output:
	// [actors dateline dates paragraphs quotes title title_span]
	// {
	//   "start": 0,
	//   "end": 18,
	//   "text": "Jakarta (ANTARA) -",
	//   "place": "Jakarta",
	//   "source": "ANTARA"
	// }
	// [
	//   {
	//     "start": 19,
	//     "end": 31,
	//     "text": "Hujan turun."
	//   },
	//   {
	//     "start": 32,
	//     "end": 45,
	//     "text": "Jalan banjir."
	//   }
	// ]
}
