package org.ilo.cnmn.platform.paging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ilo.cnmn.platform.problem.ApiException;

/** Turns a {@link Cursor} into the opaque {@code cursor} parameter and back. */
@ApplicationScoped
public class CursorCodec {

    private record Payload(List<String> v, String id) {
    }

    private final TokenSigner signer;
    private final ObjectMapper mapper;

    public CursorCodec(TokenSigner signer, ObjectMapper mapper) {
        this.signer = signer;
        this.mapper = mapper;
    }

    /** @param scope identifies the list, sort and filters the cursor is valid for */
    public String encode(Cursor cursor, String scope) {
        try {
            return signer.sign(mapper.writeValueAsString(new Payload(cursor.values(), cursor.id())), scope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Decodes {@code token}, or answers 400 naming {@code cursor} when it was altered or belongs elsewhere. */
    public Cursor decode(String token, String scope) {
        String json = signer.verify(token, scope).orElseThrow(() -> ApiException.invalidParameter("cursor",
                "is not a cursor issued for this list, sort order and filters; start again without it"));
        try {
            Payload p = mapper.readValue(json, Payload.class);
            if (p.v() == null || p.id() == null || p.v().contains(null)) {
                throw ApiException.invalidParameter("cursor", "is malformed");
            }
            return new Cursor(p.v(), p.id());
        } catch (JsonProcessingException e) {
            throw ApiException.invalidParameter("cursor", "is malformed");
        }
    }
}
