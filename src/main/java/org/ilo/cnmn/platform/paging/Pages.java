package org.ilo.cnmn.platform.paging;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** Answers a page with its envelope and, while there is more, a {@code Link: <…>; rel="next"} header. */
public final class Pages {

    private Pages() {
    }

    public static <T> RestResponse<Page<T>> ok(Slice<T> slice, UriInfo uri) {
        return builder(slice, uri).build();
    }

    /** A page of items shown in the language {@code languageTag}, which the answer states in Content-Language. */
    public static <T> RestResponse<Page<T>> ok(Slice<T> slice, UriInfo uri, String languageTag) {
        return builder(slice, uri).header(HttpHeaders.CONTENT_LANGUAGE, languageTag).build();
    }

    private static <T> RestResponse.ResponseBuilder<Page<T>> builder(Slice<T> slice, UriInfo uri) {
        RestResponse.ResponseBuilder<Page<T>> response = RestResponse.ResponseBuilder.ok(slice.toPage());
        if (slice.nextCursor() != null) {
            String next = uri.getRequestUriBuilder().replaceQueryParam("cursor", slice.nextCursor()).build().toString();
            response.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return response;
    }
}
