package tone

// The scoring path before Scorer, kept as the reference that Scorer must
// reproduce bit for bit: walk over freshly tokenized text, a name hash per
// emitted feature, weights from the map.

type refSink struct {
	scoreSink
	weights map[uint64][3]float64
}

func (s *refSink) add(parts *[5]string, v float64, sum bool) {
	h := hashName(parts) | 1
	if !sum && !s.insert(h) {
		return
	}
	if w, ok := s.weights[h]; ok {
		s.z[0] += w[0] * v
		s.z[1] += w[1] * v
		s.z[2] += w[2] * v
	}
}

func (m *Model) probsRef(text string, start, end int) [3]float64 {
	s := &refSink{weights: m.byHash}
	s.z = m.bias
	s.seen = make([]uint64, 1024)
	walk(text, start, end, m.Window, tokenize(text), nil, s)
	return softmax(s.z)
}
