package org.rtscope.ingest.oops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rtscope.model.Frame;

/** One frame line of each architecture and era, as CATALOG F10 quotes them. */
class FrameParserTest {

    private static Frame parse(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return FrameParser.parse(b, 0, b.length, null);
    }

    /** function | offset | size | address (hex, or -) | module | unreliable | location. */
    private static String describe(Frame f) {
        return f.function() + "|" + Long.toHexString(f.offset()) + "|" + Long.toHexString(f.size()) + "|"
                + (f.address() == -1 ? "-" : Long.toHexString(f.address())) + "|" + f.module() + "|"
                + f.unreliable() + "|" + f.location();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // x86 <= 4.9
        " [<ffffffff8158a6a3>] ? dump_stack+0x40/0x50; dump_stack|40|50|ffffffff8158a6a3|null|true|null",
        // x86 >= 4.10, module, build id
        " ? watchdog_timer_fn+0x1b8/0x220; watchdog_timer_fn|1b8|220|-|null|true|null",
        " sta_rx_agg_session_timer_expired+0xc9/0x110 [mac80211]; sta_rx_agg_session_timer_expired|c9|110|-|mac80211|false|null",
        " nft_do_chain+0x5e/0x3f0 [nf_tables 0123456789abcdef0123456789abcdef01234567]; nft_do_chain|5e|3f0|-|nf_tables|false|null",
        // syzbot / decode_stacktrace.sh
        " __schedule+0x190e/0x4c90 kernel/sched/core.c:6765; __schedule|190e|4c90|-|null|false|kernel/sched/core.c:6765",
        " context_switch kernel/sched/core.c:5378 [inline]; context_switch|ffffffffffffffff|ffffffffffffffff|-|null|false|kernel/sched/core.c:5378 [inline]",
        // arm64 old, new, >= 6.14 unwind-source marker
        "[<ffffffc000086ed4>] __switch_to+0xd4/0xf8; __switch_to|d4|f8|ffffffc000086ed4|null|false|null",
        " dump_backtrace+0x0/0x1c8; dump_backtrace|0|1c8|-|null|false|null",
        "   __switch_to+0xf8/0x168 (T); __switch_to|f8|168|-|null|false|null",
        // powerpc (ELFv1 dot, unreliable), RISC-V, s390 guess
        "[c00000000ffefae0] [c00000000053950c] .dump_stack+0xe0/0x13c (unreliable); dump_stack|e0|13c|c00000000053950c|null|true|null",
        "[<ffffffff80cbc444>] __schedule+0x2d0/0x940; __schedule|2d0|940|ffffffff80cbc444|null|false|null",
        "([<000000000012f3bc>] show_trace+0x98/0x148); show_trace|98|148|12f3bc|null|true|null",
        // unsymbolised
        " [<ffffffff810002b8>] ? 0xffffffff810002b8; |ffffffffffffffff|ffffffffffffffff|ffffffff810002b8|null|true|null",
    })
    void readsFrames(String line, String expected) {
        assertEquals(expected, describe(parse(line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sched: RT throttling activated", "ACPI: bus type PCI registered", "[00001044] *pgd=8f35a835",
        "usb 1-1: new high-speed USB device number 2 using xhci_hcd", "Modules linked in:", "",
        "hardirqs last  enabled at (83252): [<ffffa0001768a558>] _raw_spin_unlock_irqrestore+0xd8/0x110",
        "schedule", "Call Trace:"})
    void ordinaryTextIsNotAFrame(String line) {
        assertNull(parse(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "[<c0105e38>] (__schedule) from [<c01064a4>] (schedule+0x58/0xb8); __schedule|c0105e38 < schedule+58/b8|c01064a4",
        " __schedule from schedule+0x20/0xac; __schedule|ffffffffffffffff < schedule+20/ac|ffffffffffffffff",
    })
    void readsArm32CallLines(String line, String expected) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        ArmCallLine.Parsed p = ArmCallLine.parse(b, 0, b.length, null);
        assertEquals(expected, p.where().function() + "|" + Long.toHexString(p.where().address()) + " < "
                + p.from().function() + "+" + Long.toHexString(p.from().offset()) + "/" + Long.toHexString(p.from().size())
                + "|" + Long.toHexString(p.from().address()));
    }
}
