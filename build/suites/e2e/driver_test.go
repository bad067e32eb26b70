package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/tether-sse/tether/build/testing/chromium"
	"github.com/tether-sse/tether/build/testing/testenv"
	"github.com/tether-sse/tether/build/testing/webdriver"
)

// engine is a browser engine the suite runs in.
type engine string

const (
	chromiumEngine engine = "chromium" // Blink and V8, over CDP
	webkitEngine   engine = "webkit"   // WebKitGTK: Safari's WebCore and JavaScriptCore, over WebDriver
)

// errUnsupported is what a driver answers for a case its engine cannot
// be made to do; the test then says so by name.
var errUnsupported = errors.New("not possible in this engine")

// driver is one page in one engine: the little the tests need, over CDP
// or WebDriver.
type driver interface {
	navigate(url string) error
	// back goes back in history without waiting for a load event: a
	// restore from the back/forward cache fires none.
	back() error
	// eval runs code (statements or an expression) in the page, awaits a
	// promise, and decodes the result as JSON into out (nil discards it).
	eval(code string, out any) error
	// setHidden minimizes or restores the window: a real visibilitychange.
	setHidden(hidden bool) error
	// setOffline takes the page's network away or gives it back.
	setOffline(offline bool) error
	// setFrozen freezes the page as a mobile browser freezes a background
	// tab (its timers, network and lock callbacks wait; channel messages
	// still reach it), or resumes it.
	setFrozen(frozen bool) error
	// listenerCount counts the event listeners on the object expr names.
	listenerCount(expr string) (int, error)
	// pageHost is the address the origin must listen on for this page.
	pageHost() string
	// newTab opens another tab (a window of its own) in the same browser:
	// same cookies, storage, locks and channels.
	newTab() (driver, error)
	close()
}

// forEachEngine runs test once per engine, as subtests named for them.
func forEachEngine(t *testing.T, test func(t *testing.T, eng engine)) {
	for _, eng := range []engine{chromiumEngine, webkitEngine} {
		t.Run(string(eng), func(t *testing.T) { test(t, eng) })
	}
}

// needs skips a case the engine cannot do, saying which and why.
func needs(t *testing.T, err error, what string) {
	t.Helper()
	if errors.Is(err, errUnsupported) {
		t.Skipf("%s: %s is %v", t.Name(), what, err)
	}
	if err != nil {
		t.Fatal(err)
	}
}

func openDriver(t *testing.T, eng engine) driver {
	t.Helper()
	if _, err := os.Stat(filepath.Join(repoRoot, "web", "tether.wasm")); err != nil {
		t.Fatal("web/tether.wasm is missing: run make wasm (make test does)")
	}
	switch eng {
	case webkitEngine:
		return openWebKit(t)
	default:
		return openChromium(t)
	}
}

// Chromium: one browser for the package, a tab per test.

var (
	chromiumOnce sync.Once
	chromiumCtx  context.Context
	chromiumErr  error
)

type cdpDriver struct {
	tab    context.Context
	cancel func()
}

func openChromium(t *testing.T) driver {
	t.Helper()
	path, err := chromium.Path()
	testenv.Require(t, "Chromium", err)
	chromiumOnce.Do(func() { chromiumCtx, _, chromiumErr = chromium.Start(path) })
	if chromiumErr != nil {
		t.Fatalf("starting Chromium: %v", chromiumErr)
	}
	tab, cancel := chromedp.NewContext(chromiumCtx)
	d := &cdpDriver{tab: tab, cancel: cancel}
	// Cookies ignore ports: one test's session must not reach the next
	// test's origin (which would rightly answer 401).
	if err := callCDP(d, network.ClearBrowserCookies, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return d
}

func callCDP[P, R any](d *cdpDriver, c cdp.Command[P, R], params P) error {
	_, err := chromedp.Run(d.tab, func(ctx context.Context, t *chromedp.Target) (R, error) {
		return cdp.Call(ctx, t, c, params)
	})
	return err
}

func (d *cdpDriver) navigate(url string) error {
	ctx, cancel := context.WithTimeout(d.tab, 20*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Navigate(url))
	return err
}

func (d *cdpDriver) back() error {
	// From the page: chromedp's NavigateBack waits for a load event.
	return d.eval("setTimeout(() => history.back(), 0)", nil)
}

func (d *cdpDriver) eval(code string, out any) error {
	ctx, cancel := context.WithTimeout(d.tab, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[any](code, func(p *runtime.EvaluateParams) { p.AwaitPromise = ptr(true) }))
	if err != nil || out == nil {
		return err
	}
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

func ptr[T any](v T) *T { return &v }

func (d *cdpDriver) setHidden(hidden bool) error {
	b := chromedp.FromContext(d.tab).Browser
	state := browser.WindowStateNormal
	if hidden {
		state = browser.WindowStateMinimized
	}
	_, err := chromedp.Run(d.tab, func(ctx context.Context, t *chromedp.Target) (struct{}, error) {
		w, err := cdp.Call(ctx, b, browser.GetWindowForTarget, browser.GetWindowForTargetParams{TargetID: t.TargetID})
		if err != nil {
			return struct{}{}, err
		}
		_, err = cdp.Call(ctx, b, browser.SetWindowBounds, browser.SetWindowBoundsParams{WindowID: w.WindowID, Bounds: &browser.Bounds{WindowState: state}})
		return struct{}{}, err
	})
	return err
}

func (d *cdpDriver) setOffline(offline bool) error {
	if err := callCDP(d, network.Enable, network.EnableParams{}); err != nil {
		return err
	}
	if err := callCDP(d, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		MatchedNetworkConditions: []*network.Conditions{{Offline: offline, DownloadThroughput: -1, UploadThroughput: -1}}}); err != nil {
		return err
	}
	return callCDP(d, network.OverrideNetworkState, network.OverrideNetworkStateParams{Offline: offline, DownloadThroughput: -1, UploadThroughput: -1})
}

func (d *cdpDriver) setFrozen(frozen bool) error {
	state := page.SetWebLifecycleStateStateActive
	if frozen {
		state = page.SetWebLifecycleStateStateFrozen
	}
	return callCDP(d, page.SetWebLifecycleState, page.SetWebLifecycleStateParams{State: state})
}

func (d *cdpDriver) listenerCount(expr string) (int, error) {
	return chromedp.Run(d.tab, chromedp.EvaluateAsDevTools[int](
		"Object.values(getEventListeners("+expr+")).reduce((n, a) => n + a.length, 0)"))
}

func (d *cdpDriver) pageHost() string { return "127.0.0.1" }

func (d *cdpDriver) newTab() (driver, error) {
	tab, cancel := chromedp.NewContext(chromiumCtx)
	nd := &cdpDriver{tab: tab, cancel: cancel}
	_, err := chromedp.Run(tab, chromedp.Navigate("about:blank")) // opens the tab
	return nd, err
}

func (d *cdpDriver) close() { d.cancel() }

// WebKit: one driver (and Xvfb) for the package, a session (a fresh
// MiniBrowser with its own cookies) per test. As root, the browser runs
// in a network namespace of its own, so that a test can take its network
// away for real (WebDriver has no emulation).

var (
	webkitOnce  sync.Once
	webkit      *webdriver.WebKit
	webkitErr   error
	isolatedErr error // why the browser shares this machine's network, if it does
)

// stopWebKit is called by TestMain when the package is done.
func stopWebKit() {
	if webkit != nil {
		webkit.Stop()
	}
}

type wdDriver struct {
	s      *webdriver.Session
	window bool // a second window of a session: closing it leaves the session
}

func openWebKit(t *testing.T) driver {
	t.Helper()
	testenv.Require(t, "WebKitGTK", webdriver.Installed())
	webkitOnce.Do(func() {
		// Isolated if this machine allows it; else offline is the one case
		// WebKit cannot do here, and the test says why.
		if isolatedErr = webdriver.Isolate(); isolatedErr == nil {
			if webkit, webkitErr = webdriver.StartWebKit(true); webkitErr == nil {
				return
			}
			isolatedErr = webkitErr
		}
		webkit, webkitErr = webdriver.StartWebKit(false)
	})
	if webkitErr != nil {
		t.Fatalf("starting WebKitGTK: %v", webkitErr)
	}
	s, err := webkit.NewSession()
	if err != nil {
		t.Fatalf("opening a WebKit session: %v", err)
	}
	return &wdDriver{s: s}
}

func (d *wdDriver) navigate(url string) error       { return d.s.Navigate(url) }
func (d *wdDriver) back() error                     { return d.s.Back() }
func (d *wdDriver) eval(code string, out any) error { return d.s.Eval(code, out) }

func (d *wdDriver) setHidden(hidden bool) error {
	if hidden {
		return d.s.Minimize()
	}
	return d.s.Maximize()
}

func (d *wdDriver) setOffline(offline bool) error {
	err := webkit.SetOffline(offline)
	if errors.Is(err, webdriver.ErrNotIsolated) {
		return fmt.Errorf("%w: WebDriver has no network emulation, and the browser could not get a network of its own (%v)", errUnsupported, isolatedErr)
	}
	return err
}

func (d *wdDriver) setFrozen(bool) error {
	return fmt.Errorf("%w: WebDriver cannot freeze a page (TestHiddenLeaderWithSilentSocket plays iOS's nearest case)", errUnsupported)
}

func (d *wdDriver) listenerCount(string) (int, error) {
	return 0, fmt.Errorf("%w: WebKit exposes no getEventListeners to automation", errUnsupported)
}

func (d *wdDriver) pageHost() string { return webkit.PageHost() }

func (d *wdDriver) newTab() (driver, error) {
	w, err := d.s.NewWindow()
	if err != nil {
		return nil, err
	}
	return &wdDriver{s: w, window: true}, nil
}

func (d *wdDriver) close() {
	if d.window {
		d.s.CloseWindow()
		return
	}
	d.s.Close()
}
