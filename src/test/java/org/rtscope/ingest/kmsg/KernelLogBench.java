package org.rtscope.ingest.kmsg;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.rtscope.ingest.CaseLoader;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.model.Case;

/**
 * Import speed of the kernel-log importers, for the figures in reports (not a test: timings are never
 * asserted). {@code file PATH... [--repeat N]} loads each file N times through {@link CaseLoader} (sniffing
 * included) and prints the median; {@code generate MB} writes a dmesg of about that size into a
 * temporary directory (real lines of this machine's dmesg with caller ids, and every 2000 lines a soft
 * lockup report with a 24-frame trace), loads it three times and deletes it.
 *
 * <pre>
 * mvn -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx8g -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     org.rtscope.ingest.kmsg.KernelLogBench generate 1024
 * </pre>
 */
public final class KernelLogBench {
    private static final String[] REPORT = {
        "watchdog: BUG: soft lockup - CPU#%d stuck for 22s! [rt_hog:%d]",
        "Modules linked in: nf_tables(E) nfnetlink(E)",
        "CPU: %d PID: %d Comm: rt_hog Tainted: G             L     6.18.44 #1",
        "RIP: 0010:smp_call_function_many_cond+0x11e/0x4f0",
        "RSP: 0018:ffffc90000003e38 EFLAGS: 00000202",
        "RAX: 0000000000000000 RBX: ffff88813bd2b680 RCX: 0000000000000001",
        "Call Trace:",
        " <IRQ>",
        " ? watchdog_timer_fn+0x1b8/0x220",
        " ? __hrtimer_run_queues+0x112/0x2b0",
        " ? hrtimer_interrupt+0xfe/0x240",
        " ? __sysvec_apic_timer_interrupt+0x52/0x110",
        " </IRQ>",
        " <TASK>",
        " on_each_cpu_cond_mask+0x24/0x40",
        " flush_tlb_mm_range+0x1b8/0x1c0",
        " tlb_finish_mmu+0x8e/0x160",
        " exit_mmap+0xf2/0x3e0",
        " __mmput+0x3e/0x130",
        " do_exit+0x2c6/0xab0",
        " do_group_exit+0x31/0x80",
        " get_signal+0x9a5/0x9e0",
        " arch_do_signal_or_restart+0x3e/0x270",
        " exit_to_user_mode_prepare+0x1a1/0x200",
        " syscall_exit_to_user_mode+0x1b/0x40",
        " do_syscall_64+0x66/0xb0",
        " entry_SYSCALL_64_after_hwframe+0x6e/0xd8",
        " </TASK>",
    };

    private KernelLogBench() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("generate")) {
            generated(Integer.parseInt(args[1]));
            return;
        }
        if (args.length < 2 || !args[0].equals("file")) {
            System.err.println("usage: KernelLogBench file PATH... [--repeat N] | generate MB");
            System.exit(2);
        }
        int repeat = 10;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--repeat")) {
                repeat = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        for (Path file : files) {
            measure(file, repeat);
        }
    }

    private static void generated(int megabytes) throws IOException {
        Path dir = Files.createTempDirectory("rtscope-bench");
        Path file = dir.resolve("dmesg-generated.txt");
        try {
            long started = System.nanoTime();
            generate(file, (long) megabytes << 20);
            System.out.printf(Locale.ROOT, "generated %s: %d bytes in %.1f s%n", file, Files.size(file),
                    (System.nanoTime() - started) / 1e9);
            measure(file, 3);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * Loads {@code file} {@code runs} times; prints the medians of the runs after the first, in wall
     * time and in CPU time of the loading thread (the import is single-threaded, so CPU time does not
     * depend on what else the machine runs).
     */
    private static void measure(Path file, int runs) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        Case.Source source = null;
        for (int run = 0; run < runs; run++) {
            source = null;
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            source = CaseLoader.loadOne(file, ImportMonitor.NONE);
            wall[run] = System.nanoTime() - started;
            cpu[run] = threads.getCurrentThreadCpuTime() - cpuStarted;
        }
        double wallSeconds = median(wall) / 1e9;
        double cpuSeconds = median(cpu) / 1e9;
        long bytes = Files.size(file);
        System.out.printf(Locale.ROOT, "%s: format=%s bytes=%d records=%d reports=%d (%d timed runs) wall %.3f s = %.1f MB/s,"
                        + " cpu %.3f s = %.1f MB/s%n", file, source.report().format().id(), bytes,
                source.logs() == null ? 0 : source.logs().size(), source.stacks().size(), Math.max(1, runs - 1),
                wallSeconds, bytes / 1e6 / wallSeconds, cpuSeconds, bytes / 1e6 / cpuSeconds);
    }

    /** Median of the runs after the first (the warm-up), or of the only run. */
    private static long median(long[] runs) {
        long[] timed = runs.length > 1 ? Arrays.copyOfRange(runs, 1, runs.length) : runs.clone();
        Arrays.sort(timed);
        return timed[timed.length / 2];
    }

    /** Writes about {@code size} bytes of dmesg built from this machine's real boot log and reports. */
    static void generate(Path file, long size) throws IOException {
        List<String> base = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../shared/traces/s2_rt_throttling/dmesg_after.txt"))) {
            int close = line.indexOf("] ");
            base.add(close > 0 ? line.substring(close + 2) : line);
        }
        long written = 0;
        long usec = 0;
        int n = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            while (written < size) {
                usec += 37;
                String line;
                if (n % 2000 == 1999) {
                    int cpu = n / 2000 % 4;
                    StringBuilder report = new StringBuilder();
                    for (String template : REPORT) {
                        usec += 5;
                        report.append(stamp(usec)).append(String.format(Locale.ROOT, "[    C%d] ", cpu))
                                .append(String.format(Locale.ROOT, template, cpu, 20000 + cpu, cpu, 20000 + cpu))
                                .append('\n');
                    }
                    line = report.toString();
                } else {
                    line = stamp(usec) + "[T" + pad(1 + n % 997, 5) + "] " + base.get(n % base.size()) + "\n";
                }
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                written += bytes.length;
                n++;
            }
        }
    }

    private static String stamp(long usec) {
        String micros = Long.toString(1_000_000 + usec % 1_000_000).substring(1);
        return "[" + pad(usec / 1_000_000, 5) + "." + micros + "]";
    }

    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : " ".repeat(width - digits.length()) + digits;
    }
}
