package org.rtscope.analysis.derived;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the frame a kernel crash report is "in", the way syzkaller titles reports ({@code BUG: soft lockup
 * in smp_call_function}): the first function, instruction pointer first, that is not reporting, interrupt,
 * scheduler, locking or sanitizer plumbing. Those frames are the same in every report of a kind; the
 * first one that is not names the code that was running or waiting, which is what tells two reports of
 * the same kind apart and what a developer would search for.
 */
public final class CulpritFrame {
    private static final Pattern GENERIC = Pattern.compile(String.join("|",
            // reporting
            "dump_stack.*", "__dump_stack", "show_stack", "dump_backtrace", "show_regs.*", "show_trace.*", "panic",
            "__warn.*", "warn_slowpath.*", "report_bug", "handle_bug", "exc_invalid_op", "asm_exc_.*", "do_error_trap",
            "do_invalid_op", "invalid_op", "print_.*", "bad_.*", "__schedule_bug", "schedule_debug", "debug_.*",
            "__might_sleep", "___might_sleep", "__might_resched", "__might_fault", "might_fault", "might_sleep",
            "check_.*", "lockdep_.*", "lock_acquire", "lock_release", "__lock_acquire", "mark_lock.*",
            "trace_hardirqs_.*", "__sanitizer_cov.*", "kasan_.*", "__asan_.*", "__kasan_.*", "kmsan_.*", "kcsan_.*",
            "msan_.*", "write_comp_data", "qlist_.*", "quarantine_.*", "lock_is_held.*", "__lock_is_held.*",
            "find_held_lock", "preempt_count_(add|sub)", "unwind_.*", "__unwind_start", "arch_stack_walk",
            "stack_trace_save.*", "save_stack.*", "sched_show_task", "dump_cpu_task", "show_.*", "__sched_text_start",
            "vsnprintf", "_?_?v?printk.*", "console_conditional_schedule", "io_serial_in", "serial8250_.*",
            "wait_for_xmitr", "arch_local_irq_.*", "local_apic_timer_interrupt", "__switch_to.*",
            // memory allocator and string plumbing
            "mem(cpy|set|move)(_erms|_orig)?", "__mem(cpy|set|move)", "kfree", "kfree_sensitive", "kvfree", "kmem_cache_.*",
            "slab_.*", "__slab_.*", "kmalloc.*", "__kmalloc.*",
            // watchdogs and stall reporting
            "watchdog.*", "softlockup_fn", ".*nmi.*", ".*_backtrace.*", "lapic_can_unplug_cpu", "rcu_.*", "khungtaskd",
            "hung_task.*",
            // interrupt and timer plumbing
            ".*hrtimer.*", "tick_.*", "update_process_times", "scheduler_tick", "sched_tick", "account_.*",
            ".*apic_timer_interrupt.*", ".*sysvec_.*", "retint_.*", "__this_cpu_preempt_check", "check_preemption_disabled", "__irq_exit_rcu", "irq_exit.*", "do_IRQ", "common_interrupt",
            "ret_from_intr", "irqentry_.*", "__do_softirq", "do_softirq.*", "handle_softirqs", "run_ksoftirqd",
            "smpboot_thread_fn", "gic_handle_irq", "el1_.*", "el0_.*", "__irqentry_text_start", "handle_.*_irq",
            "generic_handle_irq.*", "irq_.*",
            // entry and threads
            "entry_SYSCALL.*", "do_syscall_.*", "syscall_.*", "ret_from_fork.*", "kthread", "worker_thread",
            "process_one_work", "do_group_exit", "__wake_up_parent",
            // scheduling and waiting
            "__schedule", "schedule", "schedule_.*", "preempt_schedule.*", "io_schedule.*", "_?_cond_resched",
            "wait_for_completion.*", "__wait_for_common", "do_wait_for_common", "__wait_rcu_gp", "wait_rcu_gp",
            "bit_wait.*", "out_of_line_wait_on_bit.*", "__wait_on_bit.*", "wait_on_page_bit.*", "folio_wait.*",
            "__wake_up.*", "wake_up.*", "finish_task_switch.*", "context_switch",
            // locking primitives
            "_raw_spin_.*", "_raw_read_.*", "_raw_write_.*", ".*queued_spin_lock_slowpath", "do_raw_spin_lock",
            "__raw_spin_lock.*", "mutex_lock.*", "__mutex_lock.*", "mutex_unlock.*", "rt_spin_lock.*", "rtlock_.*",
            "rt_mutex_.*", "__rt_mutex_.*", "down", "down_.*", "__down.*", "rwsem_.*", "up_.*", "cpu_relax",
            // idle
            "native_safe_halt", "default_idle.*", "arch_cpu_idle.*", "cpu_idle.*", "do_idle", "cpu_startup_entry",
            "mwait_idle.*", "intel_idle.*", "acpi_idle.*", "cpuidle_enter.*", "start_secondary.*", "secondary_startup.*"));
    private static final Pattern SYSCALL_WRAPPER = Pattern.compile("^(__x64_|__ia32_|__arm64_|__se_|__do_|__sys_)sys_");
    /** Variants reported under one name, as syzkaller does. */
    private static final Pattern CROSS_CALL = Pattern.compile("^smp_call_function(_single|_many|_many_cond)$");

    private CulpritFrame() {
    }

    /** The culprit among {@code functions} (normalized, innermost first), or null when all are plumbing. */
    public static String of(List<String> functions) {
        for (String fn : functions) {
            String name = FrameNames.normalize(fn);
            if (!name.isEmpty() && !name.equals("??") && !GENERIC.matcher(name).matches()) {
                name = CROSS_CALL.matcher(name).replaceFirst("smp_call_function");
                return SYSCALL_WRAPPER.matcher(name).replaceFirst("sys_");
            }
        }
        return null;
    }
}
