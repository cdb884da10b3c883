package org.rtscope.ingest.tracedat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of one event type as the traced kernel described it in its {@code format} file: the id
 * that records carry in {@code common_type}, the fields with offsets and sizes, and the print format.
 * Records are decoded from this description only, so the reader follows whatever the kernel wrote.
 */
final class EventFormat {
    final String system;
    final String name;
    final int id;
    final List<FormatField> fields;
    final String printFormat;
    /** The shortest record that holds every fixed field. */
    final int minLength;
    private final Map<String, FormatField> byName = new HashMap<>();

    EventFormat(String system, String name, int id, List<FormatField> fields, String printFormat) {
        this.system = system;
        this.name = name;
        this.id = id;
        this.fields = List.copyOf(fields);
        this.printFormat = printFormat;
        int end = 0;
        for (FormatField field : fields) {
            byName.putIfAbsent(field.name, field);
            end = Math.max(end, field.fixedEnd());
        }
        this.minLength = end;
    }

    /** The field with this name, or null. */
    FormatField field(String fieldName) {
        return byName.get(fieldName);
    }

    /** The first of several names this field has had across kernel versions, or null. */
    FormatField field(String... names) {
        for (String n : names) {
            FormatField f = byName.get(n);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return system + ":" + name + " (" + id + ")";
    }
}
