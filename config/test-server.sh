#!/usr/bin/env bash
# Gives a module's integration tests a server of their own, made fresh from the provisioned one (so the tests
# never touch the demo portal's data): modules are hard links, the standalone folder is a real copy.
# On PostgreSQL the test database is made anew as well, so each module's tests start from an empty schema.
# Usage: test-server.sh <provisioned home> <target folder> <h2|postgres> <test database JDBC URL>
set -euo pipefail
home="$1"
target="$2"
db="${3:-h2}"
url="${4:-}"
if [ ! -f "$home/.provisioned" ]; then
  echo "No provisioned server at $home: build the config module first (mvn verify from the top folder)." >&2
  exit 1
fi
rm -rf "$target"
mkdir -p "$(dirname "$target")"
cp -al "$home" "$target"
rm -rf "$target/standalone"
cp -a "$home/standalone" "$target/standalone"
rm -rf "$target/standalone/data" "$target/standalone/log" "$target/standalone/tmp" \
  "$target/standalone/configuration/standalone_xml_history"
# the demo portal's own deployment (made by the run command) is not the tests' business
perl -0pi -e 's#\s*<deployments>.*?</deployments>##s' "$target/standalone/configuration/standalone.xml"
if [ "$db" = postgres ]; then
  # jdbc:postgresql://host:port/name
  hostport="${url#jdbc:postgresql://}"; hostport="${hostport%%/*}"
  name="${url##*/}"; name="${name%%\?*}"
  host="${hostport%%:*}"; port="${hostport##*:}"; [ "$port" = "$hostport" ] && port=5432
  psql -h "$host" -p "$port" -U "${PGUSER:-postgres}" -d postgres -q -v ON_ERROR_STOP=1 \
    -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)" -c "CREATE DATABASE \"$name\""
  echo "Test database $name made anew on $host:$port"
fi
echo "Test server ready at $target"
