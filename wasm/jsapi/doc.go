//go:build js && wasm

// Package jsapi builds the JS-facing object, globalThis.tether, on a
// conn.Manager and reads the loader's configuration. Start gives a module
// the page's one runtime, owned (a Manager) or joined (Remote).
//
// # Handlers
//
// JS subscribers live in the loader (web/tether.js): the runtime hands
// each event over once, through _listen, as the browser's own MessageEvent,
// and the loader gives every handler its own JSON.parse(data) and
// {id, event, instanceId} in JS. The payload never crosses into Go and
// back, and the runtime makes no JS object per handler.
//
// # No Go function per subscription
//
// Unsubscribe and "off" functions are one long-lived Go function bound to
// an id (Function.prototype.bind), so subscribing and unsubscribing a
// thousand times leaves no js.Func behind.
package jsapi
