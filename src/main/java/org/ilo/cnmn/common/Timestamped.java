package org.ilo.cnmn.common;

import java.time.Instant;

/** A representation that knows when it last changed; its responses carry that as Last-Modified. */
public interface Timestamped {

    Instant lastUpdated();
}
