package conn

// idSet remembers the last n ids delivered, to drop repeats.
type idSet struct {
	ring []string
	next int
	in   map[string]struct{}
}

func newIDSet(n int) idSet {
	return idSet{ring: make([]string, n), in: make(map[string]struct{}, n)}
}

func (s *idSet) has(id string) bool {
	_, ok := s.in[id]
	return ok
}

func (s *idSet) add(id string) {
	if old := s.ring[s.next]; old != "" {
		delete(s.in, old)
	}
	s.ring[s.next] = id
	s.in[id] = struct{}{}
	s.next = (s.next + 1) % len(s.ring)
}
