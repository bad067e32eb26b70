package conn

import "github.com/tether-sse/tether/server/catalog"

// Event names the manager handles itself, as the origin names them.
const (
	eventHello       = catalog.Hello
	eventHeartbeat   = catalog.Heartbeat
	eventReset       = catalog.Reset
	eventForceLogout = catalog.ForceLogout
)

var internalNames = []string{eventHello, eventHeartbeat, eventReset, eventForceLogout}
