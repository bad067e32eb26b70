GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
GOBIN     := $(shell $(GO) env GOPATH)/bin
WASMFLAGS := -trimpath -ldflags="-s -w"
SHELL      := bash
.SHELLFLAGS := -o pipefail -c

.PHONY: run wasm test test-unit test-bridge test-e2e bench clean

## run: build the wasm and serve the demo at http://localhost:3001
run: wasm
	$(GO) run ./server -addr :3001 -root .

## wasm: build the lean runtime into web/ with the same Go's wasm_exec.js
wasm:
	@echo "building web/tether.wasm (lean runtime)"
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/tether.wasm ./wasm/cmd/tether
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" web/wasm_exec.js
	$(GO) run ./build/precompress web/tether.wasm web/wasm_exec.js

## test: every test: native (-race), then end to end in headless Chromium
test: test-unit test-bridge test-e2e

test-unit: build/nodeclient/node_modules
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(GO) test -race ./server/... ./wasm/... ./build/testenv/...

# The bridge's own tests run inside Chromium (wasmbrowsertest as -exec).
# wasmbrowsertest logs CDP events its protocol version cannot parse; drop them.
test-bridge: $(GOBIN)/wasmbrowsertest
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOBIN)/wasmbrowsertest" ./wasm/jsbridge/ 2>&1 | grep -v 'could not unmarshal event'

$(GOBIN)/wasmbrowsertest:
	$(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0

test-e2e: wasm
	$(GO) test -count=1 -timeout 10m ./build/e2e/

build/nodeclient/node_modules: build/nodeclient/package-lock.json
	npm ci --prefix build/nodeclient --no-audit --no-fund
	@touch $@

## bench: benchmarks that print figures
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./server/...

clean:
	rm -f web/*.wasm web/*.wasm.br web/*.wasm.gz web/wasm_exec.js web/wasm_exec.js.br web/wasm_exec.js.gz
