package org.rtscope.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link StringPool#hasBytes} compares in words; every length and every differing position must still count. */
class StringPoolTest {

    @Test
    void hasBytesSeesADifferenceAtEveryPositionOfEveryLength() {
        StringPool pool = new StringPool();
        String alphabet = "stress-ng-cyclic-worker/1:2H";
        for (int len = 1; len <= alphabet.length(); len++) {
            String s = alphabet.substring(0, len);
            int id = pool.intern(s);
            byte[] line = ("> " + s + " <").getBytes(StandardCharsets.US_ASCII);
            assertTrue(pool.hasBytes(id, line, 2, len), s);
            assertFalse(pool.hasBytes(id, line, 2, len - 1), s + " shorter");
            for (int at = 0; at < len; at++) {
                byte[] other = line.clone();
                other[2 + at] ^= 0x01;
                assertFalse(pool.hasBytes(id, other, 2, len), s + " differing at " + at);
            }
        }
        assertEquals(alphabet, pool.get(pool.intern(alphabet)));
    }
}
