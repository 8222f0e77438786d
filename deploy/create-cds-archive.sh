#!/bin/sh
# Creates the class-data sharing archive that halves the service's start (JDK 17 dynamic AppCDS): runs the
# built-in demo once (demo backend, simulated hardware, a short charging session) and records every class it
# loaded. Run it again after each upgrade of the jar or the JDK; a stale or missing archive is ignored with a
# warning (-Xshare:auto) and the service starts without it.
#   deploy/create-cds-archive.sh /opt/reactive-ocpp/reactive-ocpp.jar /var/lib/reactive-ocpp/reactive-ocpp.jsa
set -e
JAR=${1:-app/target/reactive-ocpp.jar}
ARCHIVE=${2:-reactive-ocpp.jsa}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
java -XX:ArchiveClassesAtExit="$ARCHIVE" -Xmx64m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
     -jar "$JAR" --demo --demo-seconds 3 --http-port 0 --data-dir "$WORK" > "$WORK/demo.log" 2>&1
echo "wrote $ARCHIVE"
