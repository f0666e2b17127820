package org.ilo.cnmn.platform.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.ilo.cnmn.IloConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.problem.ProblemType;

/**
 * Refuses request bodies over the configured size (ilo.http.max-body-bytes, 1 MiB by default) with
 * a 413 problem: at once when Content-Length says so, or as soon as a body sent in chunks grows past
 * it. The HTTP layer's own limit (quarkus.http.limits.max-body-size) is set higher, as a last resort.
 */
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(IloConfig config) {
        this.maxBytes = config.http().maxBodyBytes();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseLargeBodies(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (request.hasEntity()) {
                request.setEntityStream(new LimitedStream(request.getEntityStream(), maxBytes));
            }
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "Content-Length is not a number.");
        }
        if (bytes > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    private static ApiException tooLarge(long maxBytes) {
        return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than the "
                + maxBytes + " bytes accepted.");
    }

    /** Counts what is read and fails once more than the limit has come. */
    private static final class LimitedStream extends FilterInputStream {

        private final long maxBytes;
        private long read;

        LimitedStream(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
    }
}
