#!/usr/bin/env bash
# Install what is missing, then build and serve the app on http://127.0.0.1:8080/.
# The sample plan loads on the first visit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh app
# trunk and wasm-bindgen from cargo; wasm-opt from the npm package binaryen.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
. scripts/release-env.sh
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "${PORT:-8080}"
