package org.ilo.cnmn.platform.ops;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

/**
 * Failures of work no request waits for (listeners, syncs, reloads): each one is counted in
 * {@code ilo_background_failures_total{task}} and a streak of them is logged at WARN.
 */
@ApplicationScoped
public class BackgroundFailures {

    private static final Logger LOG = Logger.getLogger(BackgroundFailures.class);

    private final MeterRegistry registry;

    public BackgroundFailures(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The failures of one task; registered at once, so the counter is there (at 0) before anything fails. */
    public Task task(String name) {
        return new Task(name, Counter.builder("ilo.background.failures").tag("task", name)
                .description("Failed runs of background work").register(registry));
    }

    /** One background task's record of failures. */
    public static final class Task {

        private final String name;
        private final Counter failures;
        private final AtomicInteger streak = new AtomicInteger();

        private Task(String name, Counter failures) {
            this.name = name;
            this.failures = failures;
        }

        /**
         * Counts a failure; only the first of a streak is a WARN, because a task that retries every few
         * hundred milliseconds through an outage would otherwise flood the log with the same line.
         */
        public void failed(String consequence, Throwable e) {
            failures.increment();
            if (streak.getAndIncrement() == 0) {
                LOG.warnf("%s failed (%s); %s", name, e, consequence);
            } else {
                LOG.debugf("%s failed again (%s)", name, e);
            }
        }

        /** The task ran; ends a streak of failures, if there was one. */
        public void succeeded() {
            int failed = streak.getAndSet(0);
            if (failed > 0) {
                LOG.infof("%s works again after %d failed attempt(s)", name, failed);
            }
        }
    }
}
