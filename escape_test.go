package berita

import (
	"reflect"
	"strconv"
	"testing"
	"time"
	"unsafe"
)

// TestNoFoldedTextEscapes checks that no string of an Article shares the
// memory of the folded text, which the doc's next parse overwrites (see
// doc.foldInto).
func TestNoFoldedTextEscapes(t *testing.T) {
	known, err := NewParser(Options{Actors: []Actor{
		{Name: "Budi Santoso", Kind: Person, Aliases: []string{"Budi", "BS"}, Role: "Menteri Perdagangan"},
		{Name: "Komisi Pemberantasan Korupsi", Kind: Organization, Aliases: []string{"KPK"}},
	}, ReferenceDate: time.Date(2023, time.November, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	texts := append(corpus(t), fuzzSeeds...)
	for _, p := range []*Parser{defaultParser(), known} {
		for _, text := range texts {
			checkNoFoldedText(t, p, text)
		}
	}
}

// checkNoFoldedText parses text with p, as Parse does, and reports every
// string of the Article that lies in the doc's folded text.
func checkNoFoldedText(t *testing.T, p *Parser, text string) {
	t.Helper()
	if p.check(text) != nil {
		return
	}
	d := newDoc(text)
	defer d.release()
	if d.lower == d.text {
		return // nothing to fold: there is no buffer to escape from
	}
	a := p.build(d)
	buf := d.lowerBuf
	inBuf := func(s string) bool {
		if s == "" {
			return false
		}
		p, lo := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
		return lo <= p && p < lo+uintptr(cap(buf))
	}
	eachString(reflect.ValueOf(a), "Article", func(path, s string) {
		if inBuf(s) {
			t.Errorf("%s = %q shares the folded text of %.60q", path, s, text)
		}
	})
}

// eachString calls f with every string reachable from v and its path.
func eachString(v reflect.Value, path string, f func(path, s string)) {
	switch v.Kind() {
	case reflect.String:
		f(path, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), path, f)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				eachString(v.Field(i), path+"."+v.Type().Field(i).Name, f)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachString(v.Index(i), path+"["+strconv.Itoa(i)+"]", f)
		}
	}
}
