package berita

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleKeys returns the folded words of the role, and of the role and
// affiliation, each joined by spaces.
func (a *actorState) roleKeys() (string, string) {
	if a.keysOf != [2]string{a.Role, a.Affiliation} {
		a.keysOf = [2]string{a.Role, a.Affiliation}
		if a.Affiliation == "" {
			a.roleKey = joinedWords(a.Role)
			a.roleAffKey = a.roleKey
		} else {
			// Both keys in one string, the role's a prefix of the other's.
			var buf [128]byte
			b := appendJoinedWords(buf[:0], a.Role)
			n := len(b)
			if n > 0 {
				b = append(b, ' ')
			}
			m := len(b)
			if b = appendJoinedWords(b, a.Affiliation); len(b) == m {
				b = b[:n] // no words: no space before them
			}
			s := string(b)
			a.roleKey, a.roleAffKey = s[:n], s
		}
	}
	return a.roleKey, a.roleAffKey
}

type roleMention struct {
	full Span
	role string
	aff  string
	para int
}

// roleStart returns the index of the first role word in ws[from:to], or -1.
func roleStart(ws []cword, from, to int) int {
	for i := from; i < to; i++ {
		switch ws[i].label {
		case lModifier:
			// "mantan", "Plt." start a role only before an office: "eks
			// Kerispatih" is no role.
			for k := i + 1; k < to; k++ {
				if l := ws[k].label; l == lOffice || l == lContract || l == lFunction {
					return i
				} else if l != lModifier {
					break
				}
			}
		case lOffice, lContract, lFunction:
			return i
		case lOrgHead:
			// "Badan Pengelola Investasi …": words of an institution's name.
			return -1
		}
	}
	return -1
}

// roleOf reads the role and affiliation in ws[from:to] of c: the role
// from its first role word up to an institution, place or acronym, the
// affiliation from there up to a rank, title or honorific. full spans
// both.
func (e *entities) roleOf(c *chunk, from, to int) (role, aff string, full Span) {
	ws := c.words
	rs := roleStart(ws, from, to)
	if rs < 0 {
		return "", "", Span{}
	}
	end := to
	for k := rs; k < to; k++ {
		if l := ws[k].label; l == lRank || l == lTitle || l == lHonorific {
			end = k
			break
		}
	}
	re := rs
	for re < end {
		l := ws[re].label
		if l == lContract {
			// "Kapolda Metro Jaya": a contracted office takes no portfolio.
			re += max(ws[re].n, 1)
			break
		}
		if l == lOrgHead && re+1 < end && re > rs && (isRoman(ws[re+1].text) || unicode.IsDigit(firstRune(ws[re+1].text))) {
			re += 2 // a numbered unit stays in the role: "Ketua Komisi II"
			continue
		}
		if l == lOrgHead || l == lPlace || l == lAcronym || l == lKnown || l == lParen || ws[re].fold == "dari" {
			break
		}
		if l == lName && re > rs && !isRoman(ws[re].text) {
			break
		}
		re++
	}
	if re == rs {
		return "", "", Span{}
	}
	text := e.d.text
	rspan := e.span(c, rs, re)
	role = text[rspan.Start:rspan.End]
	as := re
	if as < end && (ws[as].fold == "dari" || ws[as].label == lParen) {
		as++ // "pengamat dari …", "Sekretaris Daerah (Sekda) …"
	}
	ae := end
	if ae > as && ws[ae-1].label == lParen {
		ae-- // "Bank Indonesia (BI)": the acronym is an alias, not the name
	}
	if as < ae {
		aspan := e.span(c, as, ae)
		aff = text[aspan.Start:aspan.End]
	}
	full = e.span(c, rs, max(end, re))
	return trimRole(joinFields(role)), joinFields(aff), full
}

// trimRole drops a trailing period or comma from a role.
func trimRole(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.' || s[len(s)-1] == ',') {
		s = s[:len(s)-1] // as strings.TrimRight(s, ".,"), without its cutset
	}
	return s
}

// appositionRole returns the role of the chunk that follows c after a
// comma or "selaku" ("Norbert Tunyanan, Perwakilan KNKT Wilayah Papua,",
// "Budi (45), warga Bekasi", "X selaku Direktur PT Y") when that chunk is a
// role with no name of its own.
func (e *entities) appositionRole(chunks []chunk, ci int) *roleMention {
	if r, ok := e.appositionRoleOf(chunks, ci); ok {
		return &r
	}
	return nil
}

// appositionRoleOf is appositionRole without the allocation of its
// result: ok is false where appositionRole returns nil.
func (e *entities) appositionRoleOf(chunks []chunk, ci int) (roleMention, bool) {
	c := &chunks[ci]
	if ci+1 >= len(chunks) || chunks[ci+1].para != c.para {
		return roleMention{}, false
	}
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	// An age in parentheses may stand between: "Budi (45), warga …".
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3
	}
	n := &chunks[ci+1]
	// Most chunks are followed by no gap of one to three words that opens
	// with one of these: the gap's words are gathered only then.
	if d := n.words[0].tok - k; d < 1 || d > 3 {
		return roleMention{}, false
	}
	switch e.d.low(p.toks[k]) {
	case ",", "selaku", "sebagai", "yang":
	default:
		return roleMention{}, false
	}
	var buf [4]string
	gap := buf[:0]
	for j := k; j < n.words[0].tok; j++ {
		gap = append(gap, e.d.low(p.toks[j]))
	}
	if !isAppositionGap(gap) {
		return roleMention{}, false
	}
	// After "selaku" the chunk describes c, whatever names end it.
	selaku := anyContains(gap, "selaku") || anyContains(gap, "sebagai")
	if roleStart(n.words, 0, 1) < 0 || hasPersonRun(n) && !selaku {
		return roleMention{}, false
	}
	role, aff, full := e.roleOf(n, 0, len(n.words))
	if role == "" {
		return roleMention{}, false
	}
	if office := e.officeHeldAfter(p, n.words[len(n.words)-1].last+1); office != "" {
		role = office // "mahasiswa FKP angkatan 2022 yang menjabat sebagai Wakil Ketua BEM"
	}
	return roleMention{full: full, role: role, aff: aff, para: c.para}, true
}

// isAppositionGap reports whether the words between a name and a role
// join them: ",", "selaku", ", selaku", "sebagai", ", salah satu".
func isAppositionGap(gap []string) bool {
	// The gaps by length, without joining the words to compare them.
	switch len(gap) {
	case 1:
		return gap[0] == "," || gap[0] == "selaku" || gap[0] == "sebagai"
	case 2:
		return gap[0] == "," && (gap[1] == "selaku" || gap[1] == "sebagai") ||
			gap[0] == "yang" && gap[1] == "merupakan"
	case 3:
		return gap[0] == "," && (gap[1] == "salah" && gap[2] == "satu" || gap[1] == "yang" && gap[2] == "merupakan")
	}
	return false
}

// hasPersonRun reports whether a role-led chunk ends in a name.
func hasPersonRun(c *chunk) bool {
	var buf [4][2]int
	runs := nameRuns(buf[:0], c.words, 0)
	if len(runs) == 0 {
		return false
	}
	last := runs[len(runs)-1]
	if last[1]-last[0] == 1 && last[0] > 0 && c.words[last[0]-1].label == lOrgHead {
		return false // "mahasiswa Universitas Udayana"
	}
	return onlyTrailing(c.words, last[1]) && last[0] > 0
}

// precedingRole returns the role of the chunk before c when it is a role
// with no name, separated from c by a comma ("Kalapas Kotabumi, Sudirman
// Jaya"), and c starts with its name.
func (e *entities) precedingRole(chunks []chunk, ci, a int) *roleMention {
	if r, ok := e.precedingRoleOf(chunks, ci, a); ok {
		return &r
	}
	return nil
}

// precedingRoleOf is precedingRole without the allocation of its result:
// ok is false where precedingRole returns nil.
func (e *entities) precedingRoleOf(chunks []chunk, ci, a int) (roleMention, bool) {
	c := &chunks[ci]
	if a != 0 || ci == 0 || chunks[ci-1].para != c.para {
		return roleMention{}, false
	}
	p := &e.d.paras[c.para]
	// The comma that ends the role comes right before c: most chunks
	// follow none.
	if t := c.words[0].tok - 1; t < 0 || e.d.str(p.toks[t]) != "," {
		return roleMention{}, false
	}
	pc := &chunks[ci-1]
	if ci >= 2 && chunks[ci-2].para == c.para && e.inParens(pc) {
		pc = &chunks[ci-2] // "Ketua Dewan Ekonomi Nasional (DEN), Luhut"
	}
	k := pc.words[len(pc.words)-1].last + 1
	// "Ketua Dewan Ekonomi Nasional (DEN), Luhut …": an acronym may close the role.
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3
	}
	if k >= len(p.toks) || e.d.str(p.toks[k]) != "," || c.words[0].tok != k+1 {
		return roleMention{}, false
	}
	rs := roleStart(pc.words, 0, len(pc.words))
	if rs < 0 || hasRankOrTitle(pc) {
		return roleMention{}, false
	}
	// Only a role chunk that is the head of its clause: the role then the
	// name, nothing else between.
	role, aff, full := e.roleOf(pc, rs, len(pc.words))
	if role == "" {
		return roleMention{}, false
	}
	return roleMention{full: full, role: role, aff: aff, para: c.para}, true
}

// hasRankOrTitle reports whether a chunk holds a rank, title or
// honorific, which only stand before a name.
func hasRankOrTitle(c *chunk) bool {
	for _, w := range c.words {
		if w.label == lRank || w.label == lTitle || w.label == lHonorific {
			return true
		}
	}
	return false
}

// resolveRoleOnly attaches each role phrase with no name to the one
// person who holds that role (and affiliation, if given).
func (e *entities) resolveRoleOnly() {
	for _, r := range e.roleOnly {
		if k := e.personByRole(r.role, r.aff); k >= 0 {
			e.mention(k, r.full, r.full, r.para, false)
		}
	}
}

// personByRole returns the one person whose role is role (and whose
// affiliation matches aff when aff is not empty), or -1.
func (e *entities) personByRole(role, aff string) int {
	found := -1
	// The country aff names is looked up only for a person whose role
	// matches and whose affiliation is written otherwise.
	affCode, coded := "", false
	for i, a := range e.actors {
		if a.Kind != Person || !strings.EqualFold(a.Role, role) {
			continue
		}
		if aff != "" && !strings.EqualFold(a.Affiliation, aff) {
			if !coded {
				affCode, _ = lookupCountry(aff)
				coded = true
			}
			if affCode == "" || a.affCountry() != affCode {
				continue
			}
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// affCountry returns the ISO code of the country that the affiliation
// names, or "".
func (a *actorState) affCountry() string {
	if a.affOf != a.Affiliation {
		a.affOf = a.Affiliation
		a.affCode, _ = lookupCountry(a.Affiliation)
	}
	return a.affCode
}

// personByRoleWords returns the one person whose role, or role and
// affiliation, reads as words (folded), or -1: "juru bicara",
// "ketua banggar dpr", "menteri luar negeri rusia".
func (e *entities) personByRoleWords(words []string) int {
	var buf [32]roleHolder
	return e.personByRoleWordsOf(words, e.appendRoleHolders(buf[:0]))
}

// personBySuffixRole returns personByRoleWords of the longest suffix of
// words for which it is not -1, or -1: a headline names its speaker by
// role after other words ("Pekan Depan, Ketua Banggar DPR: …"). The
// persons with a role are gathered once for all the suffixes.
func (e *entities) personBySuffixRole(words []string) int {
	var buf [32]roleHolder
	holders := e.appendRoleHolders(buf[:0])
	if len(holders) == 0 {
		return -1
	}
	for ; len(words) > 0; words = words[1:] {
		if id := e.personByRoleWordsOf(words, holders); id >= 0 {
			return id
		}
	}
	return -1
}

// roleHolder is a person with a role: its index in e.actors, and the
// first word of its role keys as written (see firstKeyWord).
type roleHolder struct {
	actor int
	first string
}

// appendRoleHolders appends the persons with a role to dst, in order.
func (e *entities) appendRoleHolders(dst []roleHolder) []roleHolder {
	for i, a := range e.actors {
		if a.Kind == Person && a.Role != "" {
			dst = append(dst, roleHolder{i, a.firstKeyWord()})
		}
	}
	return dst
}

// personByRoleWordsOf is personByRoleWords over the persons holders.
func (e *entities) personByRoleWordsOf(words []string, holders []roleHolder) int {
	p, office := e.t.offices.match(words)
	// Without an office to spell out, the query opens with words[0]: when
	// no holder's first word may fold to it, as for most suffixes of a
	// headline, no key matches, and the query need not be built.
	if !office && len(words) > 0 && strings.IndexByte(words[0], ' ') < 0 && !anyMayFoldTo(holders, words[0]) {
		return -1
	}
	// The keys are compared with the words joined by spaces, in a buffer
	// on the stack.
	var buf [128]byte
	q, n := appendRoleQuery(buf[:0], p, office, words)
	first := q
	if i := bytes.IndexByte(q, ' '); i >= 0 {
		first = q[:i]
	}
	for _, strip := range [...]bool{false, true} {
		if strip && n < 2 {
			break
		}
		found := -1
		for _, h := range holders {
			if !mayFoldTo(h.first, first) {
				continue
			}
			r, ra := e.actors[h.actor].roleKeys()
			var match bool
			if strip {
				match = len(ra) >= len(q) && ra[:len(q)] == string(q)
			} else {
				match = r == string(q) || ra == string(q)
			}
			if !match {
				continue
			}
			if found >= 0 {
				found = -2
				break
			}
			found = h.actor
		}
		if found >= 0 {
			return found
		}
	}
	return -1
}

// firstKeyWord returns the first word of the role as written, or of the
// affiliation with no role word, or "": folded, it is the first word of
// both keys of roleKeys, which every key that personByRoleWords matches
// shares with the words it is given.
func (a *actorState) firstKeyWord() string {
	s := a.Role
	i, j := nextWord(s, 0)
	if i == j {
		s = a.Affiliation
		i, j = nextWord(s, 0)
	}
	return s[i:j]
}

// mayFoldTo reports whether the word x, folded, may be the folded word w:
// false only when it is not, so that the keys of most persons need not
// be built. The empty x or w may be anything.
func mayFoldTo[S string | []byte](x string, w S) bool {
	if x == "" || len(w) == 0 {
		return true
	}
	// Folding keeps the length of a word.
	if len(x) != len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := x[k]
		if c >= utf8.RuneSelf {
			return true // not ASCII: the keys decide
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// anyMayFoldTo reports whether the first word of some holder may fold
// to the folded word w (see mayFoldTo).
func anyMayFoldTo(holders []roleHolder, w string) bool {
	for _, h := range holders {
		if mayFoldTo(h.first, w) {
			return true
		}
	}
	return false
}

// appendRoleQuery appends to dst the folded words joined by spaces, with
// the office p that opens them, if office, spelled out ("Kapolres Bogor"
// is "Kepala Kepolisian Resor Bogor"), and returns it with its number of
// words. p and office are offices.match(words).
func appendRoleQuery(dst []byte, p phrase, office bool, words []string) ([]byte, int) {
	n := 0
	if office {
		// The words of the value, folded one by one as appendPhraseWords
		// folds them all at once.
		var wbuf [16]wspan
		for _, w := range appendWordSpans(wbuf[:0], p.value, 0) {
			if n > 0 {
				dst = append(dst, ' ')
			}
			dst = appendFoldText(dst, p.value[w.start:w.end])
			n++
		}
		words = words[len(p.words):]
	}
	for _, w := range words {
		if n > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
		n++
	}
	return dst, n
}

// describesPrevious reports whether chunk c follows "selaku" or
// "sebagai", describing a person already named.
func (e *entities) describesPrevious(c *chunk) bool {
	switch e.d.word(&e.d.paras[c.para], c.words[0].tok-1) {
	case "selaku", "sebagai", "menjabat", "merupakan", "adalah":
		return true
	}
	return false
}

// isStandInRole reports whether a role only stands in until the article
// says more: a resident, or a party to a case ("Teradu II").
func isStandInRole(role string) bool {
	var buf [32]byte
	switch string(appendFirstWord(buf[:0], role)) {
	case "warga", "penduduk", "teradu", "pengadu", "pelapor", "terlapor", "tersangka", "terdakwa", "korban",
		"saksi", "pemohon", "termohon", "penggugat", "tergugat":
		return true
	}
	return false
}

// nameFollows reports whether chunk ci is followed by a comma and a chunk
// that is only a name.
func (e *entities) nameFollows(chunks []chunk, ci int) bool {
	c := &chunks[ci]
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	if k >= len(p.toks) || e.d.str(p.toks[k]) != "," || ci+1 >= len(chunks) {
		return false
	}
	n := &chunks[ci+1]
	return n.para == c.para && n.words[0].tok == k+1 && (pureName(n) || n.words[0].label == lKnown)
}

// giveHeadlineRole sets the role and affiliation of person i from the
// subject of a headline ("Ketua Banggar DPR"): the longest role phrase
// that opens it, and the words after it.
func (e *entities) giveHeadlineRole(i int, subject string, words []string) {
	p, ok := e.t.roles.match(words)
	if !ok {
		p, ok = e.t.offices.match(words)
	}
	if !ok {
		return
	}
	written := strings.Fields(subject)
	if len(written) != len(words) || len(p.words) > len(written) {
		return
	}
	e.actors[i].Role = strings.Join(written[:len(p.words)], " ")
	e.actors[i].Affiliation = strings.Join(written[len(p.words):], " ")
}

// startsSalahSatu reports whether the words read ", salah…" (", salah
// satu …": one of).
func startsSalahSatu(words []string) bool {
	return len(words) >= 2 && words[0] == "," && strings.HasPrefix(words[1], "salah")
}

// anyContains reports whether a word of words contains sub.
func anyContains(words []string, sub string) bool {
	for _, w := range words {
		if strings.Contains(w, sub) {
			return true
		}
	}
	return false
}

// lowerRoleAfter returns the lowercase role phrase that follows chunk c
// as an apposition with no capitalised words of its own: "Abdullah,
// saksi kasus itu", "Budi sebagai saksi", or "".
func (e *entities) lowerRoleAfter(c *chunk) string {
	p := &e.d.paras[c.para]
	k := c.words[len(c.words)-1].last + 1
	if k+2 < len(p.toks) && e.d.str(p.toks[k]) == "(" && e.d.str(p.toks[k+2]) == ")" {
		k += 3 // "Budi (45), …"
	}
	// Most names are followed by none of the words that open a gap.
	if k >= len(p.toks) {
		return ""
	}
	switch e.d.low(p.toks[k]) {
	case ",", "selaku", "sebagai":
	default:
		return ""
	}
	var buf [4]string
	gap := buf[:0]
	for len(gap) < 3 && k < len(p.toks) {
		w := e.d.low(p.toks[k])
		if next := append(gap, w); !isAppositionGap(next) && !startsSalahSatu(next) {
			break
		}
		gap = append(gap, w)
		k++
	}
	if len(gap) == 0 || !isAppositionGap(gap) || k >= len(p.toks) || p.toks[k].capital {
		return ""
	}
	words := make([]string, 0, 4)
	for j := k; j < len(p.toks) && j < k+4 && p.toks[j].kind == tWord; j++ {
		words = append(words, e.d.low(p.toks[j]))
	}
	ph, ok := e.t.roles.match(words)
	if !ok || ph.value == "modifier" {
		return ""
	}
	if office := e.officeHeldAfter(p, k+len(ph.words)); office != "" {
		return office // "mahasiswa … yang menjabat sebagai Ketua Komisi II"
	}
	return e.d.text[p.toks[k].Start:p.toks[k+len(ph.words)-1].End]
}

// officeHeldAfter returns the office named by "menjabat sebagai OFFICE"
// within the next words of the sentence from token k, or "".
func (e *entities) officeHeldAfter(p *para, k int) string {
	for j := k; j+2 < len(p.toks) && j < k+10 && p.toks[j].sent == p.toks[k-1].sent; j++ {
		if e.d.low(p.toks[j]) != "menjabat" || e.d.low(p.toks[j+1]) != "sebagai" {
			continue
		}
		s := j + 2
		end := s
		for end < len(p.toks) && p.toks[end].kind == tWord && p.toks[end].capital {
			w := e.d.low(p.toks[end])
			switch {
			case e.t.startsRole(w) || e.isInstWord(w) || isRoman(e.d.str(p.toks[end])):
			case e.t.orgs.has(w) && end+1 < len(p.toks) && isRoman(e.d.str(p.toks[end+1])):
			default:
				goto done
			}
			end++
		}
	done:
		if end > s {
			return e.d.text[p.toks[s].Start:p.toks[end-1].End]
		}
		return ""
	}
	return ""
}

// inParens reports whether chunk c stands alone in parentheses: "(DEN)".
func (e *entities) inParens(c *chunk) bool {
	p := &e.d.paras[c.para]
	b, a := c.words[0].tok-1, c.words[len(c.words)-1].last+1
	return b >= 0 && a < len(p.toks) && e.d.str(p.toks[b]) == "(" && e.d.str(p.toks[a]) == ")"
}
