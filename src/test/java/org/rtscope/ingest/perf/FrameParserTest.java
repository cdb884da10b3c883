package org.rtscope.ingest.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rtscope.model.Frame;
import org.rtscope.model.StringPool;

/** Frame lines as perf prints them, and the sharing of equal frames. */
class FrameParserTest {
    private final FrameParser parser = new FrameParser(new StringPool(), 16);

    private Frame parse(String line) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return parser.parse(b, 0, b.length);
    }

    @Test
    void readsAddressSymbolOffsetAndDso() {
        Frame f = parse("\tffffffffc0878d87 mlx5e_skb_from_cqe_linear+0xc7 (/lib/modules/5.4/mlx5_core.ko)");
        assertEquals(0xffffffffc0878d87L, f.address());
        assertEquals("mlx5e_skb_from_cqe_linear", f.function());
        assertEquals(0xc7, f.offset());
        assertEquals("/lib/modules/5.4/mlx5_core.ko", f.module());
        assertNull(f.context());
    }

    @Test
    void symbolsWithSpacesAndParenthesesKeepTheirText() {
        Frame f = parse("\t    7f1e2162ad6f StealTask::do_it(GCTaskManager*, unsigned int) (/jdk/libjvm.so)");
        assertEquals("StealTask::do_it(GCTaskManager*, unsigned int)", f.function());
        assertEquals("/jdk/libjvm.so", f.module());
        assertEquals("user", f.context());
    }

    @Test
    void unknownSymbolsAndKernelModulesAndBareAddresses() {
        assertEquals("", parse("\t7f93991a6140 [unknown] ([unknown])").function());
        assertEquals("nf_conntrack", parse("\tffffffffc0a1b2c3 nf_ct_get+0x10 ([nf_conntrack])").module());
        assertNull(parse("\tffffffff81000e06 asm_sysvec_apic_timer_interrupt+0x16 ([kernel.kallsyms])").module());
        assertEquals(0xffffffff8104f45aL, parse("\tffffffff8104f45a").address());
        assertEquals("__schedule", parse("\t__schedule ([kernel.kallsyms])").function());
        assertNull(parse("\t          THIS_IS_A_WEIRD_LINE"));
    }

    @Test
    void equalFramesAreOneInstanceEvenWhenTheCacheStartsAfresh() {
        Frame first = parse("\tffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])");
        for (int i = 0; i < 40; i++) {
            parse("\t" + Integer.toHexString(0x10000 + i) + " f (/lib/x.so)");
        }
        assertSame(first, parse("\tffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])"));
        assertSame(first, parse("        ffffffff8136bc19 __send_signal_locked+0x229 ([kernel.kallsyms])  "));
    }
}
