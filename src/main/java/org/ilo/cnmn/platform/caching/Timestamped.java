package org.ilo.cnmn.platform.caching;

import java.time.Instant;

/** A representation that knows when it last changed; its responses carry that as Last-Modified. */
public interface Timestamped {

    Instant lastUpdated();
}
