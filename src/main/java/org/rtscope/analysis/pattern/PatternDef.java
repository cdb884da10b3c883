package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.rtscope.analysis.Severity;

/**
 * A checked, compiled pattern spec: regexes compiled, detector names resolved, clue references verified.
 * Everything that can be wrong with a spec file is found here, once, with a message that names the file
 * and the clue, so a broken user spec is skipped with a clear reason instead of failing mid-analysis.
 */
public final class PatternDef {
    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Set<String> KINDS = Set.of("log", "stack", "event", "detector");
    private static final double DEFAULT_WINDOW = 5.0;
    private static final int DEFAULT_MAX_EVIDENCE = 8;

    private final PatternSpec spec;
    private final String origin;
    private final List<Clue> clues;
    private final List<Set<String>> requires;
    private final Set<String> excludes;

    private PatternDef(PatternSpec spec, String origin, List<Clue> clues, List<Set<String>> requires,
                       Set<String> excludes) {
        this.spec = spec;
        this.origin = origin;
        this.clues = clues;
        this.requires = requires;
        this.excludes = excludes;
    }

    /**
     * Checks and compiles {@code spec}.
     *
     * @param origin    where it came from (file name), for messages
     * @param detectors the detectors clues may name, by name
     */
    public static PatternDef compile(PatternSpec spec, String origin, Map<String, Detector> detectors)
            throws PatternSpecException {
        String where = origin + ": ";
        if (spec.id() == null || !ID.matcher(spec.id()).matches()) {
            throw new PatternSpecException(where + "'id' must be upper case letters, digits and '_', e.g. RT_THROTTLE"
                    + " (got " + spec.id() + ")");
        }
        where = origin + " (" + spec.id() + "): ";
        require(spec.title() != null && !spec.title().isBlank(), where + "'title' is missing");
        require(spec.severity() != null, where + "'severity' is missing (info, warning, error or critical)");
        require(spec.explanation() != null && !spec.explanation().isBlank(), where + "'explanation' is missing");
        require(spec.clues() != null && !spec.clues().isEmpty(), where + "'clues' is missing or empty");
        require(spec.crashTitle() == null || spec.crashTitle().contains("{frame}") || !spec.crashTitle().contains("{"),
                where + "'crashTitle' may only use the placeholder {frame}");
        double window = spec.window() == null ? DEFAULT_WINDOW : spec.window();
        require(window >= 0, where + "'window' must not be negative");

        List<Clue> clues = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PatternSpec.ClueSpec c : spec.clues()) {
            require(c.id() != null && !c.id().isBlank(), where + "a clue has no 'id'");
            require(ids.add(c.id()), where + "clue id '" + c.id() + "' is used twice");
            clues.add(compileClue(c, window, where + "clue '" + c.id() + "': ", detectors));
        }
        require(clues.stream().anyMatch(Clue::anchor), where + "no clue is an anchor (\"anchor\": true)");
        List<Set<String>> requires = new ArrayList<>();
        for (String group : spec.requires() == null ? List.<String>of() : spec.requires()) {
            Set<String> alternatives = new LinkedHashSet<>();
            for (String id : group.split("\\|")) {
                alternatives.add(id.strip());
            }
            for (String id : alternatives) {
                require(ids.contains(id.strip()), where + "'requires' names unknown clue '" + id + "'");
            }
            requires.add(alternatives);
        }
        Set<String> excludes = new LinkedHashSet<>(spec.excludes() == null ? List.of() : spec.excludes());
        for (String id : excludes) {
            require(ids.contains(id), where + "'excludes' names unknown clue '" + id + "'");
        }
        for (PatternSpec.CauseSpec cause : spec.causes() == null ? List.<PatternSpec.CauseSpec>of() : spec.causes()) {
            require(cause.text() != null && !cause.text().isBlank(), where + "a cause has no 'text'");
            for (String id : cause.requires() == null ? List.<String>of() : cause.requires()) {
                require(ids.contains(id), where + "cause '" + cause.id() + "' names unknown clue '" + id + "'");
            }
        }
        return new PatternDef(spec, origin, List.copyOf(clues), List.copyOf(requires), excludes);
    }

    private static Clue compileClue(PatternSpec.ClueSpec c, double patternWindow, String where,
                                    Map<String, Detector> detectors) throws PatternSpecException {
        require(c.kind() != null && KINDS.contains(c.kind()), where + "'kind' must be one of log, stack, event, detector"
                + " (got " + c.kind() + ")");
        double weight = c.weight() == null ? 0.5 : c.weight();
        require(weight >= 0 && weight <= 1, where + "'weight' must be between 0 and 1");
        PatternSpec.Correlation corr = c.correlate() == null ? new PatternSpec.Correlation(null, null, null, null)
                : c.correlate();
        double window = corr.window() == null ? patternWindow : corr.window();
        require(window >= 0, where + "correlation 'window' must not be negative");
        int maxEvidence = c.maxEvidence() == null ? DEFAULT_MAX_EVIDENCE : c.maxEvidence();
        require(maxEvidence >= 0, where + "'maxEvidence' must not be negative");
        ClueMatcher matcher;
        try {
            matcher = matcher(c, where, detectors);
        } catch (PatternSyntaxException e) {
            throw new PatternSpecException(where + "bad regex: " + e.getDescription() + " in " + e.getPattern(), e);
        } catch (IllegalArgumentException e) {
            throw new PatternSpecException(where + e.getMessage(), e);
        }
        return new Clue(c.id(), Boolean.TRUE.equals(c.anchor()), weight, Boolean.TRUE.equals(corr.cpu()),
                Boolean.TRUE.equals(corr.task()), window, Boolean.TRUE.equals(corr.anywhere()), maxEvidence, matcher);
    }

    private static ClueMatcher matcher(PatternSpec.ClueSpec c, String where, Map<String, Detector> detectors)
            throws PatternSpecException {
        switch (c.kind()) {
            case "log":
                require(c.regex() != null && !c.regex().isEmpty(), where + "a log clue needs 'regex'");
                return new LogMatcher(Pattern.compile(c.regex()));
            case "stack":
                require(c.frames() != null && !c.frames().isEmpty(), where + "a stack clue needs 'frames'");
                return new StackMatcher(c.frames().stream().map(Pattern::compile).toList(),
                        c.reports() == null ? Set.of() : Set.copyOf(c.reports()));
            case "event":
                require(c.event() != null && !c.event().isBlank(), where + "an event clue needs 'event'");
                List<FieldPredicate> predicates = new ArrayList<>();
                if (c.where() != null) {
                    for (Map.Entry<String, String> e : c.where().entrySet()) {
                        predicates.add(FieldPredicate.parse(e.getKey(), e.getValue()));
                    }
                }
                return new EventMatcher(c.event(), predicates, c.subject());
            default:
                require(c.detector() != null, where + "a detector clue needs 'detector'");
                Detector detector = detectors.get(c.detector());
                require(detector != null, where + "unknown detector '" + c.detector() + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(detectors.keySet())) + ")");
                DetectorParams params = new DetectorParams(c.params());
                params.check(detector);
                return new DetectorMatcher(detector, params);
        }
    }

    private static void require(boolean condition, String message) throws PatternSpecException {
        if (!condition) {
            throw new PatternSpecException(message);
        }
    }

    public PatternSpec spec() {
        return spec;
    }

    public String id() {
        return spec.id();
    }

    /** The file it was read from. */
    public String origin() {
        return origin;
    }

    public Severity severity() {
        return spec.severity();
    }

    List<Clue> clues() {
        return clues;
    }

    List<Set<String>> requires() {
        return requires;
    }

    Set<String> excludes() {
        return excludes;
    }
}
