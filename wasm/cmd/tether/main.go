//go:build js && wasm

// Command tether is the lean runtime module: it installs globalThis.tether
// for the loader in web/tether.js. If another module already owns the
// page's runtime, it hands that one back and exits, so a page holds one
// connection whatever loads it.
package main

import "github.com/tether-sse/tether/wasm/internal/jsapi"

func main() {
	if _, owner, err := jsapi.Start(); err != nil || !owner {
		return // the loader's promise says why, or another module owns the runtime
	}
	select {} // serve callbacks for the life of the page
}
