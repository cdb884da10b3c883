package org.rtscope.ingest.kmsg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.StackReport;

/**
 * How kernel log lines become reports: what opens, confirms, continues and ends one, and what each
 * report records for the pattern engine (kind, title, cpu, pid, comm, attributes, frames with their
 * context). The lines follow CATALOG §3 and F10.
 */
class KernelReportsTest {

    private static Case.Source read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new KernelLogImporter().read(new ByteArrayInputStream(bytes), bytes.length,
                new SourceReport("test", SourceFormat.DMESG), ImportMonitor.NONE);
    }

    private static String frames(StackReport r) {
        return r.backtrace().frames().stream().map(LogTsv::frame).collect(Collectors.joining(" | "));
    }

    @Test
    void reportsOfTwoCpusInterleavedLineByLineAreKeptApartByCallerId() throws IOException {
        Case.Source s = read("""
                [  100.000001][    C0] NMI backtrace for cpu 0
                [  100.000002][    C1] NMI backtrace for cpu 1
                [  100.000003][    C0] CPU: 0 PID: 12 Comm: rt_hog Not tainted 6.1.0 #1
                [  100.000004][    C1] CPU: 1 PID: 0 Comm: swapper/1 Not tainted 6.1.0 #1
                [  100.000005][    C0] Call Trace:
                [  100.000006][    C1] Call Trace:
                [  100.000007][    C0]  <NMI>
                [  100.000008][    C1]  <TASK>
                [  100.000009][    C0]  nmi_cpu_backtrace+0x10/0x20
                [  100.000010][    C1]  default_idle+0xa/0x20
                [  100.000011][    C0]  </NMI>
                [  100.000012][    C0]  <TASK>
                [  100.000013][    C0]  rt_loop+0x24/0x40 [rt_hog]
                """);
        List<StackReport> reports = s.stacks();
        assertEquals(2, reports.size());
        assertEquals("0 12 rt_hog: <NMI> nmi_cpu_backtrace+0x10/0x20 | <TASK> rt_loop+0x24/0x40 [rt_hog]",
                reports.get(0).cpu() + " " + reports.get(0).pid() + " " + reports.get(0).comm() + ": " + frames(reports.get(0)));
        assertEquals("1 0 swapper/1: <TASK> default_idle+0xa/0x20",
                reports.get(1).cpu() + " " + reports.get(1).pid() + " " + reports.get(1).comm() + ": " + frames(reports.get(1)));
        assertEquals(1, s.logs().report(1));
        assertEquals(0, s.logs().report(12));
    }

    @Test
    void aDriverMessageStartingWithWarningIsNotAReport() throws IOException {
        Case.Source s = read("""
                [    5.000000] usb 5-1: config 0 descriptor??
                [    5.000001] WARNING: ath10k USB support is incomplete, don't expect anything to work!
                [    5.000002] usb 5-1: ath10k_usb: probe failed
                [    5.000003] usbcore: registered new interface driver ath10k_usb
                [    5.000004] random: crng init done
                [    5.000005] EXT4-fs (vda): mounted filesystem
                [    5.000006] systemd[1]: Started Journal Service.
                [    5.000007] sched: RT throttling activated
                """);
        assertEquals(0, s.stacks().size());
        for (int i = 0; i < s.logs().size(); i++) {
            assertEquals(-1, s.logs().report(i));
        }
    }

    @Test
    void warnWithMessageAfterTheFenceKeepsTheMessage() throws IOException {
        Case.Source s = read("""
                [   75.189488][ T4090] ------------[ cut here ]------------
                [   75.190329][ T4090] virt_to_phys used for non-linear address: 0000000022abe3fe (0xffffffd01514e038)
                [   75.192486][ T4090] WARNING: CPU: 1 PID: 4090 at arch/riscv/mm/physaddr.c:16 __virt_to_phys+0x44/0x5c
                [   75.193022][ T4090] Modules linked in:
                [   75.193507][ T4090] CPU: 1 PID: 4090 Comm: dhcpcd Not tainted 5.10.2 #18
                [   75.216759][ T4090] Call Trace:
                [   75.217460][ T4090] [<ffffffe00020383c>] walk_stackframe+0x0/0xaa
                [   75.218700][ T4090] ---[ end trace 0000000000000000 ]---
                [   75.218800][ T4090] sched: RT throttling activated
                """);
        StackReport r = s.stacks().get(0);
        assertEquals(StackReport.WARNING, r.kind());
        assertEquals(1, r.firstLine());
        assertEquals(8, r.lastLine());
        assertEquals("virt_to_phys used for non-linear address: 0000000022abe3fe (0xffffffd01514e038)",
                r.attributes().get("message"));
        assertEquals("1 4090 dhcpcd", r.cpu() + " " + r.pid() + " " + r.comm());
        assertEquals(0, s.logs().report(1));
        assertEquals(-1, s.logs().report(8));
    }

    @Test
    void oomInvocationNamesTheDumpThatFollows() throws IOException {
        Case.Source s = read("""
                [ 5000.100000] rt_hog invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0
                [ 5000.100010] CPU: 2 PID: 4242 Comm: rt_hog Not tainted 6.1.0 #1
                [ 5000.100020] Call Trace:
                [ 5000.100030]  <TASK>
                [ 5000.100040]  dump_stack_lvl+0x44/0x5c
                [ 5000.100050]  dump_header+0x4a/0x211
                [ 5000.100060]  oom_kill_process.cold+0xb/0x10
                [ 5000.100070]  out_of_memory+0x1fd/0x4d0
                [ 5000.100080]  </TASK>
                [ 5000.100090] Mem-Info:
                """);
        StackReport r = s.stacks().get(0);
        assertEquals(StackReport.OOM, r.kind());
        assertTrue(r.title().startsWith("rt_hog invoked oom-killer:"));
        assertEquals("2 4242 rt_hog 1-9", r.cpu() + " " + r.pid() + " " + r.comm() + " " + r.firstLine() + "-" + r.lastLine());
        assertTrue(r.backtrace().contains("out_of_memory"));
    }

    @Test
    void softLockupKeepsTheLoopingFunctionOfRipAboveItsTrace() throws IOException {
        Case.Source s = read("""
                [  721.016745][    C0] watchdog: BUG: soft lockup - CPU#0 stuck for 26s! [rt_hog:26542]
                [  721.016800][    C0] Modules linked in: nf_tables(E)
                [  721.016810][    C0] CPU: 0 PID: 26542 Comm: rt_hog Tainted: G             L     6.1.0-13-amd64 #1
                [  721.016820][    C0] RIP: 0010:smp_call_function_many_cond+0x11e/0x4f0
                [  721.016830][    C0] RSP: 0018:ffffc90000003e38 EFLAGS: 00000202
                [  721.016840][    C0] Call Trace:
                [  721.016850][    C0]  <IRQ>
                [  721.016860][    C0]  ? watchdog_timer_fn+0x1b8/0x220
                [  721.016870][    C0]  </IRQ>
                [  721.016880][    C0]  <TASK>
                [  721.016890][    C0]  on_each_cpu_cond_mask+0x24/0x40
                [  721.016900][    C0]  </TASK>
                """);
        StackReport r = s.stacks().get(0);
        assertEquals(StackReport.SOFT_LOCKUP, r.kind());
        assertEquals("0 26542 rt_hog", r.cpu() + " " + r.pid() + " " + r.comm());
        assertEquals("26", r.attributes().get("stuck for s"));
        assertEquals("G             L     6.1.0-13-amd64 #1", r.attributes().get("Tainted"));
        assertEquals("00000202", r.attributes().get("EFLAGS"));
        assertEquals("<exception> smp_call_function_many_cond+0x11e/0x4f0 | <IRQ> ? watchdog_timer_fn+0x1b8/0x220"
                + " | <TASK> on_each_cpu_cond_mask+0x24/0x40", frames(r));
        assertEquals(6, r.backtrace().line());
    }

    @Test
    void rcuStallNamesTheStalledCpuAndWhoDetectedIt() throws IOException {
        Case.Source s = read("""
                [  103.087243] rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:
                [  103.087250] rcu: \t3-...0: (1 GPs behind) idle=d634/1/0x4000000000000002 softirq=1302/1303 fqs=2
                [  103.087260] rcu: \t(detected by 0, t=5252 jiffies, g=12345, q=67 ncpus=8)
                [  103.087270] rcu: rcu_preempt kthread starved for 5252 jiffies! g12345 f0x0 RCU_GP_WAIT_FQS(5) ->state=0x0 ->cpu=3
                [  103.087280] Sending NMI from CPU 0 to CPUs 3:
                [  103.087290] NMI backtrace for cpu 3
                """);
        StackReport rcu = s.stacks().get(0);
        assertEquals(StackReport.RCU_STALL, rcu.kind());
        assertEquals(3, rcu.cpu());
        assertEquals("0", rcu.attributes().get("detected by"));
        assertEquals("3", rcu.attributes().get("stalled CPUs"));
        assertEquals("rcu_preempt", rcu.attributes().get("flavor"));
        assertTrue(rcu.attributes().get("kthread starved").contains("RCU_GP_WAIT_FQS"));
        assertEquals(StackReport.NMI_BACKTRACE, s.stacks().get(1).kind());
        assertEquals(3, s.stacks().get(1).cpu());
    }

    @Test
    void schedulingWhileAtomicKeepsWherePreemptionWasDisabled() throws IOException {
        Case.Source s = read("""
                [ 2120.561010] BUG: scheduling while atomic: ps/29202/0x00000002
                [ 2120.561020] Modules linked in:
                [ 2120.561030] Preemption disabled at:
                [ 2120.561040] [<ffff000008101234>] percpu_up_read+0x2c/0x90
                [ 2120.561050] CPU: 3 PID: 29202 Comm: ps Tainted: G        W       4.4.179-rt181 #1
                [ 2120.561060] Call trace:
                [ 2120.561070] [<ffff000008088a3c>] __switch_to+0xd4/0xf8
                """);
        StackReport r = s.stacks().get(0);
        assertEquals(StackReport.BUG, r.kind());
        assertEquals("3 29202 ps", r.cpu() + " " + r.pid() + " " + r.comm());
        assertEquals("[<ffff000008101234>] percpu_up_read+0x2c/0x90", r.attributes().get("Preemption disabled at"));
        assertEquals(1, r.backtrace().frames().size());
    }

    @Test
    void hungTaskAndIdleNmiBacktrace() throws IOException {
        Case.Source s = read("""
                [ 1431.920513] INFO: task jbd2/sda-8:3563 blocked for more than 140 seconds.
                [ 1431.921000]       Not tainted 5.0.0 #1
                [ 1431.921500] "echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.
                [ 1431.922000] task:jbd2/sda-8      state:D stack:    0 pid: 3563 ppid:     2 flags:0x80000000
                [ 1431.922500] Call Trace:
                [ 1431.923000]  __schedule+0x897/0x1e60
                [ 1432.307971] NMI backtrace for cpu 0 skipped: idling at native_safe_halt+0x2/0x10
                """);
        StackReport hung = s.stacks().get(0);
        assertEquals("hung-task 3563 jbd2/sda-8 D 140", hung.kind() + " " + hung.pid() + " " + hung.comm() + " "
                + hung.attributes().get("state") + " " + hung.attributes().get("blocked for s"));
        StackReport idle = s.stacks().get(1);
        assertEquals("nmi-backtrace 0 native_safe_halt+0x2/0x10", idle.kind() + " " + idle.cpu() + " " + frames(idle));
    }

    @Test
    void oldX86MarkersShareTheLineWithAFrame() throws IOException {
        Case.Source s = read("""
                Pid: 0, comm: swapper/0 Not tainted 3.8.9-200.fc18.x86_64 #1
                Call Trace:
                  <NMI>  [<ffffffff810eb800>] ? watchdog_overflow_callback+0x60/0xd0
                  [<ffffffff8105cd86>] warn_slowpath_common+0x66/0x80
                  <<EOE>>  [<ffffffff810944f0>] account_idle_ticks+0x90/0xa0
                  <IRQ>  [<ffffffff8158a6a3>] ? dump_stack+0x40/0x50
                  <EOI>  [<ffffffff81058e96>] native_safe_halt+0x6/0x10
                """);
        assertEquals("<NMI> ? watchdog_overflow_callback+0x60/0xd0 @ffffffff810eb800 | <NMI> warn_slowpath_common+0x66/0x80"
                + " @ffffffff8105cd86 | account_idle_ticks+0x90/0xa0 @ffffffff810944f0 | <IRQ> ? dump_stack+0x40/0x50"
                + " @ffffffff8158a6a3 | native_safe_halt+0x6/0x10 @ffffffff81058e96", frames(s.stacks().get(0)));
    }

    @Test
    void aHeaderWhoseTraceNeverComesEndsAfterTenSilentSeconds() throws IOException {
        Case.Source s = read("""
                [  100.000000] BUG: workqueue lockup - pool cpus=0 node=0 flags=0x0 nice=0 stuck for 32s!
                [  100.000100] Showing busy workqueues and worker pools:
                [  200.000000] sched: RT throttling activated
                """);
        StackReport r = s.stacks().get(0);
        assertEquals("bug 1-2", r.kind() + " " + r.firstLine() + "-" + r.lastLine());
        assertEquals(-1, s.logs().report(2));
    }
}
