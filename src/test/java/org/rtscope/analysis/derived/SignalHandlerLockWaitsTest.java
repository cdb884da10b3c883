package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.TestData;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.StackReport;

class SignalHandlerLockWaitsTest {

    @TempDir
    Path tmp;

    /** The first lock wait under a signal frame in gdb output, read by the backtrace importer. */
    private Optional<SignalHandlerLockWaits.Wait> first(String gdb) throws IOException {
        Path file = Files.writeString(tmp.resolve("bt" + System.nanoTime() + ".txt"), gdb + "\n");
        return first(file);
    }

    private static Optional<SignalHandlerLockWaits.Wait> first(Path file) {
        List<StackReport> threads = CaseLoader.loadOne(file, ImportMonitor.NONE).stacks();
        return threads.stream().map(t -> SignalHandlerLockWaits.find(t.backtrace())).filter(Optional::isPresent)
                .map(Optional::get).findFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gdb_attach_bt.txt", "gdb_core_bt_full.txt"})
    void s4HandlerLockAndInterruptedCode(String file) {
        SignalHandlerLockWaits.Wait w = first(TestData.trace("s4_sigalrm_mutex_deadlock", file)).orElseThrow();
        assertEquals("on_alarm", w.handler());
        assertEquals(14, w.signal());
        assertEquals("pthread_mutex_lock", w.lockFunction(), "glibc 2.36's ___pthread_mutex_lock, canonical");
        assertEquals("stats_lock", w.lockObject());
        assertEquals("update_stats", w.interrupted());
        assertEquals(3, w.lockFrame());
        assertEquals(4, w.handlerFrame());
        assertEquals(5, w.signalFrame());
        assertEquals(6, w.interruptedFrame());
    }

    @Test
    void catalogSignatureOfOlderGlibcSkipsTheSetitimerWrapper() throws IOException {
        String gdb = String.join("\n",
                "Thread 1 (Thread 0x7f0 (LWP 4711)):",
                "#0  __lll_lock_wait (futex=0x55d0 <lock>, private=0) at lowlevellock.c:52",
                "#1  0x00007f10 in __GI___pthread_mutex_lock (mutex=0x55d0 <lock>) at pthread_mutex_lock.c:80",
                "#2  0x000055d0 in alarm_handler (sig=14) at app.c:40",
                "#3  <signal handler called>",
                "#4  0x00007f20 in setitimer () at ../sysdeps/unix/syscall-template.S:78",
                "#5  0x000055d1 in arm_timer (ms=5) at app.c:61",
                "#6  0x000055d2 in main () at app.c:90");
        SignalHandlerLockWaits.Wait w = first(gdb).orElseThrow();
        assertEquals("alarm_handler", w.handler());
        assertEquals("arm_timer", w.interrupted(), "the caller of the libc wrapper holds the lock");
        assertEquals("lock", w.lockObject());
    }

    @Test
    void mallocInAHandlerIsALockWaitToo() throws IOException {
        String gdb = String.join("\n",
                "Thread 1 (Thread 0x7f0 (LWP 99)):",
                "#0  __lll_lock_wait_private () at ./lowlevellock.c:35",
                "#1  0x00007f10 in _int_malloc (av=0x7f30, bytes=64) at malloc.c:3679",
                "#2  0x00007f11 in __GI___libc_malloc (bytes=64) at malloc.c:3058",
                "#3  0x000055d0 in log_event (sig=10) at log.c:12",
                "#4  <signal handler called>",
                "#5  0x00007f12 in _int_free (av=0x7f30, p=0x1) at malloc.c:4312",
                "#6  0x000055d1 in release (b=0x2) at buf.c:7");
        SignalHandlerLockWaits.Wait w = first(gdb).orElseThrow();
        assertEquals("log_event", w.handler(), "the frame right above the signal frame, past the allocator");
        assertEquals("malloc", w.lockFunction(), "what the handler called");
        assertEquals("int_free", w.interrupted());
        assertEquals(10, w.signal());
    }

    @Test
    void twoThreadsInPthreadMutexLockWithoutASignalFrameAreNotThisPattern() throws IOException {
        String gdb = String.join("\n",
                "Thread 2 (Thread 0x7f1 (LWP 12)):",
                "#0  __lll_lock_wait (futex=0x1 <a>, private=0) at lowlevellock.c:52",
                "#1  0x00007f10 in __GI___pthread_mutex_lock (mutex=0x1 <a>) at pthread_mutex_lock.c:80",
                "#2  0x000055d0 in worker () at w.c:3",
                "",
                "Thread 1 (Thread 0x7f0 (LWP 11)):",
                "#0  __lll_lock_wait (futex=0x2 <b>, private=0) at lowlevellock.c:52",
                "#1  0x00007f10 in __GI___pthread_mutex_lock (mutex=0x2 <b>) at pthread_mutex_lock.c:80",
                "#2  0x000055d0 in main () at m.c:9");
        assertTrue(first(gdb).isEmpty());
    }

    @Test
    void aSignalFrameWithoutALockAboveItIsNotThisPattern() throws IOException {
        String gdb = String.join("\n",
                "Thread 1 (Thread 0x7f0 (LWP 11)):",
                "#0  0x00007f10 in __GI_raise (sig=sig@entry=6) at ../sysdeps/unix/sysv/linux/raise.c:50",
                "#1  0x00007f11 in __GI_abort () at abort.c:79",
                "#2  0x000055d0 in on_term (sig=15) at m.c:4",
                "#3  <signal handler called>",
                "#4  0x000055d1 in main () at m.c:9");
        assertTrue(first(gdb).isEmpty());
    }
}
