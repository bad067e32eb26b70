GO        ?= go
GOROOT    := $(shell $(GO) env GOROOT)
GOBIN     := $(shell $(GO) env GOPATH)/bin
WASMFLAGS := -trimpath -ldflags="-s -w"
SHELL      := bash
.SHELLFLAGS := -o pipefail -c

.PHONY: run wasm pack react-app vite-app test test-unit test-bridge test-e2e bench bench-origin screenshots clean

## run: build the wasm and serve the demo at http://localhost:3001
run: wasm
	$(GO) run ./server -addr 127.0.0.1:3001 -root . -data ./data -demo

## wasm: build both modules into web/ with the same Go's wasm_exec.js, precompressed, with
## content-hashed copies and web/manifest.json for the loader (the origin serves those immutable)
wasm:
	@echo "building web/tether.wasm (lean runtime) and web/widgets.wasm (go-app widgets)"
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/tether.wasm ./wasm/cmd/tether
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o web/widgets.wasm ./wasm/cmd/widgets
	cp "$(GOROOT)/lib/wasm/wasm_exec.js" web/wasm_exec.js
	$(GO) run ./build/tools/precompress web/tether.wasm web/widgets.wasm web/wasm_exec.js
	$(GO) run ./build/tools/fingerprint web/tether.wasm web/widgets.wasm web/wasm_exec.js

## test: every test: native (-race), then end to end in headless Chromium
test: test-unit test-bridge test-e2e

# Every package's tests but the browser suite's (test-e2e runs it).
test-unit: build/suites/interop/node_modules build/examples/reactapp/node_modules
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	$(GO) test -race $$($(GO) list ./... | grep -v '/build/suites/e2e$$')

# The bridge's own tests run inside Chromium (wasmbrowsertest as -exec).
# wasmbrowsertest logs CDP events its protocol version cannot parse; drop them.
test-bridge: $(GOBIN)/wasmbrowsertest
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOBIN)/wasmbrowsertest" ./wasm/internal/jsbridge/ 2>&1 | grep -v 'could not unmarshal event'

$(GOBIN)/wasmbrowsertest:
	$(GO) install github.com/agnivade/wasmbrowsertest@v0.11.0

# The same suite in each engine: Chromium over CDP, WebKitGTK over WebDriver.
test-e2e: wasm react-app vite-app next-app
	@echo "e2e in Chromium"
	$(GO) test -count=1 -timeout 10m -run '/chromium' ./build/suites/e2e/
	@echo "e2e in WebKit (WebKitGTK)"
	$(GO) test -count=1 -timeout 10m -run '/webkit' ./build/suites/e2e/

## react-app: a React app outside the package (build/examples/reactapp) on the drop-in provider, bundled
## by esbuild from the npm package; tsc checks the package's .d.ts files and a TypeScript consumer
react-app: wasm build/examples/reactapp/node_modules
	cd build/examples/reactapp && node build.mjs && npx tsc -p .

build/examples/reactapp/node_modules: build/examples/reactapp/package-lock.json
	npm ci --prefix build/examples/reactapp --no-audit --no-fund
	@touch $@

## pack: the npm package as npm would publish it, packed from web/ into build/out/pkg
PKG := build/out/pkg/tether-sse-tether-0.1.0.tgz
pack: wasm
	mkdir -p build/out/pkg && rm -f build/out/pkg/*.tgz
	cd web && npm pack --pack-destination ../build/out/pkg >/dev/null

## vite-app: a Vite app (build/examples/viteapp) on the drop-in provider, from the packed package;
## tether.wasm and wasm_exec.js go beside the bundle (its public folder's assets/)
vite-app: pack build/examples/viteapp/node_modules
	cd build/examples/viteapp && npm install --no-save --no-audit --no-fund ../../../$(PKG)
	mkdir -p build/out/viteapp-public/assets
	cp build/examples/viteapp/node_modules/@tether-sse/tether/tether.wasm build/examples/viteapp/node_modules/@tether-sse/tether/wasm_exec.js build/out/viteapp-public/assets/
	cd build/examples/viteapp && npx vite build

## next-app: a Next.js app (build/examples/nextapp: App Router, a 'use client' page) on the drop-in
## provider, from the packed package, exported statically; the modules are in its public/ (moduleBase)
next-app: pack build/examples/nextapp/node_modules
	cd build/examples/nextapp && npm install --no-save --no-audit --no-fund ../../../$(PKG)
	mkdir -p build/examples/nextapp/public
	cp build/examples/nextapp/node_modules/@tether-sse/tether/tether.wasm build/examples/nextapp/node_modules/@tether-sse/tether/wasm_exec.js build/examples/nextapp/public/
	cd build/examples/nextapp && NEXT_TELEMETRY_DISABLED=1 npx next build
	rm -rf build/out/nextapp && mv build/examples/nextapp/out build/out/nextapp

build/examples/nextapp/node_modules: build/examples/nextapp/package-lock.json
	npm ci --prefix build/examples/nextapp --no-audit --no-fund
	@touch $@

build/examples/viteapp/node_modules: build/examples/viteapp/package-lock.json
	npm ci --prefix build/examples/viteapp --no-audit --no-fund
	@touch $@

build/suites/interop/node_modules: build/suites/interop/package-lock.json
	npm ci --prefix build/suites/interop --no-audit --no-fund
	@touch $@

## screenshots: the README's pictures of the demo, taken in headless Chromium
screenshots: wasm
	$(GO) run ./build/tools/screenshots -out docs/screenshots

## bench: Tether against the plain-JS way, side by side: one table of medians and ratios
bench: wasm
	$(GO) run ./build/bench
	@echo "Leader hand-over between tabs (median of 20, per engine):"
	@$(GO) test -count=1 -run 'TestLeaderLeavesAndReturns' ./build/suites/e2e -handovers 20 -v | grep 'hand-over'

## bench-origin: the origin's Go micro-benchmarks (hub fan-out, idle memory)
bench-origin:
	$(GO) test -run '^$$' -bench . -benchmem ./server/...

clean:
	rm -f web/*.wasm web/*.wasm.br web/*.wasm.gz web/wasm_exec.* web/manifest.json
