package conn

import "slices"

// The machine's part in sharing a stream across tabs: who holds the
// stream is lifecycle policy, so the machine decides it, beside the rest.

// roleIs takes the port's answer: an election's, a steal's, or a
// confirmation's.
func (m *machine) roleIs(r Role, now Instant) {
	if m.role == Solo || (r != Leader && r != Follower) {
		return
	}
	if !m.campaigning || !m.phase.wantsConnection() {
		m.emit(Effect{Kind: Resign}) // an answer to a request withdrawn since
		return
	}
	if r == m.role {
		if r == Leader && m.phase == Electing { // confirmed: the lock is still this tab's
			m.confirmed = true
			m.connect(now)
		}
		return
	}
	m.role = r
	m.leaderHidden = false
	if r == Leader {
		m.term = Term{N: m.term.N + 1, Tab: m.cfg.self}
		m.confirmed = true
	} else {
		m.remote = make(map[string]bool) // the new leader's followers will tell it
		m.followed = false
	}
	if m.phase == Electing {
		m.connect(now)
	} else {
		m.attempt = 0
		m.dial(now) // a new leader connects; a deposed one follows
	}
	if r == Leader {
		m.announce("")
	}
}

// heard takes the term a tab's message carries and reports whether to
// obey it. A lower term than one heard before is a deposed leader's (or
// a join from a tab that has not heard the new one yet). A higher one is
// obeyed from now on, and a leader that hears it stands down.
func (m *machine) heard(t Term, now Instant) bool {
	if t.Less(m.term) {
		return false
	}
	if m.term.Less(t) {
		m.term = t
		if m.role == Leader {
			m.standDown(now)
		}
	}
	return true
}

// standDown: another tab leads in a higher term, so this tab's lock was
// stolen while it was frozen (or two tabs took it at once). It follows at
// once and opens no stream of its own; it gives back a lock it may still
// hold and gets in line again, so the line never waits behind a follower.
func (m *machine) standDown(now Instant) {
	m.stats.StoodDown++
	m.role, m.followed, m.leaderHidden = Follower, false, false
	m.remote = make(map[string]bool)
	m.emit(Effect{Kind: Resign})
	m.emit(Effect{Kind: Campaign})
	m.attempt = 0
	m.dial(now)
}

// join serves the follower from: it listens to the follower's events from
// now on and hands it (only it) what it missed, or says it cannot. A join
// from a tab that has heard a higher term deposes this leader; one that
// has not heard this leader's term yet is served (the answer carries it).
func (m *machine) join(in Input, now Instant) {
	m.heard(in.Term, now)
	if m.role != Leader {
		return
	}
	m.followed = true
	for _, name := range in.Names {
		if m.names[name] || m.remote[name] || slices.Contains(internalNames, name) {
			continue
		}
		m.remote[name] = true
		if m.phase.hasSource() {
			m.emit(Effect{Kind: Listen, Name: name})
		}
	}
	gap := ""
	if in.LastID != "" && in.LastID != m.lastID {
		if missed, ok := m.recent.after(in.LastID); ok {
			before := in.LastID
			for _, msg := range missed {
				if msg.Name != eventHello && msg.ID != before { // a hello is a position, not an event
					m.emit(Effect{Kind: Relay, Msg: msg, To: in.From, Term: m.term, LastID: before})
				}
				before = msg.ID
			}
		} else {
			gap = in.LastID
		}
	}
	m.announce(gap)
}

// leaderSaid takes the leader's status. A follower the leader cannot
// serve takes over and resumes from the origin.
func (m *machine) leaderSaid(s LeaderStatus, t Term, now Instant) {
	if !m.heard(t, now) {
		return
	}
	// The relay, a new one if this tab just stood down, takes the status
	// too, once the rest is decided.
	defer func() {
		m.emit(Effect{Kind: RelayStatus, Term: t, Leader: s, LastID: m.lastID, Names: m.sourceNames()})
	}()
	if m.role != Follower {
		return
	}
	if s.Hidden && !m.leaderHidden {
		m.leaderHiddenAt = now
	}
	m.leaderHidden = s.Hidden
	// A tab that has had the leader's last id stands ahead of it: the
	// leader's resume brings what lies between (and the repeats are
	// dropped). Only a tab behind takes over, so two tabs never take the
	// stream from each other in turn.
	ahead := s.Position != "" && (s.Position == m.lastID || m.seen.has(s.Position))
	if s.Gap != "" && s.Gap == m.lastID && !ahead {
		m.steal()
	}
}

// leaderAway reports whether the leader has been in the background past
// the threshold, where iOS may have frozen it.
func (m *machine) leaderAway(now Instant) bool {
	return m.role == Follower && m.leaderHidden && (m.cfg.threshold < 0 || now.Sub(m.leaderHiddenAt) > m.cfg.threshold)
}
