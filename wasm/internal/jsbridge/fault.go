//go:build js && wasm

package jsbridge

import (
	"sync"

	"github.com/hack-pad/safejs"
)

// faults are the JS calls that failed where the bridge could only go on
// without them: a field of an event it could not read, a listener it could
// not remove, a timer it could not clear. Each is counted for stats()
// (Env.Faults), never thrown at the page; a call whose failure matters is
// returned as an error instead.
var faults struct {
	mu   sync.Mutex
	n    int
	last string
}

// Fault records err, if any, and reports whether there was one.
func Fault(err error) bool {
	if err == nil {
		return false
	}
	faults.mu.Lock()
	defer faults.mu.Unlock()
	faults.n++
	faults.last = err.Error()
	return true
}

// Faults is how many calls failed so far, and the last.
func Faults() (n int, last string) {
	faults.mu.Lock()
	defer faults.mu.Unlock()
	return faults.n, faults.last
}

// call calls v.method(args...) for its effect alone.
func call(v safejs.Value, method string, args ...any) error {
	_, err := v.Call(method, args...)
	return err
}

// The readers below are best-effort: each records a failure (Fault) and
// gives the zero value, for the places where the runtime goes on without.

// Global is globalThis[name] (undefined on failure).
func Global(name string) safejs.Value {
	v, err := safejs.Global().Get(name)
	Fault(err)
	return v
}

// Prop is v[name] (undefined on failure).
func Prop(v safejs.Value, name string) safejs.Value {
	p, err := v.Get(name)
	Fault(err)
	return p
}

// Int is v as an int (0 on failure).
func Int(v safejs.Value) int {
	n, err := v.Int()
	Fault(err)
	return n
}

// Bool is v as a bool (false on failure).
func Bool(v safejs.Value) bool {
	b, err := v.Bool()
	Fault(err)
	return b
}

// String is v as a string ("" on failure).
func String(v safejs.Value) string {
	s, err := v.String()
	Fault(err)
	return s
}

// Float is v as a float64 (0 on failure).
func Float(v safejs.Value) float64 {
	f, err := v.Float()
	Fault(err)
	return f
}

// Call calls v.method(args...) for its effect, recording a failure.
func Call(v safejs.Value, method string, args ...any) {
	Fault(call(v, method, args...))
}

// The opt readers below give the zero value, with no fault, for a
// property that is absent or of another type: optional fields. The
// readers above (String, Int, Bool, Float) count a fault when a value is
// not what they read.

// optString is a string property, or "" if it is absent or not a string.
func optString(v safejs.Value, name string) string {
	if p := Prop(v, name); p.Type() == safejs.TypeString {
		return String(p)
	}
	return ""
}

// optInt is a number property, or 0 if it is absent or not a number.
func optInt(v safejs.Value, name string) int {
	if p := Prop(v, name); p.Type() == safejs.TypeNumber {
		return Int(p)
	}
	return 0
}

// optBool is a boolean property, or false if it is absent or not a boolean.
func optBool(v safejs.Value, name string) bool {
	if p := Prop(v, name); p.Type() == safejs.TypeBoolean {
		return Bool(p)
	}
	return false
}
