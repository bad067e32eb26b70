#!/usr/bin/env bash
# Installs Tether from a checkout into an app of your own, until it is
# published: the npm package packed from web/, and the Go module through a
# replace directive. The README's install steps are these lines; the e2e
# suite runs this script into a fresh app.
#
#   build/examples/install.sh CHECKOUT APP_DIR
set -euo pipefail
checkout=$(cd "${1:?usage: install.sh CHECKOUT APP_DIR}" && pwd)
app=$(cd "${2:?usage: install.sh CHECKOUT APP_DIR}" && pwd)

echo "--- npm: the package from the checkout's web/"
test -f "$checkout/web/tether.wasm" || { echo "install.sh: run make wasm in $checkout first: the package ships tether.wasm" >&2; exit 1; }
cd "$checkout/web" && npm pack --pack-destination "$app"
cd "$app" && npm install ./tether-sse-tether-0.1.0.tgz

echo "--- go: the module from the checkout"
cd "$app" && go mod edit -require github.com/tether-sse/tether@v0.0.0 -replace github.com/tether-sse/tether="$checkout"
cd "$app" && go mod tidy
