#!/usr/bin/env bash
# Install what is missing, and nothing that is already there at the right version.
#   scripts/install.sh app    the wasm target, the release build's pinned nightly Rust, trunk, wasm-bindgen-cli and the npm
#                             packages of package-lock.json (binaryen's wasm-opt), to build and serve
#   scripts/install.sh test   all of the above, plus Chromium, chromedriver, CJK fonts,
#                             zopfli (the release package's .gz files), nginx and Apache
#                             httpd (Debian packages; the release package's tests serve it
#                             with both) and the npm packages of package-lock.json
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen the lock file resolves.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

say() { printf '==> %s\n' "$*"; }

need_rust() {
  # The release build's pinned nightly (scripts/release-env.sh), with the
  # standard library's source to build it and the wasm target.
  local nightly
  nightly=$(. scripts/release-env.sh && echo "$RELEASE_TOOLCHAIN")
  if ! rustup +"$nightly" component list --installed 2>/dev/null | grep -q '^rust-src' \
    || ! rustup +"$nightly" target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing Rust $nightly for the release build (once)"
    rustup toolchain install "$nightly" --profile minimal --component rust-src --target wasm32-unknown-unknown
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (a few minutes, once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
    # Without --locked: the registry's webpki-roots pin can fail to resolve.
    cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
  fi
}

need_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

need_npm() {
  if ! command -v npm >/dev/null; then
    need_apt nodejs npm
  fi
  # `npm ls` fails when a package of package.json is missing or at another version.
  if ! npm ls --depth=0 >/dev/null 2>&1; then
    say "installing npm packages from package-lock.json"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

case "${1:-app}" in
  # The release build runs wasm-opt from the npm package binaryen.
  app) need_rust; need_npm ;;
  test)
    need_rust
    need_apt chromium chromium-driver fonts-noto-cjk
    # The release package's .gz files (scripts/gzip.mjs).
    need_apt zopfli
    # The release package's nginx.conf and apache.conf are tested with
    # Debian's nginx and apache2 (run by the tests themselves, with a prefix
    # or ServerRoot of their own: no service is started).
    [ -x /usr/sbin/nginx ] || need_apt nginx-light || need_apt nginx
    [ -x /usr/sbin/apache2 ] || need_apt apache2
    command -v python3 >/dev/null || need_apt python3
    need_npm
    ;;
  *) echo "usage: $0 [app|test]" >&2; exit 2 ;;
esac
