#!/usr/bin/env bash
# Join the style sheets into the one sheet the page links.
#
# The sources stay one sheet per view (style/*.css); the browser gets them as
# one file, so gzip compresses them together (rules and names repeat across
# sheets) and the page makes one request instead of twelve. The order is the
# cascade's: main.css first, then the views', as they were linked one by one.
#
# Trunk.toml runs it before every build (a pre_build hook); the joined sheet
# is written under target/, which trunk does not watch, and trunk minifies it
# in release builds. By hand: scripts/styles.sh [output], default
# target/style/plan-tracker.css.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/style/plan-tracker.css}"
sheets=(main table dashboard scoreboard figures timeline report csv import exchange
  onboarding task_form supervision notice bulletin help)
mkdir -p "$(dirname "$out")"
tmp="$out.tmp"
: >"$tmp"
for s in "${sheets[@]}"; do
  printf '/* style/%s.css */\n' "$s" >>"$tmp"
  cat "style/$s.css" >>"$tmp"
  printf '\n' >>"$tmp"
done
# Every sheet in style/ must be in the list, so none is left out silently.
for f in style/*.css; do
  name=$(basename "$f" .css)
  case " ${sheets[*]} " in
    *" $name "*) ;;
    *) echo "styles.sh: $f is not in the list of sheets" >&2; rm -f "$tmp"; exit 1 ;;
  esac
done
mv "$tmp" "$out"
