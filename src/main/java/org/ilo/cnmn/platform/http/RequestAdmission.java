package org.ilo.cnmn.platform.http;

import io.vertx.ext.web.RoutingContext;

/**
 * A check that must also see the requests {@link HttpHygiene} answers itself because no route can take
 * them (a malformed target), such as a quota; the feature that owns the check implements it as a bean.
 */
public interface RequestAdmission {

    /** False when the request has been answered instead, and must not be answered again. */
    boolean admit(RoutingContext ctx);
}
