package org.ilo.cnmn.platform.paging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.ilo.cnmn.IloConfig;

/**
 * Makes opaque tokens (paging cursors, change tokens) tamper-evident: {@code payload.mac}, both
 * base64url, where the MAC covers the payload and a scope (which list and query it belongs to).
 * Stateless, so any replica sharing the key accepts what another issued.
 */
@ApplicationScoped
public class TokenSigner {

    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    public TokenSigner(IloConfig config) {
        this.key = new SecretKeySpec(config.signingKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(String payload, String scope) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(data) + "." + ENCODER.encodeToString(mac(data, scope));
    }

    /** The payload, or empty when the token was not issued by this service for this scope. */
    public Optional<String> verify(String token, String scope) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] data = DECODER.decode(token.substring(0, dot));
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(data, scope))) {
                return Optional.empty();
            }
            return Optional.of(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] data, String scope) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(data), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
