#!/usr/bin/env bash
# The browser tests drive Debian's chromium through chromium-driver. Called by the test command (config/pom.xml)
# before anything else is built: installs both where it may (as root, or with sudo -n), or stops at once with one
# line that says what to do, so the browser tests never fail after minutes for want of a browser.
set -euo pipefail
driver="${PORTAL_CHROMEDRIVER:-/usr/bin/chromedriver}"
if command -v chromium >/dev/null 2>&1 && [ -x "$driver" ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "The browser tests need Debian's chromium and chromium-driver: run 'sudo apt-get install chromium chromium-driver' (or skip them with -DskipITs)." >&2
  exit 1
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium chromium-driver >/dev/null
