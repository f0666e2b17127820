package org.ilo.cnmn.hostile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;

/**
 * Hostile values, generated with jqwik arbitraries from one seeded {@link Random}: the same seed gives the
 * same values in the same order. Must be created and used inside a {@code JqwikSession}.
 */
final class Hostile {

    static final int GEN_SIZE = 1000;

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

    static final List<String> HUGE_UNITS = List.of("a", "x ", "'", "%", "<script>", "\u4E2D", "\uD83D\uDC4D\uD83C\uDFFD",
            "\u202E", "e\u0301", "'; DROP TABLE project; --", "\\", "\"", ",", "-", "A-", "word OR ", "\"a\" ");

    final Random random;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    final Arbitrary<String> injection = Arbitraries.of(INJECTION);
    final Arbitrary<String> unicode = Arbitraries.of(UNICODE);
    final Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(8);
    final Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    final Arbitrary<String> whitespace = Arbitraries.oneOf(Arbitraries.of(WHITESPACE),
            Arbitraries.strings().whitespace().ofMaxLength(30));
    final Arbitrary<Integer> hugeLength = Arbitraries.integers().between(1_000, 20_000);
    final Arbitrary<String> hugeUnit = Arbitraries.of(HUGE_UNITS);
    final Arbitrary<Integer> ints = Arbitraries.integers();
    final Arbitrary<Long> longs = Arbitraries.longs();
    final Arbitrary<BigInteger> bigIntegers = Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40));
    final Arbitrary<Double> doubles = Arbitraries.doubles().between(-1e300, 1e300);
    final Arbitrary<String> numberish = Arbitraries.oneOf(Arbitraries.of(INTEGERS), ints.map(String::valueOf),
            longs.map(String::valueOf), bigIntegers.map(String::valueOf), doubles.map(String::valueOf));
    final Arbitrary<String> dates = Arbitraries.of(DATES);
    final Arbitrary<String> instants = Arbitraries.of(INSTANTS);
    final Arbitrary<String> rawPercent = Arbitraries.of(RAW_PERCENT);
    final Arbitrary<String> combined = Arbitraries.oneOf(injection, unicode, control)
            .list().ofMinSize(2).ofMaxSize(4).map(parts -> String.join("", parts));

    Hostile(long seed) {
        this.random = new Random(seed);
    }

    @SuppressWarnings("unchecked")
    <T> T draw(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                a -> a.generator(GEN_SIZE, true));
        return generator.next(random).value();
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
    final <T> T weighted(Tuple.Tuple2<Integer, T>... choices) {
        int total = 0;
        for (Tuple.Tuple2<Integer, T> c : choices) {
            total += c.get1();
        }
        int r = random.nextInt(total);
        for (Tuple.Tuple2<Integer, T> c : choices) {
            r -= c.get1();
            if (r < 0) {
                return c.get2();
            }
        }
        throw new IllegalStateException();
    }

    /** A hostile string; {@code valid}, when given, is mutated for some of them. */
    String string(String valid) {
        int kind = weighted(Tuple.of(20, 0), Tuple.of(15, 1), Tuple.of(7, 2), Tuple.of(10, 3), Tuple.of(8, 4),
                Tuple.of(6, 5), Tuple.of(8, 6), Tuple.of(8, 7), Tuple.of(valid == null ? 0 : 18, 8));
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
