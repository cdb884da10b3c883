package org.rtscope.ingest.tracedat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rtscope.model.TaskState;

/** The parts that interpret what a trace.dat carries: formats, print-format tables, flags, symbols, time. */
class TraceDatPartsTest {
    /** sched_switch of kernels 4.4–4.13: different bit values, K/W/P/N letters, 2048 marks preemption. */
    private static final String OLD_SWITCH_FORMAT = "\"prev_comm=%s prev_pid=%d prev_prio=%d prev_state=%s%s ==> "
            + "next_comm=%s next_pid=%d next_prio=%d\", REC->prev_comm, REC->prev_pid, REC->prev_prio, "
            + "REC->prev_state & (2048-1) ? __print_flags(REC->prev_state & (2048-1), \"|\", { 1, \"S\"} , { 2, \"D\" }, "
            + "{ 4, \"T\" }, { 8, \"t\" }, { 16, \"Z\" }, { 32, \"X\" }, { 64, \"x\" }, { 128, \"K\" }, { 256, \"W\" }, "
            + "{ 512, \"P\" }, { 1024, \"N\" }) : \"R\", REC->prev_state & 2048 ? \"+\" : \"\", REC->next_comm, "
            + "REC->next_pid, REC->next_prio";

    private static String printFormat(String format) {
        return format.substring(format.indexOf("print fmt:") + "print fmt:".length()).replace("\n", "").trim();
    }

    @Test
    void fieldLayoutsFollowTheirDeclarations() throws TraceDatException {
        FormatParser parser = new FormatParser(8);
        EventFormat demo = parser.parseEvent("sample", SyntheticTrace.DEMO);
        assertEquals("demo", demo.name);
        assertEquals(900, demo.id);
        assertEquals(48, demo.minLength);
        assertEquals(FormatField.Layout.SCALAR, demo.field("value").layout);
        assertTrue(demo.field("value").signed);
        assertEquals(FormatField.Layout.ARRAY, demo.field("label").layout);
        assertTrue(demo.field("label").text);
        assertEquals(FormatField.Layout.DATA_LOC, demo.field("msg").layout);
        assertTrue(demo.field("msg").text);
        assertTrue(demo.field("ptr").pointer);
        assertEquals(8, demo.field("arr").elementSize);

        FormatField rel = parser.parseField("field:__rel_loc char[] name;\toffset:8;\tsize:4;\tsigned:0;");
        assertEquals(FormatField.Layout.REL_LOC, rel.layout);
        FormatField flexible = parser.parseField("field:char buf[];\toffset:16;\tsize:0;\tsigned:0;");
        assertEquals(FormatField.Layout.FLEXIBLE, flexible.layout);
        assertEquals(16, flexible.fixedEnd());
        assertNull(parser.parseField("field:int broken]; offset:x;"));
    }

    @Test
    void dynamicStringsAreFoundBothWays() {
        FormatParser parser = new FormatParser(8);
        FormatField dataLoc = parser.parseField("field:__data_loc char[] name;\toffset:8;\tsize:4;\tsigned:0;");
        FormatField relLoc = parser.parseField("field:__rel_loc char[] name;\toffset:8;\tsize:4;\tsigned:0;");
        ByteBuffer b = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(8, 6 << 16 | 16).put(16, "virtio\0".getBytes(StandardCharsets.US_ASCII));
        EventRecord r = new EventRecord(Endian.LITTLE);
        r.set(b.array(), 0, 24);
        assertTrue(r.text(dataLoc));
        assertEquals("virtio", new String(r.buf, r.at, r.size, StandardCharsets.US_ASCII));
        b.putInt(8, 6 << 16 | 4); // relative to the end of the 4-byte word at offset 8
        assertTrue(r.text(relLoc));
        assertEquals("virtio", new String(r.buf, r.at, r.size, StandardCharsets.US_ASCII));
        b.putInt(8, 500 << 16 | 30); // points outside the record
        assertTrue(!r.text(dataLoc) || r.size == 0);
    }

    @ParameterizedTest(name = "raw {0} = {1}")
    @CsvSource({"0, R", "1, S", "2, D", "256, R+", "128, I", "16, X", "32, Z", "64, P", "257, S+"})
    void stateBitsOfThisKernel(long raw, String letters) {
        TaskStates states = new TaskStates(printFormat(SyntheticTrace.SCHED_SWITCH), "prev_state");
        assertEquals(letters, TaskState.toString(states.toTaskState(raw)));
    }

    @ParameterizedTest(name = "raw {0} = {1}")
    @CsvSource({"0, R", "1, S", "2048, R+", "16, Z", "32, X", "130, D|K", "512, P", "256, W"})
    void stateBitsOfAnOldKernelComeFromItsFormat(long raw, String letters) {
        TaskStates states = new TaskStates(OLD_SWITCH_FORMAT, "prev_state");
        assertEquals(letters, TaskState.toString(states.toTaskState(raw)));
    }

    @Test
    void symbolicTablesEvaluateTheirConstants() {
        String tickStop = "\"success=%d dependency=%s\", REC->success, __print_symbolic(REC->dependency, { 0, \"NONE\" }, "
                + "{ (1 << 0), \"POSIX_TIMER\" }, { (1 << 1), \"PERF_EVENTS\" }, { (1 << 2), \"SCHED\" }, "
                + "{ (1 << 3), \"CLOCK_UNSTABLE\" }, { (1 << 4), \"RCU\" }, { (1 << 5), \"RCU_EXP\" })";
        PrintFormatTables.Table table = PrintFormatTables.symbolic(tickStop, "dependency");
        assertEquals("NONE", table.symbol(0));
        assertEquals("SCHED", table.symbol(4));
        assertEquals("RCU_EXP", table.symbol(32));
        assertNull(table.symbol(3));
        assertNull(PrintFormatTables.symbolic(tickStop, "success"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'(1 << 3)', 8", "'((((0x0 | 0x1 | 0x2) + 1) << 1) - 1)', 7", "'2048-1', 2047", "'~0 & 0xff', 255",
        "'3 * 4 + 1', 13", "'0x10UL', 16"})
    void constantExpressions(String expression, long value) {
        assertEquals(value, ConstantExpression.evaluate(expression));
    }

    @Test
    void nonConstantExpressionsAreRejected() {
        assertNull(ConstantExpression.evaluate("REC->x"));
        assertNull(ConstantExpression.evaluate("(1 << 2"));
        assertNull(ConstantExpression.evaluate(""));
    }

    /** Expected columns as kernel/trace/trace_output.c prints them. */
    @ParameterizedTest(name = "flags {0} pc {1} = {2}")
    @CsvSource({"0x00, 0x00, .....", "0x01, 0x02, d..2.", "0x0d, 0x01, dnh1.", "0x2d, 0x00, dNh..", "0x81, 0x00, D....",
        "0x80, 0x00, b....", "0x10, 0x21, ..s12", "0x18, 0x00, ..H..", "0x48, 0x00, ..Z..", "0x40, 0x00, ..z..",
        "0x22, 0x00, .L...", "0x02, 0x00, .l...", "0x26, 0x00, .B...", "0x06, 0x00, .b...", "0x20, 0x00, .p..."})
    void latencyColumnsAsTheKernelPrintsThem(String flags, String pc, String columns) {
        assertEquals(columns, LatencyFlags.columns(Integer.decode(flags), Integer.decode(pc)));
    }

    @Test
    void kallsymsResolveLikeLibtraceevent() {
        String text = "ffffffff81200000 T later_fn\n"
                + "0000000000000010 A percpu_offset\n"
                + "ffffffff81000000 T first_fn\n"
                + "ffffffff81000000 T alias_fn\n"
                + "ffffffff81000100 t $x\n"
                + "ffffffffc0000000 t mod_fn\t[ext4]\n";
        Kallsyms k = Kallsyms.parse(text.getBytes(StandardCharsets.US_ASCII));
        assertEquals(4, k.size(), "absolute and $ symbols are left out");
        assertEquals("alias_fn", k.name(0xffffffff81000050L), "the last of equal addresses contains what follows");
        assertEquals("alias_fn", k.name(0xffffffff81000100L), "$x does not end alias_fn");
        assertEquals("later_fn", k.name(0xffffffff81200010L));
        assertEquals("mod_fn", k.name(0xffffffffc0000000L), "exact match on the last symbol");
        assertNull(k.name(0xffffffffc0000008L), "past the last symbol nothing is known");
        assertNull(k.name(0x10L));
        assertEquals("ext4", k.moduleAt(k.find(0xffffffffc0000000L)));
        assertNull(k.moduleAt(k.find(0xffffffff81200010L)));
    }

    @Test
    void printkFormatsAndCmdlines() {
        PrintkFormats printk = PrintkFormats.parse("0xffffffff82a1b2c3 : \"hello %d\\n\"\nnot a line\n");
        assertEquals("hello %d\n", printk.at(0xffffffff82a1b2c3L));
        assertEquals(1, printk.size());
        SavedCmdlines cmdlines = SavedCmdlines.parse("11606 java\n26928 JavaFX Applicat\nbad\n");
        assertEquals("JavaFX Applicat", cmdlines.commAt(cmdlines.indexOf(26928)));
        assertEquals(-1, cmdlines.indexOf(1));
        assertEquals("local", TraceDatOptions.selectedClock("[local] global counter uptime perf"));
        assertEquals("x86-tsc", TraceDatOptions.selectedClock("local global [x86-tsc]"));
    }

    @Test
    void tscConversionMatchesExactArithmetic() {
        TimestampCorrection correction = new TimestampCorrection(0x1F3A5B7C, 29, 1000);
        for (long raw : new long[] {0, 1, 0xFFFFFFFFL, 0x1_0000_0000L, 123_456_789_012_345L, 1L << 50}) {
            BigInteger exact = BigInteger.valueOf(raw).multiply(BigInteger.valueOf(0x1F3A5B7C)).shiftRight(29)
                    .add(BigInteger.valueOf(1000));
            assertEquals(exact.longValueExact(), correction.apply(raw), () -> "raw " + raw);
        }
        assertEquals(42 + 7, new TimestampCorrection(0, 0, 7).apply(42));
    }
}
