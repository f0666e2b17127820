package org.ilo.cnmn.platform.caching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether an invalidation channel is proven live: a probe sent through it at instant {@code t} came
 * back, so every invalidation committed before {@code t} has arrived, and {@code t} is less than
 * {@code maxSilence} ago. A cache may answer from what it knows only while this holds.
 */
public final class ChannelFreshness {

    private final Clock clock;
    private final Duration maxSilence;
    private final AtomicReference<Instant> provenUpTo = new AtomicReference<>();

    public ChannelFreshness(Clock clock, Duration maxSilence) {
        this.clock = clock;
        this.maxSilence = maxSilence;
    }

    /** A probe sent at {@code sentAt} has come back through the channel; proofs only move forward. */
    public void proven(Instant sentAt) {
        provenUpTo.accumulateAndGet(sentAt, (known, seen) -> known == null || seen.isAfter(known) ? seen : known);
    }

    /** The channel broke: nothing is proven until the next probe comes back. */
    public void lost() {
        provenUpTo.set(null);
    }

    public boolean live() {
        Instant proven = provenUpTo.get();
        return proven != null && clock.instant().isBefore(proven.plus(maxSilence));
    }
}
