package org.rtscope.ingest.backtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.ingest.Sniffer;
import org.rtscope.model.Case;
import org.rtscope.model.Frame;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.StackReport;

/**
 * crash output shapes that the public examples do not cover, written as crash prints them (format
 * strings of crash's x86_64.c, arm64.c and task.c): {@code bt -l} source lines, {@code bt -f} stack
 * words, {@code bt -s} offsets, IRQ stack switches with two-digit frame numbers, arm64 registers,
 * {@code runq} with queued RT tasks and throttled groups, {@code runq -m}, {@code ps -l}, pasted
 * output without prompts.
 */
class CrashVariantsTest {

    private static final String BT_A_IRQ = String.join("\n",
            "crash> bt -a",
            "PID: 1234   TASK: ffff88810a6b0000  CPU: 1   COMMAND: \"rt_hog\"",
            " #0 [fffffe0000033e48] crash_nmi_callback at ffffffff8105f2a1",
            " #1 [fffffe0000033e50] nmi_handle at ffffffff810295b4",
            " #2 [fffffe0000033e90] default_do_nmi at ffffffff81c0b9f3",
            " #3 [fffffe0000033eb8] exc_nmi at ffffffff81c0bc2e",
            " #4 [fffffe0000033ef0] end_repeat_nmi at ffffffff81e015b3",
            "    [exception RIP: unix_stream_sendmsg+0x1a3]",
            "    RIP: ffffffff81a2e8c3  RSP: ffffc90000b4fd40  RFLAGS: 00000246",
            "    ORIG_RAX: ffffffffffffffff  CS: 0010  SS: 0018",
            "--- <NMI exception stack> ---",
            " #5 [ffffc90000b4fd40] unix_stream_sendmsg at ffffffff81a2e8c3",
            "    /usr/src/debug/kernel-5.4.53/linux-5.4.53/net/unix/af_unix.c: 1896",
            " #6 [ffffc90000b4fdc8] sock_sendmsg at ffffffff81954a4e",
            "    ffffc90000b4fdd0: ffff88810a6b0000 [ffff888103c8e400:kmalloc-1k]",
            "    ffffc90000b4fde0: __sys_sendto+0x108 0000000000000000",
            " #7 [ffffc90000b4fde8] __sys_sendto+0x108 at ffffffff81955b28",
            " #8 [ffffc90000b4ff38] do_syscall_64 at ffffffff81c07b1a",
            " #9 [ffffc90000b4ff50] entry_SYSCALL_64_after_hwframe at ffffffff81e0008c",
            "    RIP: 00007f2c1e9a7e8a  RSP: 00007ffd6a1b3e28  RFLAGS: 00000246",
            "    ORIG_RAX: 000000000000002c  CS: 0033  SS: 002b",
            "",
            "PID: 0      TASK: ffffffff82613940  CPU: 0   COMMAND: \"swapper/0\"",
            " #0 [ffffc90000003e60] machine_kexec at ffffffff81068d6c",
            " #1 [ffffc90000003eb8] __crash_kexec at ffffffff8116b0e2",
            " #2 [ffffc90000003f78] panic at ffffffff810a1b2d",
            " #3 [ffffc90000003ff0] sysvec_apic_timer_interrupt at ffffffff81c0a2d1",
            "--- <IRQ stack> ---",
            " #4 [ffffffff82603d98] asm_sysvec_apic_timer_interrupt at ffffffff81e00cc2",
            " #5 [ffffffff82603e20] default_idle at ffffffff81c1b8be",
            " #6 [ffffffff82603e38] do_idle at ffffffff810e3b3a",
            " #7 [ffffffff82603e80] cpu_startup_entry at ffffffff810e3d70",
            " #8 [ffffffff82603e90] rest_init at ffffffff81c0c3a6",
            " #9 [ffffffff82603ea0] arch_call_rest_init at ffffffff82c3d1b2",
            "#10 [ffffffff82603ec8] start_kernel at ffffffff82c3d6e5",
            "#11 [ffffffff82603f50] secondary_startup_64_no_verify at ffffffff81000107",
            "");

    @Test
    void btAllKeepsContextsLocationsStackWordsAndUserRegisters() {
        Case.Source source = Imports.crash(BT_A_IRQ);
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        List<StackReport> tasks = source.stacks();
        assertEquals(2, tasks.size());
        StackReport hog = tasks.get(0);
        assertEquals(1234, hog.pid());
        assertEquals(1, hog.cpu());
        assertEquals("rt_hog", hog.comm());
        List<Frame> frames = hog.backtrace().frames();
        assertEquals(10, frames.size());
        assertEquals("NMI", frames.get(4).context());
        assertNull(frames.get(5).context());
        assertEquals("unix_stream_sendmsg+0x1a3", hog.attributes().get("#4 exception RIP"));
        assertEquals("/usr/src/debug/kernel-5.4.53/linux-5.4.53/net/unix/af_unix.c:1896", frames.get(5).location());
        assertTrue(hog.attributes().get("#6 stack").contains("[ffff888103c8e400:kmalloc-1k]"));
        assertEquals("__sys_sendto", frames.get(7).function());
        assertEquals(0x108, frames.get(7).offset());
        assertTrue(hog.attributes().get("#9 registers").contains("CS: 0033"), "user-mode entry registers");

        StackReport idle = tasks.get(1);
        List<Frame> idleFrames = idle.backtrace().frames();
        assertEquals(12, idleFrames.size());
        assertEquals("IRQ", idleFrames.get(3).context());
        assertNull(idleFrames.get(4).context());
        assertEquals("start_kernel", idleFrames.get(10).function());
    }

    @Test
    void arm64RegistersBelongToTheirFrame() {
        Case.Source source = Imports.crash(String.join("\n",
                "crash> bt",
                "PID: 77     TASK: ffff0000c1a2b300  CPU: 3   COMMAND: \"kworker/3:1\"",
                " #9 [ffff80000801bfc0] gic_handle_irq at ffff800008010144",
                "--- <IRQ stack> ---",
                "#10 [ffff80000a43bbb0] el1_irq at ffff8000080130ac",
                "     PC: ffff80000819b044  [smp_call_function_many_cond+796]",
                "     LR: ffff80000819b000  [smp_call_function_many_cond+728]",
                "     SP: ffff80000a43bbc0  PSTATE: 80c00009",
                "    X29: ffff80000a43bbc0  X28: 0000000000001000  X27: ffff0003fffc1ee88",
                "#11 [ffff80000a43bc50] on_each_cpu_cond_mask at ffff80000819b1f8",
                ""));
        StackReport task = source.stacks().get(0);
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        assertTrue(task.attributes().get("#10 registers").startsWith("PC: ffff80000819b044 [smp_call_function_many_cond+796]"));
        assertEquals("IRQ", task.backtrace().frames().get(0).context());
        assertEquals(3, task.backtrace().frames().size());
    }

    @Test
    void runqKeepsQueuedRtTasksAndThrottledGroups() {
        Case.Source source = Imports.crash(String.join("\n",
                "crash> runq",
                "CPU 1 RUNQUEUE: ffff88813bd2b2c0",
                "  CURRENT: PID: 1234   TASK: ffff88810a6b0000  COMMAND: \"rt_hog\"",
                "  RT PRIO_ARRAY: ffff88813bd2b540",
                "     [  0] PID: 15     TASK: ffff888100a4c000  COMMAND: \"migration/1\"",
                "     [ 49] PID: 1234   TASK: ffff88810a6b0000  COMMAND: \"rt_hog\"",
                "           PID: 1240   TASK: ffff88810a6b4000  COMMAND: \"rt_peer\"",
                "  CFS RB_ROOT: ffff88813bd2b370",
                "     [120] PID: 61     TASK: ffff888100e3c000  COMMAND: \"kworker/1:1\"",
                "crash> runq -g -c1",
                "CPU 1",
                "  CURRENT: PID: 1234   TASK: ffff88810a6b0000  COMMAND: \"rt_hog\"",
                "  ROOT_TASK_GROUP: ffffffff82a5d0c0  RT_RQ: ffff88813bd2b540",
                "     [  0] PID: 15     TASK: ffff888100a4c000  COMMAND: \"migration/1\"",
                "     [ 49] TASK_GROUP: ffff888104d6c000  RT_RQ: ffff888104d68000  <rt.slice> (THROTTLED)",
                "           [ 49] PID: 1234   TASK: ffff88810a6b0000  COMMAND: \"rt_hog\"",
                "  ROOT_TASK_GROUP: ffffffff82a5d0c0  CFS_RQ: ffff88813bd2b3c0",
                "     [120] PID: 61     TASK: ffff888100e3c000  COMMAND: \"kworker/1:1\"",
                "crash> runq -m",
                " CPU 0: [0 00:00:00.001]  PID: 0      TASK: ffffffff82613940  COMMAND: \"swapper/0\"",
                " CPU 1: [0 00:00:42.512]  PID: 1234   TASK: ffff88810a6b0000  COMMAND: \"rt_hog\"",
                ""));
        assertEquals(0, source.report().skipped(), source.report().warnings().toString());
        List<StackReport> cpus = source.stacks();
        assertEquals(4, cpus.size());
        StackReport plain = cpus.get(0);
        assertEquals(StackReport.CRASH_RUNQ, plain.kind());
        assertEquals(1, plain.cpu());
        assertEquals(1234, plain.pid());
        assertEquals("3", plain.attributes().get("RT queued"));
        assertEquals("[  0] PID 15 \"migration/1\"\n[ 49] PID 1234 \"rt_hog\"\n[ 49] PID 1240 \"rt_peer\"",
                plain.attributes().get("RT queue"));
        assertEquals("1", plain.attributes().get("CFS queued"));
        StackReport groups = cpus.get(1);
        assertEquals("<rt.slice>", groups.attributes().get("RT throttled"));
        assertTrue(groups.attributes().get("RT queue").contains("group <rt.slice> (THROTTLED)"));
        StackReport running = cpus.get(3);
        assertEquals("0 00:00:42.512", running.attributes().get("running"));
        assertEquals("42512000000", running.attributes().get("running ns"));
        assertEquals("rt_hog", running.comm());
    }

    @Test
    void psLastRunTimestampsAndPromptVariants() {
        Case.Source source = Imports.crash(String.join("\n",
                "crash64> ps -l",
                "[2680990637359] [RU]  PID: 1234   TASK: ffff88810a6b0000  CPU: 1   COMMAND: \"rt_hog\"",
                "[2680940618478] [RU]  PID: 61     TASK: ffff888100e3c000  CPU: 1   COMMAND: \"kworker/1:1\"",
                ""));
        assertEquals(2, source.stacks().size());
        StackReport task = source.stacks().get(1);
        assertEquals(StackReport.CRASH_PS, task.kind());
        assertEquals("2680940618478", task.attributes().get("last run"));
        assertEquals("RU", task.attributes().get("state"));
    }

    @Test
    void outputPastedWithoutPromptsIsRecognisedAndRead() {
        String pasted = BT_A_IRQ.substring(BT_A_IRQ.indexOf('\n') + 1);
        assertEquals(SourceFormat.CRASH_BT, Sniffer.sniff(pasted.getBytes(StandardCharsets.UTF_8)));
        Case.Source source = Imports.crash(pasted);
        assertEquals(Imports.crash(BT_A_IRQ).stacks().size(), source.stacks().size());
        assertEquals(22, source.stacks().stream().mapToInt(r -> r.backtrace().frames().size()).sum());
    }
}
