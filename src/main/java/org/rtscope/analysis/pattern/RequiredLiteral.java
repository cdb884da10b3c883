package org.rtscope.analysis.pattern;

/**
 * The longest piece of plain text every match of a regex contains, found conservatively, for a cheap
 * {@link String#contains} test before the regex runs on a log line. Only top-level literal characters count
 * (groups, classes and escapes like {@code \d} end a run; {@code \b}, {@code ^}, {@code $} are zero-width and do
 * not); a character made optional by {@code ?}, {@code *} or {@code {0,…}} ends a run without it, a repeated one
 * ends it after it. A regex with inline flags gives the empty string (always contained); one with top-level
 * alternation gives one literal per alternative ({@link #anyOf}).
 */
final class RequiredLiteral {
    private static final String ESCAPED_LITERALS = "()[]{}.*+?^$|\\/-:#!=<>'\" ,%&@~`";

    private RequiredLiteral() {
    }

    /**
     * One literal per top-level alternative, at least one of which every match contains; empty when some
     * alternative has none (then nothing can be ruled out without the regex).
     */
    static java.util.List<String> anyOf(String regex) {
        if (regex.contains("(?i") || regex.contains("(?x")) {
            return java.util.List.of();
        }
        java.util.List<String> literals = new java.util.ArrayList<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String literal = of(alternative);
            if (literal.isEmpty()) {
                return java.util.List.of();
            }
            literals.add(literal);
        }
        return literals;
    }

    static String of(String regex) {
        if (hasTopLevelAlternation(regex) || regex.contains("(?i") || regex.contains("(?x")) {
            return "";
        }
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            Character literal = null;
            int next;
            if (c == '\\' && i + 1 < regex.length()) {
                char e = regex.charAt(i + 1);
                next = i + 2;
                if (e == 'b' || e == 'B') {
                    i = next;
                    continue;
                }
                if (ESCAPED_LITERALS.indexOf(e) >= 0) {
                    literal = e;
                }
            } else if (c == '(') {
                next = skipGroup(regex, i);
            } else if (c == '[') {
                next = skipClass(regex, i);
            } else if (c == '^' || c == '$') {
                i++;
                continue;
            } else {
                next = i + 1;
                if (c != '.') {
                    literal = c;
                }
            }
            int afterQuantifier = skipQuantifier(regex, next);
            String quantifier = regex.substring(next, afterQuantifier);
            boolean optional = quantifier.startsWith("?") || quantifier.startsWith("*") || quantifier.startsWith("{0");
            if (literal != null && !optional) {
                run.append(literal.charValue());
            }
            if (literal == null || !quantifier.isEmpty()) {
                best = longer(best, run);
                run.setLength(0);
            }
            i = afterQuantifier;
        }
        return longer(best, run);
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    private static int skipGroup(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return regex.length();
    }

    private static int skipClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ']') {
                return i + 1;
            }
        }
        return regex.length();
    }

    private static int skipQuantifier(String regex, int i) {
        if (i >= regex.length()) {
            return i;
        }
        char c = regex.charAt(i);
        if (c == '?' || c == '*' || c == '+') {
            i++;
        } else if (c == '{') {
            int close = regex.indexOf('}', i);
            if (close < 0) {
                return i;
            }
            i = close + 1;
        } else {
            return i;
        }
        if (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    private static java.util.List<String> topLevelAlternatives(String regex) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(regex.substring(from));
        return parts;
    }

    private static boolean hasTopLevelAlternation(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }
}
