package org.ilo.cnmn.platform.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Closes the door on SIGTERM: from then on new requests are refused with 503 (see {@link HttpHygiene})
 * while Quarkus lets the ones in flight finish (quarkus.shutdown.timeout).
 */
@ApplicationScoped
public class ShutdownGate {

    private volatile boolean open = true;

    void start(@Observes StartupEvent event) {
        // Shutdown hooks run together, so this closes as soon as the JVM is asked to stop.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> open = false, "shutdown-gate"));
    }

    public boolean open() {
        return open;
    }
}
