package org.ilo.cnmn.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.time.Instant;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ilo.cnmn.platform.ops.BackgroundFailures;
import org.ilo.cnmn.support.MutableClock;
import org.junit.jupiter.api.Test;

/** A sync that cannot reach the database is counted as a background failure, and the counts stay local. */
class RateLimiterSyncFailureTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AgroalDataSource unreachable = (AgroalDataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] { AgroalDataSource.class }, (proxy, method, args) -> {
                throw new SQLException("Connection refused", "08001");
            });
    private final RateLimiter limiter = new RateLimiter(unreachable, new MutableClock(Instant.parse("2026-11-23T10:00:15Z")),
            100, new BackgroundFailures(registry).task("rate-limit-sync"));

    @Test
    void countsEveryFailedSyncAndKeepsEnforcingTheQuotaLocally() {
        limiter.acquire("a", 2);
        limiter.syncQuietly();
        limiter.syncQuietly();

        assertEquals(2.0, registry.get("ilo.background.failures").tag("task", "rate-limit-sync").counter().count());
        assertEquals(0, limiter.acquire("a", 2).remaining(), "the unsent count still counts");
    }
}
