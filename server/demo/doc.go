// Package demo is the origin's demo mode: event generators, the
// /v1/demo/* controls and the fault switches that let a person (or a test)
// watch the fault cases happen. It must never face the internet: its login
// hands out any user's session to whoever asks.
//
// # How it is wired
//
// A [Demo] is an http.Handler wrapped around an [origin.Origin]; the origin
// has no demo case in it. For a stream request the demo may answer itself
// (an injected failure, a cut network), takes the demo-only intervalMs off
// the query, subscribes the stream to its generator through
// [origin.WithTopics], and hands the origin a ResponseWriter it can silence
// (a socket that died without a word) and a context it can cancel (a drop).
// Everything else goes to the origin untouched.
//
// # Cross-site requests
//
// Every control changes state, so each is a POST that refuses cross-site
// browser requests ([http.CrossOriginProtection]): a page of another site
// cannot drop streams or sign anyone in, even with demo mode on. Origins on
// the origin's allow-list are trusted.
package demo
