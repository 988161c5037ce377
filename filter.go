package berita

// wordFilter is a set of words that can only say "no" for sure: a word
// sets one bit, chosen by a hash of its length and three of its bytes, so
// a word whose bit is clear was never added. Most words of a text are in
// no table; a filter turns them away before a map hashes them.
type wordFilter [wordFilterBits / 64]uint64

// wordFilterBits is the size of a filter: 2 KiB, few enough bits set by
// a table of some thousand words for most other words to miss them.
const wordFilterBits = 1 << 14

// filterHash mixes the length and the first, middle and last bytes of the
// non-empty w: cheap, and enough to tell most words apart. A filter of
// 2^k bits takes the top k bits.
func filterHash[S string | []byte](w S) uint32 {
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return x * 0x9E3779B1
}

// wordBit hashes the non-empty w to a bit of a wordFilter.
func wordBit[S string | []byte](w S) uint32 { return filterHash(w) >> (32 - 14) }

// add puts w in f.
func (f *wordFilter) add(w string) {
	if w != "" {
		f.set(wordBit(w))
	}
}

// mayHave reports whether w may be in f: false only when it is not.
// The empty word may always be.
func (f *wordFilter) mayHave(w string) bool {
	return w == "" || f.has(wordBit(w))
}

// mayHaveBytes is mayHave for a word as bytes.
func (f *wordFilter) mayHaveBytes(w []byte) bool {
	return len(w) == 0 || f.has(wordBit(w))
}

// set sets bit b of f, and has reports whether it is set: the filters
// of other hashes (see bitFilter) share them.
func (f *wordFilter) set(b uint32)      { f[b/64] |= 1 << (b % 64) }
func (f *wordFilter) has(b uint32) bool { return f[b/64]&(1<<(b%64)) != 0 }

// filterOf returns a filter of the keys of m.
func filterOf[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		f.add(w)
	}
	return f
}
