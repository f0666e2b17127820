package org.ilo.cnmn.platform.paging;

import java.time.Instant;
import java.time.LocalDate;

/** Types of the values a keyset cursor carries: the Java type a row yields and a lossless text form. */
public enum ValueType {
    TEXT(String.class) {
        @Override
        public Object parse(String text) {
            return text;
        }
    },
    DATE(LocalDate.class) {
        @Override
        public Object parse(String text) {
            return LocalDate.parse(text);
        }
    },
    TIMESTAMP(Instant.class) {
        @Override
        public Object parse(String text) {
            return Instant.parse(text);
        }
    },
    REAL(Float.class) {
        @Override
        public Object parse(String text) {
            return Float.valueOf(text);
        }
    },
    WHOLE(Long.class) {
        @Override
        public Object parse(String text) {
            return Long.valueOf(text);
        }
    };

    private final Class<?> javaType;

    ValueType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }

    /** Parses the text form; throws a {@link RuntimeException} when it is not one. */
    public abstract Object parse(String text);

    public String format(Object value) {
        return value.toString();
    }
}
