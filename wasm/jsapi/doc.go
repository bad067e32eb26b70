//go:build js && wasm

// Package jsapi builds the JS-facing object, globalThis.tether, on a
// conn.Manager and reads the loader's configuration. Share gives a module
// the page's one runtime, owned (a Manager) or joined (Remote).
//
// # Handlers
//
// A JS handler receives JSON.parse(data) and {id, event, instanceId}. A
// payload that does not parse, or a handler that throws, goes to that
// subscription's onError (or a console warning that never includes the
// payload); every other handler and the runtime keep going.
//
// # No Go function per subscription
//
// Unsubscribe and "off" functions are one long-lived Go function bound to
// an id (Function.prototype.bind), so subscribing and unsubscribing a
// thousand times leaves no js.Func behind.
package jsapi
