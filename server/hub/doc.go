// Package hub fans published events out to subscribers and keeps a bounded
// log so that a client can resume by id.
//
// # Ids
//
// An id is "<epoch>-<seq>": the epoch names one hub (one origin process) and
// seq counts its events from 1. An id from another epoch, for example from
// before an origin restart, can never be mistaken for one of ours: resuming
// with it yields a reset, never events whose ids collide with ones the
// client already has.
//
// # Resume
//
// [Hub.Subscribe] computes the replay and registers the subscriber under the
// same lock that [Hub.Publish] holds while it appends and fans out, so every
// event is either in the replay or in the subscriber's channel: no gap and no
// duplicate, even while events are being published.
//
// # Bounded memory
//
// Each subscriber has a fixed buffer. A subscriber whose buffer is full when
// an event arrives is dropped (its Dropped channel closes) rather than
// allowed to stall the publisher; its client resumes by id.
package hub
