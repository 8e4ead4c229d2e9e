package analysis

import "testing"

func BenchmarkTokenize(b *testing.B) {
	text := benchText(5000)
	b.SetBytes(int64(len(text)))
	var toks []token
	for i := 0; i < b.N; i++ {
		toks = tokenize(text, toks)
	}
}

// A minimal token-hash matcher for calibration: lower-case ASCII words, FNV, one map lookup.
func BenchmarkCalibrateHashMatcher(b *testing.B) {
	text := benchText(5000)
	m := map[uint64]int{}
	for i := 0; i < 2000; i++ {
		m[uint64(i)*0x9E3779B97F4A7C15] = i
	}
	b.SetBytes(int64(len(text)))
	n := 0
	c0 := cpuTime()
	defer func() { reportCPU(b, c0, int64(len(text))*int64(b.N)) }()
	for i := 0; i < b.N; i++ {
		h := uint64(fnvOffset)
		for j := 0; j < len(text); j++ {
			c := text[j]
			if c == ' ' || c == '\n' || c == '.' || c == ',' || c == '"' {
				if _, ok := m[h]; ok {
					n++
				}
				h = fnvOffset
				continue
			}
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	_ = n
}
