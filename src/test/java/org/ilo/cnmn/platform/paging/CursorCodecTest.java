package org.ilo.cnmn.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** The opaque cursor parameter: what was issued for a list comes back; anything else is a 400 naming cursor. */
class CursorCodecTest {

    private final TokenSigner signer = new TokenSigner(TokenSignerTest.config("test-key"));
    private final CursorCodec codec = new CursorCodec(signer, new ObjectMapper());

    private void assertRefused(String token, String scope) {
        ApiException e = assertThrows(ApiException.class, () -> codec.decode(token, scope));
        assertEquals(ProblemType.INVALID_PARAMETER, e.type());
        assertEquals("cursor", e.errors().get(0).name());
    }

    @Test
    void aCursorComesBackAsIssued() {
        Cursor cursor = new Cursor(List.of("2019-06-30", "Title, with \"quotes\" \u4e2d"), "p-1");
        assertEquals(cursor, codec.decode(codec.encode(cursor, "projects"), "projects"));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        assertRefused(codec.encode(new Cursor(List.of("a"), "p-1"), "projects"), "press-releases");
    }

    @Test
    void aSignedPayloadThatIsNotACursorIsRefused() {
        assertRefused(signer.sign("not json", "projects"), "projects");
        assertRefused(signer.sign("{\"v\":null,\"id\":\"p\"}", "projects"), "projects");
        assertRefused(signer.sign("{\"v\":[\"a\"]}", "projects"), "projects");
        assertRefused(signer.sign("{\"v\":[null],\"id\":\"p\"}", "projects"), "projects");
        assertRefused(signer.sign("{\"v\":\"a\",\"id\":\"p\"}", "projects"), "projects");
    }

    @Test
    void garbageIsRefused() {
        assertRefused("", "projects");
        assertRefused("abc", "projects");
        assertRefused("a.b", "projects");
    }
}
