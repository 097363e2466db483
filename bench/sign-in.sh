#!/usr/bin/env bash
# Sign-in timing: a wrong password for a name that has an account against a name that has none, posted as a
# browser posts the form, one attempt per name so that no slowdown or lock comes into it. The two should take the
# same time (one PBKDF2 check each); the ratio is printed. Needs the portal running with demo data (README's run
# command). The portal allows one client 30 password checks a minute, so the script makes 24 attempts.
# Usage: bench/sign-in.sh
set -euo pipefail
base="${PORTAL_URL:-http://localhost:8080}"
known=(citizen citizen2 editor manager expert officer clerk committee operator admin)
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT

attempt() { # name -> seconds of the post
  local page state
  page="$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")"
  state="$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')"
  curl -s -o /dev/null -w '%{time_total}\n' -c "$jar" -b "$jar" -H "Origin: $base" \
    --data-urlencode "login=login" --data-urlencode "login:username=$1" \
    --data-urlencode "login:password=Not-The-Password-$RANDOM" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
}

attempt warm-up-$RANDOM >/dev/null; attempt citizen >/dev/null
wrong=(); unknown=()
for name in "${known[@]}"; do
  wrong+=("$(attempt "$name")")
  unknown+=("$(attempt "nobody-$RANDOM$RANDOM")")
done
mean() { printf '%s\n' "$@" | awk '{ s += $1 } END { printf "%.3f", s / NR }'; }
w="$(mean "${wrong[@]}")"; u="$(mean "${unknown[@]}")"
echo "| attempts | wrong password, known name (s) | unknown name (s) | unknown / known |"
echo "|---|---|---|---|"
echo "| ${#known[@]} + ${#known[@]} | $w | $u | $(awk -v a="$u" -v b="$w" 'BEGIN { printf "%.2f", a / b }') |"
