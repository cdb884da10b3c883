package org.rtscope.ingest.ftrace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.rtscope.TestData;

/** Where a text is cut for parallel parsing: large chunks per thread, then small ones, always at a line start. */
class ChunkPlannerTest {

    @Test
    void twoThreadsGetTwoLargeChunksOverNinetyPercentAndTwoSmallOnes() throws IOException {
        Path file = TestData.trace("s3_timer_load", "ftrace_instance_trace.txt");
        long size = Files.size(file);
        byte[] bytes = Files.readAllBytes(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long[] cuts = ChunkPlanner.plan(channel, size, 2);
            assertEquals(5, cuts.length, "4 chunks: " + java.util.Arrays.toString(cuts));
            assertEquals(0, cuts[0]);
            assertEquals(size, cuts[4]);
            double[] expected = {0.45, 0.90, 0.95};
            for (int k = 1; k <= 3; k++) {
                assertTrue(cuts[k] > cuts[k - 1], "ascending");
                assertEquals('\n', bytes[(int) cuts[k] - 1], "cut " + k + " starts a line");
                assertEquals(expected[k - 1], (double) cuts[k] / size, 0.01, "cut " + k);
            }
        }
    }

    @Test
    void oneThreadReadsTheWholeFileAsOneChunk() throws IOException {
        Path file = TestData.trace("s2_rt_throttling", "trace-cmd_report.txt");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            assertArrayEquals(new long[] {0, Files.size(file)}, ChunkPlanner.plan(channel, Files.size(file), 1));
        }
    }
}
