package park

import (
	"net"
	"testing"
	"time"
)

type quiet struct{ ended chan error }

func (quiet) Fill(b []byte, _ bool) ([]byte, bool) { return b, false }
func (q quiet) Ended(err error)                    { q.ended <- err }

// TestAnEndedStreamLeavesTheWheel: an ended stream holds no slot of the
// wheel (an hour's heartbeat would keep it there for laps otherwise).
func TestAnEndedStreamLeavesTheWheel(t *testing.T) {
	p := New(Config{Tick: 10 * time.Millisecond})
	server, client := net.Pipe()
	defer client.Close()
	q := quiet{make(chan error, 1)}
	h := p.Hold(server, q, Options{Heartbeat: time.Hour})
	h.End()
	<-q.ended
	p.mu.Lock()
	defer p.mu.Unlock()
	for i, slot := range p.wheel {
		for _, x := range slot {
			if x == h {
				t.Fatalf("the ended stream is still in slot %d of the wheel", i)
			}
		}
	}
}
