//go:build js && wasm

// Package jsapi builds the JS-facing object, globalThis.tether, on a
// conn.Manager and reads the loader's configuration. Start gives a module
// the page's one runtime, owned (a Manager) or joined (Remote).
//
// # Handlers
//
// JS subscribers live in the loader (web/tether.js), in one registry by
// event name: the runtime decides (dedupe, order, state) and hands each
// event over once, through _listen, as the browser's own MessageEvent,
// the events of one JS task in one call, made by the loader's queue from
// the verdict its call into Go returns (outbox.go); the loader parses
// each payload once for all its handlers. The payload never crosses into
// Go and back, and the runtime makes no JS object per handler.
//
// # No Go function per subscription
//
// Unsubscribe and "off" functions are one long-lived Go function bound to
// an id (Function.prototype.bind), so subscribing and unsubscribing a
// thousand times leaves no js.Func behind.
package jsapi
