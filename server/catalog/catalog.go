// Package catalog is the protocol the origin and the runtime share: the
// endpoints' paths, the stream's own events and their Go shapes, one
// definition on both ends of the wire. An application's events are its
// own (the demo's are in server/demo/events).
package catalog

//go:generate go run ../../build/tools/tsgen -web ../../web

// The origin's endpoints for the runtime. The beacon's path is the
// stream's with its last segment "disconnect", so a runtime configured
// with another stream path finds its beacon beside it.
const (
	StreamPath     = "/v1/sse/connect"
	DisconnectPath = "/v1/sse/disconnect"
)

// Event names the origin emits itself. Publishers may not use them.
const (
	// Hello opens every stream; its data is a Hello.
	Hello = "hello"
	// Heartbeat proves the stream is alive while nothing else happens.
	Heartbeat = "heartbeat"
	// Reset says the client's last id could not be resumed from: refetch.
	Reset = "reset"
)

// ForceLogout is a signal an application publishes to a user's streams:
// the session ended elsewhere; the runtime logs the page out.
const ForceLogout = "force_logout"

// RuntimeEvents are the events of every stream that the runtime handles
// itself, whatever the page subscribes to: it listens to them on every
// source (the loader's early stream too).
var RuntimeEvents = []string{Hello, Heartbeat, Reset, ForceLogout}

// Reserved reports whether name is emitted only by the origin.
func Reserved(name string) bool {
	return name == Hello || name == Heartbeat || name == Reset
}

// HelloData's JSON keys, for readers without encoding/json (the lean
// runtime); a test holds them to HelloData's tags.
const (
	HelloKeyToken       = "token"
	HelloKeyRetryMs     = "retryMs"
	HelloKeyHeartbeatMs = "heartbeatMs"
)

// HelloData is the data of a Hello event.
type HelloData struct {
	Token       string `json:"token"`       // identifies the stream to POST /v1/sse/disconnect
	RetryMs     int64  `json:"retryMs"`     // the stream's retry: value
	HeartbeatMs int64  `json:"heartbeatMs"` // 0 when the stream sends no heartbeats
}

// ResetData is the data of a Reset event.
type ResetData struct {
	Reason string `json:"reason"` // ResetUnknown, ResetExpired or ResetTooFar
}

// Why a resume could not be served, in ResetData.Reason: the client stands
// at the reset's id and refetches its state.
const (
	ResetUnknown = "unknown" // not an id of this log: another epoch (a store made anew), or garbage
	ResetExpired = "expired" // older than what the log keeps (retention)
	ResetTooFar  = "too-far" // more than -max-replay events or -max-replay-bytes behind
)
