#!/bin/bash
# The scale figures of the README in one run, on a large recording you made (see README "Performance"):
#   scripts/measure-large-trace.sh TRACE.DAT TRACE-CMD-REPORT.TXT
# prints the machine load, the sizes, `trace-cmd report` of the trace.dat (the baseline), then for the
# trace.dat and the text: `rtscope bench load` (median of 4 timed loads after a warm-up, retained heap per
# event) and three cold `rtscope analyze --json` runs with wall time and peak RSS (/usr/bin/time), through
# `java -jar` and, when installer/build.sh has made it, through the installed launcher with its JVM options.
# Needs trace-cmd and GNU time (apt-get install trace-cmd time) and a built target/rtscope.jar.
set -u
if [ $# -ne 2 ]; then
  echo "usage: $0 TRACE.DAT TRACE-CMD-REPORT.TXT" >&2
  exit 64
fi
JAR=${JAR:-target/rtscope.jar}
# the app-image's launcher (installer/build.sh), measured too when it has been built
LAUNCHER=${LAUNCHER:-target/jpackage/rtscope/bin/rtscope}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DAT=$1; TXT=$2
echo "date: $(date -u +%FT%TZ)  load: $(cut -d' ' -f1-3 /proc/loadavg)  cpus: $(nproc)"
echo "trace.dat bytes: $(stat -c %s "$DAT")  text bytes: $(stat -c %s "$TXT")"
for i in 1 2; do /usr/bin/time -f "trace-cmd report: %e s wall, %M KB peak RSS" trace-cmd report -i "$DAT" > /dev/null 2>"$TMP/tc.err"; tail -1 "$TMP/tc.err"; done
for f in "$DAT" "$TXT"; do
  echo "bench load $(basename "$f"): $(java -jar "$JAR" bench load --repeat 5 "$f" 2>/dev/null)"
  for i in 1 2 3; do
    /usr/bin/time -o "$TMP/m.time" -f "%e %M" java -jar "$JAR" analyze --json "$f" > /dev/null 2>/dev/null
    echo "analyze --json $(basename "$f"): $(awk '{printf "%s s wall, %d MB peak RSS", $1, $2/1024}' "$TMP/m.time")"
  done
  if [ -x "$LAUNCHER" ]; then
    for i in 1 2 3; do
      /usr/bin/time -o "$TMP/m.time" -f "%e %M" "$LAUNCHER" analyze --json "$f" > /dev/null 2>/dev/null
      echo "installed launcher analyze --json $(basename "$f"): $(awk '{printf "%s s wall, %d MB peak RSS", $1, $2/1024}' "$TMP/m.time")"
    done
  fi
done
