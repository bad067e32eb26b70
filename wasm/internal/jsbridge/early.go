//go:build js && wasm

package jsbridge

import (
	"errors"
	"sync"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// Early is the stream the loader (web/tether.js) opened as soon as it ran,
// so that its round trips overlap the module's download; it comes on the
// boot object (wasm/loader/boot.go): its URL, the EventSource, and
// take(), which removes the loader's listeners and returns the events
// they kept, in order.
//
// The first Dial to the same URL adopts it; a Dial to another URL, or
// Discard (the runtime connected another way, as a follower tab does, or
// never started), closes it. Either happens once.
type Early struct {
	mu       sync.Mutex
	url      string
	es, take safejs.Value
	used     bool
}

// NewEarly wraps the loader's early stream; nil (closing the EventSource,
// if any) when the three are not what the loader gives.
func NewEarly(url, es, take safejs.Value) *Early {
	e := &Early{es: es, take: take}
	if url.Type() == safejs.TypeString {
		e.url = String(url)
	}
	if e.es.Type() != safejs.TypeObject || e.take.Type() != safejs.TypeFunction || e.url == "" {
		if e.es.Type() == safejs.TypeObject {
			Fault(call(e.es, "close"))
		}
		return nil
	}
	return e
}

// claim hands the stream over to a Dial of url, once. Any other first
// claim closes it.
func (e *Early) claim(url string) (es, take safejs.Value, ok bool) {
	if e == nil {
		return es, take, false
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.used {
		return es, take, false
	}
	e.used = true
	if url != e.url || readyState(e.es) == conn.ReadyClosed {
		_, err := e.take.Invoke()
		Fault(errors.Join(err, call(e.es, "close")))
		return es, take, false
	}
	return e.es, e.take, true
}

// Discard closes the early stream unless a Dial adopted it.
func (e *Early) Discard() { e.claim("") }

// adopt makes the early stream the source Dial returns. Its listeners go
// on at its first flush, which the queue posts at once, together with the
// events the loader kept (delivered first, in order): that task comes
// after the page's code that awaited the loader, so the subscriptions it
// made get them. Until then the loader's listeners keep everything, so
// nothing falls in between.
func adopt(es, take safejs.Value, names []string, on conn.SourceEvents, d Dialer) (conn.Source, error) {
	s, err := newSource(es, take, on, d)
	if err != nil {
		_, errTake := take.Invoke()
		return nil, errors.Join(err, errTake, call(es, "close"))
	}
	s.pending, s.wasOpen = true, readyState(es) == conn.ReadyOpen
	for _, name := range names {
		if err := s.Listen(name); err != nil {
			return nil, errors.Join(err, s.Close())
		}
	}
	return s, nil
}
