// Package catalog names the events that travel between the origin and the
// runtime, with their Go shapes: one definition on both ends of the wire.
//
// # Three kinds of event
//
// A signal asks the client to act and carries nothing it must keep
// (ForceLogout). A passive payload is shown as it comes (Notification). An
// entity update names the one entity it changes (Task, by TaskID), so a
// widget replaces that item and nothing else.
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

// Event names of the application.
const (
	// ForceLogout is a signal: the user's session ended elsewhere; log out.
	ForceLogout = "force_logout"
	// Notification is a passive payload: show it.
	Notification = "notification"
	// Task is an entity update: upsert the task it names.
	Task = "task"
	// Payment is an entity update: upsert the payment it names.
	Payment = "payment"
)

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
	Reason string `json:"reason"` // "unknown" or "expired"
}

// TaskData is a task entity.
type TaskData struct {
	TaskID string `json:"taskId"`
	Title  string `json:"title"`
	Status string `json:"status"`
	N      int    `json:"n,omitempty"`
}

// NotificationData is a notification to show.
type NotificationData struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	N    int    `json:"n,omitempty"`
}

// PaymentData is a payment entity.
type PaymentData struct {
	PaymentID string `json:"paymentId"`
	Amount    int    `json:"amountCents"`
	Currency  string `json:"currency"`
	Status    string `json:"status"`
	N         int    `json:"n,omitempty"`
}
