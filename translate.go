package berita

// TranslateRole returns the English for an Indonesian role or office
// ("Menteri Luar Negeri" → "Foreign Minister") and whether it knew it; an
// unknown role comes back unchanged with false.
func TranslateRole(role string) (string, bool) { return role, false }

// TranslateOrganization returns the English name of an Indonesian
// institution and whether it knew it.
func TranslateOrganization(name string) (string, bool) { return name, false }

// CountryName returns the name of the country with ISO 3166-1 code code
// in lang ("id" or "en") and whether it knew it.
func CountryName(code, lang string) (string, bool) { return "", false }

// English returns a copy of a with its role, affiliation and place names
// in English where they are known.
func (a Actor) English() Actor { return a }

// lookupCountry returns the ISO 3166-1 alpha-2 code of a country named as
// Indonesian news names it ("Korea Selatan", "Korsel", "AS", "China").
func lookupCountry(name string) (string, bool) { return "", false }

// countryNewsName returns the name Indonesian news uses for the country
// with code ("Amerika Serikat" for US, "China" for CN).
func countryNewsName(code string) string { return "" }
