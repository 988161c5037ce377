// Whosaid prints who said what in Indonesian news articles.
//
// Usage:
//
//	whosaid [-json] [-lang id|en] [file ...]
//
// Whosaid parses each file (standard input when there is none, or for
// "-") as one article, one paragraph a line, and prints its quotations,
// one a line:
//
//	SPEAKERS [kind] “text” (cue)
//
// SPEAKERS are the names of the speakers joined by " & ", or "?" for an
// unnamed source. With -lang id or -lang en each speaker also shows its
// role and affiliation, in Indonesian or in English. With -json it
// prints the whole parsed article as indented JSON instead.
//
// Errors go to standard error with the file name; the exit status is 1
// when any file could not be read or parsed.
//
// For example, from the root of the repository:
//
//	go run ./examples/whosaid testdata/seed.txt
//	go run ./examples/whosaid -lang en testdata/seed.txt
//	go run ./examples/whosaid -json < testdata/seed.txt
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/beritalab/berita"
)

func main() {
	asJSON := flag.Bool("json", false, "print the parsed article as indented JSON")
	lang := flag.String("lang", "", `show each speaker's role and affiliation in this language: "id" or "en"`)
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: whosaid [-json] [-lang id|en] [file ...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *lang != "" && *lang != "id" && *lang != "en" {
		fmt.Fprintf(os.Stderr, "whosaid: -lang must be id or en, not %q\n", *lang)
		os.Exit(2)
	}

	files := flag.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	out := bufio.NewWriter(os.Stdout)
	failed := false
	for _, name := range files {
		if err := run(out, name, *asJSON, *lang, len(files) > 1); err != nil {
			out.Flush()
			fmt.Fprintf(os.Stderr, "whosaid: %s: %v\n", displayName(name), err)
			failed = true
		}
	}
	if err := out.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "whosaid: %v\n", err)
		failed = true
	}
	if failed {
		os.Exit(1)
	}
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// run parses one article and prints it to w.
func run(w io.Writer, name string, asJSON bool, lang string, header bool) error {
	var text []byte
	var err error
	if name == "-" {
		text, err = io.ReadAll(os.Stdin)
	} else {
		text, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	a, err := berita.Parse(string(text))
	if err != nil {
		return err
	}
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	}
	if header {
		fmt.Fprintf(w, "== %s\n", displayName(name))
	}
	actors := make(map[string]berita.Actor, len(a.Actors))
	for _, act := range a.Actors {
		actors[act.Name] = act
	}
	for _, q := range a.Quotes {
		fmt.Fprintf(w, "%s [%s] “%s”", speakers(q.Speakers, actors, lang), q.Kind, oneLine(q.Text))
		if q.Cue != "" {
			fmt.Fprintf(w, " (%s)", q.Cue)
		}
		fmt.Fprintln(w)
	}
	return nil
}

// speakers formats the speakers of a quote, with their role and
// affiliation when lang is set.
func speakers(names []string, actors map[string]berita.Actor, lang string) string {
	if len(names) == 0 {
		return "?"
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n
		act, ok := actors[n]
		if lang == "" || !ok {
			continue
		}
		if lang == "en" {
			act = act.English()
		}
		var about []string
		for _, s := range []string{act.Role, act.Affiliation} {
			if s != "" {
				about = append(about, s)
			}
		}
		if len(about) > 0 {
			parts[i] += " (" + strings.Join(about, ", ") + ")"
		}
	}
	return strings.Join(parts, " & ")
}

// oneLine collapses the white space of s so that a quote prints on one
// line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
