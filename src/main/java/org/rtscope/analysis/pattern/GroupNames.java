package org.rtscope.analysis.pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The named groups of a regex ({@code (?<name>…)}), which Java 17's {@link Pattern} does not list. */
final class GroupNames {
    private static final Pattern NAMED_GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private GroupNames() {
    }

    static List<String> of(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED_GROUP.matcher(regex);
        while (m.find()) {
            if (m.start() == 0 || regex.charAt(m.start() - 1) != '\\') {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
