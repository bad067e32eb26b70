package conn

import "fmt"

// How the machine loses a stream and gets it back: the source's errors,
// the probe that tells why, backoff, and the stall watchdog.

func (m *machine) sourceError(rs ReadyState) {
	if rs != ReadyClosed {
		// EventSource retries by itself, sending Last-Event-ID.
		m.stats.NativeRetries++
		m.enter(Retrying)
		return
	}
	// EventSource gave up (an HTTP error status, a wrong type, CORS) and
	// hides why: ask the URL for its status before deciding.
	m.dropSource()
	if !m.cfg.canProbe {
		m.backOff()
		return
	}
	m.enter(Probing)
	m.emit(Effect{Kind: Probe, URL: m.cfg.url(m.lastID, m.access), Gen: m.gen})
}

func (m *machine) probed(status int, now Instant) {
	where := m.cfg.url(m.lastID, "") // the URL tried, never its access token
	switch {
	case (status == 401 || status == 403) && m.cfg.tokens && m.role != Follower && !m.refreshed:
		m.refreshed = true // the token may have expired: one fresh one before giving up
		m.dial(now)
	case status == 401 || status == 403:
		m.fail(fmt.Sprintf("%v: HTTP %d from %s", ErrAuthFailed, status, where))
		m.emit(Effect{Kind: NotifyAuth, Status: status})
	case status >= 400 && status < 500 && status != 408 && status != 429:
		m.fail(fmt.Sprintf("conn: the origin rejects the stream request: HTTP %d from %s", status, where))
	default:
		switch status {
		case ProbeBlocked:
			m.stats.LastError = "the stream was refused or blocked cross-origin (CORS) at " + where +
				": the origin must list this page's origin in -allow-origins (TETHER_ALLOW_ORIGINS)"
		case 0:
			m.stats.LastError = "network error reaching " + where
		default:
			m.stats.LastError = fmt.Sprintf("HTTP %d from %s", status, where)
		}
		m.backOff()
	}
}

func (m *machine) backOff() {
	d := Backoff(m.attempt, max(m.cfg.minBackoff, m.floor), m.cfg.maxBackoff, m.cfg.rand())
	m.attempt++
	m.stats.Retries++
	m.enter(BackingOff)
	m.arm(RetryTimer, d)
}

func (m *machine) timer(k TimerKind, now Instant) {
	switch {
	case k == RetryTimer && m.phase == BackingOff:
		m.dial(now)
	case k == WatchdogTimer && m.phase == Open && now.Sub(m.lastSeen) >= m.stallLimit() && m.role == Follower:
		// The leading tab went silent (iOS froze it, or it hangs): a
		// visible tab takes the stream over; a hidden one keeps waiting.
		m.stats.Stalls++
		m.stats.LastError = "stalled: the leading tab is silent"
		if !m.hidden {
			m.steal()
		}
		m.arm(WatchdogTimer, m.stallLimit())
	case k == WatchdogTimer && m.phase == Open && now.Sub(m.lastSeen) >= m.stallLimit():
		m.stats.Stalls++
		m.stats.LastError = "stalled: no heartbeat"
		m.dial(now)
	case k == WatchdogTimer && m.phase == Open:
		m.armWatchdog(now) // something arrived since: the limit moved
	case k == WatchdogTimer && m.phase.hasSource() && m.heartbeat > 0:
		m.arm(WatchdogTimer, m.stallLimit()) // not open yet: look again later
	}
}
