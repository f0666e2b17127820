package org.ilo.cnmn.content;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.ilo.cnmn.platform.caching.Representations;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.RestResponse;

/** How the content resources answer a write: the stored item in English, with the ETag a GET would send. */
@ApplicationScoped
public class ContentResponses {

    private final Representations representations;

    public ContentResponses(Representations representations) {
        this.representations = representations;
    }

    /** 200 with {@code item} as stored now. */
    public <T> RestResponse<T> written(T item) {
        return headers(RestResponse.ResponseBuilder.ok(item), item);
    }

    /** 201 with {@code item}, created at {@code location}. */
    public <T> RestResponse<T> created(URI location, T item) {
        return headers(RestResponse.ResponseBuilder.<T> created(location).entity(item), item);
    }

    private <T> RestResponse<T> headers(RestResponse.ResponseBuilder<T> response, T item) {
        return response.header(HttpHeaders.ETAG, representations.etag(item, Language.EN))
                .header(HttpHeaders.CONTENT_LANGUAGE, Language.EN.tag()).build();
    }

    /** The language of a translations path ({@code /translations/{lang}}); 404 unless it is one. */
    public static Language translation(String lang) {
        return Language.translation(lang).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND, "There are no '"
                + lang + "' translations; the languages are zh and mn (English is the resource itself)."));
    }
}
