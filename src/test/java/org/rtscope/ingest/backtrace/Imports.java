package org.rtscope.ingest.backtrace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.SourceImporter;
import org.rtscope.model.Case;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;

/** Runs an importer on text held in a test. */
final class Imports {
    private Imports() {
    }

    static Case.Source crash(String text) {
        return read(new CrashImporter(), SourceFormat.CRASH_BT, text.getBytes(StandardCharsets.UTF_8));
    }

    static Case.Source gdb(String text) {
        return read(new GdbImporter(), SourceFormat.GDB_BT, text.getBytes(StandardCharsets.UTF_8));
    }

    static Case.Source read(SourceImporter importer, SourceFormat format, byte[] bytes) {
        SourceReport report = new SourceReport("test", format);
        try {
            return importer.read(new ByteArrayInputStream(bytes), bytes.length, report, ImportMonitor.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
