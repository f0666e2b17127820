package org.ilo.cnmn.hostile;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One generated request, exactly as sent, and what the generator meant by it. */
final class HostileRequest {

    enum Target {
        /** A record of the seed content. */
        SEED,
        /** A record this test created for writes that may succeed. */
        OWN,
        /** An id that does not exist or is not an id at all. */
        HOSTILE,
        NONE
    }

    final long seed;
    final int index;
    final Contract.Op op;
    /** Path and query, percent-encoded as sent. */
    String url;
    /** The path of the targeted record (for writes). */
    String targetPath;
    Target target = Target.NONE;
    final List<Map.Entry<String, String>> headers = new ArrayList<>();
    String contentType;
    byte[] body;
    /** How the request was made, for the report. */
    final List<String> recipe = new ArrayList<>();
    /** Reasons the contract or API.md guarantee a refusal: a 2xx is then a defect. */
    final List<String> mustFail = new ArrayList<>();
    /** A valid write whose only oddity is hostile free text: it may succeed, so it is sent alone. */
    boolean benign;
    /**
     * A valid write but for one value the service must refuse by itself (non-string JSON in a string field, a lone
     * surrogate): sent alone too, as it would change the data if the service accepted it.
     */
    boolean strict;

    HostileRequest(long seed, int index, Contract.Op op) {
        this.seed = seed;
        this.index = index;
        this.op = op;
    }

    void header(String name, String value) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(name, value));
    }

    /** Sent alone (not in a concurrent window), because a service that accepts it changes the data. */
    boolean alone() {
        return benign || strict;
    }

    String header(String name) {
        return headers.stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    String describe(Map<String, String> secrets) {
        StringBuilder s = new StringBuilder();
        s.append("seed ").append(seed).append(" request #").append(index).append(": ").append(op.method()).append(' ')
                .append(printable(url, 600));
        if (url.length() > 600) {
            s.append(" (URL ").append(url.length()).append(" chars)");
        }
        for (Map.Entry<String, String> h : headers) {
            String value = h.getValue();
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                value = value.replace(secret.getKey(), secret.getValue());
            }
            s.append("\n      ").append(h.getKey()).append(": ").append(printable(value, 300));
        }
        if (contentType != null) {
            s.append("\n      Content-Type: ").append(printable(contentType, 200));
        }
        if (body != null) {
            s.append("\n      body (").append(body.length).append(" bytes): ")
                    .append(printable(new String(body, StandardCharsets.UTF_8), 700));
        }
        s.append("\n      generated as: ").append(String.join("; ", recipe));
        return s.toString();
    }

    /** Printable ASCII as it is, everything else as a Java escape; cut at {@code max} characters. */
    static String printable(String text, int max) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        if (out.length() >= max && text.length() > max) {
            out.append("…");
        }
        return out.toString();
    }
}
