#!/bin/sh
# Creates the class-data sharing archive that halves the service's start (JDK 17 dynamic AppCDS): runs the
# built-in demo once (demo backend, simulated hardware, a short charging session) and records every class it
# loaded. Run it again after each upgrade of the jar or the JDK; a stale or missing archive is ignored with a
# warning (-Xshare:auto) and the service starts without it.
#   deploy/create-cds-archive.sh /opt/reactive-ocpp/reactive-ocpp.jar /var/lib/reactive-ocpp/reactive-ocpp.jsa
set -e
JAR=${1:-app/target/reactive-ocpp.jar}
ARCHIVE=${2:-reactive-ocpp.jsa}
# the demo with its local HTTP interface on (on a loopback port; if taken, the demo runs without it), so that
# the interface's classes are in the archive as well
PORT=${3:-$(( 20000 + $$ % 20000 ))}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
     -jar "$JAR" --demo --demo-seconds 3 --http-port "$PORT" --data-dir "$WORK" > "$WORK/demo.log" 2>&1
echo "wrote $ARCHIVE"
