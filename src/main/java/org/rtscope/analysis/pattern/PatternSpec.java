package org.rtscope.analysis.pattern;

import java.util.List;
import java.util.Map;
import org.rtscope.analysis.Severity;

/**
 * A failure pattern as written in {@code resources/patterns/<ID>.json} (or a user's
 * {@code ~/.config/rtscope/patterns/*.json}): the JSON shape, read with Jackson, unknown fields rejected so
 * a typo is an error rather than a silently ignored clue. {@link PatternDef#compile} checks the rest.
 *
 * @param id          catalog id, e.g. {@code RTTIME_KILL}; upper case, digits and underscores
 * @param catalog     catalog section, e.g. {@code P01} (empty for user patterns)
 * @param title       the pattern's name, shown when nothing more specific can be said
 * @param summaries   title templates for one finding, most specific first: the first whose
 *                    {@code {placeholders}} all resolve is used
 * @param crashTitle  for kernel crash reports: a syzkaller-style title template with {@code {frame}}
 *                    (e.g. {@code BUG: soft lockup in {frame}}); reports with the same rendered title are one
 *                    failure, grouped into one finding with a count
 * @param severity    info, warning, error or critical
 * @param explanation how the failure comes about, in a few sentences; may use placeholders
 * @param remedies    concrete things to do: commands, sysctls, rlimits, config options
 * @param references  where to read more: kernel documentation, man pages, source files, commits
 * @param window      default correlation window in seconds around an incident (5 s when absent)
 * @param clues       what to look for
 * @param requires    clue ids that must all have matched; {@code "a|b"} means one of them
 * @param excludes    clue ids whose match rules the finding out
 * @param causes      likely causes to name when their clues matched, first match wins
 */
public record PatternSpec(String id, String catalog, String title, List<String> summaries, String crashTitle,
                          Severity severity, String explanation, List<String> remedies, List<String> references,
                          Double window, List<ClueSpec> clues, List<String> requires, List<String> excludes,
                          List<CauseSpec> causes) {

    /**
     * One clue. Which fields apply depends on {@code kind}:
     * <ul>
     *   <li>{@code log}: {@code regex}, matched (find) in each log record's text; named groups become values,
     *       and {@code cpu}, {@code pid}, {@code tid}, {@code comm} groups say where and whom;</li>
     *   <li>{@code stack}: {@code frames}, regexes matched in this order (innermost first, gaps allowed) against
     *       normalized function names of any backtrace (reports and event callchains); {@code reports}
     *       limits it to report kinds ({@code gdb-thread}, {@code soft-lockup}, {@code crash-task} …);</li>
     *   <li>{@code event}: {@code event} name (with or without subsystem) and {@code where} field predicates
     *       ({@code "9"}, {@code ">=100"}, {@code "~regex"}); {@code subject} names the field holding the task
     *       the event is about (default: the task current when it fired);</li>
     *   <li>{@code detector}: {@code detector} name from the explicit list with {@code params}.</li>
     * </ul>
     *
     * @param anchor      hits of anchor clues start findings; the other clues add to them
     * @param weight      how strongly a match supports the pattern, 0–1 (combined as independent evidence)
     * @param correlate   which hits of a non-anchor clue belong to a finding (and which anchor hits join one)
     * @param maxEvidence evidence lines kept from this clue per finding (default 8)
     */
    public record ClueSpec(String id, String kind, Boolean anchor, Double weight, String regex, List<String> frames,
                           List<String> reports, String event, Map<String, String> where, String subject,
                           String detector, Map<String, Object> params, Correlation correlate, Integer maxEvidence) {
    }

    /**
     * How a clue's hits are related to a finding.
     *
     * @param cpu      same CPU required (when both sides know it)
     * @param task     same task required (when both sides know it)
     * @param window   seconds around the finding's time range (default: the pattern's window)
     * @param anywhere a hit counts whatever its time (once-per-boot messages, config facts); CPU and task
     *                 still apply
     */
    public record Correlation(Boolean cpu, Boolean task, Double window, Boolean anywhere) {
    }

    /**
     * A likely cause named when all of {@code requires} matched.
     *
     * @param text the cause in one or two sentences; may use placeholders
     */
    public record CauseSpec(String id, List<String> requires, String text) {
    }
}
