package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {
    @Test
    void fillsPlaceholdersAndRejectsATemplateWithAMissingValue() {
        Map<String, String> v = Map.of("comm", "rt_hog", "tid", "26988", "empty", "");
        assertEquals("rt_hog (26988)", Templates.render("{comm} ({tid})", v));
        assertNull(Templates.render("{comm} on CPU {cpu}", v));
        assertNull(Templates.render("{empty}", v));
        assertEquals("rt_hog on CPU ?", Templates.render("{comm} on CPU {cpu|?}", v));
        assertEquals("costs $5 \\ 2", Templates.render("costs $5 \\ 2", v), "replacement text is literal");
    }

    @Test
    void lenientRenderingNamesWhatIsUnknown() {
        assertEquals("the handler waits", Templates.renderLenient("{handler} waits", Map.of()));
        assertEquals("a lock waits", Templates.renderLenient("{lock|a lock} waits", Map.of()));
    }
}
