package org.rtscope.export.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Wrapping with a fixed-width "font" of 10 px per character. */
class TextWrapTest {
    private static final ToDoubleFunction<String> MONO = s -> s.length() * 10.0;

    @Test
    void breaksAtSpacesWithinTheWidth() {
        assertEquals(List.of("raise the", "budget or", "block"), TextWrap.lines("raise the budget or block", 100, 5, MONO));
    }

    @Test
    void endsWithAnEllipsisWhenLinesRunOut() {
        List<String> lines = TextWrap.lines("one two three four five six seven", 100, 2, MONO);
        assertEquals(2, lines.size());
        assertEquals("one two", lines.get(0));
        assertTrue(lines.get(1).endsWith(TextWrap.ELLIPSIS), lines.get(1));
        assertTrue(MONO.applyAsDouble(lines.get(1)) <= 100, lines.get(1));
    }

    @Test
    void cutsWordsLongerThanALine() {
        assertEquals(List.of("sched_rt_r", "untime_us"), TextWrap.lines("sched_rt_runtime_us", 100, 3, MONO));
    }

    @Test
    void collapsesWhitespaceAndHandlesEmptyText() {
        assertEquals(List.of("a b"), TextWrap.lines("  a \n\t b ", 100, 3, MONO));
        assertEquals(List.of(), TextWrap.lines("   ", 100, 3, MONO));
        assertEquals(List.of(), TextWrap.lines("text", 100, 0, MONO));
    }

    @Test
    void fitKeepsShortTextAndShortensLongText() {
        assertEquals("short", TextWrap.fit("short", 100, MONO));
        assertEquals("a much…", TextWrap.fit("a much longer text", 70, MONO));
    }
}
