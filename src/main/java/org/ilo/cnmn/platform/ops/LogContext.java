package org.ilo.cnmn.platform.ops;

/** Names of what every log line of a request carries (the MDC), shared by whoever sets and reads them. */
public final class LogContext {

    /** The request's id, as X-Request-Id answers it. */
    public static final String REQUEST_ID = "requestId";

    private LogContext() {
    }
}
