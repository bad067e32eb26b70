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
// # A state machine and its shell
//
// The decisions are a pure state machine (machine.go): an [Input] and the
// time go in; the new [Phase] and a list of [Effect] come out. It holds no
// lock, calls no port and starts no goroutine, so every transition is a
// table test. The [Manager] is the shell: it holds the lock, feeds inputs,
// runs the effects on the source and timers before unlocking, and calls
// handlers, listeners, the beacon and the probe after.
//
// A page is in one phase; the State it shows derives from it (Dialing and
// Authorizing show Connecting before the first open since login,
// Reconnecting after). "New" below is Dialing, or Authorizing when a
// TokenSource is set: every new source waits for a fresh token. With Tabs
// set, a tab out of the line for leadership (one that has not connected
// yet, or left a phase without a connection) goes to Electing first, and
// Role, its answer, takes it on to New; Electing shows as Authorizing does.
// A leader goes to Electing too before every stream after the first of its
// term, to ask whether the lock is still its own (Tabs.Confirm); "New" then
// includes Electing.
//
//	input        from                                         to
//	Start        Idle                                         New
//	Token        Authorizing                                  Dialing (a token), BackingOff (none),
//	                                                          Failed (none, twice running: an auth error)
//	Open         Dialing, Retrying                            Open
//	Error        Dialing, Open, Retrying                      Retrying (EventSource retries), Probing, BackingOff (no Env)
//	DialFailed   Dialing                                      Failed
//	Probe        Probing                                      Failed (401, 403, other 4xx), BackingOff,
//	                                                          Authorizing (401/403 with tokens: once, a fresh token)
//	Timer        BackingOff (retry), Open (watchdog: stalled)  New
//	Login        Idle, LoggedOut, Closed, Failed,
//	             Probing, BackingOff, Authorizing             New
//	Logout       any but LoggedOut                            LoggedOut
//	Close        any but LoggedOut, Closed                    Closed
//	Reconnect    any but LoggedOut, Suspended                 New
//	Visible      Idle, Dialing…Authorizing (gone, or hidden
//	             past the threshold)                          New
//	Online       Idle, Dialing…Authorizing                    New
//	PageHide     Idle, Dialing…Authorizing                    Suspended (one beacon)
//	PageShow     Suspended                                    New
//	Role         Electing, Dialing…Authorizing (role changed)  New
//	Join, Leader,
//	Relayed      Dialing…Electing (a leader hears a higher
//	             term: it stands down and follows)             Dialing
//
// Message, Listen, Unlisten and Hidden never change the phase. Inputs from
// an older source, probe or timer (an older generation) are ignored.
//
// # Stall watchdog
//
// While the origin promises heartbeats, the watchdog is armed for the
// exact moment 2 heartbeats + 1 s will have passed since the last thing
// heard; a socket that died silently (readyState still OPEN) is replaced
// then, and resumes from the last id.
//
// # Tabs
//
// With a [Tabs] port, the tabs of one stream URL hold one source: the
// leader (it holds the lock) dials the EventSource and relays every event;
// a follower's source is the relay. A visible follower that hears nothing
// for 2 heartbeats + 2 s, or comes to the front while the leader has been
// hidden past the threshold, steals the lock; so does a follower the
// leader cannot bring up to date. Logout and login reach every tab.
//
// Leadership has a [Term] that grows with every election or steal and
// travels on every relayed event, status and join. A tab obeys only the
// highest term it has heard; a leader that hears a higher one stands down
// at once. A frozen tab hears the channel while its lock callbacks wait,
// so a leader asks the port whether the lock is still its own before each
// stream after its first. Relayed events are deduplicated by id whatever
// came before them, and each carries the id before it: a follower that
// missed some asks again rather than skip ahead.
//
// # Concurrency
//
// A Manager is safe for concurrent use. It never calls a handler or
// listener while holding its lock, so handlers may call back into it.
package conn
