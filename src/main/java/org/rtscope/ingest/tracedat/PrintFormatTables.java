package org.rtscope.ingest.tracedat;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the value tables a kernel print format carries for a field: {@code __print_symbolic(REC->f,
 * {0, "NONE"}, ...)} (a value names one thing), {@code __print_flags(REC->f & MASK, "|", {0x01, "S"},
 * ...)} (each bit names one thing) and the {@code REC->f & X ? "+" : ""} marker of a preempted
 * sched_switch. These tables change between kernel versions; taking them from the format each
 * trace.dat carries keeps the reader independent of the kernel that recorded it.
 */
final class PrintFormatTables {

    /** A value table: entry {@code i} maps {@code values[i]} to {@code names[i]}. */
    record Table(long mask, long[] values, String[] names) {
        /** The name of exactly {@code value}, or null. */
        String symbol(long value) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == value) {
                    return names[i];
                }
            }
            return null;
        }
    }

    private PrintFormatTables() {
    }

    /** The {@code __print_symbolic} table of {@code field}, or null. */
    static Table symbolic(String printFormat, String field) {
        return table(printFormat, "__print_symbolic(", field, false);
    }

    /** The {@code __print_flags} table of {@code field} (with the mask applied to the value), or null. */
    static Table flags(String printFormat, String field) {
        return table(printFormat, "__print_flags(", field, true);
    }

    /** X of {@code REC->field & X ? "+"}, the bit that marks a preempted task, or 0. */
    static long plusMask(String printFormat, String field) {
        int plus = printFormat.indexOf("? \"+\"");
        if (plus < 0) {
            return 0;
        }
        int ref = printFormat.lastIndexOf("REC->" + field, plus);
        int amp = ref < 0 ? -1 : printFormat.indexOf('&', ref);
        if (amp < 0 || amp > plus) {
            return 0;
        }
        Long mask = ConstantExpression.evaluate(printFormat.substring(amp + 1, plus));
        return mask == null ? 0 : mask;
    }

    private static Table table(String printFormat, String function, String field, boolean withDelimiter) {
        int from = 0;
        while (true) {
            int at = printFormat.indexOf(function, from);
            if (at < 0) {
                return null;
            }
            List<String> args = arguments(printFormat, at + function.length());
            from = at + function.length();
            if (args.size() < 2 || !args.get(0).replace(" ", "").startsWith("REC->" + field)) {
                continue;
            }
            String first = args.get(0);
            int amp = first.indexOf('&');
            Long mask = amp < 0 ? Long.valueOf(-1L) : ConstantExpression.evaluate(first.substring(amp + 1));
            int entriesFrom = withDelimiter ? 2 : 1;
            List<Long> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (int i = entriesFrom; i < args.size(); i++) {
                String entry = args.get(i).trim();
                if (!entry.startsWith("{") || !entry.endsWith("}")) {
                    continue;
                }
                List<String> pair = arguments(entry, 1);
                if (pair.size() != 2) {
                    continue;
                }
                Long value = ConstantExpression.evaluate(pair.get(0));
                String name = pair.get(1).trim();
                if (value != null && name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    values.add(value);
                    names.add(name.substring(1, name.length() - 1));
                }
            }
            long[] v = new long[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = values.get(i);
            }
            return new Table(mask == null ? -1L : mask, v, names.toArray(new String[0]));
        }
    }

    /**
     * The comma-separated arguments from {@code start} up to the bracket that closes the one before
     * it; commas inside brackets and strings do not split.
     */
    private static List<String> arguments(String text, int start) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int argStart = start;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '{') {
                depth++;
            } else if (c == ')' || c == '}') {
                if (depth == 0) {
                    args.add(text.substring(argStart, i).trim());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(text.substring(argStart, i).trim());
                argStart = i + 1;
            }
        }
        return args;
    }
}
