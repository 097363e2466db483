#!/usr/bin/env bash
# Public pages against static files of the same bytes on the same WildFly: requests per second for each, and the
# page's share of the file's. Needs the portal running (README's run command) and ApacheBench (apache2-utils).
# Usage: bench/public-pages.sh [requests per URL, default 3000] [concurrency, default 32]
# Writes the table to stdout; docs/performance.md keeps the last one measured.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
base="${PORTAL_URL:-http://localhost:8080}"
requests="${1:-3000}"
concurrency="${2:-32}"
cli="$here/config/target/wildfly/bin/jboss-cli.sh"
command -v ab >/dev/null || { echo "needs ApacheBench: apt-get install apache2-utils" >&2; exit 1; }
static="$(mktemp -d)"
trap '"$cli" -c --commands="/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:remove,/subsystem=undertow/configuration=handler/file=bench-static:remove" >/dev/null 2>&1 || true; rm -rf "$static"' EXIT

card="$(curl -s "$base/catalog/" | grep -o 'href="/catalog/card.xhtml?id=[0-9]*"' | head -1 | sed 's/href="//; s/"$//')"
pages=("/" "/catalog/" "$card" "/track/")
names=(home catalog card track)
for i in "${!pages[@]}"; do curl -s "$base${pages[$i]}" -o "$static/${names[$i]}.html"; done
# the same bytes served by the same server as files
"$cli" -c --commands="/subsystem=undertow/configuration=handler/file=bench-static:add(path=$static),/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:add(handler=bench-static)" >/dev/null

rps() { ab -q -n "$requests" -c "$concurrency" "$1" 2>/dev/null | awk '/Requests per second/ {print $4}'; }
p99() { ab -q -n "$requests" -c "$concurrency" "$1" 2>/dev/null | awk '/ 99% / {print $2}'; }
echo "| page | bytes | page req/s | static req/s | page / static | page p99 ms |"
echo "|---|---|---|---|---|---|"
for i in "${!pages[@]}"; do
  url="$base${pages[$i]}"
  file="$base/bench-static/${names[$i]}.html"
  ab -q -n 300 -c 8 "$url" >/dev/null 2>&1; ab -q -n 300 -c 8 "$file" >/dev/null 2>&1   # warm up
  page="$(rps "$url")"; still="$(rps "$file")"; tail="$(p99 "$url")"
  share="$(awk -v a="$page" -v b="$still" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  echo "| ${names[$i]} (\`${pages[$i]}\`) | $(wc -c < "$static/${names[$i]}.html") | $page | $still | $share | $tail |"
done
