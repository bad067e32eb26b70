//go:build js && wasm

// Command tether is the lean runtime module: it installs globalThis.tether
// for the loader in web/tether.js. If another module already owns the
// page's runtime, it hands that one back and exits, so a page holds one
// connection whatever loads it.
package main

import "github.com/tether-sse/tether/wasm/jsapi"

func main() {
	boot := jsapi.ReadBoot()
	_, api, err := jsapi.Share(boot.Config())
	if err != nil {
		boot.Reject(err)
		return
	}
	boot.Resolve()
	if api == nil {
		return // another module owns the runtime
	}
	select {} // serve callbacks for the life of the page
}
