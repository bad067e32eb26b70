// Package widgets holds the go-app components of the demo's Go
// micro-frontend: tasks, notifications and payments, a connection
// indicator and a debug panel. They reach the runtime only through
// tetherapp, so they share the page's one connection with the plain-JS
// widgets, whichever module owns it.
//
// # The seed review's three kinds of event
//
//   - a signal: force_logout, shown by the indicator (the runtime logs out);
//   - a passive payload: a notification, listed as it comes;
//   - an entity update: a task or a payment replaces only the row it names.
//
// # What the page can read
//
// Each widget's root carries data-ids (the last 100 event ids it took, in
// order) and data-renders (how often it rendered), so a test, or a person
// in DevTools, can see exactly what arrived and what re-rendered.
package widgets
