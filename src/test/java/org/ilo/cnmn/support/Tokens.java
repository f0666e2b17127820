package org.ilo.cnmn.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the dev key pair the test profile trusts (src/main/dev). */
public final class Tokens {

    public static final String ISSUER = "https://dev.ilo-cnmn.local/issuer";
    private static final PrivateKey DEV_KEY = readDevKey();

    private Tokens() {
    }

    public static String editor(String subject) {
        return sign(subject, Set.of("editor"), ISSUER, Instant.now().plus(Duration.ofMinutes(10)), DEV_KEY);
    }

    public static String withRoles(String subject, Set<String> roles) {
        return sign(subject, roles, ISSUER, Instant.now().plus(Duration.ofMinutes(10)), DEV_KEY);
    }

    public static String expiredEditor(String subject) {
        return sign(subject, Set.of("editor"), ISSUER, Instant.now().minus(Duration.ofMinutes(5)), DEV_KEY);
    }

    /** An editor token as an issuer whose clock runs ahead would mint it: issued at {@code issuedAt}, valid 10 minutes. */
    public static String editorIssuedAt(String subject, Instant issuedAt) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of("editor"))
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(10))).sign(DEV_KEY);
    }

    /** An editor token issued now that is valid only from {@code notBefore}. */
    public static String editorNotBefore(String subject, Instant notBefore) {
        return Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of("editor")).issuedAt(Instant.now())
                .claim("nbf", notBefore.getEpochSecond()).expiresAt(notBefore.plus(Duration.ofMinutes(10))).sign(DEV_KEY);
    }

    public static String editorFromAnotherIssuer(String subject) {
        return sign(subject, Set.of("editor"), "https://elsewhere.example/issuer",
                Instant.now().plus(Duration.ofMinutes(10)), DEV_KEY);
    }

    public static String editorSignedByAnotherKey(String subject) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(subject, Set.of("editor"), ISSUER, Instant.now().plus(Duration.ofMinutes(10)),
                    generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String subject, Set<String> roles, String issuer, Instant expires, PrivateKey key) {
        return Jwt.issuer(issuer).subject(subject).upn(subject).groups(roles)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(10))).expiresAt(expires).sign(key);
    }

    private static PrivateKey readDevKey() {
        try {
            String pem = Files.readString(Path.of("src", "main", "dev", "jwt-dev-private.pem"), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the dev signing key", e);
        }
    }
}
