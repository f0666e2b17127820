package org.ilo.cnmn.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** Types of the values a keyset cursor carries: the Java type a row yields and a lossless text form. */
public enum ValueType {
    TEXT(String.class, text -> text, "text"),
    DATE(LocalDate.class, LocalDate::parse, "date"),
    TIMESTAMP(Instant.class, Instant::parse, "timestamptz"),
    REAL(Float.class, Float::valueOf, "real"),
    WHOLE(Long.class, Long::valueOf, "bigint");

    private final Class<?> javaType;
    private final Function<String, Object> parser;
    private final String sqlType;

    ValueType(Class<?> javaType, Function<String, Object> parser, String sqlType) {
        this.javaType = javaType;
        this.parser = parser;
        this.sqlType = sqlType;
    }

    /** The PostgreSQL type of the values. */
    public String sqlType() {
        return sqlType;
    }

    public Class<?> javaType() {
        return javaType;
    }

    /** Parses the text form; throws a {@link RuntimeException} when it is not one. */
    public Object parse(String text) {
        return parser.apply(text);
    }

    public String format(Object value) {
        return value.toString();
    }
}
