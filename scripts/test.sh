#!/usr/bin/env bash
# Install what is missing, then run every check and test:
# format, lints (native and wasm), native tests, browser tests of the storage
# adapter, the release build and package, and end-to-end tests of both in
# Chromium (the package served by nginx and by Apache httpd).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh test
# trunk and wasm-bindgen from cargo; wasm-opt from the npm package binaryen.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

# Keep a copy of everything printed, to total the tests at the end.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
exec > >(tee "$log") 2>&1

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (native: core and tests)"
cargo clippy --all-targets -- -D warnings

step "cargo clippy (wasm32: the browser shell)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test storage -- -D warnings
# The release build's one-language wasms (scripts/build.sh).
for lang in zh en; do
  cargo clippy --target wasm32-unknown-unknown --lib --bins --no-default-features --features "$lang" -- -D warnings
done

step "native tests: cargo test"
cargo test

step "browser tests: wasm-bindgen-test in headless Chromium"
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} cargo test --target wasm32-unknown-unknown --test storage

step "release build: scripts/build.sh (the site, its service worker and plan-tracker.html)"
scripts/build.sh

step "release package: scripts/package.sh --no-build"
bash scripts/package.sh --no-build

step "bundle size (raw and gzip)"
bash scripts/sizes.sh

step "end-to-end: Playwright on the release build at 127.0.0.1"
npx playwright test

step "all checks passed"
# cargo: "test result: ok. N passed; M failed"; Playwright: "N passed (…)"
awk '/test result:/ { for (i = 1; i < NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     /^ +[0-9]+ passed \(/ { p += $1 }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
