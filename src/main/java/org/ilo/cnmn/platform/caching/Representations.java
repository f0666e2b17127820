package org.ilo.cnmn.platform.caching;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.params.Language;

/**
 * The bytes and strong ETag of a JSON representation, computed one way for GET responses and for the
 * If-Match checks of writes, so that an ETag a client read is exactly the one a write compares with.
 */
@ApplicationScoped
public class Representations {

    @Inject ObjectMapper mapper;

    public byte[] bytes(Object entity) {
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + entity.getClass().getSimpleName(), e);
        }
    }

    /** The ETag of {@code body} served as {@code contentLanguage} (null when it has none). */
    public static String etag(byte[] body, String contentLanguage) {
        if (contentLanguage == null) {
            return ConditionalRequests.etag(body);
        }
        byte[] prefix = (contentLanguage + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        return ConditionalRequests.etag(all);
    }

    public String etag(Object entity, Language language) {
        return etag(bytes(entity), language.tag());
    }

    /** The ETags of a resource's representation in every language: any of them may come back in If-Match. */
    public Set<String> etags(Function<Language, Object> representation) {
        Set<String> etags = new HashSet<>();
        for (Language language : Language.values()) {
            etags.add(etag(representation.apply(language), language));
        }
        return etags;
    }
}
