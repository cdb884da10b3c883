package org.rtscope.analysis.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CulpritFrameTest {
    @Test
    void story2SkipsReportingSchedulingAndLockingFrames() {
        List<String> frames = List.of("dump_backtrace", "show_stack", "dump_stack", "__schedule_bug", "__schedule",
                "schedule", "rt_spin_lock_slowlock", "rt_spin_lock", "__wake_up", "__percpu_up_read", "exit_signals",
                "do_exit");
        assertEquals("__percpu_up_read", CulpritFrame.of(frames));
    }

    @Test
    void softLockupInterruptedCodeAndSyzkallerNames() {
        assertEquals("smp_call_function", CulpritFrame.of(List.of("smp_call_function_single", "watchdog_timer_fn")));
        assertEquals("sys_futex", CulpritFrame.of(List.of("__schedule", "__x64_sys_futex", "do_syscall_64")));
        assertEquals("kfree_skb_list", CulpritFrame.of(List.of("kfree", "kfree_skb_list")));
    }

    @Test
    void allPlumbingHasNoCulprit() {
        assertNull(CulpritFrame.of(List.of("dump_stack", "nmi_cpu_backtrace", "rcu_dump_cpu_stacks",
                "update_process_times", "tick_sched_timer", "hrtimer_interrupt", "smp_apic_timer_interrupt", "??")));
    }
}
