package origin

import (
	"fmt"
	"net/http"
	"runtime"
)

// metrics writes the Prometheus text format by hand: a handful of
// counters do not need a client library.
// Without a MetricsToken only a client on this machine may read them (a
// Prometheus beside the origin, or one scraping through an SSH tunnel or a
// sidecar); with one, a client that presents it.
func (o *Origin) metrics(w http.ResponseWriter, r *http.Request) {
	if !bearer(r, o.cfg.MetricsToken) && (o.cfg.MetricsToken != "" || !o.clients.local(r)) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tether metrics"`)
		writeError(w, http.StatusUnauthorized, "Authorization", "metrics are for loopback clients, or a bearer token set with -metrics-token")
		return
	}
	hs := o.hub.Stats()
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	for _, m := range []struct {
		name, kind, help string
		value            uint64
	}{
		{"tether_streams_open", "gauge", "Event streams open now.", uint64(o.OpenStreams())},
		{"tether_streams_parked", "gauge", "Open streams held off net/http's goroutines (HTTP/1), written by the park.", uint64(o.park.Len())},
		{"tether_goroutines", "gauge", "Goroutines in this process.", uint64(runtime.NumGoroutine())},
		{"tether_connections_total", "counter", "Event streams opened.", o.connections.Load()},
		{"tether_streams_max", "gauge", "Streams this node may hold (-max-streams).", uint64(o.lim.MaxStreams)},
		{"tether_connections_rejected_total", "counter", "Stream requests refused for bad input or auth.", o.rejected.Load()},
		{"tether_streams_over_node_limit_total", "counter", "Stream requests refused with 503: the node held -max-streams.", o.overNode.Load()},
		{"tether_streams_over_client_limit_total", "counter", "Stream requests refused with 429: the client held -max-client-streams.", o.overClient.Load()},
		{"tether_events_published_total", "counter", "Events published to the hub.", hs.Published},
		{"tether_events_delivered_total", "counter", "Events written to streams, replays included.", o.delivered.Load()},
		{"tether_slow_disconnects_total", "counter", "Streams dropped because their buffer was full.", hs.SlowDrops},
		{"tether_replays_total", "counter", "Resumes that replayed at least one event.", hs.Replays},
		{"tether_resets_total", "counter", "Resumes answered with a reset event.", hs.Resets},
		{"tether_beacons_total", "counter", "Page-exit beacons for streams of this origin (open, or just closed by the page).", o.beacons.Load()},
		{"tether_log_refollows_total", "counter", "Times the follower of the event log went silent with events past the hub's head, and was started again.", hs.Refollows},
		{"tether_log_events", "gauge", "Events kept for resume.", uint64(hs.Logged)},
	} {
		fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n%s %d\n", m.name, m.help, m.name, m.kind, m.name, m.value)
	}
}
