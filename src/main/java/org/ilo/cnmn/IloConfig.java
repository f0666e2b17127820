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

    /**
     * How long one statement of a streamed export may run (its cursor's first fetch sorts every row),
     * instead of the per-request database bounds; a silent database stalls an export this long at most.
     */
    @WithDefault("60s")
    Duration exportStatementTimeout();

    /** HTTP caching of public reads. */
    Http http();

    /** /api/v1/search. */
    Search search();

    interface Search {

        /**
         * How many of the newest rows a search branch reads in date order looking for a page of hits
         * before it takes all its matches from the text index instead (see SearchQueries).
         */
        @WithDefault("1000")
        int walkRows();

        /** A search whose planner estimate is above this reports that estimate as its total instead of counting. */
        @WithDefault("10000")
        long exactTotalUpTo();
    }

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

    /** The data-version listener that keeps each replica's validator cache honest (see DataVersion). */
    DataVersionListener dataVersion();

    interface DataVersionListener {

        /**
         * JDBC URL the listener connects to; the datasource URL when unset. Set it where the datasource
         * goes through a transaction-pooling proxy (such as PgBouncer), which cannot carry LISTEN.
         */
        Optional<String> listenUrl();

        /** How often the listener sends a heartbeat through its channel and waits for it to come back. */
        @WithDefault("250ms")
        Duration heartbeatInterval();

        /** Validators are trusted only while a heartbeat sent less than this long ago has come back. */
        @WithDefault("1s")
        Duration maxSilence();
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
