package berita_test

import (
	"fmt"
	"time"

	"github.com/beritalab/berita"
)

func ExampleTranslateRole() {
	for _, role := range []string{
		"Menteri Luar Negeri",
		"Wakil Presiden",
		"Kapolda",
		"Kasat Reskrim",
		"mantan Menteri Perdagangan",
		"Ajun Komisaris Besar",
		"pengamat politik",
		"Juragan Empang", // not known: returned as it is
	} {
		en, ok := berita.TranslateRole(role)
		fmt.Printf("%s → %s (%v)\n", role, en, ok)
	}
	// Output:
	// Menteri Luar Negeri → Foreign Minister (true)
	// Wakil Presiden → Vice President (true)
	// Kapolda → Regional Police Chief (true)
	// Kasat Reskrim → Head of the Criminal Investigation Unit (true)
	// mantan Menteri Perdagangan → former Trade Minister (true)
	// Ajun Komisaris Besar → Adjunct Senior Commissioner (true)
	// pengamat politik → political analyst (true)
	// Juragan Empang → Juragan Empang (false)
}

func ExampleTranslateOrganization() {
	for _, name := range []string{
		"Kementerian Luar Negeri Korea Selatan",
		"Kepolisian Daerah Metro Jaya",
		"KPK",
		"Pemerintah Kota Surabaya",
		"PT Makassar Tene", // a proper name: returned as it is
	} {
		en, ok := berita.TranslateOrganization(name)
		fmt.Printf("%s → %s (%v)\n", name, en, ok)
	}
	// Output:
	// Kementerian Luar Negeri Korea Selatan → Ministry of Foreign Affairs of South Korea (true)
	// Kepolisian Daerah Metro Jaya → Greater Jakarta Metropolitan Regional Police (true)
	// KPK → Corruption Eradication Commission (true)
	// Pemerintah Kota Surabaya → Surabaya City Government (true)
	// PT Makassar Tene → PT Makassar Tene (false)
}

func ExampleCountryName() {
	for _, code := range []string{"CN", "GB", "TR", "PS", "KR"} {
		id, _ := berita.CountryName(code, "id")
		en, _ := berita.CountryName(code, "en")
		fmt.Printf("%s: %s / %s\n", code, id, en)
	}
	_, ok := berita.CountryName("EU", "en")
	fmt.Println("EU:", ok)
	// Output:
	// CN: China / China
	// GB: Inggris / United Kingdom
	// TR: Turki / Türkiye
	// PS: Palestina / Palestine
	// KR: Korea Selatan / South Korea
	// EU: false
}

func ExampleActor_English() {
	a := berita.Actor{
		Name:        "Park Jin",
		Kind:        berita.Person,
		Role:        "Menteri Luar Negeri",
		Affiliation: "Korea Selatan",
	}
	en := a.English()
	fmt.Printf("%s, %s, %s\n", en.Name, en.Role, en.Affiliation)

	us := berita.Actor{Name: "Amerika Serikat", Kind: berita.Place, Aliases: []string{"AS"}, Country: "US"}
	fmt.Println(us.English().Name, us.English().Aliases)
	// Output:
	// Park Jin, Foreign Minister, South Korea
	// United States [AS]
}

func ExampleWeekdayName() {
	d := time.Date(2025, time.October, 17, 0, 0, 0, 0, time.UTC)
	fmt.Println(berita.WeekdayName(d.Weekday(), "id"), berita.WeekdayName(d.Weekday(), "en"))
	// Output: Jumat Friday
}

func ExampleMonthName() {
	fmt.Println(berita.MonthName(time.August, "id"), berita.MonthName(time.August, "en"))
	// Output: Agustus August
}
