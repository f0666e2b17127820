package org.ilo.cnmn.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.Optional;

import org.ilo.cnmn.IloConfig;
import org.junit.jupiter.api.Test;

/** Tamper-evident tokens: what one signer issued for a scope verifies there, and nothing else does. */
class TokenSignerTest {

    /** A configuration with only the signing key (the one thing the signer reads). */
    static IloConfig config(String signingKey) {
        return (IloConfig) Proxy.newProxyInstance(IloConfig.class.getClassLoader(), new Class<?>[] { IloConfig.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("signingKey")) {
                        return signingKey;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private final TokenSigner signer = new TokenSigner(config("test-key"));

    @Test
    void aTokenVerifiesInItsScopeAndGivesItsPayloadBack() {
        String payload = "{\"v\":[\"2019-06-30\"],\"id\":\"p-1\",\"t\":\"\u4e2d\u6587\"}";
        String token = signer.sign(payload, "projects|-startDate");
        assertTrue(token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "base64url, no padding: " + token);
        assertEquals(Optional.of(payload), signer.verify(token, "projects|-startDate"));
    }

    @Test
    void aTokenOfAnotherScopeOrKeyDoesNotVerify() {
        String token = signer.sign("x", "projects|-startDate");
        assertTrue(signer.verify(token, "projects|title").isEmpty());
        assertTrue(new TokenSigner(config("other-key")).verify(token, "projects|-startDate").isEmpty());
    }

    @Test
    void theScopeCannotBeShiftedIntoThePayload() {
        assertNotEquals(signer.sign("bc", "a").split("\\.")[1], signer.sign("c", "ab").split("\\.")[1]);
    }

    @Test
    void aChangedPayloadOrMacDoesNotVerify() {
        String token = signer.sign("{\"id\":\"p-1\"}", "s");
        String[] parts = token.split("\\.");
        String otherPayload = signer.sign("{\"id\":\"p-2\"}", "s").split("\\.")[0];
        assertTrue(signer.verify(otherPayload + "." + parts[1], "s").isEmpty());
        char last = parts[1].charAt(parts[1].length() - 1);
        String flipped = parts[1].substring(0, parts[1].length() - 1) + (last == 'A' ? 'B' : 'A');
        assertTrue(signer.verify(parts[0] + "." + flipped, "s").isEmpty());
        assertTrue(signer.verify(parts[0] + ".", "s").isEmpty());
    }

    @Test
    void garbageIsRefusedNotThrown() {
        for (String garbage : new String[] { "", ".", "abc", ".abc", "a.b.c", "!!!.###", "a b.c d", "\u0000.\u0000",
                "\ud800.x" }) {
            assertTrue(signer.verify(garbage, "s").isEmpty(), garbage);
        }
    }
}
