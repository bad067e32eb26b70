//go:build js && wasm

// Command tether is the lean runtime module: it installs globalThis.tether
// for the loader in web/tether.js. A second load on the same page reuses
// the first runtime, so a page holds one connection whatever loads it.
package main

import (
	"github.com/hack-pad/safejs"

	"tether/wasm/conn"
	"tether/wasm/jsapi"
	"tether/wasm/jsbridge"
)

func main() {
	g := safejs.Global()
	boot, _ := g.Get("__tetherBoot")
	settle := func(method string, v any) {
		if boot.Type() == safejs.TypeObject {
			if fn, err := boot.Get(method); err == nil && fn.Type() == safejs.TypeFunction {
				fn.Invoke(v)
			}
		}
	}
	if existing, _ := g.Get("tether"); existing.Type() == safejs.TypeObject {
		settle("resolve", existing)
		return
	}
	api, m, err := start(boot)
	if err != nil {
		errCtor, _ := g.Get("Error")
		jsErr, _ := errCtor.New(err.Error())
		settle("reject", jsErr)
		return
	}
	g.Set("tether", api.Value())
	settle("resolve", api.Value())
	m.Start()
	select {} // serve callbacks for the life of the page
}

func start(boot safejs.Value) (*jsapi.API, *conn.Manager, error) {
	cfgVal := safejs.Undefined()
	if boot.Type() == safejs.TypeObject {
		cfgVal, _ = boot.Get("config")
	}
	cfg, opt, err := jsapi.ReadConfig(cfgVal)
	if err != nil {
		return nil, nil, err
	}
	m, err := conn.New(cfg, conn.Deps{
		Dialer: jsbridge.Dialer{WithCredentials: opt.WithCredentials},
		Env:    jsbridge.Env{WithCredentials: opt.WithCredentials},
	})
	if err != nil {
		return nil, nil, err
	}
	if _, err := jsbridge.WatchPage(m); err != nil {
		return nil, nil, err
	}
	api, err := jsapi.New(m)
	return api, m, err
}
