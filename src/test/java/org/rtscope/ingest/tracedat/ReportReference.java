package org.rtscope.ingest.tracedat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.rtscope.ingest.ImportMonitor;
import org.rtscope.ingest.ftrace.FtraceImporter;
import org.rtscope.model.SourceFormat;
import org.rtscope.model.SourceReport;
import org.rtscope.model.Trace;

/**
 * The {@code trace-cmd report} text of a trace.dat, parsed by the text importer: made with the
 * installed trace-cmd when there is one, else read from the gzip'd copy committed under
 * {@code src/test/resources/tracedat/} (made with trace-cmd 3.1.6 / libtraceevent 1.7.1).
 */
final class ReportReference {
    /** The report options of a reference, and the suffix of its committed file. */
    enum Form {
        /** {@code -t -N}: nanoseconds, the kernel's own print formats (no libtraceevent plugins). */
        KERNEL_FORMATS(".report-t-N.txt.gz", "-t", "-N"),
        /** {@code -t}: nanoseconds, with the plugins (sched_switch "a:1 [120] S ==> b:2 [120]"), as users have it. */
        PLUGINS(".report-t.txt.gz", "-t"),
        /** {@code -t -l}: the latency columns (irqs-off, need-resched, context, preempt depth). */
        LATENCY(".report-t-l.txt.gz", "-t", "-l");

        final String suffix;
        final String[] options;

        Form(String suffix, String... options) {
            this.suffix = suffix;
            this.options = options;
        }
    }

    private ReportReference() {
    }

    static boolean traceCmdInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "trace-cmd"))) {
                return true;
            }
        }
        return false;
    }

    /** The reference trace of {@code traceDat} whose committed copy is named after {@code name}. */
    static Trace load(Path traceDat, String name, Form form, Path tempDir, SourceReport report) throws IOException {
        if (traceCmdInstalled()) {
            Path text = generate(traceDat, form, tempDir);
            try (InputStream in = Files.newInputStream(text)) {
                return new FtraceImporter().read(in, Files.size(text), report, ImportMonitor.NONE);
            }
        }
        String resource = "/tracedat/" + name + form.suffix;
        try (InputStream packed = ReportReference.class.getResourceAsStream(resource)) {
            if (packed == null) {
                throw new IOException("no trace-cmd installed and no committed reference " + resource);
            }
            return new FtraceImporter().read(new GZIPInputStream(packed, 1 << 16), -1, report, ImportMonitor.NONE);
        }
    }

    static SourceReport newReport(String name) {
        return new SourceReport(name, SourceFormat.TRACE_CMD);
    }

    private static Path generate(Path traceDat, Form form, Path tempDir) throws IOException {
        Path out = Files.createTempFile(tempDir, "report", ".txt");
        List<String> command = new ArrayList<>(List.of("trace-cmd", "report"));
        command.addAll(List.of(form.options));
        command.addAll(List.of("-i", traceDat.toString()));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + exit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running trace-cmd", e);
        }
        return out;
    }
}
