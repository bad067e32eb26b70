package conn

import "time"

// Clock is time, injected.
type Clock interface {
	Now() Instant
	AfterFunc(d time.Duration, f func()) Timer
}

// Timer is a stoppable pending call.
type Timer interface{ Stop() bool }

// An Instant is a reading of a Clock: nanoseconds since the Unix epoch,
// counted on a monotonic clock from where it started (a wall clock set
// back does not move it); 0 is never. Not a time.Time: the runtime's
// types reach fmt, and a time.Time among them keeps its formatting and
// time zone code in the module (wasm/cmd/tether's lean test).
type Instant int64

// InstantOf is t as an Instant.
func InstantOf(t time.Time) Instant { return Instant(t.UnixNano()) }

// Sub is t−u.
func (t Instant) Sub(u Instant) time.Duration { return time.Duration(t - u) }

// Add is t+d.
func (t Instant) Add(d time.Duration) Instant { return t + Instant(d) }

// UnixMilli is t in ms since the Unix epoch.
func (t Instant) UnixMilli() int64 { return int64(t) / 1e6 }

// SystemClock is the real clock.
type SystemClock struct{}

// clockStart anchors SystemClock: the wall clock read once, moved on by
// the monotonic one.
var clockStart = time.Now()

// Now is the wall clock at start-up plus the monotonic time since.
func (SystemClock) Now() Instant { return InstantOf(clockStart).Add(time.Since(clockStart)) }

// AfterFunc calls time.AfterFunc.
func (SystemClock) AfterFunc(d time.Duration, f func()) Timer {
	return stopper(time.AfterFunc(d, f).Stop)
}

// stopper is a Timer by its Stop alone: a *time.Timer as a Timer would
// bring time.Time back in through its channel's type.
type stopper func() bool

func (s stopper) Stop() bool { return s() }
