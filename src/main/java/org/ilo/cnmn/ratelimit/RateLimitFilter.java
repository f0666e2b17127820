package org.ilo.cnmn.ratelimit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.apikey.ApiKeyService;
import org.ilo.cnmn.platform.http.RequestAdmission;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.problem.ProblemWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Quotas per partner key ({@code X-API-Key}) or, without one, per client address, on every
 * /api request: RateLimit-Limit/-Remaining/-Reset on each answer, 429 with Retry-After beyond the
 * quota. The client address is chosen by {@link ClientAddress} from the proxies Quarkus is told to trust. Decided in memory (see {@link RateLimiter}); an unknown or revoked key is a 401.
 */
@ApplicationScoped
public class RateLimitFilter implements RequestAdmission {

    public static final String API_KEY = "X-API-Key";

    private final RateLimiter limiter;
    private final ApiKeyService keys;
    private final ProblemWriter problems;
    private final boolean enabled;
    private final int anonymousQuota;
    private final Counter keyRejections;
    private final Counter anonymousRejections;
    private final ClientAddress clientAddress;
    private final boolean forwarding;
    private final boolean allowForwarded;
    private final boolean allowXForwarded;

    public RateLimitFilter(RateLimiter limiter, ApiKeyService keys, ProblemWriter problems, IloConfig config,
            MeterRegistry registry,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies,
            @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.allow-forwarded", defaultValue = "false") boolean allowForwarded,
            @ConfigProperty(name = "quarkus.http.proxy.allow-x-forwarded") Optional<Boolean> allowXForwarded) {
        this.limiter = limiter;
        this.keys = keys;
        this.problems = problems;
        this.enabled = config.rateLimit().enabled();
        this.anonymousQuota = config.rateLimit().anonymousPerMinute();
        this.keyRejections = Counter.builder("ilo.rate.limit.rejections").tag("client", "api-key")
                .description("Requests refused with 429").register(registry);
        this.anonymousRejections = Counter.builder("ilo.rate.limit.rejections").tag("client", "anonymous")
                .description("Requests refused with 429").register(registry);
        this.clientAddress = new ClientAddress(trustedProxies.orElse(List.of()));
        this.forwarding = forwarding;
        this.allowForwarded = allowForwarded;
        // Quarkus' own default: X-Forwarded-* is read when Forwarded is not.
        this.allowXForwarded = allowXForwarded.orElse(!allowForwarded);
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE + 20).handler(this::handle);
    }

    private static final String CHARGED = RateLimitFilter.class.getName() + ".charged";

    private void handle(RoutingContext ctx) {
        if (admit(ctx)) {
            ctx.next();
        }
    }

    /**
     * Charges the request to its client once; false when it was answered instead (401 for an unknown key,
     * 429 beyond the quota).
     */
    @Override
    public boolean admit(RoutingContext ctx) {
        if (ctx.get(CHARGED) != null) {
            return true;
        }
        ctx.put(CHARGED, Boolean.TRUE);
        String secret = ctx.request().getHeader(API_KEY);
        String client;
        int quota;
        if (secret != null) {
            Optional<ApiKeyService.Holder> holder = keys.resolve(secret.trim());
            if (holder.isEmpty()) {
                problems.write(ctx, ProblemWriter.problem(ctx, ProblemType.UNAUTHORIZED, "The X-API-Key is not a "
                        + "valid key (unknown or revoked); send a valid one, or none for the anonymous quota.")
                        .with("WWW-Authenticate", "ApiKey realm=\"ilo-cnmn\""));
                return false;
            }
            client = "key:" + holder.get().id();
            quota = holder.get().quotaPerMinute();
        } else {
            client = "ip:" + clientAddress(ctx.request());
            quota = anonymousQuota;
        }
        if (!enabled) {
            return true;
        }
        RateLimiter.Decision decision = limiter.acquire(client, quota);
        ctx.response()
                .putHeader("RateLimit-Limit", String.valueOf(decision.limit()))
                .putHeader("RateLimit-Remaining", String.valueOf(decision.remaining()))
                .putHeader("RateLimit-Reset", String.valueOf(decision.resetSeconds()));
        if (!decision.allowed()) {
            (secret != null ? keyRejections : anonymousRejections).increment();
            problems.write(ctx, ProblemWriter.problem(ctx, ProblemType.TOO_MANY_REQUESTS, "The quota of "
                    + decision.limit() + " requests per minute is used up; retry in " + decision.resetSeconds()
                    + " seconds" + (secret == null ? ", or ask for a partner API key." : "."))
                    .with("Retry-After", String.valueOf(decision.resetSeconds())));
            return false;
        }
        return true;
    }

    private String clientAddress(HttpServerRequest request) {
        // The socket's peer: request.remoteAddress() is already Quarkus' (leftmost) forwarded address.
        String peer = request.connection().remoteAddress().hostAddress();
        if (!forwarding) {
            return peer;
        }
        List<String> forwarded = request.headers().getAll("Forwarded");
        if (allowForwarded && !forwarded.isEmpty()) {
            return clientAddress.resolve(peer, ClientAddress.forwardedFor(forwarded));
        }
        List<String> xForwardedFor = request.headers().getAll("X-Forwarded-For");
        if (allowXForwarded && !xForwardedFor.isEmpty()) {
            return clientAddress.resolve(peer, ClientAddress.xForwardedFor(xForwardedFor));
        }
        return peer;
    }
}
