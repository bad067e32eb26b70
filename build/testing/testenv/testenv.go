// Package testenv decides what a test does when something it needs from the
// machine (a browser, Node) is missing: skip on a developer's machine, fail
// in CI (CI=true), where a skip would hide that nothing was tested.
package testenv

import (
	"os"
	"strconv"
	"testing"
)

// InCI reports whether the CI environment variable says so.
func InCI() bool {
	ci, _ := strconv.ParseBool(os.Getenv("CI"))
	return ci
}

// Require fails (in CI) or skips (elsewhere) the test when err is not nil.
func Require(tb testing.TB, what string, err error) {
	tb.Helper()
	if err == nil {
		return
	}
	if InCI() {
		tb.Fatalf("%s is required in CI: %v", what, err)
	}
	tb.Skipf("%s is missing (%v); CI fails here instead of skipping", what, err)
}
