// Package hub fans the events of a log out to the subscribers of one
// process, and serves resumes from a window of the newest events or from
// the log itself, a page at a time.
//
// # Rooms
//
//   - event.go: the vocabulary: Event, Audience, Filter, errors.
//   - log.go: the Log port (where events are kept) and the in-memory log;
//     package natslog is the JetStream one. window.go: the newest events.
//   - follow.go: one follower of the log per hub; every event, from this
//     process or another replica, reaches the subscribers from there, once,
//     in order. A follower silent while the log moves on is replaced.
//   - publish.go: Publish appends to the log; it fans nothing out itself.
//   - resume.go: Subscribe and Replay: a resume within the window reads
//     nothing from the log; an older one reads it a page at a time, within
//     MaxLogReads per node and MaxClientLogReads per client.
//   - sub.go: a subscriber's queue of live events, read with Notify/Take.
//
// # Ids
//
// An id is "<epoch>-<seq>": seq is the log's sequence number and the epoch
// names the log (the JetStream stream's creation, or the in-memory log's
// process), so an id from another log can never be mistaken for one of
// ours: resuming with it yields a reset (catalog.ResetUnknown).
//
// # No gap, no duplicate
//
// A subscriber replays until it reaches the hub's head, then joins the
// fan-out there under the hub's lock, so every event is either in its
// replay or in its queue. The follower hands events over in order and the
// hub drops what it fanned out already (a refollow starts again from its
// head).
//
// # Bounded memory
//
// A subscriber's queue holds at most Config.Buffer events; one that is full
// when an event arrives is dropped (OnDrop) rather than allowed to stall
// the fan-out, and its client resumes by id. Take hands a writer at most a
// byte budget at a time.
package hub
