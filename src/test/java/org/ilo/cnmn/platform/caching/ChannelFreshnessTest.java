package org.ilo.cnmn.platform.caching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The rule that lets a validator cache answer 304s: a heartbeat sent less than max-silence ago came back. */
class ChannelFreshnessTest {

    static final Instant T0 = Instant.parse("2027-03-01T12:00:00Z");

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    final ManualClock clock = new ManualClock();
    final ChannelFreshness freshness = new ChannelFreshness(clock, Duration.ofSeconds(1));

    @Test
    void isNotLiveBeforeAnyHeartbeatCameBack() {
        assertFalse(freshness.live());
    }

    @Test
    void isLiveForLessThanMaxSilenceAfterTheHeartbeatWasSent() {
        freshness.proven(clock.instant());
        clock.advance(Duration.ofMillis(999));
        assertTrue(freshness.live());
        clock.advance(Duration.ofMillis(1));
        assertFalse(freshness.live(), "exactly max-silence after the send proves nothing any more");
    }

    @Test
    void countsFromWhenTheHeartbeatWasSentNotWhenItCameBack() {
        Instant sent = clock.instant();
        clock.advance(Duration.ofMillis(800));
        freshness.proven(sent);
        clock.advance(Duration.ofMillis(300));
        assertFalse(freshness.live(), "a heartbeat that took 800 ms to come back proves only 200 ms more");
    }

    @Test
    void aLateEchoOfAnOlderHeartbeatDoesNotShortenTheProof() {
        Instant older = clock.instant();
        clock.advance(Duration.ofMillis(500));
        freshness.proven(clock.instant());
        freshness.proven(older);
        clock.advance(Duration.ofMillis(900));
        assertTrue(freshness.live());
    }

    @Test
    void staysDeadAfterTheChannelIsLostUntilTheNextHeartbeat() {
        freshness.proven(clock.instant());
        freshness.lost();
        assertFalse(freshness.live());
        freshness.proven(clock.instant());
        assertTrue(freshness.live());
    }

    @Test
    void aSilentChannelIsDeadOnceHeartbeatsStopComingBack() {
        for (int beat = 0; beat < 8; beat++) {
            freshness.proven(clock.instant());
            clock.advance(Duration.ofMillis(250));
            assertTrue(freshness.live(), "heartbeat " + beat);
        }
        clock.advance(Duration.ofMillis(750));
        assertFalse(freshness.live(), "silence: the last heartbeat went out a second ago");
    }
}
