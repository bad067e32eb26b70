package webdriver

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Isolate reports whether StartWebKit can give the browser a network of
// its own: it needs root, unshare, nsenter and ip.
func Isolate() error {
	if os.Geteuid() != 0 {
		return errors.New("webdriver: isolating the browser's network needs root")
	}
	for _, bin := range []string{"unshare", "nsenter", "ip"} {
		if _, err := exec.LookPath(bin); err != nil {
			return fmt.Errorf("webdriver: isolating the browser's network needs %s", bin)
		}
	}
	return nil
}

// netns is a network namespace for the browser, joined to this one by two
// veth pairs: one carries WebDriver, the other the pages' traffic and the
// namespace's default route. Taking the second one down is, to the
// browser, the network going away; WebDriver keeps working.
type netns struct {
	holder     *exec.Cmd // keeps the namespace alive
	driverAddr string    // where WebKitWebDriver listens, inside
	pageHost   string    // the host's end of the page link
	pageLink   string    // the page link's name inside
	pageGW     string
}

func newNetns() (*netns, error) {
	if err := Isolate(); err != nil {
		return nil, err
	}
	n := &netns{holder: exec.Command("unshare", "--net", "sleep", "infinity")}
	if err := n.holder.Start(); err != nil {
		return nil, err
	}
	// Names and subnets from the pid keep two runs on one machine apart.
	id := os.Getpid() % 60000
	a, b := 10+id/250, id%250
	ctl, page := fmt.Sprintf("twc%d", id), fmt.Sprintf("twp%d", id)
	ctlNet := fmt.Sprintf("10.%d.%d", a%250, b)
	pageNet := fmt.Sprintf("172.30.%d", b)
	n.driverAddr, n.pageHost, n.pageLink, n.pageGW = ctlNet+".2", pageNet+".1", page+"i", pageNet+".1"
	pid := strconv.Itoa(n.holder.Process.Pid)
	host := [][]string{
		{"link", "add", ctl, "type", "veth", "peer", "name", ctl + "i", "netns", pid},
		{"addr", "add", ctlNet + ".1/30", "dev", ctl},
		{"link", "set", ctl, "up"},
		{"link", "add", page, "type", "veth", "peer", "name", page + "i", "netns", pid},
		{"addr", "add", pageNet + ".1/30", "dev", page},
		{"link", "set", page, "up"},
	}
	inside := [][]string{
		{"link", "set", "lo", "up"},
		{"addr", "add", ctlNet + ".2/30", "dev", ctl + "i"},
		{"link", "set", ctl + "i", "up"},
		{"addr", "add", pageNet + ".2/30", "dev", page + "i"},
	}
	for _, args := range host {
		if err := ip(args...); err != nil {
			n.close()
			return nil, err
		}
	}
	for _, args := range inside {
		if err := n.ip(args...); err != nil {
			n.close()
			return nil, err
		}
	}
	if err := n.setPageLink(true); err != nil {
		n.close()
		return nil, err
	}
	return n, nil
}

func (n *netns) pid() int { return n.holder.Process.Pid }

// setPageLink brings the page link (and the default route) up or down.
func (n *netns) setPageLink(up bool) error {
	if !up {
		return n.ip("link", "set", n.pageLink, "down")
	}
	if err := n.ip("link", "set", n.pageLink, "up"); err != nil {
		return err
	}
	// The route goes with the link; a link coming up takes a moment.
	var err error
	for deadline := time.Now().Add(3 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if err = n.ip("route", "replace", "default", "via", n.pageGW, "dev", n.pageLink); err == nil {
			return nil
		}
	}
	return err
}

func (n *netns) ip(args ...string) error {
	return run("nsenter", append([]string{"-t", strconv.Itoa(n.pid()), "-n", "--", "ip"}, args...)...)
}

func ip(args ...string) error { return run("ip", args...) }

func run(name string, args ...string) error {
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		return fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// close ends the namespace; its ends of the veth pairs, and so ours, go
// with it.
func (n *netns) close() {
	if n.holder.Process != nil {
		n.holder.Process.Kill()
		n.holder.Wait()
	}
}
