package org.ilo.cnmn.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON text by hand, so that a body can hold what a JSON library would refuse to write: verbatim
 * fragments (lone surrogate escapes, 1e999999, NaN), duplicate keys and any key at all.
 */
final class JsonText {

    /** A fragment written as it is. */
    record Raw(String text) {
    }

    /** An object whose entries may repeat a key. */
    record Entries(List<Map.Entry<String, Object>> entries) {
    }

    private JsonText() {
    }

    /**
     * @param asciiOnly escape every non-ASCII character as {@code \\uXXXX} instead of writing it as UTF-8;
     *                  lone surrogates are escaped either way (they have no UTF-8 form)
     */
    static String write(Object value, boolean asciiOnly) {
        StringBuilder out = new StringBuilder();
        write(value, asciiOnly, out);
        return out.toString();
    }

    private static void write(Object value, boolean asciiOnly, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Raw raw) {
            out.append(raw.text());
        } else if (value instanceof String s) {
            string(s, asciiOnly, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof BigDecimal d) {
            out.append(d.toString());
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toString());
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(String.valueOf(e.getKey()), asciiOnly, out);
                out.append(':');
                write(e.getValue(), asciiOnly, out);
            }
            out.append('}');
        } else if (value instanceof Entries entries) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : entries.entries()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(e.getKey(), asciiOnly, out);
                out.append(':');
                write(e.getValue(), asciiOnly, out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(list.get(i), asciiOnly, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    static void string(String s, boolean asciiOnly, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (c < 0x20 || lone || (asciiOnly && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
