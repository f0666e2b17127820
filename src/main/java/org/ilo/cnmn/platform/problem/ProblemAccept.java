package org.ilo.cnmn.platform.problem;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A client that accepts application/problem+json (generated clients send it, sometimes alone, for operations whose
 * only body is an error) must get the 204 or the error it asked about, not a 406 from matching the resource's
 * media types. So matching is widened for such a request, and a read whose body the client's own Accept does
 * not take is turned into the 406 afterwards: errors are problem+json anyway and a 204 has no body to refuse.
 * A write that succeeded keeps its answer (RFC 9110 §12.5.1 lets a server disregard Accept): a 406 would claim
 * that nothing happened.
 */
public class ProblemAccept {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);
    private static final String ORIGINAL_ACCEPT = ProblemAccept.class.getName() + ".accept";
    // Lowest preference, so that a client that also names a media type the resource produces still gets that one.
    private static final String ANY = "*/*;q=0.001";
    private static final List<String> REPRESENTATION_HEADERS = List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
            HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CONTENT_LOCATION, HttpHeaders.LOCATION, HttpHeaders.LINK,
            "Content-Disposition");

    @ServerRequestFilter(preMatching = true)
    public void widenAcceptForProblems(ContainerRequestContext request) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<MediaType> acceptable;
        try {
            acceptable = request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            // Unusable, so disregarded (RFC 9110 §12.5.1): as if the client had sent none.
            request.getHeaders().remove(HttpHeaders.ACCEPT);
            return;
        }
        if (HttpMethod.DELETE.equals(request.getMethod())) {
            // A 204 has no body to refuse, and an error is problem+json whatever the client asked for.
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, MediaType.WILDCARD);
        } else if (acceptable.stream().anyMatch(m -> !m.isWildcardType() && accepts(m, PROBLEM))) {
            request.setProperty(ORIGINAL_ACCEPT, acceptable);
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", " + ANY);
        }
    }

    /** Before the validators are added (response filters run from the highest priority down). */
    @ServerResponseFilter(priority = Priorities.USER + 1000)
    public void refuseUnacceptableSuccess(ContainerRequestContext request, ContainerResponseContext response) {
        @SuppressWarnings("unchecked")
        List<MediaType> acceptable = (List<MediaType>) request.getProperty(ORIGINAL_ACCEPT);
        MediaType produced = response.getMediaType();
        if (acceptable == null || !(HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod()))
                || response.getStatus() >= 300 || !response.hasEntity() || produced == null
                || acceptable.stream().anyMatch(m -> accepts(m, produced))) {
            return;
        }
        String detail = "None of the media types in the Accept header can be produced here; this operation answers "
                + produced.getType() + "/" + produced.getSubtype() + ".";
        for (String header : REPRESENTATION_HEADERS) {
            response.getHeaders().remove(header);
        }
        ProblemResponse problem = ProblemResponse.of(ProblemType.NOT_ACCEPTABLE, detail, request.getUriInfo().getPath());
        response.setStatus(problem.status());
        response.setEntity(problem.body(), null, PROBLEM);
        problem.headers().forEach(response.getHeaders()::putSingle);
    }

    /** Whether the Accept range takes {@code type}: compatible and not excluded with q=0. */
    private static boolean accepts(MediaType range, MediaType type) {
        String q = range.getParameters().get("q");
        try {
            return range.isCompatible(type) && (q == null || Double.parseDouble(q) > 0);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
