#!/usr/bin/env bash
# Issue 9, defect 11: on a machine without the browser, where the build may not install it (not root, no sudo),
# browser.sh stops at once with one line that says what to do. Run by the build (config/pom.xml, test phase).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
stubs="$(mktemp -d)"
trap 'rm -rf "$stubs"' EXIT
# a machine as browser.sh sees it: no chromium on the PATH, not root, sudo asks for a password
printf '#!/bin/sh\necho 1000\n' > "$stubs/id"
printf '#!/bin/sh\nexit 1\n' > "$stubs/sudo"
chmod +x "$stubs/id" "$stubs/sudo"
start=$(date +%s)
set +e
PATH="$stubs:/usr/bin/nonexistent" PORTAL_CHROMEDRIVER=/nonexistent/chromedriver \
  /bin/bash "$here/browser.sh" > "$stubs/out" 2> "$stubs/err"
status=$?
set -e
took=$(( $(date +%s) - start ))
fail() { echo "browser-check: $1" >&2; exit 1; }
[ "$status" -ne 0 ] || fail "browser.sh succeeded without a browser"
[ "$took" -le 5 ] || fail "browser.sh took ${took}s to stop"
[ "$(wc -l < "$stubs/err")" -eq 1 ] || fail "expected one line, got: $(cat "$stubs/err")"
grep -q "apt-get install chromium chromium-driver" "$stubs/err" || fail "the line does not say what to do: $(cat "$stubs/err")"
echo "browser-check: browser.sh stops in ${took}s with: $(cat "$stubs/err")"
