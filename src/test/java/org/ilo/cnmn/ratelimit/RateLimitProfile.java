package org.ilo.cnmn.ratelimit;

import java.util.Map;
import java.util.Set;

import org.ilo.cnmn.support.MutableClock;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small quotas, so tests can use them up, and a clock the tests move (a quota window never ends mid-test). */
public class RateLimitProfile implements QuarkusTestProfile {

    static final int ANONYMOUS_QUOTA = 8;

    @Override
    public String getConfigProfile() {
        return "test";
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("ilo.rate-limit.anonymous-per-minute", String.valueOf(ANONYMOUS_QUOTA),
                "ilo.rate-limit.sync-interval", "100ms");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }
}
