package org.rtscope.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the app-image and the .deb with installer/build.sh (as {@code mvn -Pinstaller package} does),
 * runs the installed launcher headless on a sample with {@code export-png}, and looks inside the .deb
 * for the menu entry and the MIME types. Skipped when jpackage, dpkg-deb or fakeroot are missing.
 */
@Tag("installer")
class InstallerIT {
    private static final Path BASEDIR = Path.of(System.getProperty("rtscope.basedir", "."));
    private static final Path TARGET = Path.of(System.getProperty("rtscope.target", "target"));
    private static final Path S2 = Path.of(System.getProperty("rtscope.traces", "sample-traces"))
            .resolve("s2_rt_throttling/trace-cmd_report.txt");

    @TempDir
    static Path dir;
    private static Path deb;

    @BeforeAll
    static void build() throws Exception {
        Path jpackage = Path.of(System.getProperty("java.home"), "bin", "jpackage");
        assumeTrue(Files.isExecutable(jpackage) || onPath("jpackage"), "jpackage (JDK 17) is needed");
        assumeTrue(onPath("dpkg-deb") && onPath("fakeroot"), "dpkg-deb and fakeroot are needed for the .deb");
        assumeTrue(Files.isRegularFile(TARGET.resolve("original-rtscope.jar")), "run after 'mvn package'");
        Result built = run(List.of(BASEDIR.resolve("installer/build.sh").toString(), "--deb", "--dest", dir.toString()),
                Map.of("JAVA_HOME", Path.of(System.getProperty("java.home")).toString()), 300);
        assertEquals(0, built.exit(), built.output());
        try (var files = Files.list(dir)) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
        }
    }

    @Test
    void theInstalledLauncherWritesAReportWithoutADisplay() throws Exception {
        Path png = dir.resolve("s2.png");
        Result export = run(List.of(dir.resolve("rtscope/bin/rtscope").toString(), "export-png", "--out", png.toString(),
                S2.toString()), Map.of(), 120);
        assertEquals(0, export.exit(), export.output());
        assertTrue(export.output().contains("wrote " + png + " (1920x1080"), export.output());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1920, image.getWidth());
        assertEquals(1080, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 5) {
            for (int x = 0; x < image.getWidth(); x += 5) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 30, "lanes and text, not a blank image: " + colours.size() + " colours");
        Result version = run(List.of(dir.resolve("rtscope/bin/rtscope").toString(), "--version"), Map.of(), 60);
        assertTrue(version.output().matches("(?s)rtscope \\d+\\.\\d+\\.\\d+.*"), version.output());
    }

    /** The JVM options installer/README.md explains (JAVA_TOOL_OPTIONS adds to them, never replaces them). */
    @Test
    void theLauncherRunsTheJvmWithItsMeasuredOptions() throws Exception {
        Result flags = run(List.of(dir.resolve("rtscope/bin/rtscope").toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintFlagsFinal"), 60);
        assertEquals(0, flags.exit(), flags.output());
        assertTrue(flags.output().matches("(?s).*\\bG1HeapRegionSize\\s+= 1048576\\b.*"), "1 MB regions");
        assertTrue(flags.output().matches("(?s).*\\bMaxRAMPercentage\\s+= 50\\.0.*"), "half the RAM");
        assertTrue(flags.output().matches("(?s).*\\bInitiatingHeapOccupancyPercent\\s+= 80\\b.*"), "marking at 80 %");
        assertArchiveIsUsed(dir.resolve("rtscope"));
    }

    /** The image's launcher starts from the archive of its own classes, and prints nothing else than its output. */
    private static void assertArchiveIsUsed(Path image) throws Exception {
        Path launcher = image.resolve("bin/rtscope");
        Result check = run(List.of(launcher.toString(), "--version"),
                Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintSharedArchiveAndExit"), 60);
        assertTrue(check.output().contains("Dynamic archive name: " + image.resolve("lib/app/rtscope.jsa")),
                check.output());
        assertTrue(check.output().contains("archive is valid"), check.output());
        Result analysis = run(List.of(launcher.toString(), "analyze", "--json", S2.toString()), Map.of(), 60);
        assertEquals(0, analysis.exit(), analysis.output());
        assertTrue(analysis.output().startsWith("{") && analysis.output().strip().endsWith("}"),
                "JSON and nothing else (no JVM warning) on the launcher's output:\n" + analysis.output());
    }

    @Test
    void theDebInstallsTheMenuEntryWithPercentFAndTheMimeTypes() throws Exception {
        String listing = run(List.of("dpkg-deb", "-c", deb.toString()), Map.of(), 60).output();
        for (String file : List.of("./opt/rtscope/bin/rtscope", "./opt/rtscope/lib/rtscope-rtscope.desktop",
                "./opt/rtscope/lib/rtscope-rtscope-MimeInfo.xml", "./opt/rtscope/lib/app/rtscope-traces.xml",
                "./opt/rtscope/lib/rtscope.png")) {
            assertTrue(listing.contains(" " + file + "\n"), file + " in\n" + listing);
        }
        Path root = dir.resolve("root");
        assertEquals(0, run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Map.of(), 60).exit());
        assertEquals(0, run(List.of("dpkg-deb", "-e", deb.toString(), root.resolve("DEBIAN").toString()), Map.of(), 60).exit());
        Map<String, String> desktop = InstallerFiles.desktopEntry(root.resolve("opt/rtscope/lib/rtscope-rtscope.desktop"));
        assertEquals("/opt/rtscope/bin/rtscope %F", desktop.get("Exec"));
        assertEquals(InstallerFiles.mimeGlobs().keySet(), new HashSet<>(Arrays.asList(desktop.get("MimeType").split(";"))));
        String generated = Files.readString(root.resolve("opt/rtscope/lib/rtscope-rtscope-MimeInfo.xml"));
        for (InstallerFiles.Association association : InstallerFiles.associations()) {
            assertTrue(generated.contains("<glob pattern=\"*." + association.extension() + "\""), association.toString());
        }
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        assertTrue(postinst.contains("xdg-desktop-menu install /opt/rtscope/lib/rtscope-rtscope.desktop"), postinst);
        assertTrue(postinst.contains("xdg-mime install --mode system /opt/rtscope/lib/app/rtscope-traces.xml"), postinst);
        assertTrue(Files.readString(root.resolve("DEBIAN/control")).contains(", libgtk-3-0"));
        assertPackageMakesItsArchiveWhereItIsInstalled(listing, root, postinst);
    }

    /**
     * The package carries no archive made for the build folder's paths; postinst makes one for the installed
     * files with the script the package carries, and prerm removes it. The script is run here on the
     * unpacked files, which stand where the installed ones would.
     */
    private static void assertPackageMakesItsArchiveWhereItIsInstalled(String listing, Path root, String postinst)
            throws Exception {
        assertFalse(listing.contains("rtscope.jsa"), listing);
        assertTrue(listing.contains(" ./opt/rtscope/lib/app/cds-archive.sh\n"), listing);
        assertTrue(listing.contains(" ./opt/rtscope/lib/app/sample/s2_rt_throttling.txt\n"), listing);
        assertTrue(postinst.contains("sh /opt/rtscope/lib/app/cds-archive.sh /opt/rtscope/lib/app"), postinst);
        assertTrue(Files.readString(root.resolve("DEBIAN/prerm")).contains("rm -f /opt/rtscope/lib/app/rtscope.jsa"));
        Path app = root.resolve("opt/rtscope/lib/app");
        Result made = run(List.of("sh", app.resolve("cds-archive.sh").toString(), app.toString()), Map.of(), 120);
        assertEquals(0, made.exit(), made.output());
        assertArchiveIsUsed(root.resolve("opt/rtscope"));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        Path log = Files.createTempFile(dir, "run", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + timeoutSeconds + " s:\n" + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
