package conn_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tether-sse/tether/wasm/conn"
)

// tab is one tab's runtime under test, with what its subscribers got.
type tab struct {
	m      *conn.Manager
	d      *fakeDialer
	env    *fakeEnv
	mu     sync.Mutex
	got    []string // "name id"
	states []conn.State
	port   *fakeTab
}

func (tb *tab) events() []string {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	return slices.Clone(tb.got)
}

// browserOf opens n tabs of one stream in one browser, each subscribed
// to names, and lets their election settle.
func browserOf(t *testing.T, n int, names ...string) (*fakeBrowser, *fakeClock, []*tab) {
	t.Helper()
	b := &fakeBrowser{}
	clock := &fakeClock{now: time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)}
	var tabs []*tab
	for i := range n {
		port := b.tab(fmt.Sprint("tab", i))
		tb := &tab{d: &fakeDialer{tab: port}, env: &fakeEnv{}, port: port}
		m, err := conn.New(conn.Config{NotificationsHost: "http://o.test"},
			conn.Deps{Dialer: tb.d, Env: tb.env, Clock: port.clock(clock), Rand: func() float64 { return 0 }, Tabs: tb.port})
		if err != nil {
			t.Fatal(err)
		}
		tb.m = m
		m.OnState(func(s conn.State) {
			tb.mu.Lock()
			tb.states = append(tb.states, s)
			tb.mu.Unlock()
		})
		for _, name := range names {
			m.Subscribe(name, func(msg conn.Message) {
				tb.mu.Lock()
				tb.got = append(tb.got, msg.Name+" "+msg.ID)
				tb.mu.Unlock()
			})
		}
		m.Start()
		b.flush()
		tabs = append(tabs, tb)
	}
	return b, clock, tabs
}

// leaderOf is the one tab that leads, failing unless exactly one does.
func leaderOf(t *testing.T, tabs []*tab) *tab {
	t.Helper()
	var leaders []*tab
	for _, tb := range tabs {
		if tb.m.Stats().Role == conn.Leader {
			leaders = append(leaders, tb)
		}
	}
	if len(leaders) != 1 {
		t.Fatalf("%d leaders, want 1", len(leaders))
	}
	return leaders[0]
}

const hello = `{"token":"tok","retryMs":1000,"heartbeatMs":1000}`

// openStream opens the leader's newest source with a hello at id.
func openStream(b *fakeBrowser, leader *tab, id string) *fakeSource {
	src := leader.d.last()
	src.open()
	src.emit("hello", id, hello)
	b.flush()
	return src
}

func wantEvents(t *testing.T, tabs []*tab, want ...string) {
	t.Helper()
	for i, tb := range tabs {
		if got := tb.events(); !slices.Equal(got, want) {
			t.Errorf("tab %d got %v, want %v", i, got, want)
		}
	}
}

// TestTabsShareOneStream: three tabs hold one source; every tab's
// subscribers get every event, a follower's subscription reaches the
// leader, and widgets see Connected and their own instance numbers.
func TestTabsShareOneStream(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 3, "task")
	leader := leaderOf(t, tabs)
	if leader != tabs[0] {
		t.Errorf("the first tab should lead")
	}
	src := openStream(b, leader, "e-0")
	var got []string
	tabs[2].m.Subscribe("payment", func(msg conn.Message) { got = append(got, msg.ID) })
	b.flush()
	src.emit("task", "e-1", `{}`)
	src.emit("payment", "e-2", `{}`) // only tab 2 listens: the leader's source listens for it
	src.emit("task", "e-3", `{}`)
	b.flush()
	wantEvents(t, tabs, "task e-1", "task e-3")
	if !slices.Equal(got, []string{"e-2"}) {
		t.Errorf("follower's payment subscriber got %v", got)
	}
	dials := 0
	for i, tb := range tabs {
		dials += tb.d.count()
		s := tb.m.Stats()
		if s.State != conn.Connected || s.Instance != 1 || s.LastEventID != "e-3" {
			t.Errorf("tab %d: %v instance %d last %q", i, s.State, s.Instance, s.LastEventID)
		}
		if want := []conn.Role{conn.Leader, conn.Follower, conn.Follower}[i]; s.Role != want {
			t.Errorf("tab %d is %v, want %v", i, s.Role, want)
		}
	}
	if dials != 1 {
		t.Errorf("%d EventSources for three tabs, want 1", dials)
	}
	if len(b.keys) != 1 || !b.keys["tether http://o.test/v1/sse/connect"] {
		t.Errorf("tabs keyed by %v", b.keys)
	}
}

// TestLeaderClosesAndAFollowerResumes: the leader closes; the next tab in
// line leads, resumes from the last id the tabs got, and the overlap of
// its replay is dropped in every tab.
func TestLeaderClosesAndAFollowerResumes(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 3, "task")
	src := openStream(b, tabs[0], "e-0")
	src.emit("task", "e-1", `{}`)
	src.emit("task", "e-2", `{}`)
	b.flush()
	tabs[1].port.Detach() // tab 1 misses e-3; tab 2 has it
	src.emit("task", "e-3", `{}`)
	b.flush()
	tabs[1].port.Attach()
	tabs[0].m.Close()
	b.flush()
	next := leaderOf(t, tabs[1:])
	if next != tabs[1] {
		t.Errorf("tab 2 leads; tab 1 was first in line")
	}
	if got := tabs[2].m.State(); got != conn.Reconnecting {
		t.Errorf("a follower shows %v while the tabs change leader", got)
	}
	src2 := next.d.last()
	if !strings.HasSuffix(src2.url, "lastEventId=e-2") {
		t.Errorf("the new leader dialed %s, want a resume from e-2", src2.url)
	}
	src2.open()
	src2.emit("hello", "e-2", hello)
	src2.emit("task", "e-3", `{}`) // tab 2 has it: the overlap
	src2.emit("task", "e-4", `{}`)
	b.flush()
	wantEvents(t, tabs[1:], "task e-1", "task e-2", "task e-3", "task e-4")
	wantEvents(t, tabs[:1], "task e-1", "task e-2", "task e-3")
	if d := tabs[2].m.Stats().Duplicates; d != 1 {
		t.Errorf("tab 2 dropped %d duplicates, want 1", d)
	}
	for i, tb := range tabs[1:] {
		if s := tb.m.Stats(); s.State != conn.Connected {
			t.Errorf("tab %d: %v", i+1, s.State)
		}
	}
	if len(tabs[0].env.beacons) != 0 {
		t.Errorf("close sent beacons %v", tabs[0].env.beacons)
	}
}

// TestSilentLeaderIsReplaced: a leader frozen with its lock (iOS) goes
// silent; a visible follower steals the lock after the stall limit and
// resumes; the old leader, waking, closes its stream with no beacon.
func TestSilentLeaderIsReplaced(t *testing.T) {
	t.Parallel()
	b, clock, tabs := browserOf(t, 2, "task")
	src := openStream(b, tabs[0], "e-0")
	src.emit("task", "e-1", `{}`)
	b.flush()
	tabs[0].port.freeze() // its stream and timers wait; the channel still reaches it
	src.emit("task", "e-2", `{}`)
	clock.Advance(3500 * time.Millisecond)
	b.flush()
	if tabs[1].m.Stats().Role != conn.Follower {
		t.Fatal("the follower took over before its stall limit (2 heartbeats + 2 s)")
	}
	clock.Advance(time.Second)
	b.flush()
	if got := tabs[1].m.Stats(); got.Role != conn.Leader || got.Steals != 1 {
		t.Fatalf("the visible follower is %v with %d steals, want the leader", got.Role, got.Steals)
	}
	if u := tabs[1].d.last().url; !strings.HasSuffix(u, "lastEventId=e-1") {
		t.Errorf("the new leader dialed %s", u)
	}
	if got := tabs[0].m.Stats(); got.Role != conn.Follower || got.StoodDown != 1 {
		t.Errorf("frozen, the old leader heard the new one's term and is %v (stood down %d times)", got.Role, got.StoodDown)
	}
	tabs[0].port.thaw()
	b.flush()
	if got := tabs[0].m.Stats().Role; got != conn.Follower {
		t.Errorf("the woken leader is %v", got)
	}
	if n := tabs[0].d.count(); n != 1 {
		t.Errorf("the deposed leader opened %d streams, want its first only", n)
	}
	if !tabs[0].d.last().closed {
		t.Errorf("the woken leader kept its stream")
	}
	if len(tabs[0].env.beacons) != 0 {
		t.Errorf("the deposed leader sent %v", tabs[0].env.beacons)
	}
}

// TestHiddenLeaderIsReplacedWhenAFollowerShows: a follower coming to the
// front while the leader has been hidden past the threshold takes over.
func TestHiddenLeaderIsReplacedWhenAFollowerShows(t *testing.T) {
	t.Parallel()
	b, clock, tabs := browserOf(t, 2, "task")
	openStream(b, tabs[0], "e-0")
	tabs[1].m.Hidden()
	tabs[0].m.Hidden()
	b.flush()
	clock.Advance(5 * time.Second)
	tabs[1].m.Visible() // within the threshold: the leader keeps the stream
	b.flush()
	if tabs[1].m.Stats().Role != conn.Follower {
		t.Fatal("took over from a leader hidden 5 s")
	}
	tabs[1].m.Hidden()
	clock.Advance(6 * time.Second)
	tabs[1].m.Visible()
	b.flush()
	if got := tabs[1].m.Stats().Role; got != conn.Leader {
		t.Errorf("after 11 s of hidden leader the visible follower is %v", got)
	}
}

// TestAuthIsPerBrowser: logout in any tab logs every tab out; login in
// any logs every tab in, still with one stream.
func TestAuthIsPerBrowser(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 3, "task")
	openStream(b, tabs[0], "e-0")
	tabs[2].m.Logout()
	b.flush()
	for i, tb := range tabs {
		if got := tb.m.Phase(); got != conn.LoggedOut {
			t.Errorf("tab %d is %v after a logout in tab 2", i, got)
		}
	}
	if !tabs[0].d.last().closed {
		t.Error("the leader's stream stayed open")
	}
	tabs[1].m.Login()
	b.flush()
	leader := leaderOf(t, tabs)
	openStream(b, leader, "e-5")
	for i, tb := range tabs {
		if got := tb.m.State(); got != conn.Connected {
			t.Errorf("tab %d is %v after a login in tab 1", i, got)
		}
	}
	open := 0
	for _, tb := range tabs {
		for _, s := range tb.d.sources {
			if !s.closed {
				open++
			}
		}
	}
	if open != 1 {
		t.Errorf("%d streams open after login, want 1", open)
	}
}

// TestForceLogoutReachesEveryTab: the origin's force_logout, relayed,
// logs every tab out.
func TestForceLogoutReachesEveryTab(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 2, "task")
	openStream(b, tabs[0], "e-0").emit("force_logout", "e-1", `{}`)
	b.flush()
	for i, tb := range tabs {
		if got := tb.m.Phase(); got != conn.LoggedOut {
			t.Errorf("tab %d is %v", i, got)
		}
	}
}

// TestBackForwardCacheHandsOver: a leader entering the cache sends its
// own beacon, leaves the line and the channel; another tab leads; back,
// it follows.
func TestBackForwardCacheHandsOver(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 2, "task")
	openStream(b, tabs[0], "e-0")
	tabs[0].m.PageHide(true)
	b.flush()
	if len(tabs[0].env.beacons) != 1 || len(tabs[1].env.beacons) != 0 {
		t.Errorf("beacons %v / %v, want the leader's one", tabs[0].env.beacons, tabs[1].env.beacons)
	}
	if tabs[0].port.attached {
		t.Error("the channel stayed open in the cache")
	}
	if leaderOf(t, tabs) != tabs[1] {
		t.Fatal("the other tab did not take over")
	}
	openStream(b, tabs[1], "e-0").emit("task", "e-1", `{}`)
	b.flush()
	tabs[0].m.PageShow(true)
	b.flush()
	if got := tabs[0].m.Stats(); got.Role != conn.Follower || got.State != conn.Connected {
		t.Errorf("back from the cache: %v, %v", got.Role, got.State)
	}
	tabs[1].d.last().emit("task", "e-2", `{}`)
	b.flush()
	wantEvents(t, tabs[:1], "task e-1", "task e-2") // e-1 from the leader's memory
}

// TestFollowerBehindTakesOver: a follower whose last id the leader no
// longer keeps takes the stream and resumes from the origin; one it
// keeps gets what it missed from the leader.
func TestFollowerBehindTakesOver(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 2, "task")
	src := openStream(b, tabs[0], "e-0")
	tabs[1].port.Detach() // frozen
	for i := 1; i <= 3; i++ {
		src.emit("task", fmt.Sprint("e-", i), `{}`)
	}
	b.flush()
	tabs[1].port.Attach()
	if err := tabs[1].m.Reconnect(); err != nil { // as a return past the threshold would
		t.Fatal(err)
	}
	b.flush()
	wantEvents(t, tabs[1:], "task e-1", "task e-2", "task e-3")
	if tabs[1].m.Stats().Role != conn.Follower {
		t.Fatal("a follower the leader could serve took over")
	}
	// Now one the leader never saw: lost beyond its memory.
	tabs[1].port.Detach()
	for i := 4; i <= 300; i++ {
		src.emit("task", fmt.Sprint("e-", i), `{}`)
	}
	b.flush()
	tabs[1].port.Attach()
	tabs[1].m.Reconnect()
	b.flush()
	if got := tabs[1].m.Stats(); got.Role != conn.Leader || got.Steals != 1 {
		t.Fatalf("behind the leader's memory the follower is %v (%d steals)", got.Role, got.Steals)
	}
	if u := tabs[1].d.last().url; !strings.HasSuffix(u, "lastEventId=e-3") {
		t.Errorf("it resumes with %s", u)
	}
}

// TestDifferentStreamsNeverShare: tabs of two query strings bind two keys.
func TestDifferentStreamsNeverShare(t *testing.T) {
	t.Parallel()
	b := &fakeBrowser{}
	for _, q := range []string{"topics=a", "topics=b"} {
		if _, err := conn.New(conn.Config{QueryString: q}, conn.Deps{Dialer: &fakeDialer{}, Tabs: b.tab(q)}); err != nil {
			t.Fatal(err)
		}
	}
	if len(b.keys) != 2 {
		t.Errorf("keys %v, want two", b.keys)
	}
}

// A leader no follower has joined relays nothing: a postMessage per
// event for no one is the cost of sharing a tab never asked for.
func TestALonelyLeaderRelaysNothing(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 1, "task")
	leader := leaderOf(t, tabs)
	src := openStream(b, leader, "e-1")
	for i := range 5 {
		src.emit("task", fmt.Sprintf("e-%d", i+2), "{}")
	}
	b.flush()
	if got := len(leader.events()); got != 5 {
		t.Fatalf("leader delivered %d events, want 5", got)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.events != 0 {
		t.Errorf("%d events relayed with no follower, want 0", b.events)
	}
}

// TestRelayedRepeatIsDropped: an id relayed twice in a row reaches the
// follower's subscribers once, whatever the id before it was (the relay's
// hello had set the previous id to the leader's position, and a native
// EventSource's "same id as before means none" rule let it through).
func TestRelayedRepeatIsDropped(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 2, "task")
	src := openStream(b, tabs[0], "e-0")
	src.emit("task", "e-1", `{}`)
	b.flush()
	term := conn.Term{N: tabs[0].m.Stats().Term, Tab: "tab0"}
	for range 2 { // e-1 again, as a leader that relays it twice would
		tabs[0].port.Post(conn.TabMessage{Kind: conn.TabEvent, Term: term, LastID: "e-0", Msg: conn.Message{Name: "task", ID: "e-1"}})
	}
	b.flush()
	wantEvents(t, tabs, "task e-1")
	if d := tabs[1].m.Stats().Duplicates; d != 2 {
		t.Errorf("the follower dropped %d duplicates, want 2", d)
	}
}

// TestLowerTermIsNotObeyed: a status of a deposed leader's term changes
// nothing in a follower of a newer one: no join, no state change.
func TestLowerTermIsNotObeyed(t *testing.T) {
	t.Parallel()
	b, _, tabs := browserOf(t, 2, "task")
	openStream(b, tabs[0], "e-0")
	before := len(tabs[1].states)
	stale := conn.Term{N: 0, Tab: "tab0"}
	tabs[0].port.Post(conn.TabMessage{Kind: conn.TabStatus, Term: stale, Status: conn.LeaderStatus{Open: false, Gap: "e-0"}})
	b.flush()
	if got := tabs[1].m.Stats(); got.State != conn.Connected || got.Role != conn.Follower || got.Steals != 0 || len(tabs[1].states) != before {
		t.Errorf("after a stale status the follower is %v %v with %d steals, states %v", got.Role, got.State, got.Steals, tabs[1].states)
	}
}
