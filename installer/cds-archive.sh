#!/bin/sh
# Makes the class-data-sharing archive of rtscope's own classes for an installed app-image:
#
#   cds-archive.sh APP_DIR        (the image's lib/app folder, where rtscope.cfg is)
#
# The launcher's JVM options name $APPDIR/rtscope.jsa (installer/build.sh). A JVM that starts from that
# archive maps rtscope's, its libraries' and JavaFX's classes instead of reading, parsing and verifying
# them: `rtscope analyze` of a small trace takes about 0.15 s less. The archive records the absolute
# paths of the jars, so it is made where the image lives: by build.sh for the image it builds, and by the
# package's postinst for /opt/rtscope. A missing archive costs only that time; a stale one (the image was
# moved) makes the JVM print one warning on stderr, and running this script again fixes it.
#
# It runs the image's own java with the launcher's class path and options (read from rtscope.cfg) and
# -XX:ArchiveClassesAtExit, exporting the bundled sample as a PNG report: that loads the parsers, the
# pattern engine and the JavaFX renderer, which is what a run of the app or of any command needs.
set -eu

app=$(cd "$1" && pwd)
cfg="$app/rtscope.cfg"
java="$app/../runtime/bin/java"
archive="$app/rtscope.jsa"
sample="$app/sample/s2_rt_throttling.txt"
for input in "$cfg" "$java" "$sample"; do
    if [ ! -e "$input" ]; then
        echo "cds-archive.sh: $input is missing" >&2
        exit 1
    fi
done

rm -f "$archive"
# the class path in the launcher's order, and its options without the archive it is about to make
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\\\$APPDIR|$app|g" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -v 'SharedArchiveFile' | sed "s|\\\$APPDIR|$app|g")
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# the JVM warns about every class it cannot archive (picocli's are Java 5 class files): shown on failure only
# shellcheck disable=SC2086
"$java" $options -XX:ArchiveClassesAtExit="$archive" -cp "$classpath" org.rtscope.app.Launcher \
    export-png --out "$out/sample.png" "$sample" >"$out/log" 2>&1 || true
if [ ! -s "$archive" ]; then
    cat "$out/log" >&2
    echo "cds-archive.sh: the JVM made no archive at $archive" >&2
    exit 1
fi
echo "cds-archive.sh: $archive"
