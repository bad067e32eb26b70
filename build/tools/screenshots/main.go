// Command screenshots takes the README's pictures of the demo page in
// headless Chromium against a real origin on loopback: connected,
// reconnecting, and back from a long background.
//
//	go run ./build/tools/screenshots [-out docs/screenshots]
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/tether-sse/tether/build/testing/chromium"
	"github.com/tether-sse/tether/server/demo"
	"github.com/tether-sse/tether/server/origin"
)

func main() {
	out := flag.String("out", "docs/screenshots", "directory for the PNG files")
	flag.Parse()
	if err := run(*out); err != nil {
		log.Fatal("screenshots: ", err)
	}
}

func run(out string) error {
	if _, err := os.Stat("web/widgets.wasm"); err != nil {
		return fmt.Errorf("web/widgets.wasm is missing: run make wasm first (%w)", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	quiet := slog.New(slog.DiscardHandler)
	o := origin.New(origin.Config{Root: ".", Retry: time.Second, Logger: quiet})
	go http.Serve(ln, demo.New(o, demo.Config{Interval: 700 * time.Millisecond, Logger: quiet}))
	base := "http://" + ln.Addr().String()

	path, err := chromium.Path()
	if err != nil {
		return err
	}
	browser, stop, err := chromium.Start(path)
	if err != nil {
		return err
	}
	defer stop()
	ctx, cancel := context.WithTimeout(browser, 2*time.Minute)
	defer cancel()

	shot := func(name string) error {
		buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			return err
		}
		file := filepath.Join(out, name+".png")
		if err := os.WriteFile(file, buf, 0o644); err != nil {
			return err
		}
		log.Printf("wrote %s (%d bytes)", file, len(buf))
		return nil
	}
	waitFor := func(what, cond string) error {
		log.Printf("waiting: %s", what)
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(60*time.Second)))
		if err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
		return nil
	}
	post := func(p string) error {
		resp, err := http.Post(base+p, "", nil)
		if err != nil {
			return err
		}
		resp.Body.Close()
		return nil
	}

	log.Printf("opening %s", base)
	if _, err := chromedp.Run(ctx, chromedp.Navigate(base+"/?backgroundThresholdMs=3000")); err != nil {
		return err
	}
	if err := waitFor("connected, with events in every widget",
		`window.tether && tether.state() === "Connected" && document.querySelectorAll("#go-widgets li").length >= 9`); err != nil {
		return err
	}
	if err := shot("connected"); err != nil {
		return err
	}

	if err := post("/v1/demo/offline?seconds=8"); err != nil {
		return err
	}
	if err := waitFor("reconnecting", `tether.state() === "Reconnecting"`); err != nil {
		return err
	}
	if err := shot("reconnecting"); err != nil {
		return err
	}
	if err := waitFor("connected again", `tether.state() === "Connected"`); err != nil {
		return err
	}

	instance := `tether.instanceId()`
	var before int
	if before, err = chromedp.Run(ctx, chromedp.Evaluate[int](instance)); err != nil {
		return err
	}
	log.Printf("simulating a long background (the page's own control)")
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(document.getElementById("background").click(), true)`)); err != nil {
		return err
	}
	if err := waitFor("back from the background on a new connection",
		fmt.Sprintf(`tether.state() === "Connected" && tether.instanceId() > %d && document.getElementById("status").textContent === ""`, before)); err != nil {
		return err
	}
	time.Sleep(2 * time.Second) // let the resumed events land
	return shot("background-return")
}
