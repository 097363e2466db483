#!/usr/bin/env bash
# Puts the browser packages of package.json (exact versions from package-lock.json) into the WAR: installs them
# with the machine's npm under <target>/frontend/npm and copies what the pages load, with each licence, to
# <target>/frontend/webapp/resources/vendor/<package>/ (portal-web/pom.xml adds that folder to the WAR).
# Kept when the lock file has not changed, so a rebuild needs no network.
# Usage: build.sh <portal-web target folder>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1/frontend"
stamp="$(sha1sum "$here/package-lock.json" "$here/build.sh" | sha1sum | cut -c1-40)"
if [ -f "$out/.built" ] && [ "$(cat "$out/.built")" = "$stamp" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "portal-web needs npm to build its browser packages: run 'sudo apt-get install npm'." >&2
  exit 1
fi
rm -rf "$out"
mkdir -p "$out/npm"
cp "$here/package.json" "$here/package-lock.json" "$out/npm/"
(cd "$out/npm" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

picker="$out/npm/node_modules/@majidh1/jalalidatepicker"
dest="$out/webapp/resources/vendor/jalalidatepicker"
mkdir -p "$dest"
cp "$picker/dist/jalalidatepicker.min.js" "$picker/dist/jalalidatepicker.min.css" "$picker/LICENSE" "$dest/"

echo "$stamp" > "$out/.built"
