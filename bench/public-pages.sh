#!/usr/bin/env bash
# Public pages against static files of the same bytes on the same WildFly: requests per second and p50/p99 for
# each at the same concurrency, the page's share of the file's, and the HTTP sessions the run created. Needs the
# portal running (README's run command) and ApacheBench (apache2-utils).
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

first() { curl -s "$base$1" | grep -o "href=\"$2[0-9]*\"" | head -1 | sed 's/href="//; s/"$//'; }
card="$(first /catalog/ '/catalog/card.xhtml?id=')"
item="$(first '/content/?kind=NEWS' '/content/item.xhtml?id=')"
series="/statistics/series.xhtml?code=dam-levels"
pages=("/" "/unit.xhtml?code=QOM-1" "/content/?kind=NEWS" "$item" "/catalog/" "$card" "/api/catalog/cards" "/track/"
  "/statistics/" "$series" "/outages.xhtml" "/offices.xhtml" "/contact.xhtml" "/newsletter/")
names=(home sub-site news-list news-item catalog card api track statistics series outages offices contact newsletter)
for i in "${!pages[@]}"; do curl -s "$base${pages[$i]}" -o "$static/${names[$i]}.html"; done
# the same bytes served by the same server as files
"$cli" -c --commands="/subsystem=undertow/configuration=handler/file=bench-static:add(path=$static),/subsystem=undertow/server=default-server/host=default-host/location=\/bench-static:add(handler=bench-static)" >/dev/null

sessions() {
  "$cli" -c --commands="/deployment=portal.ear/subdeployment=portal-web.war/subsystem=undertow:read-attribute(name=sessions-created)" \
    | awk -F'=> ' '/"result"/ {gsub(/[^0-9]/, "", $2); print $2}'
}
# one ApacheBench run: "req/s p50 p99"
measure() {
  ab -q -n "$requests" -c "$concurrency" "$1" 2>/dev/null \
    | awk '/Requests per second/ {r=$4} / 50% / {a=$2} / 99% / {b=$2} END {print r, a, b}'
}
# warm up every page and file first (the JIT compiles the serving path), then measure each
for i in "${!pages[@]}"; do
  ab -q -n 1500 -c 16 "$base${pages[$i]}" >/dev/null 2>&1; ab -q -n 1500 -c 16 "$base/bench-static/${names[$i]}.html" >/dev/null 2>&1
done
before="$(sessions)"
echo "| page | bytes | page req/s | static req/s | page / static | page p50 / p99 ms | static p50 / p99 ms |"
echo "|---|---|---|---|---|---|---|"
for i in "${!pages[@]}"; do
  url="$base${pages[$i]}"
  file="$base/bench-static/${names[$i]}.html"
  read -r page p50 p99 < <(measure "$url")
  read -r still s50 s99 < <(measure "$file")
  share="$(awk -v a="$page" -v b="$still" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  echo "| ${names[$i]} (\`${pages[$i]}\`) | $(wc -c < "$static/${names[$i]}.html") | $page | $still | $share | $p50 / $p99 | $s50 / $s99 |"
done
after="$(sessions)"
echo
echo "HTTP sessions created during the run: $((after - before))"
