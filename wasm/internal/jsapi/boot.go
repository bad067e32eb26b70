//go:build js && wasm

package jsapi

import (
	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
	"github.com/tether-sse/tether/wasm/internal/jsbridge"
	"github.com/tether-sse/tether/wasm/loader"
)

// Start is the boot sequence of every module that shares the page's
// runtime: it reads the loader's boot object, starts the runtime from its
// config or joins the one another module owns, and settles the loader's
// promise, rejected with err when the runtime cannot start. owner says
// this module holds the connection: it must keep running (a go-app module
// does; the lean one blocks forever).
func Start() (rt conn.Runtime, owner bool, err error) {
	return StartWith(conn.Config{}, DefaultOptions)
}

// StartWith is Start for a module that brings its own options (set in
// Go): the loader's config, when a loader started the module, replaces
// each option it sets. A module started by another page script (go-app's
// app.js) has no loader: its own options are the runtime's. A runtime
// already on the page is joined whatever the options say.
func StartWith(c conn.Config, opt Options) (rt conn.Runtime, owner bool, err error) {
	jsbridge.Mark("main")
	boot := ReadBoot()
	c, opt, err = ReadConfigOnto(c, opt, boot.Config())
	var api *API
	if err == nil || jsbridge.Global("tether").Type() == safejs.TypeObject {
		rt, api, err = share(c, opt, boot)
	}
	if err != nil {
		boot.TakeEarly().Discard()
		boot.Reject(err)
		return nil, false, err
	}
	boot.Resolve()
	return rt, api != nil, nil
}

// Boot is what the loader in web/tether.js hands a module as it starts
// (its shape: wasm/loader/boot.go). A module must read it before it first
// blocks; the loader removes it right after.
type Boot struct{ v safejs.Value }

// ReadBoot reads the module's boot object (absent when the module was not
// started by the loader: then Config is undefined and settling does
// nothing).
func ReadBoot() Boot {
	return Boot{v: jsbridge.Global(loader.BootGlobal)}
}

func (b Boot) field(name string) safejs.Value {
	if b.v.Type() != safejs.TypeObject {
		return safejs.Undefined()
	}
	return jsbridge.Prop(b.v, name)
}

// Config is the loader's config object.
func (b Boot) Config() safejs.Value { return b.field(loader.BootConfig) }

// Queue is the loader's queue function (see jsbridge.Dialer.Queue), or
// undefined.
func (b Boot) Queue() safejs.Value { return b.field(loader.BootQueue) }

// TakeEarly takes the loader's early stream off the boot object; nil if
// there is none. The loader closes one no module took.
func (b Boot) TakeEarly() *jsbridge.Early {
	v := b.field(loader.BootEarly)
	if v.Type() != safejs.TypeObject {
		return nil
	}
	jsbridge.Fault(b.v.Set(loader.BootEarly, safejs.Null()))
	return jsbridge.NewEarly(jsbridge.Prop(v, loader.EarlyURL), jsbridge.Prop(v, loader.EarlySource), jsbridge.Prop(v, loader.EarlyTake))
}

// Resolve settles the loader's promise with globalThis.tether.
func (b Boot) Resolve() {
	b.settle(loader.BootResolve, jsbridge.Global("tether"))
}

// Reject settles the loader's promise with an Error carrying err.
func (b Boot) Reject(err error) {
	jsErr, newErr := jsbridge.Global("Error").New(err.Error())
	if jsbridge.Fault(newErr) {
		if jsErr, newErr = safejs.ValueOf(err.Error()); jsbridge.Fault(newErr) { // a string, then: the reason still reaches the page
			return
		}
	}
	b.settle(loader.BootReject, jsErr)
}

func (b Boot) settle(method string, v safejs.Value) {
	if b.v.Type() != safejs.TypeObject {
		return
	}
	if fn := jsbridge.Prop(b.v, method); fn.Type() == safejs.TypeFunction {
		_, err := fn.Invoke(v)
		jsbridge.Fault(err)
	}
}
