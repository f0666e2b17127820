package org.ilo.cnmn.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.netty.util.NetUtil;

/**
 * The address a request is charged to: the direct peer, or, when the peer is a trusted proxy, the
 * rightmost forwarded address that is not itself a trusted proxy (RFC 7239 §5.2 semantics for both
 * {@code Forwarded} and {@code X-Forwarded-For}). Entries left of it were written by the client and
 * are never believed. Quarkus' own forwarded parser takes the leftmost entry, which a client
 * chooses, hence this class.
 */
public final class ClientAddress {

    private static final Pattern OBFUSCATED = Pattern.compile("_[A-Za-z0-9._-]{1,64}");

    private final List<Block> trusted;

    /** {@code trustedProxies}: CIDR blocks or single addresses, as in quarkus.http.proxy.trusted-proxies. */
    public ClientAddress(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::trim).filter(s -> !s.isEmpty()).map(Block::parse).toList();
    }

    /**
     * @param peer the direct peer's address (a literal)
     * @param hops the forwarded entries in header order (leftmost first), each an address, an address with a
     *        port, a bracketed IPv6 address, an obfuscated identifier, or anything a client sent
     */
    public String resolve(String peer, List<String> hops) {
        InetAddress current = literal(peer);
        if (current == null || !isTrusted(current)) {
            return peer;
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = stripPort(hops.get(i).trim());
            InetAddress address = literal(hop);
            if (address == null) {
                // A trusted proxy wrote this entry: an obfuscated identifier names its client; "unknown" or
                // anything unreadable leaves the nearest trusted hop as the best address we have.
                return OBFUSCATED.matcher(hop).matches() ? hop : current.getHostAddress();
            }
            current = address;
            if (!isTrusted(address)) {
                return address.getHostAddress();
            }
        }
        return current.getHostAddress();
    }

    /** The {@code for=} value of each element of RFC 7239 {@code Forwarded} headers, in order; "" where absent. */
    public static List<String> forwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String element : splitOutsideQuotes(header, ',')) {
                String value = "";
                for (String pair : splitOutsideQuotes(element, ';')) {
                    int eq = pair.indexOf('=');
                    if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                        value = unquote(pair.substring(eq + 1).trim());
                    }
                }
                hops.add(value);
            }
        }
        return hops;
    }

    /** The entries of {@code X-Forwarded-For} headers, in order. */
    public static List<String> xForwardedFor(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",", -1)) {
                hops.add(entry.trim());
            }
        }
        return hops;
    }

    private boolean isTrusted(InetAddress address) {
        for (Block block : trusted) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** An IP literal, never resolved through DNS; null for anything else. */
    private static InetAddress literal(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (bare.indexOf('%') >= 0) {
            return null;
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(bare);
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** "1.2.3.4:80" → "1.2.3.4", "[::1]:80" → "[::1]"; a bare IPv6 address has no port. */
    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(0, end + 1);
        }
        int colon = hop.indexOf(':');
        return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return value;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && quoted && i + 1 < text.length()) {
                part.append(c);
                c = text.charAt(++i);
            } else if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
                continue;
            }
            part.append(c);
        }
        parts.add(part.toString());
        return parts;
    }

    private record Block(byte[] network, int prefix) {

        static Block parse(String cidr) {
            int slash = cidr.indexOf('/');
            InetAddress address = literal(slash < 0 ? cidr : cidr.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("A trusted proxy must be an address or a CIDR block: " + cidr);
            }
            byte[] bytes = address.getAddress();
            int prefix;
            try {
                prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + cidr, e);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("Not a CIDR prefix length: " + cidr);
            }
            return new Block(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
