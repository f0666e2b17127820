package org.ilo.cnmn.platform.json;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ilo.cnmn.platform.problem.ProblemMapper;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A merged patch that does not read back as the resource is the client's body at fault: a 400 naming the field. */
public class PatchedBodies {

    @Inject ProblemMapper problems;

    @ServerExceptionMapper
    public Response unreadablePatchedBody(MergePatches.PatchedBodyException e, UriInfo uri) {
        return problems.unreadableBody(e.jsonError(), uri);
    }
}
