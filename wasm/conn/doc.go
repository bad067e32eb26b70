// Package conn is Tether's browser-independent core: one connection
// manager per page, its five states, backoff, lifecycle policy,
// subscriptions and replay bookkeeping. It never touches syscall/js: the
// browser reaches it through small ports it owns ([Dialer], [Source],
// [Env], [Clock]), implemented for real by package jsbridge and in memory
// by the tests.
//
// # Subscriptions outlive connections
//
// Subscriptions belong to the [Manager], not to an EventSource. The
// manager hands the names it needs to [Dialer.Dial], which attaches the
// dispatcher in the same call (the same JS task) that creates the
// EventSource, so no widget can miss the first events of a new connection.
// The instance number still increments the moment a new source exists, for
// consumers written to the seed's {esRef, instanceId} contract.
//
// # No loss, no duplicates
//
// Every connection the manager opens resumes from the last id seen; native
// EventSource reconnects send it as Last-Event-ID. Ids already delivered are
// dropped.
//
// # Concurrency
//
// A Manager is safe for concurrent use. It never calls a handler or
// listener while holding its lock, so handlers may call back into it.
package conn
