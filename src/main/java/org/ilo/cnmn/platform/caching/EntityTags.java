package org.ilo.cnmn.platform.caching;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.EntityTag;

/** The list an If-Match or If-None-Match header carries (RFC 9110 §13.1), its tags read by JAX-RS. */
final class EntityTags {

    /** JAX-RS' EntityTag.valueOf also takes unquoted or half-quoted text, which is no entity-tag and matches nothing. */
    private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"[^\"]*\"");

    private EntityTags() {
    }

    /** Whether the list is {@code *} (which EntityTag cannot tell from the tag "*") or has a tag that {@code matches}. */
    static boolean anyMatch(String header, Predicate<EntityTag> matches) {
        for (String item : header.split(",")) {
            String tag = item.trim();
            if (tag.equals("*") || (ENTITY_TAG.matcher(tag).matches() && matches.test(EntityTag.valueOf(tag)))) {
                return true;
            }
        }
        return false;
    }
}
