#!/usr/bin/env bash
# Install what is missing, then make the release build in dist/ as it ships
# (trunk build --release with scripts/release-env.sh): the site, its service
# worker and plan-tracker.html. `--dist DIR` puts it in DIR; other
# arguments go to trunk.
#
# One wasm per language, so that a user downloads the texts of one: the
# app is built with both languages (for plan-tracker.html, the one-file
# app) and in English into target/, then in Chinese into the site, and
# scripts/languages.mjs makes the site's page load the build of the
# language chosen.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh app
# trunk and wasm-bindgen from cargo; wasm-opt from the npm package binaryen.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
. scripts/release-env.sh
dist=dist
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) dist=$2; shift 2 ;;
    --dist=*) dist=${1#--dist=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
trunk build --release "${args[@]}" --dist target/dist-both
trunk build --release --no-default-features --features en "${args[@]}" --dist target/dist-en
trunk build --release --no-default-features --features zh "${args[@]}" --dist "$dist"
node scripts/languages.mjs "$dist" target/dist-en target/dist-both
