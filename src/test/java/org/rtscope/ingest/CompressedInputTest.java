package org.rtscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rtscope.TestData;
import org.rtscope.model.Case;
import org.rtscope.model.ImportWarning;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.Trace;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * gzip, xz and zstd files import like the text they hold, recognised by magic bytes whatever their
 * name; a decompression bomb stops at the size limit and a cut archive keeps the lines before the cut,
 * both with a warning, never an exception.
 */
class CompressedInputTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CompressedInput.Codec.class)
    void gdbBacktraceImportsAsFromThePlainFile(CompressedInput.Codec codec) throws IOException {
        Path plain = TestData.trace("s4_sigalrm_mutex_deadlock", "gdb_core_bt_full.txt");
        // no telling extension: the content decides
        Path packed = compress(plain, codec, dir.resolve("evidence.bin"));
        Case.Source expected = CaseLoader.loadOne(plain, ImportMonitor.NONE);
        Case.Source actual = CaseLoader.loadOne(packed, ImportMonitor.NONE);
        assertEquals(SourceFormat.GDB_BT, actual.report().format());
        assertEquals(expected.stacks(), actual.stacks());
        assertEquals(expected.report().lines(), actual.report().lines());
        assertEquals(expected.report().warnings(), actual.report().warnings());
    }

    @ParameterizedTest
    @EnumSource(CompressedInput.Codec.class)
    void traceCmdReportImportsAsFromThePlainFile(CompressedInput.Codec codec) throws IOException {
        Path plain = TestData.trace("s4_sigalrm_mutex_deadlock", "trace-cmd_report.txt");
        Path packed = compress(plain, codec, dir.resolve("report"));
        Trace expected = CaseLoader.loadOne(plain, ImportMonitor.NONE).trace();
        Case.Source actual = CaseLoader.loadOne(packed, ImportMonitor.NONE);
        assertEquals(SourceFormat.TRACE_CMD, actual.report().format());
        Trace trace = actual.trace();
        assertEquals(expected.size(), trace.size());
        for (int i = 0; i < trace.size(); i++) {
            assertEquals(expected.ts(i), trace.ts(i));
            assertEquals(expected.cpu(i), trace.cpu(i));
            assertEquals(expected.tid(i), trace.tid(i));
            assertEquals(expected.eventName(i), trace.eventName(i));
        }
    }

    @Test
    void compressedTraceDatReadsAsTheBinaryFile() throws IOException {
        Path plain = TestData.trace("s4_sigalrm_mutex_deadlock", "trace.dat");
        Path packed = compress(plain, CompressedInput.Codec.ZSTD, dir.resolve("trace.dat.zst"));
        Trace expected = CaseLoader.loadOne(plain, ImportMonitor.NONE).trace();
        Case.Source actual = CaseLoader.loadOne(packed, ImportMonitor.NONE);
        assertEquals(SourceFormat.TRACE_DAT, actual.report().format());
        assertEquals(expected.size(), actual.trace().size());
        assertEquals(expected.ts(expected.size() - 1), actual.trace().ts(expected.size() - 1));
    }

    @Test
    void progressCountsCompressedBytesUpToTheFileSize() throws IOException {
        Path packed = compress(TestData.trace("s4_sigalrm_mutex_deadlock", "trace-cmd_report.txt"),
                CompressedInput.Codec.XZ, dir.resolve("report.xz"));
        long size = Files.size(packed);
        long[] last = {-1};
        CaseLoader.loadOne(packed, new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                assertEquals(size, total);
                assertTrue(done >= last[0] && done <= size);
                last[0] = done;
            }
        });
        assertEquals(size, last[0]);
    }

    @Test
    void plainTextNamedLikeAnArchiveIsReadAsText() throws IOException {
        Path misnamed = Files.copy(TestData.trace("s4_sigalrm_mutex_deadlock", "gdb_attach_bt.txt"),
                dir.resolve("gdb.txt.gz"));
        Case.Source source = CaseLoader.loadOne(misnamed, ImportMonitor.NONE);
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(1, source.stacks().size());
    }

    @Test
    void cutArchiveKeepsTheLinesBeforeTheCut() throws IOException {
        Path packed = compress(TestData.trace("s4_sigalrm_mutex_deadlock", "trace-cmd_report.txt"),
                CompressedInput.Codec.GZIP, dir.resolve("report.gz"));
        byte[] all = Files.readAllBytes(packed);
        Path cut = Files.write(dir.resolve("cut.gz"), Arrays.copyOf(all, all.length / 2));
        Case.Source source = CaseLoader.loadOne(cut, ImportMonitor.NONE);
        assertEquals(SourceFormat.TRACE_CMD, source.report().format());
        assertNotNull(source.trace());
        assertTrue(source.trace().size() > 5_000, "events before the cut: " + source.trace().size());
        ImportWarning last = source.report().warnings().get(source.report().warnings().size() - 1);
        assertTrue(last.message().contains("truncated or corrupt"), last.message());
        assertEquals(source.report().lines(), last.line());
    }

    @Test
    void corruptZstdFrameKeepsWhatWasDecodedBefore() throws IOException {
        Path packed = compress(TestData.trace("s4_sigalrm_mutex_deadlock", "trace-cmd_report.txt"),
                CompressedInput.Codec.ZSTD, dir.resolve("report.zst"));
        byte[] all = Files.readAllBytes(packed);
        for (int i = all.length / 2; i < all.length / 2 + 64; i++) {
            all[i] ^= 0x5a;
        }
        Case.Source source = CaseLoader.loadOne(Files.write(dir.resolve("bad.zst"), all), ImportMonitor.NONE);
        assertTrue(source.report().warnings().stream().anyMatch(w -> w.message().contains("truncated or corrupt")),
                source.report().warnings().toString());
    }

    /**
     * A gzip of a gdb header followed by 2 GiB of zeros (2 MB on disk, generated here and deleted; written
     * as 32 gzip members of 64 MiB, which readers treat as one stream): the import stops at the
     * decompression limit with a warning, keeps the thread read before, and the zeros never reach
     * memory as a line (they are one over-long line, skipped).
     */
    @Test
    void decompressionBombStopsAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb");
        byte[] zerosMember = gzip(new byte[64 << 20]);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(bomb), 1 << 16)) {
            out.write(gzip("Thread 1 (Thread 0x7f00 (LWP 4242)):\n#0  0x0000000000401000 in spin () at hog.c:7\n"
                    .getBytes(StandardCharsets.US_ASCII)));
            for (int i = 0; i < 32; i++) {
                out.write(zerosMember);
            }
        }
        long compressed = Files.size(bomb);
        Case.Source source = CaseLoader.loadOne(bomb, ImportMonitor.NONE);
        assertEquals(SourceFormat.GDB_BT, source.report().format());
        assertEquals(1, source.stacks().size());
        assertEquals(4242, source.stacks().get(0).pid());
        ImportWarning stop = source.report().warnings().stream()
                .filter(w -> w.message().contains("decompression bomb")).findFirst().orElseThrow();
        long limit = Math.max(CompressedInput.MIN_LIMIT, compressed * CompressedInput.MAX_RATIO);
        assertTrue(stop.message().contains("after " + limit + " decompressed bytes"), stop.message());
        assertEquals(3, stop.line());
        assertFalse(source.report().warnings().stream().anyMatch(w -> w.message().startsWith("cannot read")));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static Path compress(Path plain, CompressedInput.Codec codec, Path target) throws IOException {
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             OutputStream out = encoder(codec, file)) {
            Files.copy(plain, out);
        }
        return target;
    }

    private static OutputStream encoder(CompressedInput.Codec codec, OutputStream file) throws IOException {
        switch (codec) {
            case GZIP:
                return new GZIPOutputStream(file);
            case XZ:
                return new XZOutputStream(file, new LZMA2Options(1));
            default:
                return new ZstdOutputStream(file);
        }
    }
}
