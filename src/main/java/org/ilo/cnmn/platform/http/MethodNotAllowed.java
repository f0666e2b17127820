package org.ilo.cnmn.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.ilo.cnmn.platform.problem.ProblemMapper;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A 405 says which methods the path does answer (RFC 9110 §15.5.6). */
public class MethodNotAllowed {

    @Inject AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        String allow = String.join(", ", allowedMethods.on(uri.getPath()));
        return ProblemMapper.problem(ProblemType.METHOD_NOT_ALLOWED, "This resource supports " + allow + ".", uri,
                null).with(HttpHeaders.ALLOW, allow).toResponse();
    }
}
