package org.rtscope.ingest.tracedat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rtscope.model.SourceReport;

/**
 * Reads the metadata of a trace.dat into {@link TraceDatMetadata}. Version 6 stores it in one fixed
 * sequence after the initial header; version 7 in sections found through a chain of options
 * sections. A part that cannot be read is reported with its offset and skipped where the format
 * allows (version 7 sections are independent; version 6 stops at the first bad part).
 */
final class MetadataReader {
    private final DatFile file;
    private final SourceReport report;
    private final TraceDatMetadata meta;
    private final Endian endian;

    private MetadataReader(DatFile file, InitialHeader header, SourceReport report) throws TraceDatException {
        this.file = file;
        this.report = report;
        this.meta = new TraceDatMetadata(header, Decompressor.forName(header.compression()));
        this.endian = header.endian();
    }

    static TraceDatMetadata read(DatFile file, InitialHeader header, SourceReport report)
            throws IOException, TraceDatException {
        MetadataReader reader = new MetadataReader(file, header, report);
        if (header.version() >= 7) {
            reader.readSectioned();
        } else {
            reader.readSequential();
        }
        return reader.meta;
    }

    // ---- version 6 ----

    private void readSequential() throws IOException {
        Cursor c = Cursor.ofFile(file, meta.header.end(), endian);
        String part = "header_page/header_event";
        try {
            headerInfo(c);
            part = "ftrace event formats";
            ftraceFormats(c);
            part = "event formats";
            eventFormats(c);
            part = "kallsyms";
            meta.kallsyms = Kallsyms.parse(c.bytes(c.u32(), part));
            part = "printk formats";
            meta.printk = PrintkFormats.parse(c.text(c.u32(), part));
            part = "saved cmdlines";
            meta.cmdlines = SavedCmdlines.parse(c.text(c.u64(), part));
            part = "CPU count and options";
            int cpus = (int) c.u32();
            String kind = new String(c.bytes(10, part), StandardCharsets.US_ASCII);
            if (kind.startsWith("options")) {
                sequentialOptions(c);
                kind = new String(c.bytes(10, part), StandardCharsets.US_ASCII);
            }
            if (!kind.startsWith("flyrecord")) {
                report.warn(0, "trace.dat holds " + (kind.startsWith("latency") ? "latency-tracer text" : "no flyrecord data")
                        + " instead of ring-buffer pages; no events read");
                return;
            }
            part = "flyrecord CPU table";
            int count = meta.options.cpuCount > 0 ? meta.options.cpuCount : cpus;
            if (count < 0 || count > FlyrecordBuffer.MAX_CPUS) {
                throw new TraceDatException("CPU count " + count + " is impossible");
            }
            List<FlyrecordBuffer.Cpu> table = new ArrayList<>();
            for (int cpu = 0; cpu < count; cpu++) {
                table.add(new FlyrecordBuffer.Cpu(cpu, c.u64(), c.u64()));
            }
            String clock = meta.options.clock == null ? "local" : meta.options.clock;
            meta.buffer = new FlyrecordBuffer("", clock, meta.header.pageSize(), table, -1, false);
        } catch (TraceDatException e) {
            report.warn(0, "trace.dat " + part + " unreadable: " + e.getMessage());
        }
    }

    private void sequentialOptions(Cursor c) throws IOException, TraceDatException {
        while (true) {
            int id = c.u16();
            if (id == TraceDatOptions.DONE) {
                return;
            }
            long size = c.u32();
            accept(id, c.bytes(size, "option " + id));
        }
    }

    /** One malformed option is reported and skipped; the options after it are still read. */
    private void accept(int id, byte[] data) {
        try {
            meta.options.accept(id, data);
        } catch (TraceDatException e) {
            report.warn(0, "trace.dat option " + id + " ignored: " + e.getMessage());
        }
    }

    // ---- version 7 ----

    private void readSectioned() throws IOException {
        readOptionsChain(meta.header.optionsOffset());
        TraceDatOptions options = meta.options;
        Long headers = options.sectionOffsets.get(Section.HEADER_INFO);
        if (headers == null) {
            report.warn(0, "trace.dat has no header_page section; ring-buffer pages cannot be read");
            return;
        }
        readSection(headers, Section.HEADER_INFO, "header_page/header_event");
        for (int id = Section.FTRACE_EVENTS; id <= Section.CMDLINES; id++) {
            Long offset = options.sectionOffsets.get(id);
            if (offset != null) {
                readSection(offset, id, sectionName(id));
            }
        }
        chooseBuffer();
    }

    private void readOptionsChain(long first) throws IOException {
        Set<Long> seen = new HashSet<>();
        long offset = first;
        while (offset != 0 && seen.add(offset)) {
            try {
                Section section = Section.read(file, offset, endian);
                if (section.id() != Section.OPTIONS) {
                    throw new TraceDatException("expected an options section at offset " + offset + ", found section "
                            + section.id());
                }
                Cursor c = Cursor.ofBytes(section.content(file, endian, meta.decompressor), endian,
                        "options section at offset " + offset);
                offset = 0;
                while (true) {
                    int id = c.u16();
                    byte[] data = c.bytes(c.u32(), "option " + id);
                    if (id == TraceDatOptions.DONE) {
                        offset = data.length >= 8 ? endian.i64(data, 0) : 0;
                        break;
                    }
                    accept(id, data);
                }
            } catch (TraceDatException e) {
                report.warn(0, "trace.dat options unreadable: " + e.getMessage());
                return;
            }
        }
    }

    private void readSection(long offset, int id, String name) throws IOException {
        try {
            Section section = Section.read(file, offset, endian);
            if (section.id() != id) {
                throw new TraceDatException("expected section " + id + " at offset " + offset + ", found " + section.id());
            }
            Cursor c = Cursor.ofBytes(section.content(file, endian, meta.decompressor), endian,
                    name + " section at offset " + offset);
            switch (id) {
                case Section.HEADER_INFO: headerInfo(c); break;
                case Section.FTRACE_EVENTS: ftraceFormats(c); break;
                case Section.EVENT_FORMATS: eventFormats(c); break;
                case Section.KALLSYMS: meta.kallsyms = Kallsyms.parse(c.bytes(c.u32(), name)); break;
                case Section.PRINTK: meta.printk = PrintkFormats.parse(c.text(c.u32(), name)); break;
                default: meta.cmdlines = SavedCmdlines.parse(c.text(c.u64(), name)); break;
            }
        } catch (TraceDatException e) {
            report.warn(0, "trace.dat " + name + " unreadable: " + e.getMessage());
        }
    }

    /** Picks the top-level instance's buffer; other instances are named in a warning. */
    private void chooseBuffer() throws IOException {
        List<FlyrecordBuffer> buffers = meta.options.buffers;
        FlyrecordBuffer top = null;
        for (FlyrecordBuffer b : buffers) {
            if (b.name().isEmpty() && top == null) {
                top = b;
            } else {
                meta.options.unreadBuffers.add("instance '" + b.name() + "'");
            }
        }
        if (top == null) {
            top = new BufferScan(file, meta, report).recover();
            if (top == null) {
                return;
            }
        } else {
            try {
                top = top.withCompressed(Section.read(file, top.sectionOffset(), endian).compressed());
            } catch (TraceDatException e) {
                // the section header is only needed for its compressed flag; a compressed file compresses its data
                top = top.withCompressed(meta.decompressor != null);
                report.warn(0, "flyrecord section header unreadable (" + e.getMessage() + "); assuming the data is "
                        + (meta.decompressor != null ? "compressed" : "not compressed"));
            }
        }
        meta.buffer = top;
    }

    // ---- parts common to both versions ----

    private void headerInfo(Cursor c) throws IOException, TraceDatException {
        String pageName = c.cstring();
        String headerPage = c.text(c.u64(), "header_page");
        String eventName = c.cstring();
        String headerEvent = c.text(c.u64(), "header_event");
        if (!pageName.equals("header_page") || !eventName.equals("header_event")) {
            throw new TraceDatException("header files are named '" + pageName + "' and '" + eventName + "'");
        }
        meta.layout = RingBufferLayout.parse(headerPage, headerEvent, new FormatParser(meta.header.longSize()),
                meta.header.longSize());
    }

    private void ftraceFormats(Cursor c) throws IOException, TraceDatException {
        FormatParser parser = new FormatParser(meta.kernelLongSize());
        long count = c.u32();
        for (long i = 0; i < count; i++) {
            addFormat(parser, "ftrace", c.text(c.u64(), "ftrace event format"));
        }
    }

    private void eventFormats(Cursor c) throws IOException, TraceDatException {
        FormatParser parser = new FormatParser(meta.kernelLongSize());
        long systems = c.u32();
        for (long s = 0; s < systems; s++) {
            String system = c.cstring();
            long count = c.u32();
            for (long i = 0; i < count; i++) {
                addFormat(parser, system, c.text(c.u64(), system + " event format"));
            }
        }
    }

    private void addFormat(FormatParser parser, String system, String text) {
        try {
            EventFormat format = parser.parseEvent(system, text);
            meta.formats.put(format.id, format);
        } catch (TraceDatException e) {
            report.warn(0, "event format skipped: " + e.getMessage());
        }
    }

    private static String sectionName(int id) {
        switch (id) {
            case Section.FTRACE_EVENTS: return "ftrace event formats";
            case Section.EVENT_FORMATS: return "event formats";
            case Section.KALLSYMS: return "kallsyms";
            case Section.PRINTK: return "printk formats";
            default: return "saved cmdlines";
        }
    }
}
