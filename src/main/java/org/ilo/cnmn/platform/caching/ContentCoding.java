package org.ilo.cnmn.platform.caching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.netty.handler.codec.compression.StandardCompressionOptions;
import io.netty.handler.codec.http.HttpContentCompressor;

/**
 * The content coding a response will be sent in: the compressible media types Quarkus is configured with,
 * and Netty's own Accept-Encoding negotiation (the compressor Vert.x installs, with Quarkus' default
 * gzip and deflate), so that a strong ETag can name the coding of exactly the bytes sent.
 */
public final class ContentCoding {

    private static final Set<String> CODINGS = Set.of("gzip", "deflate");

    /** Only to ask Netty's negotiation; it never sits in a pipeline. */
    private static final class Negotiation extends HttpContentCompressor {
        Negotiation() {
            super(StandardCompressionOptions.gzip(), StandardCompressionOptions.deflate());
        }

        String choose(String acceptEncoding) {
            return determineEncoding(acceptEncoding);
        }
    }

    private final boolean enabled;
    private final Set<String> mediaTypes;
    private final Negotiation negotiation = new Negotiation();

    public ContentCoding(boolean enabled, List<String> mediaTypes) {
        this.enabled = enabled;
        this.mediaTypes = mediaTypes.stream().map(t -> t.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    /** "gzip", "deflate", or null when a response of {@code mediaType} is sent as it is. */
    public String of(String mediaType, String acceptEncoding) {
        if (!enabled || mediaType == null || acceptEncoding == null) {
            return null;
        }
        String essence = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return mediaTypes.contains(essence) ? negotiation.choose(acceptEncoding) : null;
    }

    /** The strong ETag of the coded bytes: {@code "tag"} becomes {@code "tag-gzip"} (as Apache httpd does). */
    public static String etag(String etag, String coding) {
        if (coding == null || !etag.endsWith("\"")) {
            return etag;
        }
        return etag.substring(0, etag.length() - 1) + "-" + coding + "\"";
    }

    /** The ETag of the representation before coding: every coding of it is the same for If-Match. */
    public static String uncoded(String etag) {
        for (String coding : CODINGS) {
            String suffix = "-" + coding + "\"";
            if (etag.endsWith(suffix)) {
                return etag.substring(0, etag.length() - suffix.length()) + "\"";
            }
        }
        return etag;
    }
}
