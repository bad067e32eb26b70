// Package webdriver is a small W3C WebDriver client over net/http, and a
// launcher for WebKitGTK's driver under Xvfb: what the end-to-end suite
// needs to run in Safari's engine on Debian.
package webdriver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Error is a WebDriver error answer.
type Error struct {
	Status  int
	Code    string // the W3C error code, e.g. "javascript error"
	Message string
}

func (e *Error) Error() string {
	return fmt.Sprintf("webdriver: %s (HTTP %d): %s", e.Code, e.Status, e.Message)
}

// Session is one WebDriver session, seen through one of its windows: the
// first, or one NewWindow opened. Every command goes to that window.
type Session struct {
	base   string // the driver's URL + "/session/" + id
	client *http.Client
	window string        // this view's window handle; "" until a second window exists
	shared *sessionState // the window the driver has in focus, shared by the views
}

type sessionState struct {
	mu      sync.Mutex
	current string
}

// NewSession asks the driver at driverURL for a session with the given
// capabilities. A browser that cannot start can make the driver hang, so
// ctx should carry a deadline.
func NewSession(ctx context.Context, driverURL string, capabilities any) (*Session, error) {
	client := &http.Client{Timeout: 5 * time.Minute}
	var out struct {
		SessionID string `json:"sessionId"`
	}
	if err := call(ctx, client, "POST", driverURL+"/session", map[string]any{"capabilities": capabilities}, &out); err != nil {
		return nil, err
	}
	if out.SessionID == "" {
		return nil, errors.New("webdriver: the driver answered no session id")
	}
	return &Session{base: driverURL + "/session/" + out.SessionID, client: client, shared: &sessionState{}}, nil
}

// NewWindow opens another window of the session (a tab of the same
// browser: same cookies, storage and locks) and returns a view of it.
func (s *Session) NewWindow() (*Session, error) {
	if err := s.focus(); err != nil {
		return nil, err
	}
	if s.window == "" {
		var handle string
		if err := call(context.Background(), s.client, "GET", s.base+"/window", nil, &handle); err != nil {
			return nil, err
		}
		s.window = handle
		s.shared.current = handle
	}
	var out struct {
		Handle string `json:"handle"`
	}
	if err := call(context.Background(), s.client, "POST", s.base+"/window/new", map[string]any{"type": "window"}, &out); err != nil {
		return nil, err
	}
	return &Session{base: s.base, client: s.client, window: out.Handle, shared: s.shared}, nil
}

// focus switches the driver to this view's window.
func (s *Session) focus() error {
	s.shared.mu.Lock()
	defer s.shared.mu.Unlock()
	if s.window == "" || s.shared.current == s.window {
		return nil
	}
	if err := call(context.Background(), s.client, "POST", s.base+"/window", map[string]string{"handle": s.window}, nil); err != nil {
		return err
	}
	s.shared.current = s.window
	return nil
}

// do sends one command to this view's window.
func (s *Session) do(ctx context.Context, method, path string, body, out any) error {
	if err := s.focus(); err != nil {
		return err
	}
	return call(ctx, s.client, method, s.base+path, body, out)
}

// Navigate loads url and waits for its load event.
func (s *Session) Navigate(url string) error {
	return s.do(context.Background(), "POST", "/url", map[string]string{"url": url}, nil)
}

// Back goes back in the window's history, as the browser's back button.
func (s *Session) Back() error {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return s.do(ctx, "POST", "/back", map[string]any{}, nil)
}

// evalTimeout bounds one script: a page that navigates under a pending
// script can leave the driver waiting for an answer that never comes.
const evalTimeout = 15 * time.Second

// Eval runs code (a script: statements or an expression) in the page with
// indirect eval, waits for the promise it may return, and decodes the
// result, as JSON, into out (nil to discard).
func (s *Session) Eval(code string, out any) error {
	const script = `const [code, done] = arguments;
Promise.resolve().then(() => (0, eval)(code)).then(
  (v) => done({ ok: v === undefined ? null : v }),
  (e) => done({ error: String(e && e.stack || e) }));`
	var res struct {
		OK    json.RawMessage `json:"ok"`
		Error *string         `json:"error"`
	}
	ctx, cancel := context.WithTimeout(context.Background(), evalTimeout)
	defer cancel()
	if err := s.do(ctx, "POST", "/execute/async",
		map[string]any{"script": script, "args": []any{code}}, &res); err != nil {
		return err
	}
	if res.Error != nil {
		return fmt.Errorf("webdriver: the page threw: %s", *res.Error)
	}
	if out == nil || len(res.OK) == 0 {
		return nil
	}
	return json.Unmarshal(res.OK, out)
}

// Minimize minimizes the window (the page becomes hidden); Maximize
// brings it back.
func (s *Session) Minimize() error {
	return s.do(context.Background(), "POST", "/window/minimize", map[string]any{}, nil)
}

// Maximize: see Minimize.
func (s *Session) Maximize() error {
	return s.do(context.Background(), "POST", "/window/maximize", map[string]any{}, nil)
}

// DeleteCookies deletes the current page's cookies.
func (s *Session) DeleteCookies() error {
	return s.do(context.Background(), "DELETE", "/cookie", nil, nil)
}

// CloseWindow closes this view's window (the session goes on).
func (s *Session) CloseWindow() error {
	return s.do(context.Background(), "DELETE", "/window", nil, nil)
}

// Close ends the session and its browser.
func (s *Session) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return call(ctx, s.client, "DELETE", s.base, nil, nil)
}

// call sends one command and decodes the answer's value into out.
func call(ctx context.Context, client *http.Client, method, url string, body, out any) error {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var env struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.Unmarshal(raw, &env); err != nil {
		return fmt.Errorf("webdriver: %s %s: HTTP %d: %.200s", method, url, resp.StatusCode, raw)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error   string `json:"error"`
			Message string `json:"message"`
		}
		json.Unmarshal(env.Value, &e)
		return &Error{Status: resp.StatusCode, Code: e.Error, Message: e.Message}
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(env.Value, out) // every answer is {"value": ...}
}
