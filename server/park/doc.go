// Package park holds event streams off net/http's goroutines. A handler
// writes a stream's headers and first bytes, hijacks the connection and
// hands it to a Park; from then on the stream costs no goroutine and no
// buffer while it is idle:
//
//   - its writes come from a bounded pool of writer goroutines that exist
//     only while there is something to write, each write with a deadline;
//     a failed write ends the stream;
//   - its heartbeats come from one timer wheel for all streams;
//   - a client that leaves (FIN or RST) is seen by one epoll set for all
//     streams, polled at each tick of the wheel (Linux; elsewhere, and for
//     a connection without a file descriptor, a goroutine reads it).
//
// What to write is the Stream's: the park calls Fill from a writer when
// the stream was woken or a heartbeat is due, and Ended once when the
// stream is over. Neither ever runs on the goroutine that called Wake or
// End, so both may be called under the caller's locks.
package park
