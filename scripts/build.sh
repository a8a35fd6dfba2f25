#!/usr/bin/env bash
# Install what is missing, then make the release build in dist/ as it ships
# (trunk build --release with scripts/release-env.sh): the site, its service
# worker and plan-tracker.html. Extra arguments go to trunk.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh app
# trunk and wasm-bindgen from cargo; wasm-opt from the npm package binaryen.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
. scripts/release-env.sh
exec trunk build --release "$@"
