// Package park holds event streams off net/http's goroutines. A handler
// writes a stream's headers and first bytes, hijacks the connection and
// hands it to a Park; from then on the stream costs no goroutine and no
// buffer while it is idle:
//
//   - its writes come from a bounded pool of writer goroutines that exist
//     only while there is something to write;
//   - its heartbeats come from one timer wheel for all streams;
//   - a client that leaves (FIN or RST) is seen by one epoll set for all
//     streams, polled at each tick of the wheel (Linux; elsewhere, and for
//     a connection without a file descriptor, a goroutine reads it).
//
// # No client can stall another
//
// A writer never blocks on a client. It writes what the socket takes
// without blocking; what is left stays with the stream, which asks the
// epoll set for room (EPOLLOUT) and is written again within a tick of
// it, or ends when its write deadline passes with bytes still owed. A
// stream has at most one turn queued or running: a wake during its turn
// queues one more after it, never a second writer behind it.
//
// A connection the park cannot write to directly (TLS served in
// process, a wrapped conn, systems without epoll) is written by a
// goroutine started for that write: a client that stalls costs that
// goroutine (about 8 KB) until its deadline, never a writer's time.
//
// What to write is the Stream's: the park calls Fill from a writer when
// the stream was woken or a heartbeat is due, and Ended once when the
// stream is over. Neither ever runs on the goroutine that called Wake or
// End, and End never waits (a Close that may, TLS's close_notify, runs
// on a goroutine of its own), so both may be called under the caller's
// locks.
package park
