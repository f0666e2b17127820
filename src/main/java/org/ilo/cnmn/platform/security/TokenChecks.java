package org.ilo.cnmn.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What smallrye-jwt does not check on a verified token. It checks {@code exp} and {@code nbf} with
 * {@code mp.jwt.verify.clock.skew} but never looks at {@code iat} being ahead, so a token minted with a clock a
 * day fast would be accepted; the same skew bounds it here. And its base64url decoder skips characters outside
 * the alphabet, so a token with bytes inserted still verified: a compact JWS is three base64url parts, exactly.
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final long clockSkewSeconds;
    private final Clock clock;

    @Inject
    public TokenChecks(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds,
            Clock clock) {
        this.clockSkewSeconds = clockSkewSeconds;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            if (jwt.getRawToken() == null || !COMPACT_JWS.matcher(jwt.getRawToken()).matches()) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token is not a compact JWS"));
            }
            if (fromTheFuture(jwt)) {
                return Uni.createFrom().failure(new AuthenticationFailedException("token issued in the future"));
            }
        }
        return Uni.createFrom().item(identity);
    }

    boolean fromTheFuture(JsonWebToken jwt) {
        long latest = Instant.now(clock).getEpochSecond() + clockSkewSeconds;
        return seconds(jwt.getClaim("iat")) > latest || seconds(jwt.getClaim("nbf")) > latest;
    }

    /** A NumericDate claim in seconds; an absent one counts as the epoch (never in the future). */
    private static long seconds(Object claim) {
        if (claim instanceof Number n) {
            return n.longValue();
        }
        return claim instanceof JsonNumber n ? n.longValue() : 0;
    }
}
