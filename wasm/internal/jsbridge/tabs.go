//go:build js && wasm

package jsbridge

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// ErrNoTabSharing is why a browser cannot share a stream across tabs.
var ErrNoTabSharing = errors.New("jsbridge: this browser has no Web Locks (navigator.locks) or no BroadcastChannel")

// Tabs is the page's part among the tabs of its origin: leadership is an
// exclusive Web Lock, the channel a BroadcastChannel, both named for the
// stream URL.
type Tabs struct {
	id   string // this tab, on the channel
	name string
	on   conn.TabEvents

	mu        sync.Mutex
	bc        safejs.Value // undefined while detached
	onMessage safejs.Func
	req       *lockRequest // the request in line, or the lock held; nil: neither
}

var _ conn.Tabs = (*Tabs)(nil)

// NewTabs returns the page's tabs, or ErrNoTabSharing.
func NewTabs() (*Tabs, error) {
	g := safejs.Global()
	locks, err := locksOf()
	if err != nil {
		return nil, ErrNoTabSharing
	}
	bc, err := g.Get("BroadcastChannel")
	if err != nil || locks.Type() != safejs.TypeObject || bc.Type() != safejs.TypeFunction {
		return nil, ErrNoTabSharing
	}
	// Web Locks exist only in a secure context, and so does randomUUID.
	crypto, err := g.Get("crypto")
	if err != nil {
		return nil, ErrNoTabSharing
	}
	id, err := crypto.Call("randomUUID")
	if err != nil || id.Type() != safejs.TypeString {
		return nil, ErrNoTabSharing
	}
	return &Tabs{id: String(id)}, nil
}

// ID is this tab's name on the channel.
func (t *Tabs) ID() string { return t.id }

// Bind opens the channel under key.
func (t *Tabs) Bind(key string, on conn.TabEvents) error {
	t.name, t.on = key, on
	var err error
	t.onMessage, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) > 0 {
			if m, ok := t.decode(Prop(args[0], "data")); ok {
				t.on.Message(m)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("jsbridge: the channel's message listener: %w", err)
	}
	return t.Attach()
}

// Attach opens the channel, unless it is open.
func (t *Tabs) Attach() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.bc.IsUndefined() {
		return nil
	}
	bc, err := Global("BroadcastChannel").New(t.name)
	if err != nil {
		return err
	}
	if err := call(bc, "addEventListener", "message", t.onMessage.Value()); err != nil {
		return errors.Join(err, call(bc, "close"))
	}
	t.bc = bc
	return nil
}

// Detach closes the channel: an open one keeps the page out of the
// back/forward cache.
func (t *Tabs) Detach() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.bc.IsUndefined() {
		return nil
	}
	bc := t.bc
	t.bc = safejs.Undefined()
	return call(bc, "close")
}

// Post sends m to the other tabs.
func (t *Tabs) Post(m conn.TabMessage) error {
	t.mu.Lock()
	bc := t.bc
	t.mu.Unlock()
	if bc.IsUndefined() {
		return nil // detached: the page is in the back/forward cache
	}
	return call(bc, "postMessage", t.encode(m))
}

// The channel's messages are plain objects with short keys.

func (t *Tabs) encode(m conn.TabMessage) map[string]any {
	o := map[string]any{"k": int(m.Kind), "from": t.id, "tn": float64(m.Term.N), "tt": m.Term.Tab}
	if m.To != "" {
		o["to"] = m.To
	}
	switch m.Kind {
	case conn.TabEvent:
		o["name"], o["id"], o["data"], o["last"] = m.Msg.Name, m.Msg.ID, m.Msg.Data, m.LastID
	case conn.TabStatus:
		s := m.Status
		o["open"], o["hidden"], o["pos"], o["gap"] = s.Open, s.Hidden, s.Position, s.Gap
		o["hb"], o["retry"] = s.Heartbeat.Milliseconds(), s.Retry.Milliseconds()
	case conn.TabJoin:
		names := make([]any, len(m.Names))
		for i, n := range m.Names {
			names[i] = n
		}
		o["last"], o["names"] = m.LastID, names
	}
	return o
}

func (t *Tabs) decode(o safejs.Value) (conn.TabMessage, bool) {
	if o.Type() != safejs.TypeObject {
		return conn.TabMessage{}, false
	}
	if to := optString(o, "to"); to != "" && to != t.id {
		return conn.TabMessage{}, false
	}
	m := conn.TabMessage{Kind: conn.TabKind(optInt(o, "k")), From: optString(o, "from"),
		Term: conn.Term{N: uint64(max(optInt(o, "tn"), 0)), Tab: optString(o, "tt")}}
	switch m.Kind {
	case conn.TabEvent:
		m.Msg = conn.Message{Name: optString(o, "name"), ID: optString(o, "id"), Data: optString(o, "data")}
		m.LastID = optString(o, "last")
		// JS subscribers read the browser's event: make one like the
		// leader's EventSource made.
		if ev, err := Global("MessageEvent").New(m.Msg.Name, map[string]any{"data": m.Msg.Data, "lastEventId": m.Msg.ID}); !Fault(err) {
			m.Msg.Raw = ev
		}
	case conn.TabStatus:
		m.Status = conn.LeaderStatus{Open: optBool(o, "open"), Hidden: optBool(o, "hidden"), Position: optString(o, "pos"), Gap: optString(o, "gap"),
			Heartbeat: time.Duration(optInt(o, "hb")) * time.Millisecond, Retry: time.Duration(optInt(o, "retry")) * time.Millisecond}
	case conn.TabJoin:
		m.LastID = optString(o, "last")
		names := Prop(o, "names")
		if names.Type() != safejs.TypeObject {
			return conn.TabMessage{}, false
		}
		n, err := names.Length()
		Fault(err)
		for i := range n {
			if v, err := names.Index(i); !Fault(err) && v.Type() == safejs.TypeString {
				m.Names = append(m.Names, String(v))
			}
		}
	case conn.TabLogin, conn.TabLogout:
	default:
		return conn.TabMessage{}, false
	}
	return m, true
}
