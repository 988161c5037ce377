// Package lexicon holds berita's word tables as embedded text files and
// reads them.
//
// Every file under data/ has the same shape: UTF-8 in NFC, one record a
// line, fields separated by a single TAB, no space at either end of a
// field, '#' starting a comment line, blank lines ignored. What each
// file's fields mean is said in the file's own header comment.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"
)

//go:embed data/*.txt
var files embed.FS

// Record is one line of a table: its fields and its 1-based line number.
type Record struct {
	Line   int
	Fields []string
}

// Field returns field i, or "" when the record has fewer fields.
func (r Record) Field(i int) string {
	if i < len(r.Fields) {
		return r.Fields[i]
	}
	return ""
}

// Names returns the names of the tables, such as "cues.txt".
func Names() []string {
	ents, err := fs.ReadDir(files, "data")
	if err != nil {
		panic(err) // the embedded directory always exists
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// Raw returns the bytes of the table name.
func Raw(name string) (string, error) {
	b, err := files.ReadFile("data/" + name)
	if err != nil {
		return "", fmt.Errorf("lexicon: %w", err)
	}
	return string(b), nil
}

// Load returns the records of the table name. It panics when the table
// does not exist: the names are constants of the calling code, and a test
// loads every one of them.
func Load(name string) []Record {
	raw, err := Raw(name)
	if err != nil {
		panic(err)
	}
	return Parse(raw)
}

// Parse splits a table's text into records, skipping comments and blank
// lines.
func Parse(raw string) []Record {
	var out []Record
	for i, line := range strings.Split(raw, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, Record{Line: i + 1, Fields: strings.Split(line, "\t")})
	}
	return out
}
