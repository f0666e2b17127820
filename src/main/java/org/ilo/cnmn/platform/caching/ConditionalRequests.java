package org.ilo.cnmn.platform.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ilo.cnmn.IloConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * HTTP validators and caching for every GET: a strong {@code ETag} (a hash of the bytes sent, or one
 * the resource computed for a streamed body), {@code Last-Modified}, {@code Cache-Control}, and 304
 * answers to {@code If-None-Match} / {@code If-Modified-Since} (RFC 9110 §13).
 *
 * Each replica remembers the validators it sent per request, tagged with the data version they
 * were computed at. While that version is current (see {@link DataVersion}) a conditional request
 * that matches is answered 304 before the resource method runs, so no query reaches the database.
 */
public class ConditionalRequests {

    private static final String SNAPSHOT = ConditionalRequests.class.getName() + ".snapshot";
    private static final String KEY = ConditionalRequests.class.getName() + ".key";
    /** IMF-fixdate (RFC 9110 §5.6.7), always two-digit days; RFC_1123_DATE_TIME still parses what clients send. */
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
            Locale.US).withZone(ZoneOffset.UTC);
    /** Compressed and identity bytes are different representations (RFC 9110 §8.8.3): caches must key on it. */
    private static final String VARY = "Accept, Accept-Language, Accept-Encoding";

    /** Validators of one representation, valid while the data version and the UTC day are unchanged. */
    private record Validators(long version, LocalDate day, String etag, Instant lastModified) {
    }

    private final DataVersion dataVersion;
    private final Representations representations;
    private final Cache<String, Validators> validators;
    private final String cacheControl;
    private final ContentCoding codings;

    public ConditionalRequests(DataVersion dataVersion, Representations representations, IloConfig config,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression,
            @ConfigProperty(name = "quarkus.http.compress-media-types") Optional<List<String>> compressMediaTypes) {
        this.codings = new ContentCoding(compression, compressMediaTypes.orElse(List.of()));
        this.dataVersion = dataVersion;
        this.representations = representations;
        this.validators = Caffeine.newBuilder().maximumSize(config.http().validatorCacheSize()).build();
        this.cacheControl = "public, max-age=" + config.http().maxAge()
                + ", stale-while-revalidate=" + config.http().staleWhileRevalidate();
    }

    @ServerRequestFilter
    public Response answerFromValidators(ContainerRequestContext request) {
        // Authenticated reads are private: never answered from the shared validator cache.
        if (!isRead(request) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return null;
        }
        Optional<DataVersion.Snapshot> snapshot = dataVersion.current();
        String key = key(request);
        request.setProperty(KEY, key);
        snapshot.ifPresent(s -> request.setProperty(SNAPSHOT, s));
        if (snapshot.isEmpty()) {
            return null;
        }
        // The coding the answer would have had; Content-Type is not known yet, so each coding keys its own entry.
        Validators known = validators.getIfPresent(key + "\n" + codings.of(MediaType.APPLICATION_JSON,
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING)));
        if (known == null || known.version() != snapshot.get().version() || !known.day().equals(today())) {
            return null;
        }
        if (!notModified(request, known.etag(), known.lastModified())) {
            return null;
        }
        return Response.notModified()
                .header(HttpHeaders.ETAG, known.etag())
                .header(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(known.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, VARY)
                .build();
    }

    @ServerResponseFilter
    public void addValidators(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isRead(request) || response.getStatus() != 200 || request.getProperty(KEY) == null) {
            String written = response.getHeaderString(HttpHeaders.ETAG);
            if (written != null && response.getStatus() < 300 && !isRead(request)) {
                // A write's answer names its bytes the way a GET does, so the two ETags compare equal.
                response.getHeaders().putSingle(HttpHeaders.ETAG, ContentCoding.etag(written, coding(request, response)));
            }
            if (response.getStatus() >= 400) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            }
            return;
        }
        DataVersion.Snapshot snapshot = (DataVersion.Snapshot) request.getProperty(SNAPSHOT);
        Instant lastModified = lastModified(response, snapshot);
        String etag = response.getHeaderString(HttpHeaders.ETAG);
        if (etag == null) {
            Object entity = response.getEntity();
            if (entity == null || entity instanceof StreamingOutput || entity instanceof byte[]
                    || !MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
                return;
            }
            byte[] body = representations.bytes(entity);
            etag = Representations.etag(body, response.getHeaderString(HttpHeaders.CONTENT_LANGUAGE));
            response.setEntity(body, null, response.getMediaType());
        }
        String coding = coding(request, response);
        etag = ContentCoding.etag(etag, coding);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, HTTP_DATE.format(lastModified));
        if (response.getHeaderString(HttpHeaders.CACHE_CONTROL) == null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        if (snapshot != null && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            validators.put(request.getProperty(KEY) + "\n" + coding,
                    new Validators(snapshot.version(), today(), etag, lastModified));
        }
        if (notModified(request, etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private String coding(ContainerRequestContext request, ContainerResponseContext response) {
        return codings.of(response.getMediaType() == null ? null : response.getMediaType().toString(),
                request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    }

    /** Formats an instant as an HTTP-date, for resources that set Last-Modified themselves. */
    public static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A strong validator for {@code body}: 144 bits of its SHA-256, base64url. */
    public static String etag(byte[] body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body)).substring(0, 24) + "\"";
    }

    /** A strong validator for a representation identified by text (a fingerprint of the data it shows). */
    public static String etag(String identity) {
        return etag(identity.getBytes(StandardCharsets.UTF_8));
    }

    private static Instant lastModified(ContainerResponseContext response, DataVersion.Snapshot snapshot) {
        String given = response.getHeaderString(HttpHeaders.LAST_MODIFIED);
        Instant now = Instant.now();
        Instant value;
        if (given != null) {
            value = ZonedDateTime.parse(given, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } else if (response.getEntity() instanceof Timestamped t && t.lastUpdated() != null) {
            value = t.lastUpdated();
        } else {
            // Lists and aggregates: the last committed change to any content.
            value = snapshot == null ? now : snapshot.changedAt();
        }
        return (value.isAfter(now) ? now : value).truncatedTo(ChronoUnit.SECONDS);
    }

    /** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since. */
    private static boolean notModified(ContainerRequestContext request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            // Weak comparison (RFC 9110 §8.8.3.2): W/"x" matches "x".
            String value = EntityTag.valueOf(etag).getValue();
            return EntityTags.anyMatch(ifNoneMatch, tag -> tag.getValue().equals(value));
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored (RFC 9110 §13.1.3)
            }
        }
        return false;
    }

    private static boolean isRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method))
                && request.getUriInfo().getPath().startsWith("/api/");
    }

    /** The representation a request selects: its URL and the headers that content negotiation reads. */
    private static String key(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri() + "\n" + request.getHeaderString(HttpHeaders.ACCEPT)
                + "\n" + request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
