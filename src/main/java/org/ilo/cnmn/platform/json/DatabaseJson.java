package org.ilo.cnmn.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How Hibernate reads and writes jsonb columns: with the application's Jackson setup (java.time
 * support), but tolerant of properties a newer schema may have added, because the database is the
 * source of truth here, unlike request bodies.
 */
@JsonFormat
@PersistenceUnitExtension
@Singleton
public class DatabaseJson implements FormatMapper {

    private final FormatMapper delegate;

    public DatabaseJson(ObjectMapper mapper) {
        this.delegate = new JacksonJsonFormatMapper(
                mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));
    }

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return delegate.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return delegate.toString(value, type, options);
    }
}
