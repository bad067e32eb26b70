//go:build !(js && wasm)

package tetherapp

// Start does nothing outside the browser: the server half of a go-app
// main.go (app.Handler) runs no runtime. See the browser's Start.
func Start(opt Options) error { return nil }
