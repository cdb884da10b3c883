package org.rtscope.analysis.pattern;

import java.util.regex.Pattern;

/**
 * A condition on one event field, as written in a spec's {@code where}: {@code "128"} (equal),
 * {@code "!=0"}, {@code ">=100"}, {@code "<1"}, {@code ">"}, {@code "<="} (numeric) or {@code "~regex"}
 * (full match).
 */
final class FieldPredicate {
    private final String field;
    private final String op;
    private final String operand;
    private final Pattern regex;
    private final double number;

    private FieldPredicate(String field, String op, String operand) {
        this.field = field;
        this.op = op;
        this.operand = operand;
        this.regex = op.equals("~") ? Pattern.compile(operand) : null;
        this.number = op.equals("~") || op.equals("=") || op.equals("!=") ? Double.NaN : Double.parseDouble(operand);
    }

    /** Parses {@code condition}; throws IllegalArgumentException (or PatternSyntaxException) when malformed. */
    static FieldPredicate parse(String field, String condition) {
        String c = condition.strip();
        for (String op : new String[] {">=", "<=", "!=", ">", "<", "~"}) {
            if (c.startsWith(op)) {
                String operand = c.substring(op.length()).strip();
                if (operand.isEmpty()) {
                    throw new IllegalArgumentException("field '" + field + "': nothing after '" + op + "'");
                }
                try {
                    return new FieldPredicate(field, op, operand);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("field '" + field + "': '" + operand + "' is not a number");
                }
            }
        }
        return new FieldPredicate(field, "=", c);
    }

    String field() {
        return field;
    }

    boolean test(String value) {
        if (value == null) {
            return false;
        }
        switch (op) {
            case "=":
                return value.equals(operand);
            case "!=":
                return !value.equals(operand);
            case "~":
                return regex.matcher(value).matches();
            default:
                double v;
                try {
                    v = Double.parseDouble(value.strip());
                } catch (NumberFormatException e) {
                    return false;
                }
                switch (op) {
                    case ">=":
                        return v >= number;
                    case "<=":
                        return v <= number;
                    case ">":
                        return v > number;
                    default:
                        return v < number;
                }
        }
    }
}
