package org.ilo.cnmn.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which address a request is charged to, behind zero or more trusted proxies. */
class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(
            List.of("127.0.0.1/32", "::1/128", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "2001:db8:aa::/48"));

    private String xff(String peer, String... headers) {
        return addresses.resolve(peer, ClientAddress.xForwardedFor(List.of(headers)));
    }

    private String forwarded(String peer, String... headers) {
        return addresses.resolve(peer, ClientAddress.forwardedFor(List.of(headers)));
    }

    @Test
    void ignoresForwardedHeadersFromAnUntrustedPeer() {
        assertEquals("203.0.113.7", xff("203.0.113.7", "198.51.100.1"));
        assertEquals("203.0.113.7", forwarded("203.0.113.7", "for=198.51.100.1"));
        assertEquals("2001:db8:bb::1", xff("2001:db8:bb::1", "198.51.100.1"));
    }

    @Test
    void takesTheAddressTheTrustedProxyAppendedNotTheOneTheClientForged() {
        assertEquals("203.0.113.5", xff("127.0.0.1", "1.1.1.1, 203.0.113.5"));
        assertEquals("203.0.113.5", xff("127.0.0.1", "9.9.9.9, 8.8.8.8, 203.0.113.5"));
    }

    @Test
    void walksLeftThroughSeveralTrustedProxies() {
        assertEquals("203.0.113.5", xff("10.0.0.1", "6.6.6.6, 203.0.113.5, 192.168.1.9, 172.16.4.4"));
    }

    @Test
    void joinsSeveralHeaderLinesInOrder() {
        assertEquals("203.0.113.5", xff("10.0.0.1", "6.6.6.6", "203.0.113.5, 10.1.1.1"));
        assertEquals("203.0.113.5", forwarded("10.0.0.1", "for=6.6.6.6", "for=203.0.113.5, for=10.2.2.2"));
    }

    @Test
    void answersTheLeftmostWhenEveryEntryIsTrusted() {
        assertEquals("10.9.9.9", xff("127.0.0.1", "10.9.9.9, 192.168.0.1"));
    }

    @Test
    void answersThePeerWithoutForwardedEntries() {
        assertEquals("127.0.0.1", xff("127.0.0.1"));
        assertEquals("127.0.0.1", xff("127.0.0.1", ""));
    }

    @Test
    void readsPortsAndIpv6() {
        assertEquals("203.0.113.5", xff("127.0.0.1", "203.0.113.5:41000"));
        assertEquals("2001:db8:cc:0:0:0:0:1", xff("127.0.0.1", "2001:db8:cc::1"));
        assertEquals("2001:db8:cc:0:0:0:0:1", xff("127.0.0.1", "[2001:db8:cc::1]:443"));
        assertEquals("203.0.113.5", xff("0:0:0:0:0:0:0:1", "203.0.113.5"));
        assertEquals("203.0.113.5", xff("::1", "::ffff:203.0.113.5"));
        assertEquals("203.0.113.5", xff("2001:db8:aa::7", "203.0.113.5, 2001:db8:aa::8"));
    }

    @Test
    void readsRfc7239QuotedValuesAndOtherParameters() {
        assertEquals("2001:db8:cc:0:0:0:0:1", forwarded("127.0.0.1", "for=\"[2001:db8:cc::1]:80\""));
        assertEquals("0:0:0:0:0:0:0:1", forwarded("127.0.0.1", "for=\"[::1]:80\""));
        assertEquals("203.0.113.5", forwarded("127.0.0.1", "for=6.6.6.6;proto=http, FOR=203.0.113.5;by=10.0.0.2;proto=https"));
        assertEquals("203.0.113.5", forwarded("127.0.0.1", "for=\"6.6.6.6, for=1.2.3.4\", for=203.0.113.5"));
    }

    @Test
    void keepsAnObfuscatedIdentifierAsTheClient() {
        assertEquals("_hidden-7", forwarded("127.0.0.1", "for=1.1.1.1, for=_hidden-7"));
        assertEquals("_hidden-7", forwarded("127.0.0.1", "for=\"_hidden-7\""));
    }

    @Test
    void chargesTheNearestTrustedHopWhenTheEntryIsUnknownOrGarbage() {
        assertEquals("10.0.0.4", forwarded("127.0.0.1", "for=1.1.1.1, for=unknown, for=10.0.0.4"));
        assertEquals("127.0.0.1", xff("127.0.0.1", "1.1.1.1, not an address"));
        assertEquals("127.0.0.1", xff("127.0.0.1", "1.1.1.1, 999.1.1.1"));
        assertEquals("127.0.0.1", xff("127.0.0.1", "1.1.1.1, example.org"));
        assertEquals("127.0.0.1", xff("127.0.0.1", "1.1.1.1, fe80::1%eth0"));
        assertEquals("127.0.0.1", xff("127.0.0.1", "1.1.1.1,"));
        assertEquals("127.0.0.1", forwarded("127.0.0.1", "by=10.0.0.2;proto=https"));
        assertEquals("127.0.0.1", forwarded("127.0.0.1", "for=\"unterminated"));
    }

    @Test
    void refusesTrustedProxiesThatAreNotAddresses() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("proxy.example.org")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/x")));
    }

    @Test
    void matchesPrefixesThatAreNotWholeBytes() {
        ClientAddress narrow = new ClientAddress(List.of("172.16.0.0/12"));
        assertEquals("203.0.113.5", narrow.resolve("172.31.255.255", List.of("203.0.113.5")));
        assertEquals("172.32.0.1", narrow.resolve("172.32.0.1", List.of("203.0.113.5")));
    }
}
