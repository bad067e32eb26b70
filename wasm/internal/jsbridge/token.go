//go:build js && wasm

package jsbridge

import (
	"errors"
	"fmt"

	"github.com/hack-pad/safejs"

	"github.com/tether-sse/tether/wasm/conn"
)

// TokenFunc is the loader's token option: a JS function that returns the
// access token, or a promise of it.
type TokenFunc struct{ Fn safejs.Value }

var _ conn.TokenSource = TokenFunc{}

// Token calls the function and settles done once with what it resolves
// to: a non-empty string, or an error (a throw, a rejection, a non-string).
func (t TokenFunc) Token(done func(token string, err error)) {
	result, err := t.Fn.Invoke()
	if err != nil {
		go done("", fmt.Errorf("jsbridge: the token option threw: %w", err))
		return
	}
	settled, err := Global("Promise").Call("resolve", result)
	if err != nil {
		go done("", err)
		return
	}
	var ok, fail safejs.Func
	finish := func(token string, err error) {
		ok.Release()
		fail.Release()
		go done(token, err) // never block a JS callback
	}
	if ok, err = safejs.FuncOf(func(_ safejs.Value, args []safejs.Value) any {
		if len(args) == 0 || args[0].Type() != safejs.TypeString {
			finish("", errors.New("jsbridge: the token option must return a string or a promise of one"))
			return nil
		}
		s, err := args[0].String()
		if err != nil || s == "" {
			finish("", errors.New("jsbridge: the token option returned an empty string"))
			return nil
		}
		finish(s, nil)
		return nil
	}); err != nil {
		go done("", err)
		return
	}
	if fail, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		finish("", errors.New("jsbridge: the token option's promise was rejected"))
		return nil
	}); err != nil {
		ok.Release()
		go done("", err)
		return
	}
	if _, err := settled.Call("then", ok.Value(), fail.Value()); err != nil {
		finish("", err)
	}
}
