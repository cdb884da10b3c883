package org.rtscope.ingest.tracedat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A synthetic recording with known content, written by {@link TraceDatWriter} in any version,
 * compression and byte order: sched_switch, sched_wakeup, irq_handler_entry ({@code __data_loc}
 * name), hrtimer_expire_entry (callback resolved through kallsyms), a non-native event with every
 * field layout, and kernel stacks. Gaps of 300 ms force time extends; long messages force records
 * with a length word. {@link #expected} lists each event as the model should show it.
 */
final class SyntheticTrace {
    static final String SCHED_SWITCH = """
            name: sched_switch
            ID: 372
            format:
            \tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;
            \tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;
            \tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;
            \tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;

            \tfield:char prev_comm[16];\toffset:8;\tsize:16;\tsigned:0;
            \tfield:pid_t prev_pid;\toffset:24;\tsize:4;\tsigned:1;
            \tfield:int prev_prio;\toffset:28;\tsize:4;\tsigned:1;
            \tfield:long prev_state;\toffset:32;\tsize:8;\tsigned:1;
            \tfield:char next_comm[16];\toffset:40;\tsize:16;\tsigned:0;
            \tfield:pid_t next_pid;\toffset:56;\tsize:4;\tsigned:1;
            \tfield:int next_prio;\toffset:60;\tsize:4;\tsigned:1;

            print fmt: "prev_comm=%s prev_pid=%d prev_prio=%d prev_state=%s%s ==> next_comm=%s next_pid=%d next_prio=%d", \
            REC->prev_comm, REC->prev_pid, REC->prev_prio, (REC->prev_state & ((((0x00000000 | 0x00000001 | 0x00000002 | \
            0x00000004 | 0x00000008 | 0x00000010 | 0x00000020 | 0x00000040) + 1) << 1) - 1)) ? \
            __print_flags(REC->prev_state & ((((0x00000000 | 0x00000001 | 0x00000002 | 0x00000004 | 0x00000008 | \
            0x00000010 | 0x00000020 | 0x00000040) + 1) << 1) - 1), "|", { 0x00000001, "S" }, { 0x00000002, "D" }, \
            { 0x00000004, "T" }, { 0x00000008, "t" }, { 0x00000010, "X" }, { 0x00000020, "Z" }, { 0x00000040, "P" }, \
            { 0x00000080, "I" }) : "R", REC->prev_state & (((0x00000000 | 0x00000001 | 0x00000002 | 0x00000004 | \
            0x00000008 | 0x00000010 | 0x00000020 | 0x00000040) + 1) << 1) ? "+" : "", REC->next_comm, REC->next_pid, \
            REC->next_prio
            """;
    static final String SCHED_WAKEUP = common("sched_wakeup", 374) + """
            \tfield:char comm[16];\toffset:8;\tsize:16;\tsigned:0;
            \tfield:pid_t pid;\toffset:24;\tsize:4;\tsigned:1;
            \tfield:int prio;\toffset:28;\tsize:4;\tsigned:1;
            \tfield:int target_cpu;\toffset:32;\tsize:4;\tsigned:1;

            print fmt: "comm=%s pid=%d prio=%d target_cpu=%03d", REC->comm, REC->pid, REC->prio, REC->target_cpu
            """;
    static final String IRQ_ENTRY = common("irq_handler_entry", 225) + """
            \tfield:int irq;\toffset:8;\tsize:4;\tsigned:1;
            \tfield:__data_loc char[] name;\toffset:12;\tsize:4;\tsigned:0;

            print fmt: "irq=%d name=%s", REC->irq, __get_str(name)
            """;
    static final String HRTIMER_ENTRY = common("hrtimer_expire_entry", 459) + """
            \tfield:void * hrtimer;\toffset:8;\tsize:8;\tsigned:0;
            \tfield:s64 now;\toffset:16;\tsize:8;\tsigned:1;
            \tfield:void * function;\toffset:24;\tsize:8;\tsigned:0;

            print fmt: "hrtimer=%p function=%ps now=%llu", REC->hrtimer, REC->function, (unsigned long long) REC->now
            """;
    static final String KERNEL_STACK = common("kernel_stack", 4) + """
            \tfield:int size;\toffset:8;\tsize:4;\tsigned:1;
            \tfield:unsigned long caller[8];\toffset:16;\tsize:64;\tsigned:0;

            print fmt: "\\t=> %ps\\n", (void *)REC->caller[0]
            """;
    static final String DEMO = common("demo", 900) + """
            \tfield:int value;\toffset:8;\tsize:4;\tsigned:1;
            \tfield:char label[8];\toffset:12;\tsize:8;\tsigned:0;
            \tfield:__data_loc char[] msg;\toffset:20;\tsize:4;\tsigned:0;
            \tfield:void * ptr;\toffset:24;\tsize:8;\tsigned:0;
            \tfield:unsigned long arr[2];\toffset:32;\tsize:16;\tsigned:0;

            print fmt: "value=%d", REC->value
            """;
    static final String KALLSYMS = "0000000000000000 A fixed_percpu_data\n"
            + "ffffffff81000000 T _stext\n"
            + "ffffffff81100000 T tick_nohz_handler\n"
            + "ffffffff81100100 t helper_fn\n"
            + "ffffffffc0000000 t mod_fn\t[mymod]\n"
            + "ffffffffc0001000 t mod_end\t[mymod]\n";
    /** Frames: inside two core functions, inside a module function, below the first and past the last symbol. */
    static final long[] STACK = {0xffffffff81100010L, 0xffffffff81100180L, 0xffffffffc0000010L, 0x1000L,
        0xffffffffd0000000L};

    final TraceDatWriter writer;
    private final List<Object[]> expected = new ArrayList<>();

    /** Builds {@code steps} events alternating between 2 CPUs. */
    SyntheticTrace(int version, String compression, ByteOrder order, int steps) {
        writer = new TraceDatWriter(version, compression, order, 2)
                .format("sched", SCHED_SWITCH).format("sched", SCHED_WAKEUP).format("irq", IRQ_ENTRY)
                .format("timer", HRTIMER_ENTRY).format("ftrace", KERNEL_STACK).format("sample", DEMO)
                .kallsyms(KALLSYMS).cmdlines("100 worker\n200 other one\n");
        long ts = 5_000_000_000L;
        for (int k = 0; k < steps; k++) {
            int cpu = k % 2;
            ts += k % 997 == 996 ? 300_000_000L : 1_000 + k % 7;
            switch (k % 5) {
                case 0:
                    schedSwitch(cpu, ts, k % 10 == 0 ? 1 : 0x100);
                    if (k % 50 == 0) {
                        stack(cpu, ts);
                    }
                    break;
                case 1:
                    add(cpu, ts, 100, "sched_wakeup", "comm=other one pid=200 prio=98 target_cpu=001",
                            record(36, 374, 100).put(8, bytes("other one", 16)).putInt(24, 200).putInt(28, 98)
                                    .putInt(32, 1));
                    break;
                case 2: {
                    String name = "virtio" + k % 13 + "-req." + k % 3;
                    ByteBuffer b = record(16 + name.length() + 1, 225, 0).putInt(8, 36 + k % 3)
                            .putInt(12, (name.length() + 1) << 16 | 16).put(16, bytes(name, name.length() + 1));
                    add(cpu, ts, 0, "irq_handler_entry", "irq=" + (36 + k % 3) + " name=" + name, b);
                    break;
                }
                case 3:
                    add(cpu, ts, 0, "hrtimer_expire_entry", "hrtimer=0xffff888627d1c6f8 function=tick_nohz_handler now=" + ts,
                            record(32, 459, 0).putLong(8, 0xffff888627d1c6f8L).putLong(16, ts)
                                    .putLong(24, 0xffffffff81100000L));
                    break;
                default: {
                    String msg = k % 10 == 4 ? "x".repeat(150) : "hello world";
                    ByteBuffer b = record(48 + msg.length() + 1, 900, 100).putInt(8, -k).put(12, bytes("abc", 8))
                            .putInt(20, (msg.length() + 1) << 16 | 48).putLong(24, 0xffffffff81100000L)
                            .putLong(32, 1).putLong(40, 2).put(48, bytes(msg, msg.length() + 1));
                    add(cpu, ts, 100, "demo", "value=" + -k + " label=abc msg=" + msg
                            + " ptr=0xffffffff81100000 arr=[0x1,0x2]", b);
                    break;
                }
            }
        }
    }

    /** A switch from worker (100) to other one (200): S when {@code state} is 1, R+ when 0x100. */
    private void schedSwitch(int cpu, long ts, long state) {
        ByteBuffer b = record(64, 372, 100).put(8, bytes("worker", 16)).putInt(24, 100).putInt(28, 120)
                .putLong(32, state).put(40, bytes("other one", 16)).putInt(56, 200).putInt(60, 98);
        b.put(2, (byte) 0x0d).put(3, (byte) 0x21);
        add(cpu, ts, 100, "sched_switch", "prev_comm=worker prev_pid=100 prev_prio=120 prev_state="
                + (state == 1 ? "S" : "R+") + " next_comm=other one next_pid=200 next_prio=98", b);
    }

    private void stack(int cpu, long ts) {
        ByteBuffer b = record(16 + 8 * STACK.length, 4, 100).putInt(8, STACK.length);
        for (int i = 0; i < STACK.length; i++) {
            b.putLong(16 + 8 * i, STACK[i]);
        }
        writer.event(cpu, ts, b.array());
        expected.get(expected.size() - 1)[4] = Boolean.TRUE;
    }

    private ByteBuffer record(int size, int type, int pid) {
        return writer.record(size, type, 0, 0, pid);
    }

    private void add(int cpu, long ts, int pid, String name, String summary, ByteBuffer data) {
        writer.event(cpu, ts, data.array());
        expected.add(new Object[] {ts, cpu, pid, name + ": " + summary, Boolean.FALSE});
    }

    /** "ts cpu pid name: summary" per event in time order (lower CPU first on equal times). */
    List<String> expected() {
        List<Object[]> sorted = new ArrayList<>(expected);
        sorted.sort(Comparator.comparingLong((Object[] e) -> (Long) e[0]).thenComparingInt(e -> (Integer) e[1]));
        List<String> lines = new ArrayList<>();
        sorted.forEach(e -> lines.add(e[0] + " " + e[1] + " " + e[2] + " " + e[3]));
        return lines;
    }

    /** How many events carry a stack. */
    long stacks() {
        return expected.stream().filter(e -> (Boolean) e[4]).count();
    }

    private static byte[] bytes(String s, int size) {
        byte[] b = new byte[size];
        byte[] text = s.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(text, 0, b, 0, Math.min(text.length, size));
        return b;
    }

    private static String common(String name, int id) {
        return "name: " + name + "\nID: " + id + "\nformat:\n"
                + "\tfield:unsigned short common_type;\toffset:0;\tsize:2;\tsigned:0;\n"
                + "\tfield:unsigned char common_flags;\toffset:2;\tsize:1;\tsigned:0;\n"
                + "\tfield:unsigned char common_preempt_count;\toffset:3;\tsize:1;\tsigned:0;\n"
                + "\tfield:int common_pid;\toffset:4;\tsize:4;\tsigned:1;\n\n";
    }
}
