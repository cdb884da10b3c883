package org.rtscope.analysis.pattern;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The patterns an analysis uses: the built-in catalog ({@code resources/patterns/<ID>.json}, one per
 * catalog pattern, listed in {@link #BUILT_IN}) plus the user's own spec files from
 * {@code ~/.config/rtscope/patterns/*.json} ({@code $XDG_CONFIG_HOME} honoured). A user file whose id equals
 * a built-in one replaces it, so a site can tune a threshold without rebuilding. A broken user file is
 * skipped with a message naming the file and the problem; the others still load.
 */
public final class PatternLibrary {
    /** The catalog patterns shipped with rtscope, in catalog order (P01–P24). */
    public static final List<String> BUILT_IN = List.of("RTTIME_KILL", "RT_THROTTLE", "RT_HOG_UNTHROTTLED",
            "PRIO_INVERSION", "DL_REPLENISH_LAG", "SOFT_LOCKUP", "HARD_LOCKUP", "RCU_STALL", "RCU_EXP_STALL",
            "RCU_GP_KTHREAD_STARVED", "HUNG_TASK", "WQ_LOCKUP", "CSD_LOCK_TIMEOUT", "XCALL_IRQSOFF_DEADLOCK",
            "SCHED_WHILE_ATOMIC", "SLEEP_IN_ATOMIC", "HRTIMER_IRQ_SLOW", "CLOCKSOURCE_UNSTABLE", "IRQ_NOBODY_CARED",
            "OBSERVER_NMI_OVERHEAD", "TIMERLAT_OSNOISE_HIT", "SYSTEMD_WATCHDOG_KILL", "SIGNAL_HANDLER_DEADLOCK",
            "OOM_KILL");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final List<PatternDef> patterns;
    private final List<String> messages;

    private PatternLibrary(List<PatternDef> patterns, List<String> messages) {
        this.patterns = List.copyOf(patterns);
        this.messages = List.copyOf(messages);
    }

    /** The built-in patterns plus the user's, from the default user directory. */
    public static PatternLibrary load(Map<String, Detector> detectors) {
        return load(detectors, userDirectory());
    }

    /** The built-in patterns plus the spec files in {@code userDir} (which may not exist). */
    public static PatternLibrary load(Map<String, Detector> detectors, Path userDir) {
        Map<String, PatternDef> byId = new LinkedHashMap<>();
        for (PatternDef def : builtIn(detectors)) {
            byId.put(def.id(), def);
        }
        List<String> messages = new ArrayList<>();
        for (Path file : userFiles(userDir, messages)) {
            try {
                PatternDef def = read(file, detectors);
                byId.put(def.id(), def);
            } catch (PatternSpecException e) {
                messages.add("pattern spec skipped: " + e.getMessage());
            }
        }
        return new PatternLibrary(new ArrayList<>(byId.values()), messages);
    }

    /** Only the built-in patterns, ignoring the user's directory (for reproducible output: tests, golden files). */
    public static PatternLibrary builtInOnly(Map<String, Detector> detectors) {
        return new PatternLibrary(builtIn(detectors), List.of());
    }

    /** The built-in patterns; a broken one is a build error, so this throws. */
    public static List<PatternDef> builtIn(Map<String, Detector> detectors) {
        List<PatternDef> defs = new ArrayList<>();
        for (String id : BUILT_IN) {
            String resource = "/patterns/" + id + ".json";
            try (InputStream in = PatternLibrary.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("built-in pattern " + resource + " is not on the classpath");
                }
                defs.add(PatternDef.compile(JSON.readValue(in, PatternSpec.class), id + ".json", detectors));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in pattern " + resource + ": " + e.getMessage(), e);
            } catch (PatternSpecException e) {
                throw new IllegalStateException("broken built-in pattern: " + e.getMessage(), e);
            }
        }
        return defs;
    }

    /** Reads and compiles one spec file. */
    public static PatternDef read(Path file, Map<String, Detector> detectors) throws PatternSpecException {
        PatternSpec spec;
        try {
            spec = JSON.readValue(file.toFile(), PatternSpec.class);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new PatternSpecException(file + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PatternSpecException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (spec == null) {
            throw new PatternSpecException(file + ": empty file");
        }
        return PatternDef.compile(spec, file.toString(), detectors);
    }

    /** {@code $XDG_CONFIG_HOME/rtscope/patterns}, or {@code ~/.config/rtscope/patterns}. */
    public static Path userDirectory() {
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("rtscope").resolve("patterns");
    }

    private static List<Path> userFiles(Path dir, List<String> messages) {
        List<Path> files = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            stream.forEach(files::add);
        } catch (IOException e) {
            messages.add("pattern directory " + dir + " cannot be read: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }

    /** The patterns, built-in first in catalog order, then the user's new ones. */
    public List<PatternDef> patterns() {
        return patterns;
    }

    /** Problems with user spec files (each skipped). */
    public List<String> messages() {
        return messages;
    }
}
