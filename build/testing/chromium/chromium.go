// Package chromium starts Debian's headless Chromium for chromedp, with
// the flags every tool here needs (the e2e suite, screenshots, benchmarks).
package chromium

import (
	"context"
	"errors"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// ErrNotFound means no Chromium is installed.
var ErrNotFound = errors.New("chromium: not on PATH (apt-get install -y chromium), and $CHROMIUM unset")

// Path finds the browser: $CHROMIUM, else chromium on PATH.
func Path() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNotFound
}

// Start launches a headless Chromium with a fresh profile in a temporary
// directory and returns a chromedp context for its first tab. stop ends
// the browser and removes the profile.
func Start(path string) (ctx context.Context, stop func(), err error) {
	dir, err := os.MkdirTemp("", "tether-chromium-")
	if err != nil {
		return nil, nil, err
	}
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(path), chromedp.UserDataDir(dir), chromedp.Headless,
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("no-sandbox", true), chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		// Keep hidden pages' timers honest: tests hide pages on purpose.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
	)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	stop = func() {
		cancelCtx()
		cancelAlloc()
		os.RemoveAll(dir)
	}
	if err := chromedp.Do(ctx); err != nil {
		stop()
		return nil, nil, err
	}
	return ctx, stop, nil
}
