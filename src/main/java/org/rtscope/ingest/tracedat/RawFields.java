package org.rtscope.ingest.tracedat;

import java.nio.charset.StandardCharsets;

/**
 * The field text kept for events rtscope has no slots for: {@code name=value} for every non-common
 * field in format order. Strings print as text, pointers in hex (or, for {@code trace_printk} and
 * {@code trace_bputs}, as the quoted format string stored at that address), numbers in decimal and
 * other arrays as {@code [a,b,c]}. The kernel's print format is not interpreted.
 */
final class RawFields {
    private final PrintkFormats printk;
    private final StringBuilder text = new StringBuilder(128);

    RawFields(PrintkFormats printk) {
        this.printk = printk;
    }

    /** The field text of record {@code r} as UTF-8 bytes. */
    byte[] render(EventFormat format, EventRecord r) {
        text.setLength(0);
        for (FormatField field : format.fields) {
            if (field.name.startsWith("common_")) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(field.name).append('=');
            value(field, r);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void value(FormatField field, EventRecord r) {
        if (field.text && field.layout != FormatField.Layout.SCALAR) {
            if (r.text(field)) {
                text.append(new String(r.buf, r.at, r.size, StandardCharsets.UTF_8));
            }
            return;
        }
        if (field.layout != FormatField.Layout.SCALAR) {
            array(field, r);
            return;
        }
        long value = r.number(field);
        if (field.pointer) {
            String format = printk.at(value);
            if (format != null) {
                text.append('"').append(format.replace("\n", "\\n")).append('"');
            } else {
                text.append("0x").append(Long.toHexString(value));
            }
        } else if (field.signed || field.size < 8) {
            text.append(value);
        } else {
            text.append(Long.toUnsignedString(value));
        }
    }

    private void array(FormatField field, EventRecord r) {
        text.append('[');
        if (r.locate(field) && field.elementSize > 0 && field.elementSize <= 8) {
            int count = r.size / field.elementSize;
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    text.append(',');
                }
                long v = r.element(field, i);
                if (field.pointer || field.elementSize == 8 && !field.signed) {
                    text.append("0x").append(Long.toHexString(v));
                } else {
                    text.append(v);
                }
            }
        }
        text.append(']');
    }
}
