package origin

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"tether/server/catalog"
	"tether/server/hub"
)

// demoLinger keeps a generator running after its last stream left, so a
// client that comes back within it finds the events it missed in the log.
const demoLinger = 30 * time.Second

// demo runs the event generators behind intervalMs and the /v1/demo
// controls that let a person (or a test) see the fault cases happen.
type demo struct {
	o *Origin

	mu         sync.Mutex
	gens       map[time.Duration]*generator
	failStatus int
	failCount  int
	offUntil   time.Time // the simulated network is down until then
}

// generator publishes demo events to one topic at one rate, shared by all
// streams that asked for that rate.
type generator struct {
	refs   int
	stop   chan struct{}
	linger *time.Timer
}

func newDemo(o *Origin) *demo {
	return &demo{o: o, gens: make(map[time.Duration]*generator)}
}

func (o *Origin) defaultInterval() time.Duration {
	if o.cfg.Demo {
		return o.cfg.DemoInterval
	}
	return 0
}

func demoTopic(every time.Duration) string {
	return "demo:" + strconv.FormatInt(every.Milliseconds(), 10)
}

// acquire starts (or shares) the generator for this rate and returns the
// topic it publishes to.
func (d *demo) acquire(every time.Duration) string {
	d.mu.Lock()
	defer d.mu.Unlock()
	g := d.gens[every]
	if g == nil {
		g = &generator{stop: make(chan struct{})}
		d.gens[every] = g
		go d.run(every, g.stop)
	}
	if g.linger != nil {
		g.linger.Stop()
		g.linger = nil
	}
	g.refs++
	return demoTopic(every)
}

func (d *demo) release(every time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	g := d.gens[every]
	if g == nil {
		return
	}
	if g.refs--; g.refs > 0 {
		return
	}
	g.linger = time.AfterFunc(demoLinger, func() {
		d.mu.Lock()
		defer d.mu.Unlock()
		if g.refs == 0 && d.gens[every] == g {
			close(g.stop)
			delete(d.gens, every)
		}
	})
}

func (d *demo) stopAll() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for every, g := range d.gens {
		close(g.stop)
		delete(d.gens, every)
	}
}

func (d *demo) run(every time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	defer t.Stop()
	topic := demoTopic(every)
	for n := 1; ; n++ {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		name, data := demoEvent(n)
		b, _ := json.Marshal(data)
		d.o.hub.Publish(name, string(b), hub.Audience{Topic: topic})
	}
}

// demoEvent is the n-th generated event: tasks, notifications and payments
// in turn; tasks cycle over five ids so that updates replace items.
func demoEvent(n int) (string, any) {
	statuses := []string{"open", "in_progress", "done"}
	switch n % 3 {
	case 1:
		id := (n/3)%5 + 1
		return catalog.Task, catalog.TaskData{TaskID: fmt.Sprintf("t-%d", id), Title: fmt.Sprintf("Review transfer %d", id),
			Status: statuses[(n/15)%3], N: n}
	case 2:
		return catalog.Notification, catalog.NotificationData{ID: fmt.Sprintf("n-%d", n), Text: fmt.Sprintf("Notification #%d", n), N: n}
	default:
		return catalog.Payment, catalog.PaymentData{PaymentID: fmt.Sprintf("p-%d", n), Amount: 100 * n, Currency: "EUR",
			Status: statuses[n%3], N: n}
	}
}

// takeFailure consumes one injected failure, if any, and returns its status.
func (d *demo) takeFailure() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.failCount == 0 {
		return 0
	}
	d.failCount--
	return d.failStatus
}

// offline reports whether the simulated network is down.
func (d *demo) offline() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return time.Now().Before(d.offUntil)
}

func (d *demo) routes(m *http.ServeMux) {
	o := d.o
	m.HandleFunc("POST /v1/demo/publish", o.publish(false))
	m.HandleFunc("POST /v1/demo/drop", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]int{"dropped": o.each((*stream).close)})
	})
	m.HandleFunc("POST /v1/demo/stall", func(w http.ResponseWriter, r *http.Request) {
		n := o.each(func(st *stream) { st.stalled.Do(func() { close(st.stall) }) })
		writeJSON(w, http.StatusOK, map[string]int{"stalled": n})
	})
	m.HandleFunc("POST /v1/demo/fail", func(w http.ResponseWriter, r *http.Request) {
		status, err := strconv.Atoi(r.URL.Query().Get("status"))
		if err != nil || status < 400 || status > 599 {
			writeError(w, http.StatusBadRequest, "status", "status must be an HTTP error status between 400 and 599")
			return
		}
		count := 1
		if v := r.URL.Query().Get("count"); v != "" {
			if count, err = strconv.Atoi(v); err != nil || count < 0 || count > 1000 {
				writeError(w, http.StatusBadRequest, "count", "count must be between 0 and 1000")
				return
			}
		}
		d.mu.Lock()
		d.failStatus, d.failCount = status, count
		d.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]int{"status": status, "count": count})
	})
	// offline drops every stream and, for seconds, cuts new ones off with
	// no HTTP answer at all: to a browser, the network is gone.
	m.HandleFunc("POST /v1/demo/offline", func(w http.ResponseWriter, r *http.Request) {
		seconds := 5
		if v := r.URL.Query().Get("seconds"); v != "" {
			var err error
			if seconds, err = strconv.Atoi(v); err != nil || seconds < 1 || seconds > 300 {
				writeError(w, http.StatusBadRequest, "seconds", "seconds must be between 1 and 300")
				return
			}
		}
		d.mu.Lock()
		d.offUntil = time.Now().Add(time.Duration(seconds) * time.Second)
		d.mu.Unlock()
		writeJSON(w, http.StatusOK, map[string]int{"dropped": o.each((*stream).close), "seconds": seconds})
	})
	m.HandleFunc("POST /v1/demo/login", func(w http.ResponseWriter, r *http.Request) {
		user := r.URL.Query().Get("user")
		if user == "" {
			writeError(w, http.StatusBadRequest, "user", "user is required")
			return
		}
		exp := o.cfg.Now().Add(12 * time.Hour)
		http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: SignSession(o.cfg.SessionSecret, user, exp),
			Path: "/", Expires: exp, HttpOnly: true, SameSite: http.SameSiteLaxMode})
		writeJSON(w, http.StatusOK, map[string]string{"user": user})
	})
	m.HandleFunc("POST /v1/demo/logout", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1})
		w.WriteHeader(http.StatusNoContent)
	})
	m.HandleFunc("POST /v1/demo/force-logout", func(w http.ResponseWriter, r *http.Request) {
		ev, status, err := o.Publish(PublishRequest{Event: catalog.ForceLogout, User: r.URL.Query().Get("user")})
		if err != nil {
			writeError(w, status, "", err.Error())
			return
		}
		writeJSON(w, http.StatusAccepted, map[string]string{"id": ev.ID})
	})
	m.HandleFunc("GET /v1/demo/streams", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]int{"open": o.OpenStreams()})
	})
}
