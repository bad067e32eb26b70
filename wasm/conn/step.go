package conn

import (
	"fmt"
	"slices"
)

// step applies in at now and returns the effects, in order.
func (m *machine) step(in Input, now Instant) []Effect {
	m.out, m.spare = m.spare, nil
	switch in.Kind {
	case InStart:
		if m.phase == Idle {
			m.dial(now)
		}
	case InOpen, InMessage, InRelayed, InError, InDialFailed, InProbe, InToken, InTimer:
		m.fromSource(in, now)
	case InRole:
		m.roleIs(in.Role, now)
	case InJoin:
		m.join(in, now)
	case InLeader:
		m.leaderSaid(in.Leader, in.Term, now)
	case InListen, InUnlisten, InLogin, InLogout, InClose, InReconnect:
		m.command(in, now)
	case InHidden, InVisible, InOnline, InPageHide, InPageShow:
		m.lifecycle(in, now)
	case InPanic:
		m.stats.HandlerPanics++
	case InFault:
		m.stats.Faults++
		m.stats.LastFault = in.Err
	}
	return m.out
}

// fromSource takes what the source, the probe, the token and the timers
// say; each only while it is of the current generation and its phase.
func (m *machine) fromSource(in Input, now Instant) {
	switch in.Kind {
	case InOpen:
		if m.current(in) && (m.phase == Dialing || m.phase == Retrying) {
			m.attempt, m.opened, m.prevID, m.lastSeen, m.refreshed = 0, true, "", now, false
			m.enter(Open)
		}
	case InMessage:
		if m.current(in) && m.phase.hasSource() {
			m.message(in.Msg, now, false)
		}
	case InRelayed:
		m.relayed(in, now)
	case InError:
		if m.current(in) && m.phase.hasSource() {
			m.sourceError(in.ReadyState)
		}
	case InDialFailed:
		if m.current(in) && m.phase == Dialing {
			m.fail(in.Err)
		}
	case InProbe:
		if m.current(in) && m.phase == Probing {
			m.probed(in.Status, now)
		}
	case InToken:
		if m.current(in) && m.phase == Authorizing {
			m.tokened(in, now)
		}
	case InTimer:
		if m.current(in) && m.armed[in.Timer] {
			m.armed[in.Timer] = false
			m.timer(in.Timer, now)
		}
	}
}

// tokened takes the token option's answer: a new source with it, or
// after a second failure running, an auth error.
func (m *machine) tokened(in Input, now Instant) {
	if in.Err == "" {
		m.tokenFails = 0
		m.access = in.Token
		m.createSource(now)
		return
	}
	m.tokenFails++
	if m.tokenFails < 2 { // once more, after a backoff: it may have been the network
		m.stats.LastError = "token: " + in.Err
		m.backOff()
		return
	}
	// The token option failed twice running: the user is not signed in as
	// far as the page can tell. An auth error, not an endless Reconnecting.
	m.tokenFails = 0
	m.fail(fmt.Sprintf("%v: the token option failed twice: %s", ErrAuthFailed, in.Err))
	m.emit(Effect{Kind: NotifyAuth, Status: 0})
}

// command takes what the page asks: names to listen to, login, logout,
// close, reconnect.
func (m *machine) command(in Input, now Instant) {
	switch in.Kind {
	case InListen:
		m.names[in.Name] = true
		if m.phase.hasSource() {
			m.emit(Effect{Kind: Listen, Name: in.Name})
		}
	case InUnlisten:
		delete(m.names, in.Name)
		if m.phase.hasSource() && !slices.Contains(internalNames, in.Name) && !m.remote[in.Name] {
			m.emit(Effect{Kind: Unlisten, Name: in.Name})
		}
	case InLogin:
		switch m.phase {
		case Idle, LoggedOut, Closed, Failed, Probing, BackingOff, Authorizing, Electing:
			m.attempt, m.refreshed = 0, false
			m.dial(now)
		}
		m.share(in)
	case InLogout:
		m.opened = false
		m.dropSource()
		m.lastID, m.prevID, m.seen = "", "", newIDSet(idMemory)
		m.enter(LoggedOut)
		m.share(in)
	case InClose:
		if m.phase != LoggedOut && m.phase != Closed {
			m.dropSource()
			m.enter(Closed)
		}
	case InReconnect:
		if m.phase != LoggedOut && m.phase != Suspended {
			m.attempt, m.refreshed = 0, false
			m.dial(now)
		}
	}
}

// lifecycle takes the page's: hidden and shown again, online, leaving
// (one beacon) and coming back from the back/forward cache.
func (m *machine) lifecycle(in Input, now Instant) {
	switch in.Kind {
	case InHidden:
		m.hidden, m.hiddenAt = true, now
		m.announce("")
	case InVisible:
		wasHidden := m.hidden
		m.hidden = false
		m.announce("")
		if m.phase.wantsConnection() && m.leaderAway(now) {
			m.steal()
		}
		switch {
		case !m.phase.wantsConnection():
		case !m.phase.hasSource() || in.SourceClosed:
			m.attempt = 0
			m.dial(now)
		case wasHidden && (m.cfg.threshold < 0 || now.Sub(m.hiddenAt) > m.cfg.threshold):
			m.dial(now)
		}
	case InOnline:
		if m.phase.wantsConnection() {
			m.attempt = 0
			m.dial(now)
		}
	case InPageHide:
		if m.phase.wantsConnection() {
			if m.token != "" && m.cfg.beaconURL != "" {
				m.stats.Beacons++
				m.emit(Effect{Kind: Beacon, URL: m.cfg.beaconURL, Body: m.token})
			}
			m.dropSource()
			m.enter(Suspended)
		}
	case InPageShow:
		if m.phase == Suspended {
			m.attempt = 0
			m.dial(now)
		}
	}
}

// snapshot is the counters with what the machine knows of now.
func (m *machine) snapshot() Stats {
	s := m.stats
	s.State, s.Listeners, s.Role, s.Term = m.state, m.listeners(), m.role, m.term.N
	return s
}

// refusal is why Reconnect cannot run in the current phase, or nil.
func (m *machine) refusal() error {
	switch m.phase {
	case LoggedOut:
		return ErrLoggedOut
	case Suspended:
		return ErrPageLeft
	}
	return nil
}

func (m *machine) current(in Input) bool { return in.Gen == m.gen }

// share tells the other tabs to log in or out too.
func (m *machine) share(in Input) {
	if m.cfg.shareAcrossTabs && !in.Remote {
		m.emit(Effect{Kind: Share, Then: in.Kind})
	}
}
