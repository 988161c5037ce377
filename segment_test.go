package berita

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// segmented runs the segmentation stage alone, so these tests do not
// depend on the actor and quote stages.
func segmented(text string) (*doc, *Article) {
	d := newDoc(text)
	a := &Article{}
	segment(d, a)
	return d, a
}

// layout is what segment makes of a text, as strings.
type layout struct {
	Title      string
	Paragraphs []string
}

func layoutOf(a *Article) layout {
	l := layout{Title: a.Title}
	for _, p := range a.Paragraphs {
		l.Paragraphs = append(l.Paragraphs, p.Text)
	}
	return l
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want layout
	}{{
		name: "one line is a paragraph, never a title",
		text: "Banjir Melanda Jakarta",
		want: layout{Paragraphs: []string{"Banjir Melanda Jakarta"}},
	}, {
		name: "LF",
		text: "Satu.\nDua.\nTiga.",
		want: layout{Paragraphs: []string{"Satu.", "Dua.", "Tiga."}},
	}, {
		name: "CRLF",
		text: "Satu.\r\nDua.\r\n",
		want: layout{Paragraphs: []string{"Satu.", "Dua."}},
	}, {
		name: "lone CR ends a line",
		text: "Satu.\rDua.\rTiga.",
		want: layout{Paragraphs: []string{"Satu.", "Dua.", "Tiga."}},
	}, {
		name: "Unicode line and paragraph separators",
		text: "Satu.\u2028Dua.\u2029Tiga.",
		want: layout{Paragraphs: []string{"Satu.", "Dua.", "Tiga."}},
	}, {
		name: "blank lines and lines of spaces are skipped",
		text: "\n\nSatu.\n   \n\t\n\nDua.\n\n",
		want: layout{Paragraphs: []string{"Satu.", "Dua."}},
	}, {
		name: "stray spaces, NBSP, BOM and zero-width spaces are trimmed",
		text: "\ufeff  Satu.  \n\u00a0Dua.\u00a0\n\u200bTiga.\u200b\u2060",
		want: layout{Paragraphs: []string{"Satu.", "Dua.", "Tiga."}},
	}, {
		name: "inner NBSP stays",
		text: "Rp\u00a03,5 juta.",
		want: layout{Paragraphs: []string{"Rp\u00a03,5 juta."}},
	}, {
		name: "headline title",
		text: "Harga Beras Naik Lagi\nHarga beras naik.",
		want: layout{Title: "Harga Beras Naik Lagi", Paragraphs: []string{"Harga beras naik."}},
	}, {
		name: "headline with a colon",
		text: "Kapolres: Mereka Telah Ditetapkan Tersangka\nPolisi menetapkan dua tersangka.",
		want: layout{Title: "Kapolres: Mereka Telah Ditetapkan Tersangka", Paragraphs: []string{"Polisi menetapkan dua tersangka."}},
	}, {
		name: "headline ending with a question mark",
		text: "Harga Beras Naik, Ada Apa?\nHarga beras naik.",
		want: layout{Title: "Harga Beras Naik, Ada Apa?", Paragraphs: []string{"Harga beras naik."}},
	}, {
		name: "headline ending with an exclamation mark",
		text: "Jalan Ditutup, Cek Rute Lain!\nJalan ditutup.",
		want: layout{Title: "Jalan Ditutup, Cek Rute Lain!", Paragraphs: []string{"Jalan ditutup."}},
	}, {
		name: "headline with an abbreviation and a number",
		text: "Prof. Budi Terima Hadiah Rp 1.500 Juta\nIa senang.",
		want: layout{Title: "Prof. Budi Terima Hadiah Rp 1.500 Juta", Paragraphs: []string{"Ia senang."}},
	}, {
		name: "headline after blank lines",
		text: "\n\n  Gempa di Laut Selatan  \n\nGempa terjadi pagi ini.",
		want: layout{Title: "Gempa di Laut Selatan", Paragraphs: []string{"Gempa terjadi pagi ini."}},
	}, {
		name: "a first line that ends with a period is a paragraph",
		text: "Harga beras naik lagi.\nPedagang mengeluh.",
		want: layout{Paragraphs: []string{"Harga beras naik lagi.", "Pedagang mengeluh."}},
	}, {
		name: "a first line with two sentences is a paragraph",
		text: "Harga beras naik. Pedagang mengeluh\nPembeli juga.",
		want: layout{Paragraphs: []string{"Harga beras naik. Pedagang mengeluh", "Pembeli juga."}},
	}, {
		name: "a first line with a sourced dateline is a paragraph",
		text: "JAKARTA, KOMPAS.com - Harga beras naik lagi\nPedagang mengeluh.",
		want: layout{Paragraphs: []string{"JAKARTA, KOMPAS.com - Harga beras naik lagi", "Pedagang mengeluh."}},
	}, {
		name: "a first line ending with a closed quotation is a paragraph",
		text: "“Harga naik,” kata dia.\nPedagang mengeluh.",
		want: layout{Paragraphs: []string{"“Harga naik,” kata dia.", "Pedagang mengeluh."}},
	}, {
		name: "a first line longer than a headline is a paragraph",
		text: strings.Repeat("kata ", 50) + "akhir\nDua.",
		want: layout{Paragraphs: []string{strings.Repeat("kata ", 50) + "akhir", "Dua."}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := segmented(tt.text)
			if diff := cmp.Diff(tt.want, layoutOf(a)); diff != "" {
				t.Errorf("segment(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
			checkSegments(t, tt.text, d, a)
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name string
		text string // one paragraph, or several lines
		want *Dateline
		body string // the first sentence of the dateline's paragraph
	}{{
		name: "KOMPAS.com",
		text: "JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "JAKARTA, KOMPAS.com -", Place: "JAKARTA", Source: "KOMPAS.com"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "Kompas print with em dash",
		text: "JAKARTA, KOMPAS — Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "JAKARTA, KOMPAS —", Place: "JAKARTA", Source: "KOMPAS"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "two-word place",
		text: "BANDAR LAMPUNG, KOMPAS — Sopir truk mengeluh.",
		want: &Dateline{Text: "BANDAR LAMPUNG, KOMPAS —", Place: "BANDAR LAMPUNG", Source: "KOMPAS"},
		body: "Sopir truk mengeluh.",
	}, {
		name: "ANTARA in parentheses",
		text: "Jakarta (ANTARA) - Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "Jakarta (ANTARA) -", Place: "Jakarta", Source: "ANTARA"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "source first",
		text: "TEMPO.CO, Jakarta - Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "TEMPO.CO, Jakarta -", Place: "Jakarta", Source: "TEMPO.CO"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "VIVA with en dash",
		text: "Jakarta, VIVA – Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "Jakarta, VIVA –", Place: "Jakarta", Source: "VIVA"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "source alone",
		text: "VOA — Presiden Amerika tiba di Tokyo.",
		want: &Dateline{Text: "VOA —", Source: "VOA"},
		body: "Presiden Amerika tiba di Tokyo.",
	}, {
		name: "Liputan6",
		text: "Liputan6.com, Jakarta - Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "Liputan6.com, Jakarta -", Place: "Jakarta", Source: "Liputan6.com"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "Tribun regional with two-word place",
		text: "TRIBUNLAMPUNG.CO.ID, LAMPUNG UTARA - Warga gotong royong.",
		want: &Dateline{Text: "TRIBUNLAMPUNG.CO.ID, LAMPUNG UTARA -", Place: "LAMPUNG UTARA", Source: "TRIBUNLAMPUNG.CO.ID"},
		body: "Warga gotong royong.",
	}, {
		name: "no space before the dash, double dash",
		text: "TRIBUNSUMSEL.COM,PALEMBANG-- Warga gotong royong.",
		want: &Dateline{Text: "TRIBUNSUMSEL.COM,PALEMBANG--", Place: "PALEMBANG", Source: "TRIBUNSUMSEL.COM"},
		body: "Warga gotong royong.",
	}, {
		name: "bar separator",
		text: "SURYA.co.id | MALANG - Warga gotong royong.",
		want: &Dateline{Text: "SURYA.co.id | MALANG -", Place: "MALANG", Source: "SURYA.co.id"},
		body: "Warga gotong royong.",
	}, {
		name: "colon after a source",
		text: "BATAM, POSMETRO.CO: Warga gotong royong.",
		want: &Dateline{Text: "BATAM, POSMETRO.CO:", Place: "BATAM", Source: "POSMETRO.CO"},
		body: "Warga gotong royong.",
	}, {
		name: "hyphenated source",
		text: "POS-KUPANG.COM, KUPANG - Warga gotong royong.",
		want: &Dateline{Text: "POS-KUPANG.COM, KUPANG -", Place: "KUPANG", Source: "POS-KUPANG.COM"},
		body: "Warga gotong royong.",
	}, {
		name: "place alone, hyphen",
		text: "JAKARTA- Pasangan ganda putra menang.",
		want: &Dateline{Text: "JAKARTA-", Place: "JAKARTA"},
		body: "Pasangan ganda putra menang.",
	}, {
		name: "place alone, en dash",
		text: "CARDIFF– Kiprah Wales memukau.",
		want: &Dateline{Text: "CARDIFF–", Place: "CARDIFF"},
		body: "Kiprah Wales memukau.",
	}, {
		name: "place alone, run into the body",
		text: "JAKARTA–China mengumumkan kebijakan baru.",
		want: &Dateline{Text: "JAKARTA–", Place: "JAKARTA"},
		body: "China mengumumkan kebijakan baru.",
	}, {
		name: "mixed-case place with a spaced dash",
		text: "Jakarta - Presiden meresmikan jalan tol.",
		want: &Dateline{Text: "Jakarta -", Place: "Jakarta"},
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "source and place glued to the body",
		text: "Liputan6.com, JakartaBank Indonesia menahan suku bunga.",
		want: &Dateline{Text: "Liputan6.com, Jakarta", Place: "Jakarta", Source: "Liputan6.com"},
		body: "Bank Indonesia menahan suku bunga.",
	}, {
		name: "after a byline line",
		text: "Laporan Wartawan Koran Kita, Budi Santoso\nKORANKITA.COM, BOGOR - Warga gotong royong.",
		want: &Dateline{Text: "KORANKITA.COM, BOGOR -", Place: "BOGOR", Source: "KORANKITA.COM"},
		body: "Warga gotong royong.",
	}, {
		name: "none",
		text: "Presiden meresmikan jalan tol.",
		body: "Presiden meresmikan jalan tol.",
	}, {
		name: "not an acronym joined by a hyphen",
		text: "KPK-Polri menandatangani kerja sama.",
		body: "KPK-Polri menandatangani kerja sama.",
	}, {
		name: "not a reduplicated word",
		text: "Detik-detik kecelakaan terekam kamera.",
		body: "Detik-detik kecelakaan terekam kamera.",
	}, {
		name: "not a number range",
		text: "Sebanyak 1.700-4.100 pegawai akan pindah.",
		body: "Sebanyak 1.700-4.100 pegawai akan pindah.",
	}, {
		name: "not a phrase before a dash and a lower-case word",
		text: "Pemerintah - sebagai regulator - harus tegas.",
		body: "Pemerintah - sebagai regulator - harus tegas.",
	}, {
		name: "not a colon without a source",
		text: "Kapolres: mereka telah ditetapkan tersangka.",
		body: "Kapolres: mereka telah ditetapkan tersangka.",
	}, {
		name: "not a time",
		text: "Pukul 10:00 WIB acara dimulai.",
		body: "Pukul 10:00 WIB acara dimulai.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, a := segmented(tt.text)
			want := tt.want
			if want != nil {
				w := *want
				i := strings.Index(tt.text, w.Text)
				w.Span = Span{i, i + len(w.Text)}
				want = &w
			}
			if diff := cmp.Diff(want, a.Dateline); diff != "" {
				t.Errorf("dateline of %q mismatch (-want +got):\n%s", tt.text, diff)
			}
			last := a.Paragraphs[len(a.Paragraphs)-1]
			if got := last.Sentences[0].Text; got != tt.body {
				t.Errorf("first sentence = %q, want %q", got, tt.body)
			}
			if want != nil && !(last.Start <= want.Start && want.End <= last.End) {
				t.Errorf("dateline %v outside its paragraph %v", want.Span, last.Span)
			}
			checkSegments(t, tt.text, d, a)
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "Hujan turun. Jalan banjir! Siapa peduli? Tidak ada.",
			[]string{"Hujan turun.", "Jalan banjir!", "Siapa peduli?", "Tidak ada."}},
		{"no final period", "Hujan turun. Jalan banjir",
			[]string{"Hujan turun.", "Jalan banjir"}},
		{"extra spaces and NBSP between sentences", "Hujan turun.  \u00a0Jalan banjir.",
			[]string{"Hujan turun.", "Jalan banjir."}},
		{"titles before names", "Ia bertemu Dr. Budi, dr. Ani, Prof. Candra, H. Dedi, Hj. Euis, Ir. Fajar dan Kol. Gita.",
			[]string{"Ia bertemu Dr. Budi, dr. Ani, Prof. Candra, H. Dedi, Hj. Euis, Ir. Fajar dan Kol. Gita."}},
		{"degrees", "Hadir Budi Santoso, S.H., M.Si. Kemudian Ani Lestari, M.Kes. Dari Dinas.",
			[]string{"Hadir Budi Santoso, S.H., M.Si. Kemudian Ani Lestari, M.Kes. Dari Dinas."}},
		{"addresses", "Kantornya di Jl. Merdeka No. 5 Jakarta. Buka setiap hari.",
			[]string{"Kantornya di Jl. Merdeka No. 5 Jakarta.", "Buka setiap hari."}},
		{"dll. and dkk. before a lower-case word", "Ia membawa buku, pena, dll. yang diperlukan. Budi dkk. menunggu.",
			[]string{"Ia membawa buku, pena, dll. yang diperlukan.", "Budi dkk. menunggu."}},
		{"dll. at the end of a sentence", "Ia membawa buku, pena, dll. Semua diperiksa.",
			[]string{"Ia membawa buku, pena, dll.", "Semua diperiksa."}},
		{"a.n. and initials", "Transfer a.n. Budi diterima. Pahlawan M. Yamin dikenang.",
			[]string{"Transfer a.n. Budi diterima.", "Pahlawan M. Yamin dikenang."}},
		{"numbers", "Ada 1.500 orang, naik 3,5 persen pada pukul 10.00 WIB. Biayanya Rp 3,5 juta.",
			[]string{"Ada 1.500 orang, naik 3,5 persen pada pukul 10.00 WIB.", "Biayanya Rp 3,5 juta."}},
		{"a sentence may start with a number", "Acara selesai. 200 orang pulang.",
			[]string{"Acara selesai.", "200 orang pulang."}},
		{"list numbers", "1. Pertama datang. 2. Kedua pulang.",
			[]string{"1. Pertama datang.", "2. Kedua pulang."}},
		{"domains, URLs and e-mail", "Baca di detik.com dan KOMPAS.com atau https://www.contoh.go.id/a.b?c=1 lalu kirim ke redaksi@contoh.co.id. Terima kasih.",
			[]string{"Baca di detik.com dan KOMPAS.com atau https://www.contoh.go.id/a.b?c=1 lalu kirim ke redaksi@contoh.co.id.", "Terima kasih."}},
		{"a domain ends a sentence", "Berita ini dikutip dari detik.com. Ia membantah.",
			[]string{"Berita ini dikutip dari detik.com.", "Ia membantah."}},
		{"ellipsis", "Saya kira... Entahlah. Tunggu… Nanti saja.",
			[]string{"Saya kira... Entahlah.", "Tunggu… Nanti saja."}},
		{"month abbreviation before a year", "Rapat digelar 26 Okt. 2023 di Bogor.",
			[]string{"Rapat digelar 26 Okt. 2023 di Bogor."}},
		{"closing mark ends the sentence after it", "“Semua sudah selesai.” Dia lalu pergi.",
			[]string{"“Semua sudah selesai.”", "Dia lalu pergi."}},
		{"question in quotes before a lower-case cue", "“Kapan selesai?” tanya dia. Tidak ada jawaban.",
			[]string{"“Kapan selesai?” tanya dia.", "Tidak ada jawaban."}},
		{"exclamation in quotes before a lower-case cue", "“Awas!” seru Budi.",
			[]string{"“Awas!” seru Budi."}},
		{"period in quotes before a lower-case cue", "“Kami siap.” kata Budi.",
			[]string{"“Kami siap.” kata Budi."}},
		{"two sentences inside a quotation", "“Kami siap. Kami menang,” kata Budi.",
			[]string{"“Kami siap.", "Kami menang,” kata Budi."}},
		{"straight quotes", `"Kami siap," kata Budi. "Tidak ada masalah." Dia tersenyum.`,
			[]string{`"Kami siap," kata Budi.`, `"Tidak ada masalah."`, "Dia tersenyum."}},
		{"Kompas opens with U+201D", "”Kami siap,” kata Budi. ”Tidak ada masalah.” Dia tersenyum.",
			[]string{"”Kami siap,” kata Budi.", "”Tidak ada masalah.”", "Dia tersenyum."}},
		{"single marks inside a quotation", "“Dia bilang ‘tidak’ kepada saya.” Budi kecewa.",
			[]string{"“Dia bilang ‘tidak’ kepada saya.”", "Budi kecewa."}},
		{"guillemets", "«Kami siap.» Budi tersenyum.",
			[]string{"«Kami siap.»", "Budi tersenyum."}},
		{"closing mark after a space", "“Kami lelah. ” Dia pergi.",
			[]string{"“Kami lelah. ”", "Dia pergi."}},
		{"unbalanced opening mark", "“Kami siap, kata Budi. Dia pergi.",
			[]string{"“Kami siap, kata Budi.", "Dia pergi."}},
		{"unbalanced closing mark", "Kami siap.” Dia pergi.",
			[]string{"Kami siap.”", "Dia pergi."}},
		{"apostrophes are not marks", "Salat Jum'at dipimpin Ma’ruf. Jemaah pulang.",
			[]string{"Salat Jum'at dipimpin Ma’ruf.", "Jemaah pulang."}},
		{"parentheses", "Ia datang (lihat foto.) Lalu pergi.",
			[]string{"Ia datang (lihat foto.)", "Lalu pergi."}},
		{"lost space after a period", "Ia datang kemarin.Menurut polisi, ia selamat.",
			[]string{"Ia datang kemarin.", "Menurut polisi, ia selamat."}},
		{"lost space after a closing mark", "“Kami siap.”Dia pergi.",
			[]string{"“Kami siap.”", "Dia pergi."}},
		{"Kompas mark opening right after a period", "Ia pergi.”Kami siap,” katanya.",
			[]string{"Ia pergi.", "”Kami siap,” katanya."}},
		{"no break before a comma or colon", "Ia membawa dll., lalu pulang. Ini daftarnya: satu.",
			[]string{"Ia membawa dll., lalu pulang.", "Ini daftarnya: satu."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range splitSentences(tt.text, Span{0, len(tt.text)}) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("splitSentences(%q) mismatch (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestQuoteMarksPerParagraph shows that a quotation left open at the end
// of a paragraph does not reach into the next one.
func TestQuoteMarksPerParagraph(t *testing.T) {
	text := "Judul Berita\n“Kami siap, kata Budi.\n” Dia pergi. Semua pulang."
	_, a := segmented(text)
	var got [][]string
	for _, p := range a.Paragraphs {
		var ss []string
		for _, s := range p.Sentences {
			ss = append(ss, s.Text)
		}
		got = append(got, ss)
	}
	want := [][]string{{"“Kami siap, kata Budi."}, {"” Dia pergi.", "Semua pulang."}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences mismatch (-want +got):\n%s", diff)
	}
}

// checkSegments checks the invariants of segmentation: spans on rune
// boundaries inside the text with matching Text; sentences trimmed, in
// order, inside their paragraph, covering its non-space text after the
// dateline; and every non-blank line kept as the title or a paragraph.
func checkSegments(t *testing.T, text string, d *doc, a *Article) {
	t.Helper()
	span := func(what string, s Span, txt string) {
		t.Helper()
		if s.Start < 0 || s.Start > s.End || s.End > len(text) ||
			!utf8.RuneStart(byteAt(text, s.Start)) || !utf8.RuneStart(byteAt(text, s.End)) {
			t.Fatalf("%s span %v is not a span of a %d-byte text", what, s, len(text))
		}
		if text[s.Start:s.End] != txt {
			t.Errorf("%s text %q != text[%d:%d] %q", what, txt, s.Start, s.End, text[s.Start:s.End])
		}
	}
	if a.Title != "" {
		span("title", a.TitleSpan, a.Title)
	}
	if a.Dateline != nil {
		span("dateline", a.Dateline.Span, a.Dateline.Text)
	}
	var kept []string
	if a.Title != "" {
		kept = append(kept, a.Title)
	}
	for _, p := range a.Paragraphs {
		kept = append(kept, p.Text)
		span("paragraph", p.Span, p.Text)
		body := p.Start
		if a.Dateline != nil && p.Start <= a.Dateline.Start && a.Dateline.End <= p.End {
			body = a.Dateline.End
		}
		var nonSpace strings.Builder
		for _, r := range text[body:p.End] {
			if !isSpace(r) {
				nonSpace.WriteRune(r)
			}
		}
		var covered strings.Builder
		prev := body
		for _, s := range p.Sentences {
			span("sentence", s.Span, s.Text)
			if s.Start < prev || s.End > p.End || s.Start == s.End {
				t.Errorf("sentence %v out of order or outside paragraph %v", s.Span, p.Span)
			}
			if s.Text != strings.TrimFunc(s.Text, isSpace) {
				t.Errorf("sentence %q is not trimmed", s.Text)
			}
			prev = s.End
			for _, r := range s.Text {
				if !isSpace(r) {
					covered.WriteRune(r)
				}
			}
		}
		if covered.String() != nonSpace.String() {
			t.Errorf("sentences of %q cover %q", nonSpace.String(), covered.String())
		}
	}
	var lines []string
	for _, l := range strings.FieldsFunc(text, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029'
	}) {
		if l = strings.TrimFunc(l, isSpace); l != "" {
			lines = append(lines, l)
		}
	}
	if diff := cmp.Diff(lines, kept); diff != "" {
		t.Errorf("lines not kept as title and paragraphs (-lines +kept):\n%s", diff)
	}
	for _, p := range d.paras {
		for _, tok := range p.toks {
			if tok.Start < p.Start || tok.End > p.End {
				t.Errorf("token %v outside paragraph %v", tok.Span, p.Span)
			}
		}
	}
}

func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0 // the end of the text is a boundary
	}
	return s[i]
}

// TestSegmentLinear guards against quadratic behavior on long runs of
// the characters that the splitter looks around.
func TestSegmentLinear(t *testing.T) {
	for _, unit := range []string{"a.", "a. ", "Dr. ", ".", "“", "” ", "\"a. ", "JAKARTA- ", "kemarin.Menurut ", "(1/2) ", "‘"} {
		text := strings.Repeat(unit, 50000)
		_, a := segmented(text)
		if len(a.Paragraphs) != 1 {
			t.Errorf("%q×50000: %d paragraphs", unit, len(a.Paragraphs))
		}
	}
}

func TestIsDomain(t *testing.T) {
	for w, want := range map[string]bool{
		"KOMPAS.com": true, "TEMPO.CO": true, "co.id": true, "Liputan6.com": true,
		"1.700": false, "Jakarta": false, "S.H.": false, ".com": false, "a b.com": false,
	} {
		if got := isDomain(w); got != want {
			t.Errorf("isDomain(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkSegment measures the segmentation and date stages alone
// (segment, with its tokens, and findDates) on the Parse inputs.
func BenchmarkSegment(b *testing.B) {
	for _, in := range benchInputs(b) {
		b.Run("input="+in.name, func(b *testing.B) {
			docs := make([]*doc, len(in.texts))
			for i, t := range in.texts {
				docs[i] = newDoc(t)
			}
			segment(newDoc("Harga naik."), &Article{}) // load the tables outside the timing
			b.SetBytes(int64(in.size()))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					d.paras, d.toks = d.paras[:0], d.toks[:0] // as a pooled doc keeps them
					a := &Article{}
					segment(d, a)
					a.Dates = findDates(d, a, time.Time{})
					sink += len(a.Paragraphs) + len(a.Dates)
				}
			}
		})
	}
}

// TestWordScans checks the scans that read eight bytes at a time
// against their plain byte loops: every byte value at every place of a
// word, and every stretch of the sample articles.
func TestWordScans(t *testing.T) {
	for c := 0; c < 256; c++ {
		for at := 0; at < 8; at++ {
			w := []byte("abcdefgh")
			w[at] = byte(c)
			x := load64(string(w), 0)
			if got, want := hasByteIn(x, '0'-1, '9'+1), isDigit(byte(c)); got != want {
				t.Errorf("hasByteIn(%q, '0'-1, '9'+1) = %v, want %v", w, got, want)
			}
		}
	}
	// Every byte value at every place of a stretch of 20 bytes, and the
	// sample articles.
	texts := corpus(t)
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			w := []byte("abcdefghijklmnopqrst")
			w[at] = byte(c)
			texts = append(texts, string(w))
		}
	}
	for _, text := range texts {
		for i := 0; i < len(text); i++ {
			for j := i; j <= len(text) && j <= i+24; j++ {
				s := text[i:j]
				wantLine := strings.IndexAny(s, "\n\r")
				if k := strings.IndexByte(s, 0xE2); k >= 0 && (wantLine < 0 || k < wantLine) {
					wantLine = k
				}
				if wantLine < 0 {
					wantLine = len(s)
				}
				if got := indexLineByte(s); got != wantLine {
					t.Fatalf("indexLineByte(%q) = %d, want %d", s, got, wantLine)
				}
				if got, want := indexDigit(s), strings.IndexFunc(s, func(r rune) bool { return '0' <= r && r <= '9' }); got != want {
					t.Fatalf("indexDigit(%q) = %d, want %d", s, got, want)
				}
				want := len(s)
				for k := range len(s) {
					if sentenceByte[s[k]] {
						want = k
						break
					}
				}
				if got := indexSentenceByte(s); got != want {
					t.Fatalf("indexSentenceByte(%q) = %d, want %d", s, got, want)
				}
				dash, sep := -1, -1
				for k := len(s) - 1; k >= 0; k-- {
					switch s[k] {
					case '-', ':', 0xE2:
						dash = k
					case ',', '|':
						sep = k
					}
				}
				if gotDash, gotSep := headMarks(s); gotDash != dash || gotSep != sep {
					t.Fatalf("headMarks(%q) = %d, %d; want %d, %d", s, gotDash, gotSep, dash, sep)
				}
			}
		}
	}
}

// TestNoDateline checks noDateline, which reads eight bytes at a time,
// against a plain byte loop; and that it never rejects a line that
// readDateline takes for a dateline, on lines built from the pieces of
// datelines and of sentences.
func TestNoDateline(t *testing.T) {
	plain := func(s string) bool {
		if r, _ := utf8.DecodeRuneInString(s); s == "" || isSpace(r) {
			return false
		}
		for i := 0; i < len(s) && i <= maxDatelineHead; i++ {
			if r, _ := utf8.DecodeRuneInString(s[i:]); strings.IndexByte(",|(-:", s[i]) >= 0 || isDash(r) {
				return false
			}
			if s[i] == ' ' && i+1 < len(s) && 'a' <= s[i+1] && s[i+1] <= 'z' {
				return true
			}
		}
		return true
	}
	texts := corpusLines(t)
	for c := 0; c < 256; c++ {
		for at := 0; at < 24; at++ {
			w := []byte("Abc Def Ghi JKL Mno Pqr ab")
			w[at] = byte(c)
			texts = append(texts, string(w), string(w[:at+1]))
			w[at+1] = 'x'
			texts = append(texts, string(w))
		}
	}
	for _, text := range texts {
		for i := 0; i < len(text) && i < 80; i++ {
			if got, want := noDateline(text[i:]), plain(text[i:]); got != want {
				t.Fatalf("noDateline(%q) = %v, want %v", text[i:], got, want)
			}
		}
	}

	pieces := []string{
		"JAKARTA", "Jakarta", "Kebayoran Baru", "KOMPAS.com", "kompas.com", "(ANTARA)", "ANTARA",
		"senin", "Senin", "26/10", "dan", "x", "POSMETRO MEDAN", "VOA", "Liputan6.com",
		", ", ",", " ", "\u00a0", " - ", "-", "–", "—", " : ", ":", "|", " (", ") ", "“", "”", "Bank",
	}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		if depth == 0 {
			for _, body := range []string{"Harga naik.", "harga naik.", "Bank Indonesia", "“Kami”"} {
				s := prefix + body
				if noDateline(s) {
					if m, ok := readDateline(s); ok {
						t.Fatalf("noDateline(%q) = true, but readDateline finds %+v", s, m)
					}
				}
			}
			return
		}
		for _, p := range pieces {
			build(prefix+p, depth-1)
		}
	}
	build("", 4)
}
