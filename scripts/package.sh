#!/usr/bin/env bash
# Write the release package for an IT department: plan-tracker-<version>.zip
# (version from Cargo.toml) holding
#   site/               the release build (dist/), with .gz and .br beside
#                       its large files
#   plan-tracker.html   the whole app in one file, with plan-format.md and
#                       LICENSE.txt beside it (its About panel links them)
#   HOSTING.md          how to serve it: nginx, Apache, IIS, python3 -m http.server
#   nginx.conf          a ready nginx site serving it under /plan-tracker/
#   apache.conf         the same for Apache httpd 2.4
# The version and the page's Content Security Policy are written into
# HOSTING.md, nginx.conf and apache.conf (packaging/ holds their sources).
#
#   bash scripts/package.sh              runs the release build first
#   bash scripts/package.sh --no-build   packages dist/ as it is
# Writes the zip in the repository's top folder and prints its path.
set -euo pipefail
cd "$(dirname "$0")/.."
build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) echo "usage: $0 [--no-build]" >&2; exit 2 ;;
esac
if [ "$build" = 1 ]; then
  scripts/build.sh
fi
for f in dist/index.html dist/sw.js dist/plan-tracker.html; do
  [ -e "$f" ] || { echo "package.sh: no $f: run the release build (scripts/build.sh) first" >&2; exit 1; }
done
if ! command -v zopfli >/dev/null; then
  echo "package.sh: zopfli is not installed, so the .gz files are gzip -9's, about 4.5% larger (bash scripts/install.sh test installs it)" >&2
fi
node scripts/package.mjs
