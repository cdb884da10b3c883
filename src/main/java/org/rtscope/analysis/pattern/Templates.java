package org.rtscope.analysis.pattern;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders of titles, explanations and causes from a finding's values.
 * {@code {name|text}} falls back to {@code text} when the value is unknown; a plain {@code {name}} that
 * cannot be filled makes the whole template unusable, so a title never shows a raw placeholder.
 */
final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(?:\\|([^}]*))?}");

    private Templates() {
    }

    /** The filled template, or null when a placeholder without fallback has no value. */
    static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isEmpty()) {
                if (m.group(2) == null) {
                    return null;
                }
                value = m.group(2);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Like {@link #render} but leaves unfillable placeholders as their name, for long texts. */
    static String renderLenient(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null || value.isEmpty()) {
                value = m.group(2) != null ? m.group(2) : "the " + m.group(1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
