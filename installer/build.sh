#!/bin/sh
# Builds rtscope's desktop packages with jpackage (JDK 17): the app-image (a folder with its own Java
# runtime, bin/rtscope) and, with --deb, a .deb made from that image with the menu entry, the file
# associations and the MIME types.
#
#   mvn -DskipTests package && installer/build.sh [--deb] [--dest DIR]
#   mvn -Pinstaller -DskipTests package          (the same, run by Maven)
#
# Inputs, all made by `mvn package`: target/original-rtscope.jar (the app without its libraries),
# target/installer/lib (the libraries) and target/installer/javafx (JavaFX's Linux jars, which go on
# jpackage's module path so that jlink puts JavaFX and its native libraries into the runtime).
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
target="$root/target"
dest="$target/jpackage"
deb=false
while [ $# -gt 0 ]; do
    case "$1" in
        --deb) deb=true ;;
        --dest) dest=$2; shift ;;
        *) echo "usage: $0 [--deb] [--dest DIR]" >&2; exit 2 ;;
    esac
    shift
done

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
    jpackage="$JAVA_HOME/bin/jpackage"
elif command -v jpackage >/dev/null 2>&1; then
    jpackage=$(command -v jpackage)
else
    echo "build.sh: jpackage not found (it comes with JDK 17: set JAVA_HOME)" >&2
    exit 1
fi
for input in "$target/original-rtscope.jar" "$target/installer/lib" "$target/installer/javafx"; do
    if [ ! -e "$input" ]; then
        echo "build.sh: $input is missing; run 'mvn -DskipTests package' first" >&2
        exit 1
    fi
done

# jpackage wants a plain numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
version=$(sed -n 's/^version=//p' "$target/maven-archiver/pom.properties")
version=${version%%-*}

input="$dest/input"
rm -rf "$dest/input" "$dest/rtscope"
mkdir -p "$input"
cp "$target/original-rtscope.jar" "$input/rtscope.jar"
cp "$target"/installer/lib/*.jar "$input/"
cp "$root/installer/mime/rtscope-traces.xml" "$input/"
# the class-data-sharing archive is made from a run on this sample (installer/cds-archive.sh)
cp "$root/installer/cds-archive.sh" "$input/"
mkdir -p "$input/sample"
cp "$root/sample-traces/s2_rt_throttling/trace-cmd_report.txt" "$input/sample/s2_rt_throttling.txt"

cd "$root"
# The runtime is jlinked with jpackage's default options except --strip-native-commands, plus
# --generate-cds-archive, which needs the runtime's bin/java: the class-data-sharing archive a JDK ships
# with. Without it every start parses the JDK's classes anew, 0.2 s of each `rtscope analyze`.
# The launcher's JVM (measured in installer/README.md): half the RAM at most (traces of millions of events
# need a few GB; a fixed -Xmx would be too small on big machines or swap on small ones); 1 MB heap
# regions, so that the few dozen large columns of a trace do not each waste up to a 4 MB region; marking
# started at 80 % occupancy rather than 45 %, since nearly everything a trace allocates is large and
# lives as long as the trace, and each large allocation over the threshold started another cycle; the
# exports Monocle needs on the module path so that 'rtscope export-png' renders without a display; the
# archive of the app's classes (installer/cds-archive.sh, made below and by the package's postinst), and
# the JVM's own warnings on stderr, where they do not mix with what a command prints on stdout.
"$jpackage" --type app-image --dest "$dest" --name rtscope --app-version "$version" \
    --vendor "rtscope" --copyright "rtscope contributors" \
    --description "Makes Linux real-time scheduling failures visible" \
    --input "$input" --main-jar rtscope.jar --main-class org.rtscope.app.Launcher \
    --module-path "$target/installer/javafx" \
    --add-modules java.base,java.desktop,java.logging,java.management,java.sql,jdk.unsupported,javafx.controls \
    --icon icons/rtscope-256.png \
    --jlink-options "--strip-debug --no-man-pages --no-header-files --generate-cds-archive" \
    --java-options "-XX:MaxRAMPercentage=50" \
    --java-options "-XX:G1HeapRegionSize=1m" \
    --java-options "-XX:InitiatingHeapOccupancyPercent=80" \
    --java-options "-XX:SharedArchiveFile=\$APPDIR/rtscope.jsa" \
    --java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr" \
    --java-options "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED" \
    --java-options "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED" \
    --java-options "--add-exports=javafx.graphics/com.sun.glass.ui.delegate=ALL-UNNAMED" \
    --java-options "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED" \
    --java-options "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED" \
    --java-options "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED"
echo "build.sh: app-image in $dest/rtscope (run $dest/rtscope/bin/rtscope)"

if [ "$deb" = true ]; then
    # installer/resources: our .desktop (Exec with %F: double-clicking several files opens one case),
    # postinst/prerm that also register installer/mime/rtscope-traces.xml, and a control file that
    # adds GTK 3 (JavaFX loads it at run time, so jpackage cannot see it) to the dependencies.
    associations=""
    for properties in installer/file-associations/*.properties; do
        associations="$associations --file-associations $properties"
    done
    # gzip instead of xz: about 7 s instead of 27 s for a package that is mostly jars anyway
    # shellcheck disable=SC2086
    DPKG_DEB_COMPRESSOR_TYPE=gzip "$jpackage" --type deb --dest "$dest" --name rtscope --app-version "$version" \
        --app-image "$dest/rtscope" --resource-dir installer/resources $associations \
        --vendor "rtscope" --copyright "rtscope contributors" \
        --description "Makes Linux real-time scheduling failures visible" \
        --linux-package-name rtscope --linux-deb-maintainer rtscope@users.noreply.example \
        --linux-menu-group "Development;Debugger;Profiling;" --linux-app-category devel --linux-shortcut \
        --icon icons/rtscope-256.png
    echo "build.sh: package $(ls "$dest"/rtscope_*.deb)"
fi

# The archive of the image built here (the package makes its own in postinst, for /opt/rtscope): made last,
# so that the .deb does not carry one that names this folder's paths.
sh "$dest/rtscope/lib/app/cds-archive.sh" "$dest/rtscope/lib/app"
