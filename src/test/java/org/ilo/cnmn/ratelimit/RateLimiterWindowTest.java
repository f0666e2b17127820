package org.ilo.cnmn.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.ilo.cnmn.platform.ops.BackgroundFailures;
import org.ilo.cnmn.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The one-minute windows of one replica, decided in memory (no database: nothing here syncs). */
class RateLimiterWindowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:15Z"));
    private final RateLimiter limiter = new RateLimiter(null, clock, 100,
            new BackgroundFailures(new SimpleMeterRegistry()).task("rate-limit-sync"));

    @Test
    void admitsTheQuotaThenRefusesUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision d = limiter.acquire("a", 3);
            assertTrue(d.allowed());
            assertEquals(2 - i, d.remaining());
        }
        RateLimiter.Decision refused = limiter.acquire("a", 3);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(45, refused.resetSeconds(), "the window of 10:00 ends at 10:01");

        clock.advance(Duration.ofSeconds(44));
        assertFalse(limiter.acquire("a", 3).allowed(), "still the same window");
        assertEquals(1, limiter.acquire("a", 3).resetSeconds());

        clock.advance(Duration.ofSeconds(1));
        RateLimiter.Decision fresh = limiter.acquire("a", 3);
        assertTrue(fresh.allowed(), "a new window starts with the whole quota");
        assertEquals(2, fresh.remaining());
        assertEquals(60, fresh.resetSeconds());
    }

    @Test
    void clientsAreCountedApart() {
        assertTrue(limiter.acquire("a", 1).allowed());
        assertFalse(limiter.acquire("a", 1).allowed());
        assertTrue(limiter.acquire("b", 1).allowed());
    }

    @Test
    void aRefusedRequestIsNotCounted() {
        assertTrue(limiter.acquire("a", 2).allowed());
        assertTrue(limiter.acquire("a", 2).allowed());
        assertFalse(limiter.acquire("a", 2).allowed());
        assertFalse(limiter.acquire("a", 2).allowed());
        assertTrue(limiter.acquire("a", 3).allowed(), "a larger quota (a changed key) admits exactly one more");
        assertFalse(limiter.acquire("a", 3).allowed());
    }
}
