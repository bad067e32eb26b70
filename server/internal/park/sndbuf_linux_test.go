package park_test

import (
	"errors"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tether-sse/tether/server/internal/park"
)

// A client that never reads is given what its own receive buffer and a
// fixed send buffer hold, then nothing per event: the kernel would
// otherwise grow the send buffer to megabytes, and take a write per event
// until it is full.
func TestAClientThatNeverReadsHoldsAFixedBuffer(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		sendBuffer int
		max        int64
	}{{0, 512 << 10}, {16 << 10, 320 << 10}} {
		p := park.New(park.Config{Tick: 10 * time.Millisecond, SendBuffer: c.sendBuffer})
		server, client := pair(t)
		f := newFake(t)
		h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second})
		f.queue(strings.Repeat("x", 4<<20), false)
		h.Wake()
		for f.waiting() {
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond) // the client's buffer and the socket's fill
		h.End()                            // what the kernel took still reaches the client
		f.waitEnded(t)
		client.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, _ := io.Copy(io.Discard, client)
		t.Logf("SendBuffer %d: the client got %d bytes", c.sendBuffer, n)
		if n > c.max || n == 0 {
			t.Errorf("SendBuffer %d: the kernel took %d bytes for a client that never reads; want 1 to %d", c.sendBuffer, n, c.max)
		}
	}
}

// A client whose window stays shut has stopped reading: its stream ends
// after ClosedWindow, long before its write deadline, and the kernel
// stops probing it.
func TestAClientThatStoppedReadingEndsBeforeItsDeadline(t *testing.T) {
	t.Parallel()
	server, _ := pair(t)
	f := newFake(t)
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second, ClosedWindow: 200 * time.Millisecond})
	start := time.Now()
	f.queue(strings.Repeat("x", 4<<20), false)
	h.Wake()
	if err := f.waitEnded(t); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("ended with %v, want a write past its deadline", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("ended after %v: its window was shut from the first 300 KB on", took)
	}
}

// A stream ended because its client took nothing is reset, not closed:
// a closed socket whose window is shut would stay with the kernel as an
// orphan, holding its buffer and probed for minutes, for a client that
// resumes by id anyway.
func TestAClientThatStoppedReadingIsReset(t *testing.T) {
	t.Parallel()
	server, client := pair(t)
	f := newFake(t)
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second, ClosedWindow: 200 * time.Millisecond})
	f.queue(strings.Repeat("x", 4<<20), false)
	h.Wake()
	f.waitEnded(t)
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := io.Copy(io.Discard, client)
	if !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("the client read %d bytes and %v; want the connection reset", n, err)
	}
}
