package org.ilo.cnmn.platform.ops;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.quarkus.micrometer.runtime.HttpServerMetricsTagsContributor;

/**
 * Latency histograms (Prometheus buckets) for HTTP requests, per route template and status; requests that
 * match no template share one {@code uri} label, so clients cannot grow the series (or exhaust
 * quarkus.micrometer.binder.http-server.max-uri-tags and stop real routes being measured).
 */
@Singleton
public class Metrics {

    /** Request-context key under which a handler names the uri label of a request that matched no route. */
    public static final String URI = Metrics.class.getName() + ".uri";
    /** The label of a request whose target cannot be routed at all. */
    public static final String INVALID = "INVALID";

    @Produces
    @Singleton
    public MeterFilter requestHistograms() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().startsWith("http.server.requests")) {
                    return DistributionStatisticConfig.builder().percentilesHistogram(true).build().merge(config);
                }
                return config;
            }
        };
    }

    @Produces
    @Singleton
    public HttpServerMetricsTagsContributor unroutedRequests() {
        // Tags.and lets a later tag replace the one Quarkus derived from the raw path.
        return context -> {
            String uri = context.requestContextLocalData(URI);
            return uri == null ? Tags.empty() : Tags.of("uri", uri);
        };
    }
}
