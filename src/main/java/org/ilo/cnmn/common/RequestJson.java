package org.ilo.cnmn.common;

import java.io.IOException;
import java.time.LocalDate;
import java.util.function.Predicate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
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
                .addDeserializer(String.class, new Storable<>(String.class, StringDeserializer.instance,
                        text -> text.indexOf('\u0000') < 0, "must not contain the character U+0000"))
                .addDeserializer(LocalDate.class, new Storable<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        RequestJson::storable, "must be a date between 0001-01-01 and 9999-12-31")));
    }

    /** Whether PostgreSQL's date type holds it (and the API's YYYY-MM-DD form can write it). */
    public static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** Reads a value with {@code delegate}, then refuses it with {@code reason} unless it is {@code storable}. */
    private static final class Storable<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> delegate;
        private final Predicate<T> storable;
        private final String reason;

        Storable(Class<T> type, JsonDeserializer<T> delegate, Predicate<T> storable, String reason) {
            super(type);
            this.delegate = delegate;
            this.storable = storable;
            this.reason = reason;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = delegate.deserialize(p, ctxt);
            if (value != null && !storable.test(value)) {
                throw new UnstorableValueException(p, reason, value.toString(), handledType());
            }
            return value;
        }
    }
}
