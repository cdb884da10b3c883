package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameNamesTest {
    @Test
    void normalizeStripsDecorationsButKeepsUnderscores() {
        assertEquals("tick_sched_handle", FrameNames.normalize("tick_sched_handle.isra.12"));
        assertEquals("__send_signal", FrameNames.normalize("__send_signal+0x80004520223d"));
        assertEquals("__pthread_mutex_lock", FrameNames.normalize("__GI___pthread_mutex_lock"));
        assertEquals("pthread_cond_wait", FrameNames.normalize("pthread_cond_wait@@GLIBC_2.3.2"));
        assertEquals("smp_call_function_many_cond", FrameNames.normalize(" smp_call_function_many_cond+0x11e/0x4f0 "));
        assertEquals("foo", FrameNames.normalize("foo.constprop.0.cold"));
    }

    @Test
    void canonicalIsTheNameToSearchFor() {
        assertEquals("pthread_mutex_lock", FrameNames.canonical("___pthread_mutex_lock"));
        assertEquals("pthread_mutex_lock", FrameNames.canonical("__GI___pthread_mutex_lock"));
        assertEquals("malloc", FrameNames.canonical("__GI___libc_malloc"));
        assertEquals("_", FrameNames.canonical("_"));
    }

    @Test
    void signalFrame() {
        assertTrue(FrameNames.isSignalFrame("<signal handler called>"));
        assertFalse(FrameNames.isSignalFrame("signal_handler"));
        assertFalse(FrameNames.isSignalFrame(null));
    }
}
