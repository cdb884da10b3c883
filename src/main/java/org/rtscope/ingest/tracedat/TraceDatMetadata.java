package org.rtscope.ingest.tracedat;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything a trace.dat says before its ring-buffer data: the page layout, the event formats by id,
 * kallsyms, printk formats, saved cmdlines, the options and the top-level buffer to read. Parts that
 * could not be read stay empty (and were reported); the importer decodes with what is there.
 */
final class TraceDatMetadata {
    final InitialHeader header;
    final Decompressor decompressor;
    RingBufferLayout layout;
    final Map<Integer, EventFormat> formats = new HashMap<>();
    Kallsyms kallsyms = Kallsyms.EMPTY;
    PrintkFormats printk = PrintkFormats.EMPTY;
    SavedCmdlines cmdlines = SavedCmdlines.EMPTY;
    final TraceDatOptions options;
    /** The top-level instance's buffer, or null when the file has none that can be read. */
    FlyrecordBuffer buffer;

    TraceDatMetadata(InitialHeader header, Decompressor decompressor) {
        this.header = header;
        this.decompressor = decompressor;
        this.options = new TraceDatOptions(header.endian(), header.version() >= 7);
    }

    /** The size of the traced kernel's long, from the page commit field once the header files were read. */
    int kernelLongSize() {
        return layout == null ? header.longSize() : layout.commitSize();
    }
}
