package org.rtscope.ingest.tracedat;

import io.airlift.compress.zstd.ZstdCompressor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes small synthetic trace.dat files, version 6 or 7, little or big endian, uncompressed or
 * compressed with zlib or zstd, following trace-cmd.dat.v6(5)/v7(5): for the combinations trace-cmd
 * on this machine cannot make (zlib, big endian), for ring-buffer corner cases (time extends, long
 * records, lost events) and for large benchmark inputs. Events are given per CPU in time order as raw
 * record bytes (see {@link #record}).
 */
final class TraceDatWriter {
    static final int PAGE = 4096;
    private static final int DATA_OFFSET = 16;

    private final int version;
    private final String compression;
    private final ByteOrder order;
    private final List<String[]> formats = new ArrayList<>();
    private final List<List<long[]>> times = new ArrayList<>();
    private final List<List<byte[]>> records = new ArrayList<>();
    private final List<Integer> lostPages = new ArrayList<>();
    private final Out extraOptions;
    private String kallsyms = "";
    private String cmdlines = "";

    TraceDatWriter(int version, String compression, ByteOrder order, int cpus) {
        this.version = version;
        this.compression = compression;
        this.order = order;
        this.extraOptions = new Out(order);
        for (int c = 0; c < cpus; c++) {
            times.add(new ArrayList<>());
            records.add(new ArrayList<>());
        }
    }

    /** Adds the format file text of an event of {@code system}. */
    TraceDatWriter format(String system, String text) {
        formats.add(new String[] {system, text});
        return this;
    }

    TraceDatWriter kallsyms(String text) {
        kallsyms = text;
        return this;
    }

    TraceDatWriter cmdlines(String text) {
        cmdlines = text;
        return this;
    }

    /** Adds an option with a NUL-terminated text (CPUSTAT is 2, TRACECLOCK 4), after the clock and CPU count. */
    TraceDatWriter option(int id, String text) {
        byte[] data = (text + "\0").getBytes(StandardCharsets.UTF_8);
        extraOptions.u16(id).u32(data.length).bytes(data);
        return this;
    }

    /** Marks page {@code page} of CPU 0 as following a ring-buffer overrun that lost {@code 5} events. */
    TraceDatWriter lostBeforePage(int page) {
        lostPages.add(page);
        return this;
    }

    /** Adds a record (its data, starting with common_type) to {@code cpu} at {@code ts}. */
    TraceDatWriter event(int cpu, long ts, byte[] data) {
        times.get(cpu).add(new long[] {ts});
        records.get(cpu).add(data);
        return this;
    }

    /** A record buffer of {@code size} bytes with the common fields filled in. */
    ByteBuffer record(int size, int type, int flags, int preemptCount, int pid) {
        ByteBuffer b = ByteBuffer.allocate(size).order(order);
        b.putShort(0, (short) type).put(2, (byte) flags).put(3, (byte) preemptCount).putInt(4, pid);
        return b;
    }

    void write(Path file) throws IOException {
        Files.write(file, bytes());
    }

    byte[] bytes() {
        Out out = new Out(order);
        out.bytes(InitialHeader.MAGIC).cstring(Integer.toString(version)).u8(order == ByteOrder.BIG_ENDIAN ? 1 : 0).u8(8)
                .u32(PAGE);
        return version == 6 ? version6(out) : version7(out);
    }

    private byte[] version6(Out out) {
        out.bytes(headerInfo()).bytes(ftraceFormats()).bytes(eventFormats());
        byte[] sym = kallsyms.getBytes(StandardCharsets.UTF_8);
        out.u32(sym.length).bytes(sym).u32(0);
        byte[] cmd = cmdlines.getBytes(StandardCharsets.UTF_8);
        out.u64(cmd.length).bytes(cmd).u32(times.size());
        out.bytes("options  \0".getBytes(StandardCharsets.US_ASCII)).bytes(options()).u16(0);
        out.bytes("flyrecord\0".getBytes(StandardCharsets.US_ASCII));
        int table = out.size();
        for (int c = 0; c < times.size(); c++) {
            out.u64(0).u64(0);
        }
        for (int c = 0; c < times.size(); c++) {
            out.align(PAGE);
            byte[] pages = pages(c);
            out.put64(table + 16 * c, out.size()).put64(table + 16 * c + 8, pages.length);
            out.bytes(pages);
        }
        return out.toArray();
    }

    private byte[] version7(Out out) {
        out.cstring(compression).cstring(compression.equals("none") ? "" : "1");
        int optionsPointer = out.size();
        out.u64(0);
        long[] offsets = new long[6];
        byte[][] contents = {headerInfo(), ftraceFormats(), eventFormats(),
            lengthPrefixed32(kallsyms), lengthPrefixed32(""), lengthPrefixed64(cmdlines)};
        for (int i = 0; i < contents.length; i++) {
            offsets[i] = out.size();
            section(out, 16 + i, contents[i]);
        }
        int bufferSection = out.size();
        out.u16(3).u16(compressed() ? 1 : 0).u32(0).u64(0);
        long[][] cpuRanges = new long[times.size()][];
        for (int c = 0; c < times.size(); c++) {
            out.align(PAGE);
            long start = out.size();
            byte[] pages = pages(c);
            if (compressed()) {
                List<byte[]> chunks = new ArrayList<>();
                for (int from = 0; from < pages.length; from += 4 * PAGE) {
                    chunks.add(Arrays.copyOfRange(pages, from, Math.min(pages.length, from + 4 * PAGE)));
                }
                out.u32(chunks.size());
                for (byte[] chunk : chunks) {
                    byte[] packed = compress(chunk);
                    out.u32(packed.length).u32(chunk.length).bytes(packed);
                }
                cpuRanges[c] = new long[] {start, out.size() - start - 4};
            } else {
                out.bytes(pages);
                cpuRanges[c] = new long[] {start, pages.length};
            }
        }
        out.put64(bufferSection + 8, out.size() - bufferSection - Section.HEADER_SIZE);
        int optionsSection = out.size();
        Out options = new Out(order);
        for (int i = 0; i < offsets.length; i++) {
            options.u16(16 + i).u32(8).u64(offsets[i]);
        }
        options.bytes(options());
        Out buffer = new Out(order).u64(bufferSection).cstring("").cstring("local").u32(PAGE).u32(times.size());
        for (int c = 0; c < times.size(); c++) {
            buffer.u32(c).u64(cpuRanges[c][0]).u64(cpuRanges[c][1]);
        }
        options.u16(3).u32(buffer.size()).bytes(buffer.toArray());
        options.u16(0).u32(8).u64(0);
        byte[] optionBytes = options.toArray();
        out.u16(0).u16(0).u32(0).u64(optionBytes.length).bytes(optionBytes);
        out.put64(optionsPointer, optionsSection);
        return out.toArray();
    }

    /** Options both versions carry: the trace clock and the CPU count. */
    private byte[] options() {
        Out o = new Out(order);
        byte[] clock = "[local] global counter\0".getBytes(StandardCharsets.US_ASCII);
        o.u16(4).u32(clock.length).bytes(clock);
        o.u16(8).u32(4).u32(times.size());
        o.bytes(extraOptions.toArray());
        return o.toArray();
    }

    private boolean compressed() {
        return !compression.equals("none");
    }

    private void section(Out out, int id, byte[] content) {
        if (!compressed()) {
            out.u16(id).u16(0).u32(0).u64(content.length).bytes(content);
            return;
        }
        byte[] packed = compress(content);
        out.u16(id).u16(1).u32(0).u64(8 + packed.length).u32(packed.length).u32(content.length).bytes(packed);
    }

    private byte[] compress(byte[] data) {
        if (compression.equals("zlib")) {
            Deflater deflater = new Deflater();
            deflater.setInput(data);
            deflater.finish();
            byte[] buf = new byte[data.length + 1024];
            int n = deflater.deflate(buf);
            deflater.end();
            return Arrays.copyOf(buf, n);
        }
        ZstdCompressor zstd = new ZstdCompressor();
        byte[] buf = new byte[zstd.maxCompressedLength(data.length)];
        int n = zstd.compress(data, 0, data.length, buf, 0, buf.length);
        return Arrays.copyOf(buf, n);
    }

    private byte[] headerInfo() {
        String page = "\tfield: u64 timestamp;\toffset:0;\tsize:8;\tsigned:0;\n"
                + "\tfield: local_t commit;\toffset:8;\tsize:8;\tsigned:1;\n"
                + "\tfield: int overwrite;\toffset:8;\tsize:1;\tsigned:1;\n"
                + "\tfield: char data;\toffset:16;\tsize:4080;\tsigned:0;\n";
        String event = "# compressed entry header\n\ttype_len    :    5 bits\n\ttime_delta  :   27 bits\n"
                + "\tarray       :   32 bits\n\n\tpadding     : type == 29\n\ttime_extend : type == 30\n"
                + "\ttime_stamp : type == 31\n\tdata max type_len  == 28\n";
        Out o = new Out(order).cstring("header_page");
        o.u64(page.length()).bytes(page.getBytes(StandardCharsets.US_ASCII)).cstring("header_event");
        o.u64(event.length()).bytes(event.getBytes(StandardCharsets.US_ASCII));
        return o.toArray();
    }

    private byte[] ftraceFormats() {
        List<byte[]> texts = new ArrayList<>();
        for (String[] f : formats) {
            if (f[0].equals("ftrace")) {
                texts.add(f[1].getBytes(StandardCharsets.UTF_8));
            }
        }
        Out o = new Out(order).u32(texts.size());
        texts.forEach(t -> o.u64(t.length).bytes(t));
        return o.toArray();
    }

    private byte[] eventFormats() {
        List<String> systems = new ArrayList<>();
        for (String[] f : formats) {
            if (!f[0].equals("ftrace") && !systems.contains(f[0])) {
                systems.add(f[0]);
            }
        }
        Out o = new Out(order).u32(systems.size());
        for (String system : systems) {
            List<byte[]> texts = new ArrayList<>();
            for (String[] f : formats) {
                if (f[0].equals(system)) {
                    texts.add(f[1].getBytes(StandardCharsets.UTF_8));
                }
            }
            o.cstring(system).u32(texts.size());
            texts.forEach(t -> o.u64(t.length).bytes(t));
        }
        return o.toArray();
    }

    private byte[] lengthPrefixed32(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new Out(order).u32(b.length).bytes(b).toArray();
    }

    private byte[] lengthPrefixed64(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new Out(order).u64(b.length).bytes(b).toArray();
    }

    /**
     * The ring-buffer pages of one CPU: each page starts at its first event's time; deltas of 2^27 ns
     * or more get a time extend; records up to 112 bytes use type_len = length / 4, longer ones a
     * length word.
     */
    private byte[] pages(int cpu) {
        Out all = new Out(order);
        List<long[]> ts = times.get(cpu);
        List<byte[]> data = records.get(cpu);
        int i = 0;
        int pageNumber = 0;
        while (i < ts.size()) {
            Out page = new Out(order).u64(ts.get(i)[0]).u64(0);
            long time = ts.get(i)[0];
            boolean lost = cpu == 0 && lostPages.contains(pageNumber);
            int limit = lost ? PAGE - 8 : PAGE;
            while (i < ts.size()) {
                byte[] payload = data.get(i);
                int padded = (payload.length + 3) & ~3;
                long delta = ts.get(i)[0] - time;
                int need = (delta >= (1L << 27) ? 8 : 0) + (padded <= 112 ? 4 : 8) + padded;
                if (page.size() + need > limit && page.size() > DATA_OFFSET) {
                    break;
                }
                if (delta >= (1L << 27)) {
                    page.u32(header(30, (int) (delta & ((1 << 27) - 1)))).u32((int) (delta >>> 27));
                    delta = 0;
                }
                if (padded <= 112) {
                    page.u32(header(padded / 4, (int) delta));
                } else {
                    page.u32(header(0, (int) delta)).u32(padded + 4);
                }
                page.bytes(Arrays.copyOf(payload, padded));
                time = ts.get(i)[0];
                i++;
            }
            long commit = page.size() - DATA_OFFSET;
            if (lost) {
                commit |= (1L << 31) | (1L << 30);
                page.u64(5);
            }
            page.put64(8, commit);
            byte[] bytes = Arrays.copyOf(page.toArray(), PAGE);
            all.bytes(bytes);
            pageNumber++;
        }
        return all.toArray();
    }

    private int header(int typeLen, int delta) {
        return order == ByteOrder.BIG_ENDIAN ? typeLen << 27 | delta : delta << 5 | typeLen;
    }

    /** A growable byte buffer in the file's byte order. */
    static final class Out {
        private final ByteOrder order;
        private byte[] buf = new byte[4096];
        private int size;

        Out(ByteOrder order) {
            this.order = order;
        }

        int size() {
            return size;
        }

        private ByteBuffer room(int n) {
            if (size + n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(size + n, buf.length * 2));
            }
            ByteBuffer b = ByteBuffer.wrap(buf, size, n).order(order);
            size += n;
            return b;
        }

        Out u8(int v) {
            room(1).put((byte) v);
            return this;
        }

        Out u16(int v) {
            room(2).putShort((short) v);
            return this;
        }

        Out u32(long v) {
            room(4).putInt((int) v);
            return this;
        }

        Out u64(long v) {
            room(8).putLong(v);
            return this;
        }

        Out bytes(byte[] b) {
            room(b.length).put(b);
            return this;
        }

        Out cstring(String s) {
            return bytes((s + "\0").getBytes(StandardCharsets.UTF_8));
        }

        Out align(int alignment) {
            int pad = (alignment - size % alignment) % alignment;
            room(pad);
            return this;
        }

        Out put64(int at, long v) {
            ByteBuffer.wrap(buf).order(order).putLong(at, v);
            return this;
        }

        byte[] toArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
