/**
 * The pattern engine: failure patterns as data, matched against a loaded case.
 *
 * <p>A pattern is a JSON file, {@code resources/patterns/<ID>.json} for the 24 catalog patterns or any
 * {@code *.json} in {@code ~/.config/rtscope/patterns/} for a site's own (same id replaces a built-in one).
 * Its fields are those of {@link org.rtscope.analysis.pattern.PatternSpec}:
 * <pre>{@code
 * {"id": "MY_PATTERN", "title": "What went wrong", "severity": "error",
 *  "summaries": ["{comm} ({tid}) did X for {seconds} s", "X happened"],
 *  "crashTitle": "BUG: something in {frame}",          // kernel reports: group by syzkaller-style title
 *  "explanation": "How it comes about ({comm|the task}) ...", "remedies": ["`sysctl ...`"], "references": ["..."],
 *  "window": 5,                                          // seconds around a finding that clues may be
 *  "clues": [
 *    {"id": "line", "kind": "log", "anchor": true, "weight": 0.9,
 *     "regex": "BUG: something - CPU#(?<cpu>\\d+) \\[(?<comm>.+):(?<pid>\\d+)\\]"},
 *    {"id": "frames", "kind": "stack", "weight": 0.3, "frames": ["inner_fn", "outer_.*"], "reports": ["soft-lockup"]},
 *    {"id": "event", "kind": "event", "weight": 0.5, "event": "signal_generate",
 *     "where": {"sig": "9", "code": "128"}, "subject": "pid", "correlate": {"task": true, "window": 1}},
 *    {"id": "shape", "kind": "detector", "weight": 0.6, "detector": "starvedTasks", "params": {"minMillis": 500}},
 *    {"id": "alibi", "kind": "log", "regex": "Out of memory: Killed process"}],
 *  "requires": ["line|shape"], "excludes": ["alibi"],
 *  "causes": [{"id": "c", "requires": ["frames"], "text": "The likely cause, in a sentence."}]}
 * }</pre>
 * Hits of anchor clues start findings (best-ranked source first, so a finding's time is on the clock of the
 * trace the timeline shows); other clues join when they correlate: within the window, and on the same CPU or
 * task when {@code correlate} asks for it ({@code anywhere} drops the time condition). Named regex groups and
 * detector figures fill the {@code {placeholders}}; {@code {name|fallback}} covers a missing value. The
 * confidence is 1 − Π(1 − weight) over the clues that matched. Detectors are code, listed explicitly in
 * {@code org.rtscope.analysis.detect.Detectors}; a spec naming an unknown detector, parameter, field or clue,
 * or a bad regex, is rejected with a message naming the file and the clue.
 */
package org.rtscope.analysis.pattern;
