package conn_test

import "github.com/tether-sse/tether/wasm/conn"

// termTab is the tab a tab message's term names.
func termTab(m conn.TabMessage) string { return m.Term.Tab }
