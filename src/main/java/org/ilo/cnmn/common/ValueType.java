package org.ilo.cnmn.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Types of the values a keyset cursor carries, and their lossless text form. */
public enum ValueType {
    TEXT {
        @Override
        public Object parse(String text) {
            return text;
        }
    },
    DATE {
        @Override
        public Object parse(String text) {
            return LocalDate.parse(text);
        }
    },
    TIMESTAMP {
        @Override
        public Object parse(String text) {
            return OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        }

        @Override
        public String format(Object value) {
            return value instanceof OffsetDateTime odt ? odt.toInstant().toString() : value.toString();
        }
    },
    REAL {
        @Override
        public Object parse(String text) {
            return Float.valueOf(text);
        }
    };

    /** Parses the text form; throws a {@link RuntimeException} when it is not one. */
    public abstract Object parse(String text);

    public String format(Object value) {
        return value.toString();
    }
}
