package org.ilo.cnmn.platform.json;

import org.ilo.cnmn.platform.problem.FieldReason;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses, while a body is read, values that are valid JSON but that PostgreSQL cannot store: text with
 * U+0000 or with a lone surrogate (JSON's "\ud800" escape, which the UTF-8 encoder would store as '?'),
 * and dates outside the years 1 to 9999 (ISO 8601 allows "+169087565-03-15"). Caught here they are a 400
 * naming the field instead of a failed statement or a silently changed value. Scalars are never coerced
 * into another type ({@code "summary": 5} is not the text "5"), so each such value is a 400 as well.
 */
@Singleton
public class RequestJson implements ObjectMapperCustomizer {

    /** A well-formed value that cannot be stored; {@link #reason()} says why, for the problem's field error. */
    public static final class UnstorableValueException extends InvalidFormatException implements FieldReason {
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
        // "{}{}" is not one JSON document; Jackson would read the first value and ignore the rest
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        refuseCoercion(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuseCoercion(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuseCoercion(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuseCoercion(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float);
        // java.time would read a number as an epoch day or second
        refuseCoercion(mapper, LogicalType.DateTime, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        mapper.registerModule(new SimpleModule("storable-values")
                .addDeserializer(String.class, new Storable<>(String.class, StringDeserializer.instance,
                        RequestJson::unstorableText))
                .addDeserializer(LocalDate.class, new Storable<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                        date -> storable(date) ? null : "must be a date between 0001-01-01 and 9999-12-31")));
    }

    private static void refuseCoercion(ObjectMapper mapper, LogicalType target, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** Why PostgreSQL cannot store {@code text} as it is, or null when it can. */
    static String unstorableText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the character U+0000";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text: it contains a lone surrogate (U+" + Integer.toHexString(c)
                        .toUpperCase(Locale.ROOT) + ")";
            }
        }
        return null;
    }

    /** Whether PostgreSQL's date type holds it (and the API's YYYY-MM-DD form can write it). */
    public static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    /** Reads a value with {@code delegate}, then refuses it when {@code unstorable} gives a reason. */
    private static final class Storable<T> extends StdScalarDeserializer<T> {
        private final JsonDeserializer<T> delegate;
        private final Function<T, String> unstorable;

        Storable(Class<T> type, JsonDeserializer<T> delegate, Function<T, String> unstorable) {
            super(type);
            this.delegate = delegate;
            this.unstorable = unstorable;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = delegate.deserialize(p, ctxt);
            String reason = value == null ? null : unstorable.apply(value);
            if (reason != null) {
                throw new UnstorableValueException(p, reason, value.toString(), handledType());
            }
            return value;
        }
    }
}
