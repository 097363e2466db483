#!/usr/bin/env bash
# The site search over many published items: start the portal with 10,000 more news items
# (mvn -P run package -Dportal.demo.bulk-items=10000), then run this. Prints req/s and p50/p99 of searches for a word
# in many items, a word in few and a word in none, each typed as people type Persian (Arabic yeh and kaf, ZWNJ).
# Usage: bench/site-search.sh [requests per query, default 500] [concurrency, default 8]
set -euo pipefail
base="${PORTAL_URL:-http://localhost:8080}"
requests="${1:-500}"
concurrency="${2:-8}"
command -v ab >/dev/null || { echo "needs ApacheBench: apt-get install apache2-utils" >&2; exit 1; }
declare -A queries=(
  ["many: كنتور هوشمند"]="%D9%83%D9%86%D8%AA%D9%88%D8%B1%20%D9%87%D9%88%D8%B4%D9%85%D9%86%D8%AF"
  ["few: شماره‌ی 4242"]="%D8%B4%D9%85%D8%A7%D8%B1%D9%87%E2%80%8C%DB%8C%204242"
  ["none: ناموجود"]="%D9%86%D8%A7%D9%85%D9%88%D8%AC%D9%88%D8%AF"
)
echo "| search | req/s | p50 ms | p99 ms |"
echo "|---|---|---|---|"
for name in "many: كنتور هوشمند" "few: شماره‌ی 4242" "none: ناموجود"; do
  url="$base/search.xhtml?q=${queries[$name]}"
  ab -q -n 100 -c "$concurrency" "$url" >/dev/null 2>&1   # warm up
  ab -q -n "$requests" -c "$concurrency" "$url" 2>/dev/null \
    | awk -v n="$name" '/Requests per second/ {r=$4} / 50% / {a=$2} / 99% / {b=$2} END {printf "| %s | %s | %s | %s |\n", n, r, a, b}'
done
