package org.rtscope.ingest.tracedat;

/**
 * One field of an event format description ({@code field:char prev_comm[16]; offset:8; size:16;
 * signed:0;}), with what its declaration says about how to read it: a plain number, a fixed array,
 * a {@code __data_loc}/{@code __rel_loc} dynamic array (a 32-bit word: offset in the low half, length
 * in the high half), or a trailing flexible array ({@code char buf[]}, size 0) that runs to the end of
 * the record.
 */
final class FormatField {
    /** How the bytes of a field are found. */
    enum Layout { SCALAR, ARRAY, DATA_LOC, REL_LOC, FLEXIBLE }

    final String name;
    final String type;
    final int offset;
    final int size;
    final boolean signed;
    final Layout layout;
    /** Bytes per element for arrays, the field size for scalars. */
    final int elementSize;
    /** The element type is {@code char}: the bytes are a NUL-terminated string. */
    final boolean text;
    /** The type is a pointer: printed in hex, resolvable through kallsyms or printk formats. */
    final boolean pointer;

    FormatField(String name, String type, int offset, int size, boolean signed, Layout layout, int elementSize,
                boolean text, boolean pointer) {
        this.name = name;
        this.type = type;
        this.offset = offset;
        this.size = size;
        this.signed = signed;
        this.layout = layout;
        this.elementSize = elementSize;
        this.text = text;
        this.pointer = pointer;
    }

    /** The bytes this field needs inside every record (0 for a flexible array). */
    int fixedEnd() {
        return layout == Layout.FLEXIBLE ? offset : offset + size;
    }

    @Override
    public String toString() {
        return type + " " + name + " @" + offset + "+" + size;
    }
}
