package org.ilo.cnmn.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** The sort parameter, the total order it gives and the keyset condition that continues it. */
class SortSpecTest {

    private static final Map<String, SortKey> KEYS = Map.of(
            "title", new SortKey("title", "v.title", ValueType.TEXT),
            "startDate", new SortKey("startDate", "v.start_date", ValueType.DATE));

    private static SortSpec parse(String raw) {
        return SortSpec.parse(raw, "-startDate", KEYS, "v.id");
    }

    private static ApiException refusal(String raw) {
        ApiException e = assertThrows(ApiException.class, () -> parse(raw));
        assertEquals(ProblemType.INVALID_PARAMETER, e.type());
        assertEquals("sort", e.errors().get(0).name());
        return e;
    }

    @Test
    void withoutSortTheDefaultApplies() {
        assertEquals("-startDate", parse(null).canonical());
    }

    @Test
    void keysKeepTheirOrderAndDirection() {
        SortSpec spec = parse(" title , -startDate ");
        assertEquals("title,-startDate", spec.canonical());
        assertEquals("v.title ASC, v.start_date DESC, v.id ASC", spec.orderBy());
        assertEquals(", v.title AS k0, v.start_date AS k1", spec.keyColumns());
    }

    @Test
    void theIdAlwaysBreaksTies() {
        assertTrue(parse("title").orderBy().endsWith(", v.id ASC"));
    }

    @Test
    void unknownEmptyAndRepeatedKeysAreA400NamingSort() {
        assertTrue(refusal("popularity").errors().get(0).reason().contains("startDate, title"),
                "the reason lists the keys there are");
        refusal("");
        refusal("title,");
        refusal("--title");
        refusal("title,-title");
    }

    @Test
    void theCursorAfterARowCarriesItsSortValuesAsText() {
        Cursor cursor = parse("-startDate,title").cursorAfter(List.of(LocalDate.of(2019, 6, 30), "B"), "p-1");
        assertEquals(new Cursor(List.of("2019-06-30", "B"), "p-1"), cursor);
    }

    @Test
    void theKeysetContinuesStrictlyAfterTheCursor() {
        SqlWhere where = new SqlWhere();
        parse("-startDate").addKeyset(where, new Cursor(List.of("2019-06-30"), "p-1"));
        // Cursor values are one-row subqueries, so that a cursor page keeps its statement's generic plan.
        assertEquals(" WHERE (v.start_date <= (SELECT CAST(:p2 AS date))) AND (v.start_date < (SELECT CAST(:p1 AS date))"
                + " OR (v.start_date = (SELECT CAST(:p1 AS date)) AND (v.id > (SELECT CAST(:p0 AS text)))))", where.sql());
    }

    @Test
    void aCursorOfAnotherOrderOrWithMalformedValuesIsA400NamingCursor() {
        ApiException wrongSize = assertThrows(ApiException.class,
                () -> parse("-startDate,title").addKeyset(new SqlWhere(), new Cursor(List.of("2019-06-30"), "p-1")));
        assertEquals("cursor", wrongSize.errors().get(0).name());
        ApiException malformed = assertThrows(ApiException.class,
                () -> parse("-startDate").addKeyset(new SqlWhere(), new Cursor(List.of("yesterday"), "p-1")));
        assertEquals("cursor", malformed.errors().get(0).name());
    }
}
