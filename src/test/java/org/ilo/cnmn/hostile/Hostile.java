package org.ilo.cnmn.hostile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Hostile values from value lists and small generators over one seeded {@link RandomGenerator}: the same seed
 * gives the same values in the same order.
 */
final class Hostile {

    /** Draws one value from the generator it is given. */
    @FunctionalInterface
    interface Gen<T> {
        T next(RandomGenerator random);
    }

    /** One choice of {@link #weighted}, drawn with a probability proportional to its weight. */
    record Weighted<T>(int weight, T value) {
    }

    static <T> Weighted<T> w(int weight, T value) {
        return new Weighted<>(weight, value);
    }

    static final List<String> INJECTION = List.of(
            "'; DROP TABLE project; --", "Robert'); DROP TABLE press_release;--", "' OR 1=1 --", "' OR '1'='1",
            "\" OR \"\"=\"", "1 OR 1=1", "') OR ('a'='a", "' UNION SELECT NULL, version(), NULL --",
            "'; SELECT pg_sleep(0); --", "$$; DROP TABLE theme; $$", "E'\\x00'", "1::int", "\\'; --", "%' AND '%'='",
            "_%", "'||(SELECT current_user)||'", "1; UPDATE project SET title='pwned'",
            "{\"$gt\": \"\"}", "{\"$where\": \"sleep(100)\"}", "[$ne]=1", "'; return true; var x='",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>",
            "<!--", "]]>", "<![CDATA[x]]>",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
            "&amp;&lt;&gt;&#0;&#x202E;", "${7*7}", "{{7*7}}", "#{7*7}", "<%= 7*7 %>", "${jndi:ldap://127.0.0.1/a}",
            "{{constructor.constructor('return 1')()}}", "#set($x=7*7)${x}", "*{7*7}", "@(7*7)", "${{7*7}}",
            "../../etc/passwd", "..\\..\\..\\windows\\win.ini", "....//....//etc/passwd", "/etc/passwd%00.json",
            "%00", "%2e%2e%2f%2e%2e%2f", "file:///etc/passwd", "|| ls", "; ls -la", "$(id)", "`id`",
            "\r\nX-Injected: 1", "a\r\n\r\n<html>", "%s%s%s%n", "%x%x", "{0}", "\\N",
            "null", "NULL", "undefined", "None", "nil", "true", "false", "NaN", "-Infinity",
            "__proto__", "constructor", "prototype",
            "AND", "OR", "NOT", "&", "|", "!", "<->", ":*", "(", ")", "\"", "'", "\"\"", "''", "-", "--", "- -",
            "\"unbalanced", "OR OR OR", "a & b | !c <-> d:*", "\\", "\\\\", "'\\''", "-\"\"", "\"-\"",
            "*", "?", "#", "=", "+", ",", ";", ".", "..", "/", "//", "%", "%25", "~", "^", "[", "]", "{", "}");

    static final List<String> UNICODE = List.of(
            "\u202Eevil\u202C", "\u202Etxt.exe", "\u200D", "a\u200Db", "\u200B", "\u200B\u200B\u200B", "\u2060",
            "\uFEFF", "\uFEFFCN", "e\u0301", "Z\u0351\u0360\u0361\u0362\u0363\u0364\u0365\u0366",
            "a" + "\u0300".repeat(200), "\uD83D\uDC4D\uD83C\uDFFD", "\uD83D\uDC69\uD83C\uDFFF\u200D\uD83D\uDE80",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08",
            "\uD83C\uDDE8\uD83C\uDDF3\uD83C\uDDF2\uD83C\uDDF3", "\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD800y",
            "\uDBFF\uDFFF", "\uFF11\uFF12\uFF13", "\uFF12\uFF10\uFF11\uFF19-\uFF10\uFF11-\uFF10\uFF11", "\uFF23\uFF2E",
            "\u0663", "\u0966\u0967", "\u216B", "\u00BD", "\u0000", "a\u0000b", "\u0007", "\r\n", "\u001B[31mred",
            "\u007F", "\u0085", "\u2028", "\u2029", "\uFFFD", "\uFFFE", "\uFFFF", "\u0130", "\u0131", "\u00DF",
            "\uFB01", "\u212B", "A\u030A", "\u2126", "\u4E2D\u534E\u4EBA\u6C11\u5171\u548C\u56FD",
            "\u041C\u043E\u043D\u0433\u043E\u043B \u0423\u043B\u0441", "\u182E\u1823\u1829\u182D\u1823\u182F",
            "\u180E", "\u05E2\u05D1\u05E8\u05D9\u05EA", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
            "\uD835\uDD73\uD835\uDD8A\uD835\uDD91\uD835\uDD91\uD835\uDD94", "\uD841\uDF0E\uD841\uDF31", "\u3000",
            "\u00A0", "\u1680", "\u00AD", "\u034F", "\uDB40\uDC01");

    static final List<String> DATES = List.of(
            "2019-02-30", "2019-13-01", "2019-00-10", "2019-1-1", "19-01-01", "0000-00-00", "0000-01-01", "-0001-01-01",
            "+10000-01-01", "99999-12-31", "+999999999-12-31", "-999999999-01-01", "2019/01/01", "01/02/2019",
            "2019-01-01T00:00:00Z", "2019-01-01 ", " 2019-01-01", "\uFF12\uFF10\uFF11\uFF19-01-01", "2019-01-01\u0000",
            "20190101", "2019-W01-1", "2019-001", "today", "now", "1e10", "2019-01-32", "2019-02-29", "1900-02-29",
            "2000-02-29", "2019-06-31", "0001-01-01", "9999-12-31", "2019-01-01,2019-01-02", "2019-01-01'; --");

    static final List<String> INSTANTS = List.of(
            "2026-11-22T10:15:30", "2026-11-22", "2026-11-22T25:00:00Z", "2026-11-22T10:60:00Z",
            "2026-11-22T10:15:30+99:00", "2026-11-22T10:15:30+14:01", "2026-11-22T10:15:30.1234567891Z",
            "+292278994-08-17T07:12:55.807Z", "-292275055-05-16T16:47:04.192Z", "+1000000000-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:60Z", "2026-11-22t10:15:30z",
            "2026-11-22T10:15:30 Z", "2026-11-22T10:15:30Z[Europe/Paris]", "1637576130", "-1", "2026-11-22T10:15:30.Z",
            "2026-11-22T10:15:30,5Z", "2026-11-22 10:15:30Z", "2026-02-30T00:00:00Z", "2026-11-22T10:15:30-00:00",
            "2026-11-22T10:15:30+05:30");

    static final List<String> INTEGERS = List.of(
            "0", "-1", "101", "1001", "2147483648", "-2147483649", "9223372036854775808", "99999999999999999999999999",
            "1.5", "1e2", "1E2", "0x10", "010", "+5", " 5", "5 ", "5\u0000", "\uFF11\uFF10", "\u0665", "5abc", "",
            "NaN", "Infinity", "-0", "00000000000000000000001", "1,2", "[]", "{}", "true", "1_000", "0b1", "１e１");

    /** Percent-encoded octets, sent as they are: NUL, invalid and overlong UTF-8, encoded surrogates, separators. */
    static final List<String> RAW_PERCENT = List.of(
            "%00", "%FF", "%FE%FF", "%C0%AE%C0%AE%C0%AF", "%C0%80", "%ED%A0%80", "%ED%BF%BF", "%F4%90%80%80",
            "%F8%88%80%80%80", "%E2%80%AE", "%EF%BB%BF", "%0D%0A", "%0A", "%09", "%25", "%2525", "%252e%252e%252f",
            "%26", "%3D", "%23", "%2C%2C%2C", "+", "++", "%2B", "%20", ";", ",", "%2F..%2F..%2Fetc%2Fpasswd", "%5C",
            "%C3%28", "%A0%A1", "%E2%28%A1", "%F0%28%8C%28", "%80", "%BF", "%FC%80%80%80%80%80");

    static final List<String> WHITESPACE = List.of("", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000",
            "\u200B", " \t \n ", "\u0085", "\u2028");

    /** The characters Java counts as whitespace or space separators. */
    static final String WHITESPACE_CHARS = " \t\n\u000B\f\r\u001C\u001D\u001E\u001F\u00A0\u1680\u2000\u2001\u2002"
            + "\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    static final List<Integer> INT_EDGES = List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE,
            Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 100, 101, 1000, 1001);

    static final List<Long> LONG_EDGES = List.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1,
            (long) Integer.MAX_VALUE + 1, (long) Integer.MIN_VALUE - 1, 253402300799L, -62135596800L);

    /**
     * Octets an HTTP client can put in a header field although HTTP does not allow them there (controls, DEL,
     * bytes of broken UTF-8), one char per octet; only CR and LF cannot be sent (they end the field).
     */
    static final List<String> INVALID_OCTETS = List.of("\u007f", "\u007f\u007f", "\u0000", "\u0001", "\u0008",
            "\u001b[31m", "\u0080", "\u00ff", "\u00fe\u00ff", "\u00c3\u0028", "\u00c0\u00af", "\u00ed\u00a0\u0080",
            "\u00f8\u0088\u0080\u0080\u0080", "\u00e2\u0080\u00ae", "\u00a0", "\t\u007f\t");

    /** Malformed or unusual values of each request header the service reads, beside generated ones. */
    static final Map<String, List<String>> HEADER_VALUES = Map.ofEntries(
            Map.entry("Accept-Language", List.of(";", "zz;q=2,,;", ";;;", ",,,", ",", "en;q=2", "en;q=-1", "en;q=abc",
                    "en;q=1.0001", "en;q=0.12345", "en;q=", "en;q", "en;q=.5", "en;q=1e0", "en;q=0x1", "en;q=NaN",
                    "en;q=Infinity", "zh;q=0.9;q=0.1", "zh; q=0.5", "zh ;q=0.5", "q=1", "*;q=0", "*", "*, *",
                    "en;q=0, zh;q=0, mn;q=0", "-", "zh-", "-zh", "zh--CN", "zh_CN", "ZH", "x-klingon", "i-default",
                    "a-b-c-d-e-f-g-h-i", "123", "zh-Hans-CN-u-ca-chinese-x-private", "zh-CN", "zh-Hans", "mn-MN",
                    "zzzzzzzzz", "zh, zh, zh", "\u202Ezh", "\u4e2d\u6587", "zh;;q=1", "zh;q=1;", "zh,", ",zh",
                    "en-US,en;q=0.9" + ",xx;q=0.1".repeat(300))),
            Map.entry("Accept", List.of("application/problem+json", "application/problem+json, application/json",
                    "application/json;q=0", "*/*;q=0", "*/*;q=2", "application/json;q=abc", "application/json;q=-1",
                    ";", ",,", ",", "application/", "/json", "/", "*/json", "application/json;",
                    "application/json; charset", "application/json;;", "application/json; charset=ebcdic",
                    "text/html", "application/xml", "image/*", "text/csv", "application/x-ndjson",
                    "application/atom+xml", "application/*;q=0.5", "text/*, application/json;q=0.1", "garbage",
                    "application/json;q=1.0001", "application/problem+json;q=1, application/json;q=0",
                    "*/*" + ", x/y".repeat(300))),
            Map.entry("If-None-Match", List.of("", "*", "\"x\"", "W/\"x\"", "\"", "W/", "W/W/\"x\"", "\"x", "x\"",
                    "\"a\",,\"b\"", ",", "*, \"x\"", "\"x\" \"y\"", "\"\u007f\u007f\"", "w/\"x\"", "\"x\";q=1",
                    String.join(",", Collections.nCopies(300, "\"abc\"")))),
            Map.entry("If-Modified-Since", List.of("yesterday", "Mon, 32 Nov 2026 25:61:61 GMT", "0", "-1", "",
                    "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "Sun, 06 Nov 1994 08:49:37 GMT",
                    "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "2026-11-22T10:15:30Z",
                    "Mon, 23 Nov 2026 15:27:19 PST", "Mon, 23 Nov 20260 15:27:19 GMT", "Sun, 06 Nov 1994 08:49:37",
                    "Sun, 06 Nov 1994 08:49:37 +0000", "Sat, 29 Feb 2025 00:00:00 GMT", "9999999999999",
                    "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT")),
            Map.entry("If-Match", List.of("", "*", "**", "W/*", "\"", "W/", "W/W/\"x\"", "\"x", ",", "\"a\",,\"b\"",
                    "\"\u007f\"", "*, \"x\"", "null")),
            Map.entry("X-API-Key", List.of("", " ", "ilo_", "ilo_" + "A".repeat(3_000), "ilo_k3Jd'; DROP TABLE api_key;--",
                    "Bearer ilo_k3JdX2v9Qm0aT7eLpR4sW1yZ8bN6cF5u", "null", "ilo_k3JdX2v9Qm0aT7eLpR4sW1yZ8bN6cF5u, ilo_x",
                    "ILO_K3JDX2V9QM0AT7ELPR4SW1YZ8BN6CF5U", "%00", "ilo_\u00e9")),
            Map.entry("X-Request-Id", List.of("", " ", "x".repeat(4_000), "../../etc/passwd", "\u202Eevil", "a,b",
                    "<script>alert(1)</script>", "%00", "${jndi:ldap://127.0.0.1/a}", "\"quoted\"", "id; other=1",
                    "\u4e2d\u6587", "00000000-0000-0000-0000-000000000000")),
            Map.entry("Origin", List.of("null", "http://evil.example", "https://editors.ilo.example.evil.example",
                    "https://evil.example/https://editors.ilo.example", "https://EDITORS.ILO.EXAMPLE",
                    "https://editors.ilo.example:443", "https://editors.ilo.example/", "file://", "*", "",
                    "http://a b", "javascript:alert(1)", "http://[::1", "http://\u00e9.example",
                    "https://editors.ilo.example, http://evil.example", "https://editors.ilo.example")));

    static final List<String> HUGE_UNITS = List.of("a", "x ", "'", "%", "<script>", "\u4E2D", "\uD83D\uDC4D\uD83C\uDFFD",
            "\u202E", "e\u0301", "'; DROP TABLE project; --", "\\", "\"", ",", "-", "A-", "word OR ", "\"a\" ");

    final RandomGenerator random;

    final Gen<String> injection = of(INJECTION);
    final Gen<String> unicode = of(UNICODE);
    final Gen<String> control = r -> chars(r, 1, 8, x -> (char) x.nextInt(0x20));
    final Gen<String> anyUnicode = r -> anyText(r, 1, 40);
    final Gen<String> whitespace = r -> r.nextBoolean() ? WHITESPACE.get(r.nextInt(WHITESPACE.size()))
            : chars(r, 0, 30, x -> WHITESPACE_CHARS.charAt(x.nextInt(WHITESPACE_CHARS.length())));
    final Gen<Integer> hugeLength = r -> r.nextInt(1_000, 20_001);
    final Gen<String> hugeUnit = of(HUGE_UNITS);
    final Gen<Integer> ints = r -> r.nextInt(5) == 0 ? INT_EDGES.get(r.nextInt(INT_EDGES.size())) : r.nextInt();
    final Gen<Long> longs = r -> r.nextInt(5) == 0 ? LONG_EDGES.get(r.nextInt(LONG_EDGES.size())) : r.nextLong();
    final Gen<BigInteger> bigIntegers = Hostile::bigInteger;
    final Gen<Double> doubles = Hostile::anyDouble;
    final Gen<String> numberish = r -> switch (r.nextInt(5)) {
        case 0 -> INTEGERS.get(r.nextInt(INTEGERS.size()));
        case 1 -> String.valueOf(ints.next(r));
        case 2 -> String.valueOf(longs.next(r));
        case 3 -> String.valueOf(bigIntegers.next(r));
        default -> String.valueOf(doubles.next(r));
    };
    final Gen<String> dates = of(DATES);
    final Gen<String> instants = of(INSTANTS);
    final Gen<String> rawPercent = of(RAW_PERCENT);
    final Gen<String> combined = r -> {
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(2, 5); i > 0; i--) {
            s.append(switch (r.nextInt(3)) {
                case 0 -> injection.next(r);
                case 1 -> unicode.next(r);
                default -> control.next(r);
            });
        }
        return s.toString();
    };

    Hostile(long seed) {
        this.random = new SplittableRandom(seed);
    }

    <T> T draw(Gen<T> gen) {
        return gen.next(random);
    }

    static <T> Gen<T> of(List<T> values) {
        return r -> values.get(r.nextInt(values.size()));
    }

    private static String chars(RandomGenerator r, int min, int max, Gen<Character> c) {
        int n = r.nextInt(min, max + 1);
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(c.next(r));
        }
        return s.toString();
    }

    /** Any UTF-16 text: every plane, private use, noncharacters, controls and lone surrogates included. */
    static String anyText(RandomGenerator r, int min, int max) {
        int n = r.nextInt(min, max + 1);
        StringBuilder s = new StringBuilder(n);
        while (s.length() < n) {
            switch (r.nextInt(6)) {
                case 0 -> s.append((char) r.nextInt(0x80));
                case 1 -> s.append((char) r.nextInt(0x80, 0x800));
                case 2 -> s.append((char) r.nextInt(0xD800, 0xE000)); // a surrogate, most often lone
                case 3 -> s.appendCodePoint(r.nextInt(0x10000, 0x110000));
                default -> s.append((char) r.nextInt(0x10000));
            }
        }
        return s.toString();
    }

    /** Within ±10^40, edges included, of every number of digits. */
    private static BigInteger bigInteger(RandomGenerator r) {
        if (r.nextInt(5) == 0) {
            return List.of(BigInteger.ZERO, BigInteger.TEN.pow(40), BigInteger.TEN.pow(40).negate(),
                    BigInteger.TWO.pow(63), BigInteger.TWO.pow(64).negate()).get(r.nextInt(5));
        }
        byte[] bytes = new byte[17];
        r.nextBytes(bytes);
        BigInteger magnitude = new BigInteger(1, bytes).shiftRight(r.nextInt(136))
                .mod(BigInteger.TEN.pow(40).add(BigInteger.ONE));
        return r.nextBoolean() ? magnitude : magnitude.negate();
    }

    /** Within ±1e300, spread over every magnitude (a uniform draw would almost always be near 1e300). */
    private static double anyDouble(RandomGenerator r) {
        if (r.nextInt(5) == 0) {
            return List.of(0.0, -0.0, 1e300, -1e300, Double.MIN_VALUE, 0.1, 1e-300).get(r.nextInt(7));
        }
        double value = Math.pow(10, r.nextDouble(-300, 300)) * (1 + r.nextDouble());
        return r.nextBoolean() ? Math.min(value, 1e300) : -Math.min(value, 1e300);
    }

    /** Fisher–Yates, from this generator (Collections.shuffle takes only a java.util.Random before Java 21). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks one of several weighted choices. */
    @SafeVarargs
    final <T> T weighted(Weighted<T>... choices) {
        int total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight();
        }
        int r = random.nextInt(total);
        for (Weighted<T> c : choices) {
            r -= c.weight();
            if (r < 0) {
                return c.value();
            }
        }
        throw new IllegalStateException();
    }

    /** A hostile string; {@code valid}, when given, is mutated for some of them. */
    String string(String valid) {
        int kind = weighted(w(20, 0), w(15, 1), w(7, 2), w(10, 3), w(8, 4), w(6, 5), w(8, 6), w(8, 7),
                w(valid == null ? 0 : 18, 8));
        return switch (kind) {
            case 0 -> draw(injection);
            case 1 -> draw(unicode);
            case 2 -> draw(control);
            case 3 -> draw(anyUnicode);
            case 4 -> draw(whitespace);
            case 5 -> huge();
            case 6 -> draw(numberish);
            case 7 -> draw(combined);
            default -> mutate(valid);
        };
    }

    /** A hostile value for a request header, as text: from its value list (when it has one), or generated. */
    String header(String name, String valid) {
        List<String> values = HEADER_VALUES.get(name);
        return values != null && chance(0.6) ? pick(values) : string(valid);
    }

    /** {@code value} with invalid octets inserted at a random place. */
    String withInvalidOctets(String value) {
        int at = random.nextInt(value.length() + 1);
        return value.substring(0, at) + pick(INVALID_OCTETS) + value.substring(at);
    }

    /** A valid value made hostile: padded, suffixed with an injection, case- or width-changed, doubled. */
    String mutate(String valid) {
        return switch (random.nextInt(14)) {
            case 0 -> valid + draw(injection);
            case 1 -> draw(injection) + valid;
            case 2 -> valid.toUpperCase(Locale.ROOT).equals(valid) ? valid.toLowerCase(Locale.ROOT)
                    : valid.toUpperCase(Locale.ROOT);
            case 3 -> fullwidth(valid);
            case 4 -> valid + "\u0000";
            case 5 -> " " + valid + " ";
            case 6 -> valid + "," + valid;
            case 7 -> valid.replace('-', '_');
            case 8 -> "\u202E" + valid;
            case 9 -> valid + "\u200D" + draw(unicode);
            case 10 -> combining(valid);
            case 11 -> valid + valid.repeat(between(2, 50));
            case 12 -> valid.isEmpty() ? "\uFEFF" : valid.substring(0, valid.length() - 1);
            default -> "\uFEFF" + valid;
        };
    }

    /** 1,000 to 20,000 characters of one repeated unit. */
    String huge() {
        return repeatTo(draw(hugeUnit), draw(hugeLength));
    }

    String date() {
        return chance(0.7) ? draw(dates) : string("2019-06-30");
    }

    String instant() {
        return chance(0.7) ? draw(instants) : string("2026-11-01T00:00:00Z");
    }

    String integer(Integer min, Integer max) {
        int kind = random.nextInt(5);
        if (kind == 0 && min != null) {
            return String.valueOf(min - between(1, 3));
        }
        if (kind == 1 && max != null) {
            return String.valueOf((long) max + between(1, 3));
        }
        return chance(0.7) ? draw(numberish) : string(min == null ? "1" : String.valueOf(min));
    }

    /** A JSON number (or number-like token) of any range or precision. */
    Object jsonNumber() {
        return switch (random.nextInt(9)) {
            case 0 -> draw(ints);
            case 1 -> draw(longs);
            case 2 -> draw(bigIntegers);
            case 3 -> draw(doubles);
            case 4 -> new JsonText.Raw(pick(List.of("1e999999", "-1e999999", "1E-400", "-0", "0.0000000000000000000001",
                    "1.7976931348623157e309", "123456789012345678901234567890.5")));
            case 5 -> new JsonText.Raw("9".repeat(between(1_001, 5_000)));
            case 6 -> new JsonText.Raw(pick(List.of("NaN", "Infinity", "-Infinity", "+1", "01", ".5", "5.", "0x10",
                    "1_000", "--1")));
            case 7 -> 0;
            default -> -1;
        };
    }

    static String repeatTo(String unit, int length) {
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        return s.toString();
    }

    static String fullwidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : c);
        }
        return out.toString();
    }

    static String combining(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c).append('\u0301').append('\u0336');
        }
        return out.toString();
    }

    /** A JSON object with hostile keys (unknown properties). */
    Map<String, Object> unknownProperties(Function<Hostile, Object> value) {
        Map<String, Object> extra = new LinkedHashMap<>();
        int n = chance(0.1) ? between(100, 2_000) : between(1, 4);
        for (int i = 0; i < n; i++) {
            String key = switch (random.nextInt(6)) {
                case 0 -> pick(List.of("lastUpdated", "status2", "__proto__", "constructor", "$where", "@type", "class",
                        "ID", "Title", "relatedPressReleases", "createdBy", "deleted", "etag", "version"));
                case 1 -> draw(injection);
                case 2 -> draw(unicode);
                case 3 -> "";
                case 4 -> "extra" + i;
                default -> draw(anyUnicode);
            };
            extra.put(key, value.apply(this));
        }
        return extra;
    }

    /** Arbitrary nesting as deep as asked: [[[...]]] or {"a":{"a":...}}. */
    static JsonText.Raw deep(int depth, boolean arrays) {
        StringBuilder s = new StringBuilder(depth * 6);
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "[" : "{\"a\":");
        }
        s.append("1");
        for (int i = 0; i < depth; i++) {
            s.append(arrays ? "]" : "}");
        }
        return new JsonText.Raw(s.toString());
    }

    List<Object> listOf(int n, Function<Hostile, Object> element) {
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(element.apply(this));
        }
        return list;
    }
}
