package berita

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden JSON files in testdata/golden")

// testNow is the clock of every test in the package, so that a date
// without a year resolves the same way in any year the tests are run.
var testNow = time.Date(2026, time.January, 1, 0, 0, 0, 0, time.UTC)

func init() {
	timeNow = func() time.Time { return testNow }
}

// goldenCases returns the golden articles: each testdata/golden/NAME.txt
// and each testdata/NAME.txt (the sample articles), with the path of the
// JSON they must parse to, testdata/golden/NAME.json.
func goldenCases(t *testing.T) map[string]string {
	t.Helper()
	cases := map[string]string{}
	for _, pattern := range []string{"testdata/*.txt", "testdata/golden/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			name := strings.TrimSuffix(filepath.Base(f), ".txt")
			golden := filepath.Join("testdata", "golden", name+".json")
			if prev, ok := cases[golden]; ok {
				t.Fatalf("%s and %s share %s", prev, f, golden)
			}
			cases[golden] = f
		}
	}
	if len(cases) == 0 {
		t.Fatal("no golden cases")
	}
	return cases
}

// TestGolden parses each golden article and compares its JSON with the
// file beside it. Run "go test -run TestGolden -update" to accept new
// output after checking the diff.
func TestGolden(t *testing.T) {
	for golden, src := range goldenCases(t) {
		t.Run(filepath.Base(src), func(t *testing.T) {
			text, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(string(text))
			if err != nil {
				t.Fatalf("Parse(%s): %v", src, err)
			}
			got, err := json.MarshalIndent(a, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			want, ok := goldenFile(t, golden, got)
			if !ok {
				return
			}
			if !bytes.Equal(want, got) {
				t.Errorf("%s: Parse(%s) differs (-want +got):\n%s", golden, src, cmp.Diff(string(want), string(got)))
			}
			checkSegments(t, string(text), newDoc(string(text)), a)
		})
	}
}

// goldenFile returns the contents of the golden file at path, to compare
// got with. With -update it writes got there instead and reports false:
// there is nothing to compare.
func goldenFile(t *testing.T, path string, got []byte) ([]byte, bool) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return nil, false
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to create it)", err, strings.SplitN(t.Name(), "/", 2)[0])
	}
	return want, true
}
