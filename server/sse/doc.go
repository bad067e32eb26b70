// Package sse writes and reads the text/event-stream wire format.
//
// # Writing
//
// [Event.Validate] rejects what would corrupt a stream (CR, LF or NUL in an
// id or event name, a NUL in the id that browsers would ignore), and
// [Event.AppendTo] splits multi-line data into several data: lines, so a
// payload can never inject a field of its own.
//
// # Reading
//
// [Reader] parses a stream the way the WHATWG EventSource algorithm does.
// The origin does not need it; tests, the fuzz target and the benchmark's
// load generator do.
package sse
