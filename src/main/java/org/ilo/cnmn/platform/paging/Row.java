package org.ilo.cnmn.platform.paging;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;

import jakarta.persistence.Tuple;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One result row, read by column label. The JDBC driver and Hibernate may hand a column back in
 * more than one Java type (java.sql or java.time, jsonb as text or parsed); each getter settles on one.
 */
public final class Row {

    private final Tuple tuple;
    private final ObjectMapper json;

    Row(Tuple tuple, ObjectMapper json) {
        this.tuple = tuple;
        this.json = json;
    }

    public String text(String column) {
        return value(column, String.class);
    }

    public LocalDate date(String column) {
        return value(column, LocalDate.class);
    }

    public Instant instant(String column) {
        return value(column, Instant.class);
    }

    public Long whole(String column) {
        return value(column, Long.class);
    }

    public Integer integer(String column) {
        return value(column, Integer.class);
    }

    public Float real(String column) {
        return value(column, Float.class);
    }

    /** A column as {@code type}: String, LocalDate, Instant, Long, Integer or Float. */
    public <T> T value(String column, Class<T> type) {
        Object value = tuple.get(column);
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        Object converted;
        if (type == String.class) {
            converted = value.toString();
        } else if (type == LocalDate.class && value instanceof java.sql.Date d) {
            converted = d.toLocalDate();
        } else if (type == Instant.class && value instanceof Timestamp t) {
            converted = t.toInstant();
        } else if (type == Instant.class && value instanceof OffsetDateTime t) {
            converted = t.toInstant();
        } else if (type == Long.class && value instanceof Number n) {
            converted = n.longValue();
        } else if (type == Integer.class && value instanceof Number n) {
            converted = n.intValue();
        } else if (type == Float.class && value instanceof Number n) {
            converted = n.floatValue();
        } else {
            throw new IllegalStateException("Column " + column + " holds a " + value.getClass().getName()
                    + ", not a " + type.getName());
        }
        return type.cast(converted);
    }

    /** A json or jsonb column as {@code type}. */
    public <T> T json(String column, TypeReference<T> type) {
        Object value = tuple.get(column);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return json.convertValue(value, type);
        }
        try {
            return json.readValue(value.toString(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Column " + column + " does not hold JSON", e);
        }
    }
}
