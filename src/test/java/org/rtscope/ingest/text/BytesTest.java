package org.rtscope.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void indexOfByteFindsTheFirstOccurrenceAtEveryAlignmentAndRangeEnd() {
        Random random = new Random(11);
        for (int round = 0; round < 2000; round++) {
            byte[] buf = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < buf.length; i++) {
                // bytes around '\n' and with the high bit set, which a word-at-a-time trick must not confuse
                buf[i] = (byte) switch (random.nextInt(5)) {
                    case 0 -> '\n';
                    case 1 -> 0x0B;
                    case 2 -> 0x8A;
                    case 3 -> 0x09;
                    default -> 'a' + random.nextInt(26);
                };
            }
            int from = random.nextInt(buf.length);
            int end = from + random.nextInt(buf.length - from + 1);
            assertEquals(naiveIndexOf(buf, from, end, (byte) '\n'), Bytes.indexOfByte(buf, from, end, (byte) '\n'),
                    "round " + round);
        }
    }

    @Test
    void skipSpacesStopsAtTheFirstOtherByteAtEveryAlignmentAndRangeEnd() {
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            byte[] buf = new byte[1 + random.nextInt(48)];
            for (int i = 0; i < buf.length; i++) {
                // long space runs with tabs in them, and bytes one bit away from a space
                buf[i] = (byte) switch (random.nextInt(8)) {
                    case 0 -> '\t';
                    case 1 -> 0x21;
                    case 2 -> 0xA0;
                    case 3 -> 'x';
                    default -> ' ';
                };
            }
            int from = random.nextInt(buf.length);
            int end = from + random.nextInt(buf.length - from + 1);
            int naive = from;
            while (naive < end && (buf[naive] == ' ' || buf[naive] == '\t')) {
                naive++;
            }
            assertEquals(naive, Bytes.skipSpaces(buf, from, end), "round " + round);
        }
    }

    @Test
    void indexOfByteIgnoresBytesOutsideTheRange() {
        byte[] buf = "[0123456789]\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals(-1, Bytes.indexOfByte(buf, 1, 11, (byte) '['));
        assertEquals(11, Bytes.indexOfByte(buf, 1, 12, (byte) ']'));
        assertEquals(12, Bytes.indexOfByte(buf, 0, buf.length, (byte) '\n'));
    }

    private static int naiveIndexOf(byte[] buf, int from, int end, byte b) {
        for (int i = from; i < end; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
