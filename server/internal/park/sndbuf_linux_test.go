package park_test

import (
	"errors"
	"io"
	"net"
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
// after NotTaking, long before its write deadline, and the kernel
// stops probing it.
func TestAClientThatStoppedReadingEndsBeforeItsDeadline(t *testing.T) {
	t.Parallel()
	server, _ := pair(t)
	endsBeforeItsDeadline(t, server)
}

// endsBeforeItsDeadline holds server, whose client takes no byte from
// now on, owing it 4 MB: its stream must end, past its deadline as far
// as the stream knows, in well under the 10 s of its write timeout.
func endsBeforeItsDeadline(t *testing.T, server net.Conn) {
	t.Helper()
	f := newFake(t)
	p := park.New(park.Config{Tick: 10 * time.Millisecond})
	h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second, NotTaking: 300 * time.Millisecond})
	start := time.Now()
	f.queue(strings.Repeat("x", 4<<20), false)
	h.Wake()
	if err := f.waitEnded(t); !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("ended with %v, want a write past its deadline", err)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("ended after %v: its client took nothing from the first few hundred KB on", took)
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
	h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second, NotTaking: 200 * time.Millisecond})
	f.queue(strings.Repeat("x", 4<<20), false)
	h.Wake()
	f.waitEnded(t)
	client.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := io.Copy(io.Discard, client)
	if !errors.Is(err, syscall.ECONNRESET) {
		t.Errorf("the client read %d bytes and %v; want the connection reset", n, err)
	}
}

// A client on a slow link, or one that reads in gulps, shuts its window
// between reads but keeps taking bytes: it keeps its stream until its
// write deadline, however long it owes for.
func TestAClientThatReadsSlowlyKeepsItsStream(t *testing.T) {
	t.Parallel()
	server, client := pair(t)
	smallBuffers(server, client)
	f := newFake(t)
	p := park.New(park.Config{Tick: 10 * time.Millisecond, SendBuffer: 16 << 10})
	h := p.Hold(server, f, park.Options{WriteTimeout: 10 * time.Second, NotTaking: 400 * time.Millisecond})
	const size = 600 << 10
	f.queue(strings.Repeat("x", size), true)
	h.Wake()
	got := 0
	b := make([]byte, 8<<10)
	for got < size {
		time.Sleep(20 * time.Millisecond) // about 400 KB/s: 1.5 s owing, 3 checks
		n, err := client.Read(b)
		if err != nil {
			t.Fatalf("after %d of %d bytes: %v", got, size, err)
		}
		got += n
	}
	if err := f.waitEnded(t); err != nil {
		t.Errorf("ended with %v, want its last bytes written", err)
	}
}

// A client that takes a trickle (512 bytes every 100 ms) while it owes a
// full socket cannot catch up: its stream ends as one that stopped, not
// at its deadline. (So does one whose kernel, short of memory with
// thousands like it, compacts its receive queue and opens its window by a
// few bytes now and then: seen in make bench, where 5,000 clients that
// never read lasted to their deadline while any byte acknowledged kept a
// stream.)
func TestAClientThatTricklesEndsBeforeItsDeadline(t *testing.T) {
	t.Parallel()
	server, client := pair(t)
	go func() {
		b := make([]byte, 512)
		for {
			time.Sleep(100 * time.Millisecond)
			if _, err := client.Read(b); err != nil {
				return
			}
		}
	}()
	endsBeforeItsDeadline(t, server)
}
