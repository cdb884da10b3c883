package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rtscope.analysis.KernelLogFixture;
import org.rtscope.model.LogStore;

class LogFramesTest {
    @Test
    void ripFirstThenInterruptedCodeThenTheInterruptSectionUpToTheNextReport() {
        // syzkaller report 65 (real lines, trimmed), modern ` func+0x…/0x…` frames with <IRQ> markers
        LogStore logs = KernelLogFixture.logs(String.join("\n",
                "[  247.938942] watchdog: BUG: soft lockup - CPU#0 stuck for 134s! [kworker/0:2:1400]",
                "[  248.019334] RIP: 0010:smp_call_function_single+0x364/0x560",
                "[  248.091506] Call Trace:",
                "[  248.092000]  <IRQ>",
                "[  248.092100]  ? watchdog_timer_fn+0x1b8/0x220",
                "[  248.092200]  hrtimer_interrupt+0x116/0x250",
                "[  248.092300]  </IRQ>",
                "[  248.126547]  smp_call_function_many+0x773/0x930",
                "[  248.126600]  on_each_cpu+0x3d/0x1b0",
                "[  248.200000] INFO: task kworker/1:1:25 blocked for more than 120 seconds.",
                "[  248.200100]  __schedule+0x6e5/0x1b80"));
        assertEquals(List.of("smp_call_function_single", "smp_call_function_many", "on_each_cpu", "watchdog_timer_fn",
                "hrtimer_interrupt"), LogFrames.after(logs, 0));
    }

    @Test
    void oldX86FramesWithAddressesAndModulesAndTheEoiMarker() {
        LogStore logs = KernelLogFixture.logs(String.join("\n",
                "[ 1528.040010] BUG: soft lockup - CPU#1 stuck for 22s! [dtrace:3045]",
                "[ 1528.040081] RIP: 0010:[<ffffffffa02d4f3e>]  [<ffffffffa02d4f3e>] ack_wait+0x3e/0xa0 [dtracedrv]",
                "[ 1528.040165] Call Trace:",
                "[ 1528.040166]  <IRQ>  [<ffffffff8109c3a5>] ? watchdog_timer_fn+0x1b5/0x1c0",
                "[ 1528.040167]  <EOI>  [<ffffffffa02d5123>] dtrace_xcall2+0x143/0x1f0 [dtracedrv]",
                "[ 1528.040194]  [<ffffffffa02d5212>] dtrace_xcall1+0x42/0x60 [dtracedrv]"));
        assertEquals(List.of("ack_wait", "dtrace_xcall2", "dtrace_xcall1", "watchdog_timer_fn"), LogFrames.after(logs, 0));
    }
}
