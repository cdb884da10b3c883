package org.rtscope.ingest.tracedat;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the text of tracefs {@code format} files ({@code name:}, {@code ID:}, {@code field:} lines
 * and {@code print fmt:}) and the {@code field:} lines of {@code header_page}. Field declarations are
 * C: {@code unsigned long caller[8]}, {@code __data_loc char[] name}, {@code void * hrtimer},
 * {@code char buf[]}.
 */
final class FormatParser {
    private final int kernelLongSize;

    /** @param kernelLongSize size of the traced kernel's {@code long}, for element sizes of dynamic arrays */
    FormatParser(int kernelLongSize) {
        this.kernelLongSize = kernelLongSize;
    }

    /** Parses one event format file of {@code system}; throws when it has no name or id. */
    EventFormat parseEvent(String system, String text) throws TraceDatException {
        String name = null;
        int id = -1;
        String print = "";
        List<FormatField> fields = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("name:")) {
                name = line.substring(5).trim();
            } else if (line.startsWith("ID:")) {
                try {
                    id = Integer.parseInt(line.substring(3).trim());
                } catch (NumberFormatException e) {
                    throw new TraceDatException("event format '" + name + "' has a bad ID line: " + line);
                }
            } else if (line.startsWith("field:")) {
                FormatField field = parseField(line);
                if (field != null) {
                    fields.add(field);
                }
            } else if (line.startsWith("print fmt:")) {
                print = line.substring("print fmt:".length()).trim();
            }
        }
        if (name == null || id < 0) {
            throw new TraceDatException("event format of system '" + system + "' without name or ID");
        }
        return new EventFormat(system, name, id, fields, print);
    }

    /** The {@code field:} lines of a header file such as {@code header_page}. */
    List<FormatField> parseFields(String text) {
        List<FormatField> fields = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.trim();
            if (line.startsWith("field:")) {
                FormatField field = parseField(line);
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** {@code field:TYPE NAME;\toffset:N;\tsize:N;\tsigned:N;}, or null when the line has no offset and size. */
    FormatField parseField(String line) {
        String[] parts = line.split(";");
        if (parts.length < 3) {
            return null;
        }
        String declaration = parts[0].substring("field:".length()).trim();
        if (declaration.startsWith("special:")) {
            declaration = declaration.substring("special:".length()).trim();
        }
        int offset = -1;
        int size = -1;
        boolean signed = false;
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.startsWith("offset:")) {
                offset = intOf(part.substring(7));
            } else if (part.startsWith("size:")) {
                size = intOf(part.substring(5));
            } else if (part.startsWith("signed:")) {
                signed = intOf(part.substring(7)) == 1;
            }
        }
        if (offset < 0 || size < 0 || declaration.isEmpty()) {
            return null;
        }
        return declare(declaration, offset, size, signed);
    }

    private FormatField declare(String declaration, int offset, int size, boolean signed) {
        String decl = declaration;
        String arrayLength = null;
        int open = decl.endsWith("]") ? decl.lastIndexOf('[') : -1;
        if (open > 0) {
            arrayLength = decl.substring(open + 1, decl.length() - 1).trim();
            decl = decl.substring(0, open).trim();
        }
        int split = Math.max(decl.lastIndexOf(' '), decl.lastIndexOf('*'));
        String name = decl.substring(split + 1).trim();
        String type = decl.substring(0, split + 1).trim();
        boolean pointer = type.endsWith("*");
        String base = baseType(type);
        boolean text = base.equals("char");
        FormatField.Layout layout;
        int elementSize;
        if (type.startsWith("__data_loc") || type.startsWith("__rel_loc")) {
            layout = type.startsWith("__data_loc") ? FormatField.Layout.DATA_LOC : FormatField.Layout.REL_LOC;
            elementSize = sizeOfType(base);
        } else if (arrayLength == null) {
            layout = FormatField.Layout.SCALAR;
            elementSize = size;
        } else if (arrayLength.isEmpty() || size == 0) {
            layout = FormatField.Layout.FLEXIBLE;
            elementSize = sizeOfType(base);
        } else {
            layout = FormatField.Layout.ARRAY;
            int count = intOf(arrayLength);
            elementSize = count > 0 ? Math.max(1, size / count) : sizeOfType(base);
        }
        return new FormatField(name, arrayLength == null ? type : type + "[" + arrayLength + "]", offset, size, signed,
                layout, elementSize, text, pointer);
    }

    /** The element type without qualifiers and array markers: "__data_loc char[]" gives "char". */
    private static String baseType(String type) {
        String t = type.replace("__data_loc", "").replace("__rel_loc", "").replace("[]", "")
                .replace("const ", "").replace("volatile ", "").trim();
        return t.startsWith("signed ") ? t.substring(7).trim() : t;
    }

    private int sizeOfType(String base) {
        if (base.endsWith("*")) {
            return kernelLongSize;
        }
        switch (base) {
            case "char": case "unsigned char": case "u8": case "s8": case "__u8": case "__s8": case "bool":
                return 1;
            case "short": case "unsigned short": case "u16": case "s16": case "__u16": case "__s16":
                return 2;
            case "long long": case "unsigned long long": case "u64": case "s64": case "__u64": case "__s64":
                return 8;
            case "long": case "unsigned long":
                return kernelLongSize;
            default:
                return 4;
        }
    }

    private static int intOf(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
