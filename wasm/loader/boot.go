package loader

// The boot object: what the loader (web/tether.js) hands a module as it
// starts, its shape written once, here. globalThis[BootGlobal] holds it
// while go.run starts the module (which reads it before it first blocks)
// and is removed right after; build/tools/tsgen writes the loader's
// bootObject and earlyObject from these names, and a test holds the
// loader to them.
const (
	BootGlobal = "__tetherBoot"

	BootConfig  = "config"  // the page's options
	BootResolve = "resolve" // settles the loader's promise with globalThis.tether
	BootReject  = "reject"  // or with an Error
	BootQueue   = "queue"   // QueueJS: a stream's events into the module, a batch at a time
	// BootEarly is the stream the loader opened while the module
	// downloaded (an object of EarlyFields), or undefined; the module
	// takes it by setting the field to null, and the loader closes one
	// that was never taken.
	BootEarly = "early"

	EarlyURL    = "url"    // the stream's URL, exactly as the runtime builds it
	EarlySource = "source" // the EventSource
	EarlyTake   = "take"   // take(): the loader's listeners off, the events they kept
)

// BootFields and EarlyFields are the objects' fields, in the order the
// loader's bootObject and earlyObject take them.
var (
	BootFields  = []string{BootConfig, BootResolve, BootReject, BootQueue, BootEarly}
	EarlyFields = []string{EarlyURL, EarlySource, EarlyTake}
)
