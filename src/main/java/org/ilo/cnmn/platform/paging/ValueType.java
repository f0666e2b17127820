package org.ilo.cnmn.platform.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/** Types of the values a keyset cursor carries: the Java type a row yields and a lossless text form. */
public enum ValueType {
    TEXT(String.class, text -> text),
    DATE(LocalDate.class, LocalDate::parse),
    TIMESTAMP(Instant.class, Instant::parse),
    REAL(Float.class, Float::valueOf),
    WHOLE(Long.class, Long::valueOf);

    private final Class<?> javaType;
    private final Function<String, Object> parser;

    ValueType(Class<?> javaType, Function<String, Object> parser) {
        this.javaType = javaType;
        this.parser = parser;
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
