package hub

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tether-sse/tether/server/catalog"
)

// Resume is where a new subscriber starts.
type Resume struct {
	// Reset is non-empty when the client's id could not be resumed from:
	// catalog.ResetUnknown, ResetExpired or ResetTooFar. The
	// client must refetch its state; it has no replay.
	Reset string
	// Cursor is the id the client stands at before its replay: its own id
	// when resuming, the newest id otherwise.
	Cursor string
}

// Page is one page of a replay.
type Page struct {
	Events []Event
	// Reset ends the replay early: the rest was more than MaxReplayBytes,
	// or the log no longer keeps it. The client must refetch; it stands at
	// Cursor from then on.
	Reset, Cursor string
}

// The bounds of one replay page: a stream writes a page at a time, so
// one replay holds at most this in memory whatever its length.
const (
	pageEvents = 256
	pageBytes  = 256 << 10
)

// Subscribe registers a subscriber that sees what f allows, resuming after
// lastID ("" for a fresh client, which gets only what comes next). Read
// the replay with Replay until it returns an empty page; live events
// follow on its queue (Notify, Take). A resume within the hub's window reads nothing from the
// log; an older one reads it a page at a time and counts against
// MaxLogReads and MaxClientLogReads (ErrBusy, ErrClientBusy) until its
// replay reaches the window. Subscribe fails only then, or when the log
// cannot be read.
func (h *Hub) Subscribe(lastID string, f Filter) (*Sub, Resume, error) {
	s := &Sub{hub: h, filter: f}
	seq, ok := h.parse(lastID)
	h.mu.Lock()
	head := h.head
	switch {
	case lastID == "":
		h.joinLocked(s)
		h.mu.Unlock()
		return s, Resume{Cursor: h.id(head)}, nil
	case !ok:
		h.joinLocked(s)
		h.mu.Unlock()
		h.resets.Add(1)
		return s, Resume{Reset: catalog.ResetUnknown, Cursor: h.id(head)}, nil
	case seq == head:
		h.joinLocked(s)
		h.mu.Unlock()
		return s, Resume{Cursor: lastID}, nil
	case seq > head:
		h.mu.Unlock()
		return h.ahead(s, seq, lastID)
	case head-seq > uint64(h.cfg.MaxReplay):
		h.joinLocked(s)
		h.mu.Unlock()
		h.resets.Add(1)
		return s, Resume{Reset: catalog.ResetTooFar, Cursor: h.id(head)}, nil
	}
	s.cursor = seq
	if !h.recent.holdsAfter(seq) {
		if err := h.startReadingLocked(s); err != nil {
			h.mu.Unlock()
			h.noteRefusal()
			return nil, Resume{}, err
		}
	}
	h.mu.Unlock()
	return s, Resume{Cursor: lastID}, nil
}

// ahead takes a client whose id is ahead of this hub's head: it came from
// a replica whose follower is further on. The log says whether the id
// exists; if it does, the client skips what it has already.
func (h *Hub) ahead(s *Sub, seq uint64, lastID string) (*Sub, Resume, error) {
	h.mu.Lock()
	err := h.startReadingLocked(s) // one request to the log: limited as a read
	h.mu.Unlock()
	if err != nil {
		h.noteRefusal()
		return nil, Resume{}, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	b, err := h.log.Bounds(ctx)
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopReadingLocked(s)
	if err != nil {
		return nil, Resume{}, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	if seq > b.Last {
		h.joinLocked(s)
		h.resets.Add(1)
		return s, Resume{Reset: catalog.ResetUnknown, Cursor: h.id(h.head)}, nil
	}
	s.skip = seq
	h.joinLocked(s)
	return s, Resume{Cursor: lastID}, nil
}

// Replay returns the next page of the subscriber's replay. An empty page
// (no events, no reset) means the replay is over: the subscriber joined
// the fan-out where the replay ended, so C carries on with no gap and no
// repeat.
func (s *Sub) Replay() (Page, error) {
	h := s.hub
	for {
		h.mu.Lock()
		if s.live {
			h.mu.Unlock()
			return Page{}, nil
		}
		if s.cursor >= h.head {
			h.stopReadingLocked(s)
			h.joinLocked(s)
			h.mu.Unlock()
			return Page{}, nil
		}
		var page []Event
		if h.recent.holdsAfter(s.cursor) {
			h.stopReadingLocked(s)
			page, s.cursor = h.recent.after(s.cursor, h.head, s.filter)
			h.mu.Unlock()
		} else {
			if !s.reading { // it started in the window, which moved on
				if err := h.startReadingLocked(s); err != nil {
					h.mu.Unlock()
					h.noteRefusal()
					return Page{}, err
				}
			}
			upto := h.head
			if first := h.recent.first(); first > 0 {
				upto = first - 1
			}
			after := s.cursor
			h.mu.Unlock()
			var gap bool
			var err error
			page, gap, err = s.readLog(after, upto)
			if err != nil {
				return Page{}, err
			}
			if gap {
				return s.reset(catalog.ResetExpired), nil
			}
		}
		if len(page) == 0 {
			continue // nothing this subscriber may see in that stretch
		}
		if !s.counted { // a resume that replays, counted once
			s.counted = true
			h.replays.Add(1)
		}
		for _, ev := range page {
			s.replayed += len(ev.Data)
		}
		if s.replayed > h.cfg.MaxReplayBytes {
			return s.reset(catalog.ResetTooFar), nil
		}
		return Page{Events: page}, nil
	}
}

// readLog reads one page of the log after after, up to upto, for s.
func (s *Sub) readLog(after, upto uint64) ([]Event, bool, error) {
	h := s.hub
	ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
	defer cancel()
	sp, err := h.log.Read(ctx, after, upto, pageEvents)
	for try := 0; err == nil && sp.Last <= after && try < 2; try++ {
		// Nothing found. Retention removed the range only if the log says
		// so; a store that was slow (a fetch that timed out empty) is
		// asked again, then taken for unavailable.
		var b Bounds
		if b, err = h.log.Bounds(ctx); err == nil && b.First > upto {
			sp.Last, sp.Gap = upto, true
			break
		}
		if err == nil && try == 1 {
			err = errors.New("the log found nothing in a range it keeps")
		} else if err == nil {
			sp, err = h.log.Read(ctx, after, upto, pageEvents)
		}
	}
	if err != nil {
		return nil, false, fmt.Errorf("%w: %v", ErrUnavailable, err)
	}
	var page []Event
	reached, bytes := sp.Last, 0
	for _, ev := range sp.Events {
		if bytes > pageBytes { // the page is full: the next one starts here
			reached = ev.Seq - 1
			break
		}
		if s.filter.match(ev.To) {
			ev.ID = h.id(ev.Seq)
			page = append(page, ev)
			bytes += len(ev.Data)
		}
	}
	h.mu.Lock()
	s.cursor = reached
	h.mu.Unlock()
	return page, sp.Gap, nil
}

// reset ends s's replay: it joins the fan-out at the head and the client
// is told to refetch.
func (s *Sub) reset(why string) Page {
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stopReadingLocked(s)
	h.joinLocked(s)
	h.resets.Add(1)
	return Page{Reset: why, Cursor: h.id(h.head)}
}

// joinLocked puts s in the fan-out from the head on.
func (h *Hub) joinLocked(s *Sub) {
	s.live = true
	h.subs[s] = struct{}{}
}

// startReadingLocked counts s among the resumes reading the log.
func (h *Hub) startReadingLocked(s *Sub) error {
	switch {
	case h.reading[""] >= h.cfg.MaxLogReads:
		return ErrBusy
	case s.filter.Client != "" && h.reading[s.filter.Client] >= h.cfg.MaxClientLogReads:
		return ErrClientBusy
	}
	s.reading = true
	h.reading[""]++
	if c := s.filter.Client; c != "" {
		h.reading[c]++
	}
	return nil
}

func (h *Hub) stopReadingLocked(s *Sub) {
	if !s.reading {
		return
	}
	s.reading = false
	h.reading[""]--
	if c := s.filter.Client; c != "" {
		if h.reading[c]--; h.reading[c] == 0 {
			delete(h.reading, c)
		}
	}
}

func (h *Hub) noteRefusal() {
	h.refused.Add(1)
	h.lastRefusal.Store(h.cfg.Now().UnixNano())
}

// RefusingResumes reports whether a resume was refused for the limits on
// log reads within the last d: the log is degraded for resumes.
func (h *Hub) RefusingResumes(d time.Duration) bool {
	last := h.lastRefusal.Load()
	return last != 0 && h.cfg.Now().Sub(time.Unix(0, last)) < d
}

// parse reads an id of this hub's epoch.
func (h *Hub) parse(id string) (uint64, bool) {
	epoch, seq, ok := strings.Cut(id, "-")
	if !ok || epoch != h.epoch {
		return 0, false
	}
	n, err := strconv.ParseUint(seq, 10, 64)
	return n, err == nil
}
