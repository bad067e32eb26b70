package hub

import "sort"

// window is the newest events the hub fanned out, oldest first, within a
// count and a byte budget: resumes within it read nothing from the log.
type window struct {
	evs           []Event
	bytes         int
	max, maxBytes int
}

func size(ev Event) int { return len(ev.Data) + len(ev.Name) + len(ev.ID) + 64 }

func (w *window) add(ev Event) {
	n := size(ev)
	for len(w.evs) > 0 && (len(w.evs) >= w.max || w.bytes+n > w.maxBytes) {
		w.bytes -= size(w.evs[0])
		w.evs[0] = Event{} // let its data go
		w.evs = w.evs[1:]
	}
	w.evs = append(w.evs, ev)
	w.bytes += n
}

// first is the oldest sequence number kept, or 0.
func (w *window) first() uint64 {
	if len(w.evs) == 0 {
		return 0
	}
	return w.evs[0].Seq
}

// holdsAfter reports whether every event fanned out after seq is kept.
func (w *window) holdsAfter(seq uint64) bool {
	return len(w.evs) > 0 && w.evs[0].Seq <= seq+1
}

// after is a page of the events after seq that f allows, and the sequence
// number the page reaches (the last event it looked at).
func (w *window) after(seq, head uint64, f Filter) (page []Event, reached uint64) {
	i := sort.Search(len(w.evs), func(i int) bool { return w.evs[i].Seq > seq })
	reached, bytes := seq, 0
	for ; i < len(w.evs) && len(page) < pageEvents && bytes < pageBytes; i++ {
		ev := w.evs[i]
		reached = ev.Seq
		if f.match(ev.To) {
			page = append(page, ev)
			bytes += len(ev.Data)
		}
	}
	if i == len(w.evs) {
		reached = max(reached, head)
	}
	return page, reached
}
