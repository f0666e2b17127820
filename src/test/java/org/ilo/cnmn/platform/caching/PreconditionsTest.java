package org.ilo.cnmn.platform.caching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** If-Match on writes: strong comparison against any current ETag of the resource. */
class PreconditionsTest {

    private static final List<String> CURRENT = List.of("\"en-abc\"", "\"zh-def\"");

    private static ProblemType refusal(String ifMatch) {
        return assertThrows(ApiException.class, () -> Preconditions.requireMatch(ifMatch, CURRENT)).type();
    }

    @Test
    void aMissingOrBlankIfMatchIs428() {
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(null));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal(""));
        assertEquals(ProblemType.PRECONDITION_REQUIRED, refusal("  "));
    }

    @Test
    void theETagOfAnyCurrentRepresentationMatches() {
        assertDoesNotThrow(() -> Preconditions.requireMatch("\"en-abc\"", CURRENT));
        assertDoesNotThrow(() -> Preconditions.requireMatch("\"zh-def\"", CURRENT));
    }

    @Test
    void aListMatchesWhenOneOfItsTagsDoes() {
        assertDoesNotThrow(() -> Preconditions.requireMatch("\"old\", \"zh-def\"", CURRENT));
        assertDoesNotThrow(() -> Preconditions.requireMatch(" \"old\" ,\"en-abc\" ", CURRENT));
    }

    @Test
    void aStarMatchesAnyCurrentRepresentation() {
        assertDoesNotThrow(() -> Preconditions.requireMatch("*", CURRENT));
    }

    @Test
    void aStaleTagIs412() {
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"old\""));
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("en-abc"), "an unquoted tag is not the ETag");
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("\"en-abc"));
    }

    @Test
    void aWeakTagNeverMatches() {
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal("W/\"en-abc\""));
    }
}
