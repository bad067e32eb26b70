// Package origin is Tether's SSE origin: it serves the event stream, the
// page-exit beacon, the publish API, health and metrics, the demo page and
// its wasm.
//
// # Endpoints
//
//	GET  /v1/sse/connect     the event stream (flags: closeAfter, heartbeat, topics, lastEventId, access_token)
//	POST /v1/sse/disconnect  the page-exit beacon; body: the stream's token
//	POST /v1/publish         publish an event (Authorization: Bearer <publish token>)
//	GET  /healthz, /metrics  liveness and Prometheus metrics
//	GET  /, /web/...         index.html and static assets
//
// The demo (package demo) is a handler wrapped around the origin, never a
// case inside it: the origin answers /v1/demo/* with 404 and intervalMs
// with 400.
//
// # Limits
//
// Every input from the network has a limit (Limits, DefaultLimits) and a
// refusal names the field at fault in a JSON error. A node holds at most
// MaxStreams streams (503 with Retry-After beyond), a client (its user, or
// its IP when anonymous) MaxClientStreams (429). Origin.Server makes an
// http.Server with the connection limits: header deadline and size.
//
// # Who reads what
//
// Events for everyone reach every stream; a user's events only that user's
// streams; a topic only streams that named it, where each named topic is
// public (Config.PublicTopics) or granted by the stream's Session. A
// wrapper may add topics to a stream with WithTopics.
//
// # Stream
//
// A stream starts with a 2 KiB comment (for polyfills and buffering
// proxies), "retry: 3000", then a "hello" event whose data carries the
// stream's disconnect token, and whose id is where the client stands. Then
// either a "reset" event (the client's id could not be resumed: refetch) or
// the replay of what it missed, then live events and heartbeats.
package origin
