#!/usr/bin/env bash
# Makes the portal's WildFly under $SERVER_HOME from the distribution zip and the scripts of this folder.
# Called by the build (config/pom.xml); idempotent: a server already made from the same inputs is kept,
# so that its data (the embedded H2 database under standalone/data) survives a rebuild.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
: "${WILDFLY_ZIP:?}" "${ECLIPSELINK_JAR:?}" "${ECLIPSELINK_JSON_JAR:?}" "${POSTGRESQL_JAR:?}" "${SERVER_HOME:?}"
db="${PORTAL_DB:-h2}"
case "$db" in h2|postgres) ;; *) echo "PORTAL_DB must be h2 or postgres, not '$db'" >&2; exit 2 ;; esac

stamp="$db $(cd "$here" && find provision.sh cli modules -type f | sort | xargs cat | sha1sum | cut -c1-40) $(basename "$WILDFLY_ZIP")"
if [ -f "$SERVER_HOME/.provisioned" ] && [ "$(cat "$SERVER_HOME/.provisioned")" = "$stamp" ]; then
  echo "WildFly at $SERVER_HOME is up to date ($db)"
  exit 0
fi

if [ -d "$SERVER_HOME" ] && pgrep -f "jboss.home.dir=$SERVER_HOME" >/dev/null 2>&1; then
  echo "A portal server is running from $SERVER_HOME; stop it first (README: 'Stop')." >&2
  exit 1
fi

echo "Making WildFly at $SERVER_HOME for database '$db'"
parent="$(dirname "$SERVER_HOME")"
rm -rf "$SERVER_HOME" "$parent"/wildfly-unpack
mkdir -p "$parent"/wildfly-unpack
unzip -q "$WILDFLY_ZIP" -d "$parent"/wildfly-unpack
mv "$parent"/wildfly-unpack/wildfly-* "$SERVER_HOME"
rmdir "$parent"/wildfly-unpack

# EclipseLink inside WildFly's own org.eclipse.persistence module (see ../shared/STACK.md)
el="$SERVER_HOME/modules/system/layers/base/org/eclipse/persistence/main"
cp "$ECLIPSELINK_JAR" "$el/eclipselink.jar"
cp "$ECLIPSELINK_JSON_JAR" "$el/eclipselink-json.jar"
sed "s/@JIPIJAPA@/$(cd "$el" && ls jipijapa-eclipselink-*.jar)/" "$here/modules/org/eclipse/persistence/main/module.xml" > "$el/module.xml"

# the PostgreSQL JDBC driver as a module of its own
pg="$SERVER_HOME/modules/org/postgresql/main"
mkdir -p "$pg"
cp "$POSTGRESQL_JAR" "$pg/postgresql.jar"
cp "$here/modules/org/postgresql/main/module.xml" "$pg/module.xml"

cli() { JAVA_OPTS="-Xmx512m" "$SERVER_HOME/bin/jboss-cli.sh" --file="$1"; }
# No demo data here: this is also the production server. The run command and the test servers ask for it
# themselves (-Dportal.demo-data=true). The same settings in the single-server profile and in the HA profile (standalone-ha.xml, README "Cluster"),
# which then gets its cluster settings.
for config in standalone.xml standalone-ha.xml; do
  for script in portal "datasource-$db" after-datasource; do
    sed "s/--server-config=standalone.xml/--server-config=$config/" "$here/cli/$script.cli" > "$parent/$script-$config.cli"
    cli "$parent/$script-$config.cli"
    rm "$parent/$script-$config.cli"
  done
done
cli "$here/cli/cluster.cli"

echo "$stamp" > "$SERVER_HOME/.provisioned"
echo "WildFly ready at $SERVER_HOME"
