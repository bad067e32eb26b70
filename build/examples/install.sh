#!/usr/bin/env bash
# Installs Tether from a checkout into an app of your own, until it is
# published: the npm package packed from web/ for a page that loads
# Tether, the Go module through a replace directive for a go-app app or a
# Go server. The README's install steps are this script's lines; the e2e
# suite runs it into fresh apps of each kind.
#
#   build/examples/install.sh CHECKOUT APP_DIR [js|go|both]
set -euo pipefail
kind=${3:-both}
case $kind in js | go | both) ;; *) echo "usage: install.sh CHECKOUT APP_DIR [js|go|both]" >&2; exit 2 ;; esac
test -f "${1:-.}/web/tether.wasm" || { echo "install.sh: run make wasm in ${1:-.} first: the package ships tether.wasm" >&2; exit 1; }

checkout=$(realpath "${1:-.}")     # this repository's checkout, after make wasm in it
app=$(realpath "${2:-../my-app}")  # your app's folder

if [[ $kind != go ]]; then
echo "--- npm: the package from the checkout's web/"
# A page that loads Tether (plain JS, React, Vite, Next.js): the npm package.
cd "$checkout/web" && npm pack --pack-destination "$app"
cd "$app" && npm install ./tether-sse-tether-0.1.0.tgz
fi

if [[ $kind != js ]]; then
echo "--- go: the module from the checkout"
# A go-app app, or a Go server with the origin in it: the Go module, in
# your app's module (go mod init first), once your code imports Tether
# (go mod tidy drops a requirement nothing imports yet).
cd "$app" && go mod edit -require github.com/tether-sse/tether@v0.0.0 -replace github.com/tether-sse/tether="$checkout"
cd "$app" && go mod tidy
fi
