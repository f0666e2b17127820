package org.ilo.cnmn;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * The public base URL the contract's {@code servers} names (for example https://api.ilo.example), as
     * clients reach the service behind its proxy. Absent: the relative "/", which OpenAPI resolves against
     * wherever the document was fetched from, that is the request's own origin.
     */
    Optional<String> publicBaseUrl();

    /** Page size when a list request gives no {@code limit}. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest {@code limit} a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();

    /** HTTP caching of public reads. */
    Http http();

    /** Per-client request quotas. */
    RateLimit rateLimit();

    interface RateLimit {

        /** Whether quotas are enforced at all. */
        @WithDefault("true")
        boolean enabled();

        /** Requests per minute for a client address that sends no API key. */
        @WithDefault("600")
        int anonymousPerMinute();

        /** Requests per minute for a new API key when its creator gives no quota. */
        @WithDefault("6000")
        int keyDefaultPerMinute();

        /** How often each replica adds its counts to the shared ones and reads the totals back. */
        @WithDefault("250ms")
        Duration syncInterval();
    }

    /** Which browser origins may write (CORS); reads are open to every origin. */
    Cors cors();

    interface Cors {

        /** Origins (scheme://host[:port]) whose pages may send writes; none by default. */
        Optional<List<String>> writeOrigins();
    }

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

        /** Strict-Transport-Security max-age in seconds; set it only when clients reach the service over TLS. */
        Optional<Long> hstsMaxAge();

        /** How many validators (ETag, Last-Modified per request URL) each replica remembers. */
        @WithDefault("10000")
        int validatorCacheSize();
    }
}
