package org.ilo.cnmn.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * A clock that stands still until a test moves it. A CDI alternative to the service's clock, enabled by the test
 * profiles that need it ({@code getEnabledAlternatives}); plain unit tests create their own.
 */
@Alternative
@Singleton
public class MutableClock extends Clock {

    private volatile Instant now;

    public MutableClock() {
        this(Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)));
    }

    public MutableClock(Instant start) {
        this.now = start;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
