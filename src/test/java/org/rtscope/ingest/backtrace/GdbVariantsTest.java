package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.StackReport;

/**
 * gdb frame and header shapes beyond the public examples, written as gdb and systemd-coredump print
 * them: C++ names with their own parentheses and operators, string arguments holding parentheses,
 * {@code (LWP n)} and {@code (process n)} headers, two backtraces separated by a prompt, signal banners,
 * coredumpctl's {@code (lib + 0xoff)} frames.
 */
class GdbVariantsTest {

    @Test
    void cppNamesKeepTheirParenthesesAndOperators() {
        Case.Source source = Imports.gdb(String.join("\n",
                "#0  0x00007f0000001000 in std::function<void (int)>::operator()(int) const (this=0x7ffd5c1e3a10, "
                        + "__args#0=3) at /usr/include/c++/12/bits/std_function.h:591",
                "#1  0x0000555555556789 in operator<< <char, std::char_traits<char> > (__out=..., __s=0x5555 \"x)(\") "
                        + "at /usr/include/c++/12/ostream:611",
                "#2  0x00005555555561a0 in (anonymous namespace)::Worker::run (this=0x0) at worker.cc:42",
                "#3  0x00005555555561ff in main () at main.cc:7",
                ""));
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        List<Frame> frames = source.stacks().get(0).backtrace().frames();
        assertEquals("std::function<void (int)>::operator()(int) const", frames.get(0).function());
        assertEquals("this=0x7ffd5c1e3a10, __args#0=3", frames.get(0).args());
        assertEquals("operator<< <char, std::char_traits<char> >", frames.get(1).function());
        assertEquals("__out=..., __s=0x5555 \"x)(\"", frames.get(1).args());
        assertEquals("/usr/include/c++/12/ostream:611", frames.get(1).location());
        assertEquals("(anonymous namespace)::Worker::run", frames.get(2).function());
        assertEquals("main.cc:7", frames.get(3).location());
    }

    @Test
    void threadHeadersWithoutPthreadIdsAndTwoBacktracesSplitByPrompts() {
        Case.Source source = Imports.gdb(String.join("\n",
                "(gdb) bt",
                "#0  0x00007f0000001000 in poll () from /lib/x86_64-linux-gnu/libc.so.6",
                "#1  0x0000555555551000 in main ()",
                "(gdb) bt",
                "#0  0x00007f0000002000 in nanosleep () from /lib/x86_64-linux-gnu/libc.so.6",
                "(gdb) thread apply all bt",
                "",
                "Thread 2 (LWP 1235):",
                "#0  0x00007f0000003000 in read () from /lib/x86_64-linux-gnu/libc.so.6",
                "",
                "Thread 1 (process 1234):",
                "#0  0x00007f0000004000 in wait4 () from /lib/x86_64-linux-gnu/libc.so.6",
                ""));
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        List<StackReport> stacks = source.stacks();
        assertEquals(4, stacks.size());
        assertEquals(2, stacks.get(0).backtrace().frames().size());
        assertEquals("from /lib/x86_64-linux-gnu/libc.so.6", stacks.get(0).backtrace().frames().get(0).location());
        assertNull(stacks.get(0).attributes().get("thread"));
        assertEquals(1235, stacks.get(2).pid());
        assertEquals("2", stacks.get(2).attributes().get("thread"));
        assertEquals(1234, stacks.get(3).pid());
    }

    @Test
    void liveSignalBannersNameTheSignal() {
        Case.Source source = Imports.gdb(String.join("\n",
                "Thread 3 \"worker\" received signal SIGSEGV, Segmentation fault.",
                "[Switching to Thread 0x7ffff6e8e640 (LWP 4711)]",
                "0x0000555555555171 in crash_here (p=0x0) at segv.c:4",
                "4\t  *p = 1;",
                "(gdb) bt",
                "#0  0x0000555555555171 in crash_here (p=0x0) at segv.c:4",
                "#1  0x00005555555551a2 in worker (arg=0x0) at segv.c:9",
                "#2  0x00007ffff7e2bac3 in start_thread (arg=<optimized out>) at ./nptl/pthread_create.c:442",
                "#3  0x00007ffff7ebd850 in clone3 () at ../sysdeps/unix/sysv/linux/x86_64/clone3.S:81",
                ""));
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        StackReport stack = source.stacks().get(0);
        assertEquals("Thread 3 \"worker\" received signal SIGSEGV, Segmentation fault", stack.title());
        assertEquals(4, stack.backtrace().frames().size());
    }

    @Test
    void coredumpctlFramesNameTheirModuleAndOffset() {
        Case.Source source = Imports.gdb(String.join("\n",
                "#0  0x00007fb109a9318b raise (libc.so.6 + 0x3a18b)",
                "#1  0x00007fb109a72859 abort (libc.so.6 + 0x19859)",
                "#2  0x000055d0c1a2b2f3 n/a (/usr/sbin/daemon + 0x12f3)",
                ""));
        List<Frame> frames = source.stacks().get(0).backtrace().frames();
        assertEquals(new Frame("raise", 0x00007fb109a9318bL, 0x3a18b, -1, "libc.so.6", false, null, null, null),
                frames.get(0));
        assertEquals("", frames.get(2).function());
        assertEquals("/usr/sbin/daemon", frames.get(2).module());
        assertEquals(0x12f3, frames.get(2).offset());
    }

    @Test
    void identicalFramesOfManyThreadsAreOneObject() {
        StringBuilder dump = new StringBuilder();
        for (int t = 100; t > 0; t--) {
            dump.append("Thread ").append(t).append(" (Thread 0x7f00000").append(t).append(" (LWP ").append(1000 + t)
                    .append(")):\n#0  0x00007f0000001000 in epoll_wait () from /lib/libc.so.6\n\n");
        }
        List<StackReport> stacks = Imports.gdb(dump.toString()).stacks();
        assertEquals(100, stacks.size());
        Frame first = stacks.get(0).backtrace().frames().get(0);
        for (StackReport r : stacks) {
            assertSame(first, r.backtrace().frames().get(0));
        }
    }
}
