package org.rtscope.analysis.pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldPredicateTest {
    @Test
    void equalityComparisonsAndRegex() {
        assertTrue(FieldPredicate.parse("code", "128").test("128"));
        assertFalse(FieldPredicate.parse("code", "128").test("0"));
        assertTrue(FieldPredicate.parse("code", "!=0").test("128"));
        assertTrue(FieldPredicate.parse("prio", ">=100").test("120"));
        assertFalse(FieldPredicate.parse("prio", "<100").test("120"));
        assertTrue(FieldPredicate.parse("prio", "<=99").test("99"));
        assertTrue(FieldPredicate.parse("prio", ">0").test("1"));
        assertFalse(FieldPredicate.parse("prio", ">0").test("abc"), "not a number: no match");
        assertTrue(FieldPredicate.parse("function", "~sched_rt_period_timer(/0x0)?").test("sched_rt_period_timer/0x0"));
        assertFalse(FieldPredicate.parse("sig", "9").test(null));
    }

    @Test
    void malformedConditionsAreErrors() {
        assertThrows(IllegalArgumentException.class, () -> FieldPredicate.parse("sig", ">="));
        assertThrows(IllegalArgumentException.class, () -> FieldPredicate.parse("sig", "<abc"));
    }
}
