package webdriver

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Where Debian's packages put WebKitGTK (webkit2gtk-driver, xvfb).
const (
	DriverBinary      = "WebKitWebDriver"
	MiniBrowserBinary = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
	XvfbBinary        = "Xvfb"
)

// ErrNotInstalled means WebKitGTK's driver, its MiniBrowser or Xvfb is
// missing.
var ErrNotInstalled = errors.New("webdriver: WebKitGTK is not installed (apt-get install -y --no-install-recommends webkit2gtk-driver xvfb)")

// WebKit is Xvfb plus WebKitWebDriver, ready to open MiniBrowser sessions.
type WebKit struct {
	xvfb, driver *exec.Cmd
	url          string
	ns           *netns // nil unless isolated
}

// Installed reports whether everything StartWebKit needs is on the machine.
func Installed() error {
	for _, bin := range []string{DriverBinary, XvfbBinary} {
		if _, err := exec.LookPath(bin); err != nil {
			return fmt.Errorf("%w: no %s", ErrNotInstalled, bin)
		}
	}
	if _, err := os.Stat(MiniBrowserBinary); err != nil {
		return fmt.Errorf("%w: no %s", ErrNotInstalled, MiniBrowserBinary)
	}
	return nil
}

// StartWebKit starts a virtual display (WebKitGTK has no headless mode)
// and the driver on a free loopback port. With isolated (root only; see
// Isolate) the browser gets a network of its own that SetOffline can take
// away.
func StartWebKit(isolated bool) (*WebKit, error) {
	if err := Installed(); err != nil {
		return nil, err
	}
	w := &WebKit{}
	driverHost := "127.0.0.1"
	if isolated {
		ns, err := newNetns()
		if err != nil {
			return nil, err
		}
		w.ns, driverHost = ns, ns.driverAddr
	}
	display, err := w.startXvfb()
	if err != nil {
		w.Stop()
		return nil, err
	}
	port, err := freePort()
	if err != nil {
		w.Stop()
		return nil, err
	}
	w.driver = w.command(DriverBinary, "--port="+strconv.Itoa(port), "--host="+driverHost)
	w.driver.Env = append(os.Environ(), "DISPLAY=:"+display)
	w.driver.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // the browsers it starts die with it
	if err := w.driver.Start(); err != nil {
		w.Stop()
		return nil, err
	}
	w.url = "http://" + net.JoinHostPort(driverHost, strconv.Itoa(port))
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := http.Get(w.url + "/status"); err == nil {
			resp.Body.Close()
			return w, nil
		}
		if time.Now().After(deadline) {
			w.Stop()
			return nil, errors.New("webdriver: WebKitWebDriver did not answer /status in 10 s")
		}
	}
}

// startXvfb starts Xvfb and reads back the display number it chose.
func (w *WebKit) startXvfb() (string, error) {
	r, wr, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	w.xvfb = w.command(XvfbBinary, "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
	w.xvfb.ExtraFiles = []*os.File{wr}
	w.xvfb.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	err = w.xvfb.Start()
	wr.Close()
	if err != nil {
		return "", err
	}
	got := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		got <- strings.TrimSpace(line)
	}()
	select {
	case d := <-got:
		if d == "" {
			return "", errors.New("webdriver: Xvfb exited without a display")
		}
		return d, nil
	case <-time.After(10 * time.Second):
		return "", errors.New("webdriver: Xvfb gave no display in 10 s")
	}
}

// NewSession opens a MiniBrowser window. It gives up after two minutes:
// a browser that cannot start makes the driver hang.
func (w *WebKit) NewSession() (*Session, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	return NewSession(ctx, w.url, map[string]any{"alwaysMatch": map[string]any{
		"browserName": "MiniBrowser",
		"webkitgtk:browserOptions": map[string]any{
			"binary": MiniBrowserBinary,
			"args":   []string{"--automation"},
		},
	}})
}

// command runs name inside the browser's network namespace, if any.
func (w *WebKit) command(name string, args ...string) *exec.Cmd {
	if w.ns == nil {
		return exec.Command(name, args...)
	}
	return exec.Command("nsenter", append([]string{"-t", strconv.Itoa(w.ns.pid()), "-n", "--", name}, args...)...)
}

// PageHost is the address pages must be served on to reach this browser:
// loopback, or the host's end of the isolated network.
func (w *WebKit) PageHost() string {
	if w.ns == nil {
		return "127.0.0.1"
	}
	return w.ns.pageHost
}

// ErrNotIsolated means SetOffline has no network to take away.
var ErrNotIsolated = errors.New("webdriver: the browser shares this machine's network (start it isolated, as root)")

// SetOffline takes the browser's network away (the browser sees its
// default route vanish and fires offline) or gives it back.
func (w *WebKit) SetOffline(offline bool) error {
	if w.ns == nil {
		return ErrNotIsolated
	}
	return w.ns.setPageLink(!offline)
}

// Stop kills the driver's and Xvfb's process groups, and the network
// namespace.
func (w *WebKit) Stop() {
	for _, c := range []*exec.Cmd{w.driver, w.xvfb} {
		if c != nil && c.Process != nil {
			syscall.Kill(-c.Process.Pid, syscall.SIGKILL)
			c.Wait()
		}
	}
	if w.ns != nil {
		w.ns.close()
	}
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
