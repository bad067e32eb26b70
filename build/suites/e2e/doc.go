// Package e2e drives index.html against the real origin on loopback, in
// two engines: headless Chromium over CDP and WebKitGTK (Safari's engine)
// over WebDriver. The tests are the runtime's fault matrix (docs/testing.md
// lists it); each asserts, for every widget, exactly which event ids
// arrived.
//
// # Engines
//
// Every test runs once per engine as a subtest named for it (TestX/chromium,
// TestX/webkit) through one small driver interface (driver_test.go). A case
// an engine cannot do says so by name: it skips with the reason, or logs
// what it checks instead.
//
// # Machines
//
// Chromium comes from Debian (CHROMIUM overrides the path); WebKitGTK from
// webkit2gtk-driver and xvfb. Without them the tests skip on a developer's
// machine and fail in CI (CI=true). As root, WebKit runs in a network
// namespace of its own, so that its offline case is a real one.
package e2e
