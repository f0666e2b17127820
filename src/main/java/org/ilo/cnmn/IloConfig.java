package org.ilo.cnmn;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (application.properties, overridable by ILO_* environment variables). */
@ConfigMapping(prefix = "ilo")
public interface IloConfig {

    /**
     * Key that signs paging cursors and change tokens so that tampered ones are rejected.
     * Every replica must share it; rotating it invalidates cursors and tokens in flight.
     */
    String signingKey();

    /** Page size when a list request gives no {@code limit}. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest {@code limit} a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** HTTP caching of public reads. */
    Http http();

    interface Http {

        /** Seconds a shared cache may serve a read without revalidating ({@code Cache-Control: max-age}). */
        @WithDefault("60")
        int maxAge();

        /** Seconds a cache may keep serving a stale read while it revalidates in the background. */
        @WithDefault("300")
        int staleWhileRevalidate();

        /** Largest request body accepted, in bytes; larger ones are a 413. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** How many validators (ETag, Last-Modified per request URL) each replica remembers. */
        @WithDefault("10000")
        int validatorCacheSize();
    }
}
