#!/usr/bin/env bash
# Print the size of the built app in dist/: each wasm, js and css file, raw
# and gzip-compressed as the release package's precompressed .gz files are
# (scripts/gzip.mjs: the smallest of zlib, gzip -9 and zopfli, whichever are
# installed; a server compressing as it sends makes larger ones), and what
# one user downloads: the page loads the wasm and loader of one language
# (scripts/languages.mjs), so the total is given for each language, with
# the other scripts, the style sheet and the page. Then, apart, the sample
# plan's files and the saved pages' style sheets.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
declare -A raw gz
printf '%-44s %12s %12s\n' file raw gzip
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  raw[$name]=$(stat -c %s "$f")
  gz[$name]=$(node scripts/gzip.mjs "$f")
  printf '%-44s %12d %12d\n' "$name" "${raw[$name]}" "${gz[$name]}"
done
# Each language's wasm and loader, as the page's loader names them; a build
# of both languages in one wasm (trunk serve) has no such list.
langs=$(grep -o '"\(zh\|en\)":\["\./[^"]*\.js"' "$dist/index.html" | sed 's/^"\([a-z]*\)":\["\.\/\([^"]*\)\.js"$/\1 \2/' || true)
[ -n "$langs" ] || langs="both $(basename "$(ls "$dist"/plan-tracker-*_bg.wasm | head -1)" _bg.wasm)"
while read -r lang app; do
  total_raw=0
  total_gz=0
  for name in "${!raw[@]}"; do
    case "$name" in
      plan-tracker-*_bg.wasm | plan-tracker-*.js)
        [ "$name" = "${app}_bg.wasm" ] || [ "$name" = "$app.js" ] || continue ;;
    esac
    total_raw=$((total_raw + ${raw[$name]}))
    total_gz=$((total_gz + ${gz[$name]}))
  done
  printf '%-44s %12d %12d\n' "total, one user ($lang)" "$total_raw" "$total_gz"
done <<<"$langs"
# The sample plan's files: not part of the app, read by a first visit (the
# Chinese file; English also the words) and when the user asks for the sample.
for f in "$dist"/sample.*; do
  [ -e "$f" ] || continue
  printf '%-44s %12d %12d\n' "$(basename "$f") (sample)" "$(stat -c %s "$f")" "$(node scripts/gzip.mjs "$f")"
done
# The saved pages' style sheets: read only when a page is saved as HTML.
for f in "$dist"/saved/*.css; do
  [ -e "$f" ] || continue
  printf '%-44s %12d %12d\n' "saved/$(basename "$f") (when saving)" "$(stat -c %s "$f")" "$(node scripts/gzip.mjs "$f")"
done
