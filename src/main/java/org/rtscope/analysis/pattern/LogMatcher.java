package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rtscope.model.LogStore;
import org.rtscope.model.StackReport;

/**
 * A {@code log} clue: a regex searched in every log record. Named groups become the hit's values; the
 * groups {@code cpu}, {@code tid}, {@code pid} (a kernel "pid" is a thread id), {@code tgid} and
 * {@code comm} say which CPU and task the line is about. Sources without log records but with reports
 * (a crash or gdb file) are searched by their report titles. A literal every match must contain is looked for
 * first, so most lines of a large log never reach the regex engine.
 */
final class LogMatcher implements ClueMatcher {
    private final Pattern regex;
    private final List<String> groups;
    private final List<String> needles;

    LogMatcher(Pattern regex) {
        this.regex = regex;
        this.groups = GroupNames.of(regex.pattern());
        this.needles = RequiredLiteral.anyOf(regex.pattern());
    }

    @Override
    public List<Hit> hits(CaseView view) {
        List<Hit> hits = new ArrayList<>();
        for (SourceRef source : view.sources()) {
            LogStore logs = source.source().logs();
            if (logs != null) {
                String[] texts = view.texts(logs);
                for (int i = 0; i < texts.length; i++) {
                    if (!mayMatch(texts[i])) {
                        continue;
                    }
                    Matcher m = regex.matcher(texts[i]);
                    if (m.find()) {
                        hits.add(hit(source, m, logs.bootNs(i), Evidences.log(source, logs, i), i, null));
                    }
                }
            } else {
                for (StackReport report : source.source().stacks()) {
                    Matcher m = regex.matcher(report.title());
                    if (m.find()) {
                        hits.add(hit(source, m, report.time(), Evidences.report(source, report), -1, report));
                    }
                }
            }
        }
        return hits;
    }

    private boolean mayMatch(String text) {
        if (needles.isEmpty()) {
            return true;
        }
        for (String needle : needles) {
            if (text.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private Hit hit(SourceRef source, Matcher m, long time, org.rtscope.analysis.Finding.Evidence evidence,
                    int record, StackReport report) {
        Map<String, String> values = new HashMap<>();
        for (String name : groups) {
            String value = m.group(name);
            if (value != null) {
                values.put(name, value.strip());
            }
        }
        int cpu = number(values.get("cpu"));
        int tid = number(values.getOrDefault("tid", values.get("pid")));
        int pid = values.containsKey("tgid") ? number(values.get("tgid"))
                : values.containsKey("tid") ? number(values.get("pid")) : tid;
        return new Hit(source, time, time, cpu, tid, pid, values.getOrDefault("comm", ""), values, List.of(evidence),
                record, report);
    }

    private static int number(String s) {
        if (s == null) {
            return -1;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
