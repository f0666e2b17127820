package org.ilo.cnmn.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is writing: the subject of the request's bearer token, as the audit trail records it. */
@RequestScoped
public class Editors {

    @Inject JsonWebToken token;

    public String current() {
        String subject = token.getSubject();
        return subject != null ? subject : token.getName();
    }
}
