//go:build js && wasm

// Command tether is the lean runtime module: it installs globalThis.tether
// for the loader in web/tether.js. If another module already owns the
// page's runtime, it hands that one back and exits, so a page holds one
// connection whatever loads it.
package main

import (
	"github.com/hack-pad/safejs"

	"tether/wasm/jsapi"
)

func main() {
	boot, _ := safejs.Global().Get("__tetherBoot")
	settle := func(method string, v any) {
		if boot.Type() == safejs.TypeObject {
			if fn, err := boot.Get(method); err == nil && fn.Type() == safejs.TypeFunction {
				fn.Invoke(v)
			}
		}
	}
	config := safejs.Undefined()
	if boot.Type() == safejs.TypeObject {
		config, _ = boot.Get("config")
	}
	_, api, err := jsapi.Share(config)
	if err != nil {
		errCtor, _ := safejs.Global().Get("Error")
		jsErr, _ := errCtor.New(err.Error())
		settle("reject", jsErr)
		return
	}
	tether, _ := safejs.Global().Get("tether")
	settle("resolve", tether)
	if api == nil {
		return // another module owns the runtime
	}
	select {} // serve callbacks for the life of the page
}
