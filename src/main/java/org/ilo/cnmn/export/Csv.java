package org.ilo.cnmn.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
final class Csv {

    /** Multi-valued fields are joined with this, as the header row of every export documents. */
    static final String LIST_SEPARATOR = ";";

    private final Writer out;

    Csv(Writer out) {
        this.out = out;
    }

    void row(Object... fields) {
        try {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields[i]));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String list(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** One field of each of {@code items}, as one list field. */
    static <T> String list(Collection<T> items, Function<T, ?> field) {
        return list(items.stream().map(field).toList());
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
