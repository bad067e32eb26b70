package hub

import (
	"context"
	"time"
)

// watchFollower follows the log again from the hub's head when the log
// holds events past it and the follower has been silent for FollowStall:
// a follower can go quiet without an error (NATS after a node of its
// cluster was lost). Events come again from the head, so none is lost,
// and deliver drops the ones fanned out already.
func (h *Hub) watchFollower() {
	t := time.NewTicker(h.cfg.FollowStall / 2)
	defer t.Stop()
	for {
		select {
		case <-h.done:
			return
		case <-t.C:
		}
		if time.Since(time.Unix(0, h.heard.Load())) < h.cfg.FollowStall {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
		b, err := h.log.Bounds(ctx)
		cancel()
		h.mu.Lock()
		head := h.head
		h.mu.Unlock()
		if err != nil || b.Last <= head {
			continue // the log is unreachable, or quiet: nothing is missed
		}
		h.refollow(head)
	}
}

// refollow replaces the follower with one from head. No lock is held
// while a follower stops or starts: its callbacks take the hub's.
func (h *Hub) refollow(head uint64) {
	h.followMu.Lock()
	old := h.stop
	h.stop = func() {}
	h.followMu.Unlock()
	old()
	h.refollows.Add(1) // before: a follower may deliver inside Follow
	stop, err := h.log.Follow(head, h.deliver)
	if err != nil {
		return // the next tick tries again
	}
	h.heard.Store(time.Now().UnixNano())
	h.followMu.Lock()
	defer h.followMu.Unlock()
	select {
	case <-h.done: // closed meanwhile
		stop()
	default:
		h.stop = stop
	}
}

// warm fills the window with the newest events the log keeps, so that the
// crowd of resumes that follows a restart is served from memory instead of
// queueing for log reads. A log that fails leaves the rest of it cold.
func (h *Hub) warm(b Bounds) {
	if b.Last < b.First {
		return
	}
	after := b.First - 1
	if b.Last-after > uint64(h.cfg.Window) {
		after = b.Last - uint64(h.cfg.Window)
	}
	for after < b.Last {
		ctx, cancel := context.WithTimeout(context.Background(), h.cfg.Timeout)
		sp, err := h.log.Read(ctx, after, b.Last, pageEvents)
		cancel()
		if err != nil || sp.Last <= after {
			return
		}
		for _, ev := range sp.Events {
			ev.ID = h.id(ev.Seq)
			h.recent.add(ev)
		}
		after = sp.Last
	}
}

// deliver fans one event of the log out to every matching subscriber
// without blocking; a subscriber whose buffer is full is dropped.
func (h *Hub) deliver(ev Event) {
	h.heard.Store(time.Now().UnixNano())
	h.mu.Lock()
	defer h.mu.Unlock()
	if ev.Seq <= h.head {
		return // fanned out already
	}
	h.head = ev.Seq
	if ev.Name == "" {
		return // a hole: heard, and never delivered
	}
	ev.ID = h.id(ev.Seq)
	h.recent.add(ev)
	shared := &ev // one copy for every subscriber: a pointer a slot, not the event
	for s := range h.subs {
		if ev.Seq <= s.skip || !s.filter.match(ev.To) {
			continue
		}
		if !s.offerLocked(shared) {
			h.dropLocked(s)
			h.slowDrops.Add(1)
		}
	}
}
