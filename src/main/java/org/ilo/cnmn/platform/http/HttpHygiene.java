package org.ilo.cnmn.platform.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.runtime.HeaderConfig;
import io.quarkus.vertx.http.runtime.VertxHttpConfig;
import org.ilo.cnmn.IloConfig;
import org.jboss.logging.MDC;
import org.ilo.cnmn.platform.ops.LogContext;
import org.ilo.cnmn.platform.ops.Metrics;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.problem.ProblemResponse;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.problem.ProblemWriter;

/**
 * What every response gets before anything else runs: a request id (the client's when well-formed,
 * else a new one; also in every log line as %X{requestId}), the security headers configuration cannot
 * give (quarkus.http.header gives the fixed ones), CORS — reads from any origin, writes only from the
 * configured ones — and a 503 for new requests once shutdown has begun.
 * A request whose target Vert.x Web cannot route (say {@code %zz}) reaches no route: it gets the same
 * headers, passes every {@link RequestAdmission} (the client's quota) and is answered with a problem here.
 */
@ApplicationScoped
public class HttpHygiene {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern WELL_FORMED_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    private static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    private static final String READ_HEADERS = "Accept, Accept-Language, If-None-Match, If-Modified-Since, "
            + "X-API-Key, X-Request-Id";
    private static final String WRITE_HEADERS = READ_HEADERS + ", Authorization, Content-Type, If-Match";
    private static final String EXPOSED = "ETag, Last-Modified, Link, Location, Content-Language, Retry-After, "
            + "RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, X-Request-Id";

    private final Set<String> writeOrigins;
    private final Optional<String> hsts;
    private final ProblemWriter problems;
    private final ShutdownGate shutdownGate;
    private final Instance<RequestAdmission> admissions;
    private final Map<String, HeaderConfig> configuredHeaders;

    public HttpHygiene(IloConfig config, ProblemWriter problems, ShutdownGate shutdownGate,
            Instance<RequestAdmission> admissions, VertxHttpConfig http) {
        this.writeOrigins = Set.copyOf(config.cors().writeOrigins().orElse(List.of()));
        this.hsts = config.http().hstsMaxAge().map(age -> "max-age=" + age + "; includeSubDomains");
        this.problems = problems;
        this.shutdownGate = shutdownGate;
        this.admissions = admissions;
        this.configuredHeaders = Map.copyOf(http.header());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 10).handler(this::handle);
        router.errorHandler(400, this::malformed);
    }

    private void malformed(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.get(LogContext.REQUEST_ID) == null) {
            // Vert.x Web failed the request before any route ran, quarkus.http.header's included.
            configuredHeaders.forEach((name, header) -> ctx.response().putHeader(name, header.value()));
            stamp(ctx);
        }
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(Metrics.URI, Metrics.INVALID);
        }
        if (admissions.stream().allMatch(admission -> admission.admit(ctx))) {
            problems.write(ctx, ProblemType.BAD_REQUEST, "The request target or a header is malformed "
                    + "(for example an invalid percent-encoding or a character not allowed in a URL); "
                    + "encode the request as RFC 9110 and RFC 3986 require.");
        }
    }

    /** The request id and the security headers that depend on the path or on an optional setting. */
    private void stamp(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        String given = ctx.request().getHeader(REQUEST_ID);
        String id = given != null && WELL_FORMED_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.put(LogContext.REQUEST_ID, id);
        MDC.put(LogContext.REQUEST_ID, id);
        String path = ProblemWriter.path(ctx);
        response.putHeader(REQUEST_ID, id)
                .putHeader("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui") ? UI_CSP : API_CSP);
        hsts.ifPresent(value -> response.putHeader("Strict-Transport-Security", value));
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        stamp(ctx);
        if (!validTarget(request.uri())) {
            malformed(ctx);
            return;
        }
        String acceptLanguage = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (acceptLanguage != null && !Language.wellFormedAcceptLanguage(acceptLanguage)) {
            // Unusable means no preference, for every reader: Hibernate Validator parses it too, and throws.
            request.headers().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
        if (!shutdownGate.open()) {
            response.putHeader("Connection", "close");
            problems.write(ctx, ProblemResponse.unavailable("The service is shutting down; retry in a moment.",
                    ProblemWriter.path(ctx)));
            return;
        }

        String origin = request.getHeader("Origin");
        if (origin == null) {
            ctx.next();
            return;
        }
        String preflightMethod = request.getHeader("Access-Control-Request-Method");
        if (request.method() == HttpMethod.OPTIONS && preflightMethod != null) {
            preflight(ctx, origin, HttpMethod.valueOf(preflightMethod.trim().toUpperCase()));
            return;
        }
        if (READS.contains(request.method())) {
            response.putHeader("Access-Control-Allow-Origin", "*").putHeader("Access-Control-Expose-Headers", EXPOSED);
        } else if (writeOrigins.contains(origin)) {
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin")
                    .putHeader("Access-Control-Expose-Headers", EXPOSED);
        } else {
            // Defence in depth: a browser page from another origin must not write, even without a preflight.
            problems.write(ctx, ProblemType.FORBIDDEN, "Writes are accepted only from the configured origins.");
            return;
        }
        ctx.next();
    }

    /**
     * The check Quarkus makes before routing (a java.net.URI must accept the target); with
     * -Dvertx.disableURIValidation=true Quarkus leaves it to us, so the answer can be a problem, not a bare 400.
     */
    private static boolean validTarget(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void preflight(RoutingContext ctx, String origin, HttpMethod method) {
        HttpServerResponse response = ctx.response().setStatusCode(204).putHeader("Access-Control-Max-Age", "600");
        if (READS.contains(method)) {
            response.putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD")
                    .putHeader("Access-Control-Allow-Headers", READ_HEADERS);
        } else if (writeOrigins.contains(origin)) {
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin")
                    .putHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, PUT, PATCH, DELETE")
                    .putHeader("Access-Control-Allow-Headers", WRITE_HEADERS);
        }
        response.end();
    }
}
