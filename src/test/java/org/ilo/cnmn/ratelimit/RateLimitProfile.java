package org.ilo.cnmn.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small quotas, so tests can use them up. */
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
}
