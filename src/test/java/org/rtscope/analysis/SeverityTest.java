package org.rtscope.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void ordersInfoWarningErrorCritical() {
        assertTrue(Severity.CRITICAL.isAtLeast(Severity.ERROR));
        assertTrue(Severity.ERROR.isAtLeast(Severity.ERROR));
        assertFalse(Severity.WARNING.isAtLeast(Severity.ERROR));
        assertTrue(Severity.INFO.isAtLeast(Severity.INFO));
        assertFalse(Severity.INFO.isAtLeast(Severity.WARNING));
    }

    @Test
    void idsAreLowerCase() {
        assertEquals("critical", Severity.CRITICAL.id());
    }
}
