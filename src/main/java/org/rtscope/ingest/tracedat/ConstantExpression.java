package org.rtscope.ingest.tracedat;

/**
 * Evaluates the integer constant expressions kernel print formats use in value tables and masks, such
 * as {@code (1 << 3)} or {@code ((((0x01 | 0x02) + 1) << 1) - 1)}, with C precedence: unary
 * {@code ~ - !}, then {@code * / %}, {@code + -}, {@code << >>}, {@code &}, {@code ^}, {@code |}.
 * Anything else (field references, casts) is not a constant and gives null.
 */
final class ConstantExpression {
    private final String text;
    private int pos;

    private ConstantExpression(String text) {
        this.text = text;
    }

    /** The value of {@code text}, or null when it is not a constant expression. */
    static Long evaluate(String text) {
        ConstantExpression e = new ConstantExpression(text);
        try {
            long value = e.or();
            e.skipSpaces();
            return e.pos == text.length() ? value : null;
        } catch (IllegalArgumentException | ArithmeticException ex) {
            return null;
        }
    }

    private long or() {
        long v = xor();
        while (peek('|')) {
            pos++;
            v |= xor();
        }
        return v;
    }

    private long xor() {
        long v = and();
        while (peek('^')) {
            pos++;
            v ^= and();
        }
        return v;
    }

    private long and() {
        long v = shift();
        while (peek('&')) {
            pos++;
            v &= shift();
        }
        return v;
    }

    private long shift() {
        long v = sum();
        while (true) {
            if (peekTwo("<<")) {
                pos += 2;
                v <<= sum();
            } else if (peekTwo(">>")) {
                pos += 2;
                v >>= sum();
            } else {
                return v;
            }
        }
    }

    private long sum() {
        long v = product();
        while (true) {
            if (peek('+')) {
                pos++;
                v += product();
            } else if (peek('-')) {
                pos++;
                v -= product();
            } else {
                return v;
            }
        }
    }

    private long product() {
        long v = unary();
        while (true) {
            if (peek('*')) {
                pos++;
                v *= unary();
            } else if (peek('/')) {
                pos++;
                v /= unary();
            } else if (peek('%')) {
                pos++;
                v %= unary();
            } else {
                return v;
            }
        }
    }

    private long unary() {
        if (peek('~')) {
            pos++;
            return ~unary();
        }
        if (peek('-')) {
            pos++;
            return -unary();
        }
        if (peek('!')) {
            pos++;
            return unary() == 0 ? 1 : 0;
        }
        if (peek('(')) {
            pos++;
            long v = or();
            if (!peek(')')) {
                throw new IllegalArgumentException("missing )");
            }
            pos++;
            return v;
        }
        return number();
    }

    private long number() {
        skipSpaces();
        int start = pos;
        int radix = 10;
        if (text.startsWith("0x", pos) || text.startsWith("0X", pos)) {
            radix = 16;
            pos += 2;
            start = pos;
        }
        while (pos < text.length() && Character.digit(text.charAt(pos), radix) >= 0) {
            pos++;
        }
        if (pos == start) {
            throw new IllegalArgumentException("number expected at " + pos);
        }
        long value = Long.parseUnsignedLong(text.substring(start, pos), radix);
        while (pos < text.length() && "uUlL".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        return value;
    }

    private boolean peek(char c) {
        skipSpaces();
        return pos < text.length() && text.charAt(pos) == c && !(c == '<' || c == '>')
                && !((c == '|' || c == '&') && pos + 1 < text.length() && text.charAt(pos + 1) == c);
    }

    private boolean peekTwo(String two) {
        skipSpaces();
        return text.startsWith(two, pos);
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
