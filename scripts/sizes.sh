#!/usr/bin/env bash
# Print the size of the built app in dist/: each wasm, js and css file and the
# total, raw and gzip-compressed (gzip -9, as a static server would send it);
# then the sample plan's files and the saved pages' style sheets, apart.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-dist}
total_raw=0
total_gz=0
printf '%-44s %12s %12s\n' file raw gzip
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do
  [ -e "$f" ] || continue
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gz=$((total_gz + gz))
  printf '%-44s %12d %12d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %12d %12d\n' total "$total_raw" "$total_gz"
# The sample plan's files: not part of the app, read by a first visit (the
# Chinese file; English also the words) and when the user asks for the sample.
for f in "$dist"/sample.*; do
  [ -e "$f" ] || continue
  printf '%-44s %12d %12d\n' "$(basename "$f") (sample)" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
# The saved pages' style sheets: read only when a page is saved as HTML.
for f in "$dist"/saved/*.css; do
  [ -e "$f" ] || continue
  printf '%-44s %12d %12d\n' "saved/$(basename "$f") (when saving)" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
done
