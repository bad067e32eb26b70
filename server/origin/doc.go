// Package origin is Tether's SSE origin: it serves the event stream, the
// page-exit beacon, the publish API, health and metrics, the demo page and
// its wasm.
//
// # Endpoints
//
//	GET  /v1/sse/connect     the event stream (flags: intervalMs, closeAfter, heartbeat, topics, lastEventId)
//	POST /v1/sse/disconnect  the page-exit beacon; body: the stream's token
//	POST /v1/publish         publish an event (Authorization: Bearer <publish token>)
//	GET  /healthz, /metrics  liveness and Prometheus metrics
//	GET  /, /web/...         index.html and static assets
//	POST /v1/demo/...        demo controls, only when Config.Demo is set
//
// # Stream
//
// A stream starts with a 2 KiB comment (for polyfills and buffering
// proxies), "retry: 3000", then a "hello" event whose data carries the
// stream's disconnect token, and whose id is where the client stands. Then
// either a "reset" event (the client's id could not be resumed: refetch) or
// the replay of what it missed, then live events and heartbeats.
package origin
