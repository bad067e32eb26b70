// Package loader is the contract between the page's loader (web/tether.js)
// and a module it starts: the options a page passes to loadTether and the
// shape of the boot object the module reads as it starts, with the queue
// that carries a stream's events into the module (QueueJS). Both sides
// take them from here: the runtime by import, the loader through the
// protocol block build/tools/tsgen writes (a test fails when it is stale).
// It holds names and JS text only, so the build tools can import it
// outside js/wasm.
package loader
