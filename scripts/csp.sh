#!/usr/bin/env bash
# Complete the Content Security Policy of a built index.html.
#
# index.html's CSP allows scripts from the page's own origin only. trunk
# injects one inline <script type="module"> that loads the wasm (its text
# names the hashed file names, so it changes with every build), and the page
# has one of its own (the loading word that says the app could not start,
# minified by trunk, so hashed as built). This step
# computes the sha256 of every inline script in the built page and writes
# them in place of the placeholder 'inline-script-hashes' in the policy,
# so exactly those scripts run and no other inline script does.
#
# Trunk.toml runs it after every build (a post_build hook, on the staging
# directory); by hand: scripts/csp.sh [dist directory], default dist.
set -euo pipefail
dir="${1:-${TRUNK_STAGING_DIR:-dist}}"
html="$dir/index.html"
python3 - "$html" <<'PY'
import base64, hashlib, re, sys
path = sys.argv[1]
page = open(path, encoding="utf-8").read()
placeholder = "'inline-script-hashes'"
if placeholder not in page:
    sys.exit(f"csp.sh: no {placeholder} in the policy of {path}")
scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", page, re.S)
hashes = " ".join(
    "'sha256-%s'" % base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
    for s in scripts
)
open(path, "w", encoding="utf-8").write(page.replace(placeholder, hashes))
print(f"csp.sh: {len(scripts)} inline script(s) allowed by hash in {path}")
PY
