// A go-app app of its own that uses Tether as a dependency, as a go-app team
// would after `go get github.com/tether-sse/tether`. The replace directive
// points it at this checkout; build/e2e builds it for the browser and the
// server and runs it in both engines.
module example.com/tasksapp

go 1.26.0

require (
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/tether-sse/tether v0.0.0
)

require (
	github.com/google/uuid v1.6.0 // indirect
	github.com/hack-pad/safejs v0.1.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
)

replace github.com/tether-sse/tether => ../../..
