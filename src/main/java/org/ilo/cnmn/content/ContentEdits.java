package org.ilo.cnmn.content;

import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.JsonNode;
import org.ilo.cnmn.platform.params.Language;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.security.Editors;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What the content resources' write methods share: the editor's write through {@link ContentWrites}, answered
 * with the item as stored now, in English, with the ETag a GET would send.
 */
@ApplicationScoped
public class ContentEdits {

    @Inject ContentWrites writes;
    @Inject Editors editors;

    /** 201 with the created item, at {@code uri}/its id. */
    public <E, W extends ItemWrite<W>, R> RestResponse<R> create(ContentType<E, W, R> type, W body, UriInfo uri,
            Function<R, String> id) {
        R created = writes.create(type, body, editors.current());
        return headers(type, RestResponse.ResponseBuilder.<R> created(uri.getAbsolutePathBuilder()
                .path(id.apply(created)).build()).entity(created), created);
    }

    public <E, W extends ItemWrite<W>, R> RestResponse<R> replace(ContentType<E, W, R> type, String id, W body,
            String ifMatch) {
        return written(type, writes.replace(type, id, body, ifMatch, editors.current()));
    }

    public <E, W extends ItemWrite<W>, R> RestResponse<R> patch(ContentType<E, W, R> type, String id, JsonNode patch,
            String ifMatch) {
        return written(type, writes.patch(type, id, patch, ifMatch, editors.current()));
    }

    public <E, W, R> RestResponse<R> update(ContentType<E, W, R> type, String id, String ifMatch,
            UnaryOperator<W> change) {
        return written(type, writes.update(type, id, ifMatch, editors.current(), change));
    }

    public void delete(ContentType<?, ?, ?> type, String id, String ifMatch) {
        writes.delete(type, id, ifMatch, editors.current());
    }

    /** The translation into {@code lang}, a path segment: 404 unless it is a language items are translated into. */
    public <E, W extends ItemWrite<W>, R> RestResponse<R> translate(ContentType<E, W, R> type, String id, String lang,
            TranslationDto translation, String ifMatch) {
        Language language = Language.translation(lang).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "There are no '" + lang + "' translations; the languages are zh and mn (English is the resource itself)."));
        return written(type, writes.translate(type, id, language, translation, ifMatch, editors.current()));
    }

    /**
     * These writes to the items of {@code type}, for a resource declared once for several kinds: RESTEasy cannot
     * resolve a resource's type variable bounded by itself (as ItemWrite's is), so the bound stays here.
     */
    public <E, W extends ItemWrite<W>, R> Items<W, R> items(ContentType<E, W, R> type, Function<R, String> id) {
        return new Items<>() {
            @Override
            public String label() {
                return type.kind.label;
            }

            @Override
            public RestResponse<R> create(W body, UriInfo uri) {
                return ContentEdits.this.create(type, body, uri, id);
            }

            @Override
            public RestResponse<R> replace(String itemId, W body, String ifMatch) {
                return ContentEdits.this.replace(type, itemId, body, ifMatch);
            }

            @Override
            public RestResponse<R> patch(String itemId, JsonNode patch, String ifMatch) {
                return ContentEdits.this.patch(type, itemId, patch, ifMatch);
            }

            @Override
            public void delete(String itemId, String ifMatch) {
                ContentEdits.this.delete(type, itemId, ifMatch);
            }

            @Override
            public RestResponse<R> translate(String itemId, String lang, TranslationDto translation, String ifMatch) {
                return ContentEdits.this.translate(type, itemId, lang, translation, ifMatch);
            }
        };
    }

    /** The edits of one kind's items, written as {@code W} and answered as {@code R}. */
    public interface Items<W, R> {

        /** As problems name the kind. */
        String label();

        RestResponse<R> create(W body, UriInfo uri);

        RestResponse<R> replace(String id, W body, String ifMatch);

        RestResponse<R> patch(String id, JsonNode patch, String ifMatch);

        void delete(String id, String ifMatch);

        RestResponse<R> translate(String id, String lang, TranslationDto translation, String ifMatch);
    }

    private static <R> RestResponse<R> written(ContentType<?, ?, R> type, R item) {
        return headers(type, RestResponse.ResponseBuilder.ok(item), item);
    }

    private static <R> RestResponse<R> headers(ContentType<?, ?, R> type, RestResponse.ResponseBuilder<R> response,
            R item) {
        return response.header(HttpHeaders.ETAG, type.etag(item))
                .header(HttpHeaders.CONTENT_LANGUAGE, Language.EN.tag()).build();
    }
}
