// Package loader is the contract between the page's loader (web/tether.js)
// and a module it starts: the options a page passes to loadTether and the
// shape of the boot object the module reads as it starts. Both sides take
// their names from here: the runtime by import, the loader through the
// protocol block build/tools/tsgen writes (a test fails when it is stale).
// It holds names only, so the build tools can import it outside js/wasm.
package loader
