// Package natslog keeps the hub's events in NATS JetStream, so that an
// origin resumes its clients across restarts and any number of replicas
// share one log.
//
// # Subjects and messages
//
// Events live in one stream (default "TETHER") on subjects under a prefix
// (default "tether"):
//
//	tether.all                      everyone
//	tether.topic.<topic>            streams that read the topic
//	tether.user.<base64url(user)>   the user's streams only
//
// The message's data is the event's data (JSON) and its header
// "Tether-Event" the event name. A back end may publish such a message
// straight to NATS (a JetStream publish, so that it is stored): every
// replica treats it as one from POST /v1/publish, and drops it, counted, if
// it breaks the same rules (a name that is missing, reserved, too long or
// holds CR, LF or NUL; data that is not JSON or too large).
//
// # Ids and epochs
//
// An event's sequence number is its JetStream stream sequence; its epoch
// is the stream's creation time, which changes only when the stream is
// made anew. Purging keeps the epoch and the numbering (sequence numbers
// never go back), so an old id is "expired", never mistaken for a new one.
//
// # One consumer per replica
//
// Each hub follows the stream with one ordered consumer and fans out in
// process. A resume reads its missed range with a short-lived ordered
// consumer from a start sequence: never a consumer per page.
package natslog
