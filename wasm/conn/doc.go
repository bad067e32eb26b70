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
// The decisions are a pure state machine (step.go and the files it calls:
// machine, receive, recover, election): an [Input] and the
// time go in; the new [Phase] and a list of [Effect] come out. It holds no
// lock, calls no port and starts no goroutine, so every transition is a
// table test. The [Manager] is the shell: it holds the lock, feeds inputs,
// runs the effects on the source and timers before unlocking, and calls
// handlers, listeners, the beacon and the probe after.
//
// A page is in one phase; the State it shows derives from it (Dialing and
// Authorizing show Connecting before the first open since login,
// Reconnecting after). In the table, written from the code's own
// (transitions in phases.go; a test holds them equal), "new" is Dialing,
// or Authorizing when a TokenSource is set: every new source waits for a
// fresh token. "fresh" adds Electing: with Tabs set, a tab out of the line
// for leadership (one that has not connected yet, or left a phase without
// a connection) goes to Electing first, and Role, its answer, takes it on;
// a leader goes there too before every stream after the first of its
// term, to ask whether the lock is still its own (Tabs.Confirm). Electing
// shows as Authorizing does.
//
//	input      from → to
//	Start      Idle → fresh
//	Open       Dialing, Retrying → Open
//	Message    Dialing → Dialing
//	           Open → Open
//	           Retrying → Retrying
//	Error      Dialing, Open, Retrying → Retrying, Probing, BackingOff
//	DialFailed Dialing → Failed
//	Probe      Probing → Failed, BackingOff, Authorizing, Electing
//	Timer      Open, BackingOff → fresh
//	Login      Idle, LoggedOut, Closed, Failed, Probing, BackingOff → fresh
//	           Authorizing → Authorizing
//	           Electing → Electing
//	Logout     Idle, Closed, Suspended, Failed, Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → LoggedOut
//	Close      Idle, Suspended, Failed, Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → Closed
//	Reconnect  Idle, Closed, Failed, Dialing, Open, Retrying, Probing, BackingOff → fresh
//	           Authorizing → Authorizing
//	           Electing → Electing
//	Visible    Idle, Dialing, Open, Retrying, Probing, BackingOff → fresh
//	           Authorizing → Authorizing
//	           Electing → Electing
//	Online     Idle, Dialing, Open, Retrying, Probing, BackingOff → fresh
//	           Authorizing → Authorizing
//	           Electing → Electing
//	PageHide   Idle, Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → Suspended
//	PageShow   Suspended → fresh
//	Token      Authorizing → Dialing, BackingOff, Failed
//	Role       Dialing, Open, Retrying, Probing, BackingOff, Electing → new
//	           Authorizing → Dialing
//	Join       Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → Dialing
//	Leader     Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → Dialing
//	Relayed    Dialing, Open, Retrying, Probing, BackingOff, Authorizing, Electing → Dialing
//
// Why, where the table cannot say: Error goes to Retrying while
// EventSource retries by itself, to Probing when it gave up, to BackingOff
// when there is no Env to probe with. Probe goes to Failed on 401, 403 and
// other 4xx, to Authorizing once on a 401/403 with tokens (a fresh one).
// Token goes to Failed when the token option failed twice running (an auth
// error). Visible reconnects when the source is gone or the page was hidden
// past the threshold; PageHide sends one beacon. Join, Leader and Relayed
// move a leader that hears a higher term: it stands down and follows (its
// new source is the relay). Listen, Unlisten, Hidden and Panic never change
// the phase. Inputs from an older source, probe or timer (an older
// generation) are ignored.
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
