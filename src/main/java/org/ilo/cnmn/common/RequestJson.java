package org.ilo.cnmn.common;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses, while a body is read, values that are valid JSON but that PostgreSQL cannot store: text with
 * U+0000 and dates outside the years 1 to 9999 (ISO 8601 allows "+169087565-03-15"). Caught here they
 * are a 400 naming the field instead of a failed statement.
 */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    /** A well-formed value that cannot be stored; {@link #reason()} says why, for the problem's field error. */
    public static final class UnstorableValueException extends InvalidFormatException {
        private final String reason;

        UnstorableValueException(JsonParser parser, String reason, Object value, Class<?> type) {
            super(parser, reason, value, type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);

    /** Last, so that these deserializers take precedence over the java.time module's. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-values")
                .addDeserializer(String.class, new StorableString())
                .addDeserializer(LocalDate.class, new StorableDate()));
    }

    /** Whether PostgreSQL's date type holds it (and the API's YYYY-MM-DD form can write it). */
    public static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    private static final class StorableString extends StdScalarDeserializer<String> {
        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw new UnstorableValueException(p, "must not contain the character U+0000", value, String.class);
            }
            return value;
        }
    }

    private static final class StorableDate extends StdScalarDeserializer<LocalDate> {
        StorableDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            LocalDate value = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            if (value != null && !storable(value)) {
                throw new UnstorableValueException(p, "must be a date between 0001-01-01 and 9999-12-31",
                        value.toString(), LocalDate.class);
            }
            return value;
        }
    }
}
