package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Backtrace;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.StackReport;

/**
 * Story 5 (P23) as recorded in sample-traces/s4_sigalrm_mutex_deadlock: gdb attached to the hung
 * process and gdb on its core both show the SIGALRM handler {@code on_alarm} waiting for the mutex
 * that the interrupted {@code update_stats} holds, below gdb's {@code <signal handler called>} frame.
 */
class SigalrmDeadlockBacktraceTest {

    @Test
    void attachedGdbShowsTheHandlerWaitingAboveTheSignalFrame() {
        Case.Source source = CaseLoader.loadOne(TestData.trace("s4_sigalrm_mutex_deadlock", "gdb_attach_bt.txt"),
                ImportMonitor.NONE);
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(0, source.report().skipped(), () -> source.report().warnings().toString());
        assertNull(source.trace());
        assertEquals(1, source.stacks().size());
        StackReport thread = source.stacks().get(0);
        assertEquals(StackReport.GDB_THREAD, thread.kind());
        assertEquals(28831, thread.pid());
        assertEquals("sigalrm_deadloc", thread.comm());
        assertEquals("1", thread.attributes().get("thread"));
        assertEquals(6, thread.firstLine());
        assertHandlerDeadlock(thread.backtrace());
    }

    @Test
    void coreDumpBacktraceFullKeepsTheLocals() {
        Case.Source source = CaseLoader.loadOne(
                TestData.trace("s4_sigalrm_mutex_deadlock", "gdb_core_bt_full.txt"), ImportMonitor.NONE);
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(0, source.report().skipped(), () -> source.report().warnings().toString());
        List<StackReport> stacks = source.stacks();
        assertEquals(2, stacks.size(), "the stop location gdb prints on loading the core, then thread 1");
        StackReport stop = stacks.get(0);
        assertEquals("futex_wait", stop.backtrace().frames().get(0).function());
        assertEquals("/home/rt/lab/trace/src/sigalrm_deadlock", stop.attributes().get("core"));
        StackReport thread = stacks.get(1);
        assertEquals(28831, thread.pid());
        assertEquals("1", thread.attributes().get("thread"));
        assertHandlerDeadlock(thread.backtrace());
        assertTrue(thread.attributes().get("#6 locals").contains("i = 1491"), thread.attributes().toString());
        assertEquals("No locals.", thread.attributes().get("#4 locals"));
        assertTrue(thread.attributes().get("#7 locals").contains("sa_handler = 0x55951900c1b9 <on_alarm>"));
    }

    /** The P23 signature: lock wait, mutex lock, handler at line 21, signal frame, interrupted code, main. */
    private static void assertHandlerDeadlock(Backtrace backtrace) {
        assertEquals(Backtrace.USER, backtrace.kind());
        List<Frame> frames = backtrace.frames();
        assertEquals(List.of("futex_wait", "__GI___lll_lock_wait", "lll_mutex_lock_optimized", "___pthread_mutex_lock",
                "on_alarm", "<signal handler called>", "update_stats", "main"),
                frames.stream().map(Frame::function).toList());
        assertTrue(frames.get(1).function().endsWith("__lll_lock_wait"));
        Frame handler = frames.get(4);
        assertEquals("sigalrm_deadlock.c:21", handler.location());
        assertEquals("sig=14", handler.args());
        assertEquals(0x000055951900c1d3L, handler.address());
        Frame signal = frames.get(5);
        assertEquals("signal", signal.context());
        assertEquals("sigalrm_deadlock.c:31", frames.get(6).location());
        assertEquals("sigalrm_deadlock.c:46", frames.get(7).location());
        assertEquals("mutex=0x55951900f080 <stats_lock>", frames.get(3).args());
    }
}
