package org.rtscope.analysis.pattern;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@code params} of a detector clue, read with defaults. Values come from JSON, so numbers may be
 * integers or doubles and lists are lists; a value of the wrong type is a spec error found when the
 * pattern is compiled ({@link #check}).
 */
public final class DetectorParams {
    /** The JSON types a parameter can have. */
    public enum Type {
        NUMBER, STRINGS, INTEGERS
    }

    private final Map<String, Object> values;

    public DetectorParams(Map<String, Object> values) {
        this.values = new TreeMap<>(values == null ? Map.of() : values);
    }

    public double number(String name, double fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' must be a number, not " + v);
    }

    /** A duration given in milliseconds, in nanoseconds. */
    public long millis(String name, double fallbackMillis) {
        return Math.round(number(name, fallbackMillis) * 1e6);
    }

    /** A duration given in seconds, in nanoseconds. */
    public long seconds(String name, double fallbackSeconds) {
        return Math.round(number(name, fallbackSeconds) * 1e9);
    }

    public List<String> strings(String name, List<String> fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof List<?> list && list.stream().allMatch(e -> e instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        if (v instanceof String s) {
            return List.of(s);
        }
        throw new IllegalArgumentException("parameter '" + name + "' must be a string or a list of strings, not " + v);
    }

    public List<Integer> integers(String name, List<Integer> fallback) {
        Object v = values.get(name);
        if (v == null) {
            return fallback;
        }
        if (v instanceof List<?> list && list.stream().allMatch(e -> e instanceof Integer)) {
            return list.stream().map(Integer.class::cast).toList();
        }
        throw new IllegalArgumentException("parameter '" + name + "' must be a list of integers, not " + v);
    }

    /** Regexes (full match) from a string list parameter. */
    public List<Pattern> patterns(String name, List<String> fallback) {
        return strings(name, fallback).stream().map(Pattern::compile).toList();
    }

    /** Rejects names {@code detector} does not accept and values of the wrong type. */
    void check(Detector detector) {
        for (String name : values.keySet()) {
            Type type = detector.parameters().get(name);
            if (type == null) {
                throw new IllegalArgumentException("detector '" + detector.name() + "' has no parameter '" + name
                        + "' (it accepts " + String.join(", ", new java.util.TreeSet<>(detector.parameters().keySet()))
                        + ")");
            }
            switch (type) {
                case NUMBER:
                    number(name, 0);
                    break;
                case STRINGS:
                    patterns(name, List.of());
                    break;
                default:
                    integers(name, List.of());
                    break;
            }
        }
    }

    /** A stable key for caching a detector's hits per distinct parameters. */
    String key() {
        return values.toString();
    }
}
