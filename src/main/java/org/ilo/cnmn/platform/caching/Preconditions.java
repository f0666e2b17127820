package org.ilo.cnmn.platform.caching;

import java.util.Collection;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/** If-Match for writes (RFC 9110 §13.1.1): required here, so that no edit silently overwrites another. */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Passes when {@code ifMatch} names one of the current strong ETags (any language's representation)
     * or is {@code *}; 428 when it is missing, 412 when it is stale.
     */
    public static void requireMatch(String ifMatch, Collection<String> current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the ETag of the "
                    + "representation you are changing (GET it first), so that no edit overwrites another.");
        }
        // Weak validators never match for If-Match (strong comparison); a coded one ("…-gzip") names the
        // same representation as the identity bytes, so a client may send the ETag of any coding it read.
        if (EntityTags.anyMatch(ifMatch, tag -> !tag.isWeak() && (current.contains(tag.toString())
                || current.contains(ContentCoding.uncoded(tag.toString()))))) {
            return;
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED, "The resource has changed since you read it "
                + "(If-Match does not match its current ETag); GET it again and reapply your change.");
    }
}
