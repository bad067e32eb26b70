package conn

import "github.com/tether-sse/tether/server/catalog"

// Event names the manager handles itself, as the origin names them.
const (
	eventHello       = catalog.Hello
	eventHeartbeat   = catalog.Heartbeat
	eventReset       = catalog.Reset
	eventForceLogout = catalog.ForceLogout
)

var internalNames = catalog.RuntimeEvents

// TabsKeyPrefix begins the key under which the tabs of one stream URL
// share it (Tabs.Bind; the Web Lock's name): the prefix, then the URL.
const TabsKeyPrefix = "tether "
