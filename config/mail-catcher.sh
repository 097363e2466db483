#!/usr/bin/env bash
# The demo's mail catcher: GreenMail standalone, started in the background by the run command (portal-ear, profile
# run), so that whoever runs the demo reads every mail the portal sends. It listens on the loopback only, on ports
# clear of WildFly's and of the test servers' (the tests' own GreenMail takes 3025): SMTP for the portal, IMAP and
# POP3 for any mail client (the recipient's address as user name, any password), and GreenMail's REST API, which
# lists a recipient's mail as JSON. Mail is kept in memory only; the outbox page keeps the record of what was sent.
# This script becomes the Java process (exec), so the Maven build that started it ends it: Ctrl+C, or the server's
# :shutdown, which ends the run. A mail catcher still answering on the SMTP port (another run still up, or one left
# behind by a Maven that was killed) is used as it is: the portal sends there.
# Usage: mail-catcher.sh <java> <greenmail-standalone jar> <pid file> <smtp port> <imap port> <pop3 port> <api port>
set -euo pipefail
java="$1"
jar="$2"
pidfile="$3"
smtp="$4"
imap="$5"
pop3="$6"
api="$7"
if (exec 3<>"/dev/tcp/127.0.0.1/$smtp") 2>/dev/null; then
  echo "mail-catcher: 127.0.0.1:$smtp is taken already, the portal sends there (a catcher left running stops with: kill \$(cat $pidfile))"
  exit 0
fi
mkdir -p "$(dirname "$pidfile")"
echo $$ > "$pidfile"
echo "mail-catcher: GreenMail on 127.0.0.1, SMTP $smtp, IMAP $imap, POP3 $pop3, http://127.0.0.1:$api/api/user"
exec "$java" -Xmx128m \
  -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp" \
  -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap" \
  -Dgreenmail.pop3.hostname=127.0.0.1 -Dgreenmail.pop3.port="$pop3" \
  -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api" \
  -Dgreenmail.auth.disabled \
  -jar "$jar"
