package org.ilo.cnmn.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The text form of cursor values is lossless: what format writes, parse reads back equal. */
class ValueTypeTest {

    @Test
    void everyTypeReadsBackWhatItWrites() {
        assertRoundTrip(ValueType.TEXT, "Decent work, 'quoted' \u4e2d");
        assertRoundTrip(ValueType.DATE, LocalDate.of(2019, 6, 30));
        assertRoundTrip(ValueType.TIMESTAMP, Instant.parse("2026-11-22T10:15:30.123456Z"));
        assertRoundTrip(ValueType.REAL, 0.1f);
        assertRoundTrip(ValueType.REAL, Float.MIN_VALUE);
    }

    @Test
    void theJavaTypesAreWhatSqlYields() {
        assertEquals(String.class, ValueType.TEXT.javaType());
        assertEquals(LocalDate.class, ValueType.DATE.javaType());
        assertEquals(Instant.class, ValueType.TIMESTAMP.javaType());
        assertEquals(Float.class, ValueType.REAL.javaType());
    }

    @Test
    void textThatIsNotOfTheTypeThrows() {
        assertThrows(RuntimeException.class, () -> ValueType.DATE.parse("2019-02-30"));
        assertThrows(RuntimeException.class, () -> ValueType.TIMESTAMP.parse("2026-11-22"));
        assertThrows(RuntimeException.class, () -> ValueType.REAL.parse("abc"));
    }

    private static void assertRoundTrip(ValueType type, Object value) {
        assertEquals(value, type.parse(type.format(value)));
    }
}
