// Package e2e drives index.html in headless Chromium against the real
// origin on loopback: the runtime's fault matrix (seed §10.1 and the
// issues), asserting for every widget exactly which event ids arrived.
//
// The browser is Debian's Chromium (CHROMIUM overrides the path). Without
// it the tests skip on a developer's machine and fail in CI (CI=true).
package e2e
