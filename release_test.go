package berita

import (
	"reflect"
	"testing"
)

// TestReleaseKeepsNoText checks the promise of doc.release: a pooled doc
// holds no string of the text it parsed and no map entry, in any field,
// however deep, and in the spare capacity of its arrays too, so that a
// field added to the working state cannot keep an article alive by
// mistake.
func TestReleaseKeepsNoText(t *testing.T) {
	known, err := NewParser(Options{Actors: []Actor{
		{Name: "Budi Santoso", Kind: Person, Aliases: []string{"Budi"}, Role: "Menteri Perdagangan"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	// A long text's doc keeps larger maps (see entityStore.empty).
	texts := append(corpus(t), repeatTo(corpusLines(t), "\n", bigText+1))
	for _, p := range []*Parser{defaultParser(), known} {
		for i, text := range texts {
			d := newDoc(text)
			p.build(d)
			d.release()
			seen := map[uintptr]bool{}
			checkEmpty(reflect.ValueOf(d).Elem(), "doc", seen, func(path string) {
				t.Errorf("text %d: after release, %s still holds something", i, path)
			})
		}
	}
}

// checkEmpty calls bad with the path of every non-empty string and map
// reachable from v, through pointers and every element of a slice's
// capacity.
func checkEmpty(v reflect.Value, path string, seen map[uintptr]bool, bad func(string)) {
	switch v.Kind() {
	case reflect.String:
		if v.Len() > 0 {
			bad(path)
		}
	case reflect.Map:
		if v.Len() > 0 {
			bad(path)
		}
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		if path != "doc" && v.Type().Elem() == reflect.TypeFor[tables]() {
			bad(path) // the tables are shared: a released doc has no need of them
			return
		}
		checkEmpty(v.Elem(), path, seen, bad)
	case reflect.Struct:
		for i := range v.NumField() {
			checkEmpty(v.Field(i), path+"."+v.Type().Field(i).Name, seen, bad)
		}
	case reflect.Slice:
		all := v.Slice3(0, v.Cap(), v.Cap())
		for i := range all.Len() {
			checkEmpty(all.Index(i), path+"[…]", seen, bad)
		}
	case reflect.Array:
		for i := range v.Len() {
			checkEmpty(v.Index(i), path+"[…]", seen, bad)
		}
	case reflect.Interface:
		if !v.IsNil() {
			checkEmpty(v.Elem(), path, seen, bad)
		}
	}
}
