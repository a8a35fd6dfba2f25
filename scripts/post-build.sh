#!/usr/bin/env bash
# After each build (trunk's post_build hook, on its staging directory), in
# this order (trunk starts the hooks of one stage all at once, so the steps
# that read each other's output are chained here):
#   wasm-opt.mjs    binaryen's wasm-opt, -Oz after two passes that merge
#                   functions (trunk's own run is off: index.html)
#   wasm-imports.mjs the wasm's imports given short names, in the wasm and
#                   in the loader
#   wasm-order.mjs  the wasm's functions ordered so that gzip compresses them
#                   better
#   minify-js.mjs   the JavaScript minified
#                   (these four in release builds, each writing the page's
#                   integrity hash of what it changed: trunk names the profile in
#                   TRUNK_PROFILE)
#   csp.sh          the inline loader's hash into the page's CSP
#   offline.mjs     the build date into the page; sw.js, the service worker
#   single-file.mjs plan-tracker.html, the whole app in one file
# By hand: scripts/post-build.sh [dist directory], default dist.
set -euo pipefail
cd "$(dirname "$0")/.."
dir="${1:-${TRUNK_STAGING_DIR:-dist}}"
if [ "${TRUNK_PROFILE:-release}" = release ]; then
  node scripts/wasm-opt.mjs "$dir"
  node scripts/wasm-imports.mjs "$dir"
  node scripts/wasm-order.mjs "$dir"
  node scripts/minify-js.mjs "$dir"
fi
bash scripts/csp.sh "$dir"
node scripts/offline.mjs "$dir"
node scripts/single-file.mjs "$dir"
