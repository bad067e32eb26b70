// Package events holds the demo's entities: what its generators publish
// and its widgets show (tasks, notifications, payments). They are the
// demo's, not Tether's protocol (server/catalog): an app brings its own.
package events

// The demo's event names.
const (
	// Notification is a passive payload: show it.
	Notification = "notification"
	// Task is an entity update: upsert the task it names.
	Task = "task"
	// Payment is an entity update: upsert the payment it names.
	Payment = "payment"
)

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
