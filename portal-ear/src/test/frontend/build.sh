#!/usr/bin/env bash
# Installs the browser tests' packages (package-lock.json) with the machine's npm under <target>/test-frontend
# and copies axe-core's script where the tests read it: <target>/test-classes/axe.min.js. Kept while the lock
# file is unchanged. Usage: build.sh <portal-ear target folder>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1/test-frontend"
stamp="$(sha1sum "$here/package-lock.json" "$here/build.sh" | sha1sum | cut -c1-40)"
if [ ! -f "$out/.built" ] || [ "$(cat "$out/.built")" != "$stamp" ]; then
  rm -rf "$out"
  mkdir -p "$out"
  cp "$here/package.json" "$here/package-lock.json" "$out/"
  (cd "$out" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  echo "$stamp" > "$out/.built"
fi
mkdir -p "$1/test-classes"
cp "$out/node_modules/axe-core/axe.min.js" "$1/test-classes/axe.min.js"
