package org.ilo.cnmn.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.ilo.cnmn.hostile.Hostile.w;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.impl.conn.PoolingClientConnectionManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ilo.cnmn.support.ContractValidation;
import org.ilo.cnmn.support.TestDatabase;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.media.Schema;

/**
 * Hostile input for every operation of {@code openapi/openapi.yaml}: malformed, oversized, mistyped,
 * injection-shaped and unicode-edge values in every path, query and header parameter and every body field,
 * malformed JSON, wrong content types, unknown parameters and properties, with no, garbage and valid tokens and
 * current and garbage ETags. Generated with jqwik from one seed (print below; {@code -Dhostile.seed=…} repeats a
 * run, {@code -Dhostile.requests=…} changes its size).
 *
 * For every response: no 5xx, every error is problem+json (type, title, status, detail, instance; status as
 * sent), and the response is as the contract documents it (the installed contract filter). After every refused
 * write, the database content is byte for byte what it was before. A write the contract requires to be refused
 * but that succeeds is a failure too; a hostile write that is legitimately accepted (free text is free) is
 * recorded, undone, and the baseline taken again.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class HostileInputTest {

    /** Seeds that found defects once: they run in every build (before the run's own seed), time-boxed too. */
    static final List<Long> REGRESSION_SEEDS = List.of(20_261_123L);
    static final int DEFAULT_REGRESSION_REQUESTS = 840;
    /** With the regression seeds, over 5,000 requests: every operation about 180 times. */
    static final int DEFAULT_REQUESTS = 4_200;
    /** The whole run's time box ({@code -Dhostile.seconds}); the requests stop when it is over. */
    static final long DEFAULT_SECONDS = 55;
    /** The service's request line limit is 16 KiB (a 414 from the HTTP layer beyond it): stay well below. */
    static final int MAX_URL = 15_000;
    static final int MAX_HEADER = 4_096;
    static final int MAX_BODY_BYTES = 1_048_576;
    /**
     * Requests are generated one after the other (so a seed always gives the same requests) and sent in windows:
     * the ones that must be refused concurrently, then the database is compared with the baseline; then the few
     * that may succeed, one at a time, each followed by its own comparison (and undone when it succeeded).
     * Every committed write leaves a lasting trace (change_log, audit_log, data_version), so an unchanged
     * fingerprint after a window of refused writes means each of them left the data unchanged; when the
     * fingerprint moved, the window's writes are replayed one by one to name the one that changes it.
     */
    static final int WINDOW = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\n\\s+at |org\\.ilo\\.|io\\.quarkus|org\\.hibernate|com\\.fasterxml|java\\.lang|jakarta\\.");

    private Contract contract;
    private Hostile h;
    private long seed;
    private DatabaseFingerprint db;
    private Map<String, String> baseline;
    /**
     * Per thread: REST Assured re-registers its content-decoding interceptors on the HTTP client for every request,
     * so threads sharing one client race (and decode a body twice). Each thread has its own client; they share
     * the connection pool.
     */
    private final ThreadLocal<RestAssuredConfig> config = ThreadLocal.withInitial(this::clientConfig);
    private final PoolingClientConnectionManager connections = new PoolingClientConnectionManager();

    private String editor;
    private String expired;
    private String otherIssuer;
    private String otherKey;
    private String noRole;
    private String algNone;
    private String hmacWithPublicKey;
    private String tamperedPayload;
    private String unsigned;
    private String resigned;
    private final Map<String, String> secrets = new LinkedHashMap<>();
    /** The secret of this test's own partner API key, when the contract has them. */
    private String apiKey;

    /** Query parameter name → values that exist (country codes, theme ids, …). */
    private final Map<String, List<String>> known = new HashMap<>();
    /** "template|param" → existing values of a path parameter. */
    private final Map<String, List<String>> pathValues = new HashMap<>();
    /** Collection path → the id of this test's own record there. */
    private final Map<String, String> own = new HashMap<>();
    private final Map<String, Object> validBodies = new HashMap<>();
    private final Map<String, String> etags = new HashMap<>();

    private final Map<Phase, Integer> done = new LinkedHashMap<>();
    private final Map<String, Integer> sent = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
    private final Map<String, List<String>> failures = new LinkedHashMap<>();
    private final Map<String, Integer> failureCounts = new LinkedHashMap<>();
    private final List<String> accepted = new ArrayList<>();
    private int helperRequests;
    private int databaseChecks;
    private int ownSerial;
    private ExecutorService pool;
    private long nanosBuilding;
    private long nanosExchanging;
    private long nanosChecking;
    private final Map<String, Long> nanosPerOp = new TreeMap<>();
    private final List<Map.Entry<Long, String>> timings = new ArrayList<>();

    @Test
    void hostileInputNeverBreaksTheServiceNorChangesDataWhenRefused() throws Exception {
        String given = System.getProperty("hostile.seed");
        // A new seed every run (printed, to repeat it), after the regression seeds that run every time.
        long rotating = given != null ? Long.parseLong(given) : System.currentTimeMillis();
        int requests = Integer.getInteger("hostile.requests", DEFAULT_REQUESTS);
        int regressionRequests = Integer.getInteger("hostile.regression-requests", DEFAULT_REGRESSION_REQUESTS);
        Duration budget = Duration.ofSeconds(Long.getLong("hostile.seconds", DEFAULT_SECONDS));
        List<Phase> phases = new ArrayList<>();
        for (long regression : REGRESSION_SEEDS) {
            if (regression != rotating) {
                phases.add(new Phase(regression, regressionRequests, "regression"));
            }
        }
        phases.add(new Phase(rotating, requests, given != null ? "given by -Dhostile.seed" : "this run's"));
        for (Phase p : phases) {
            System.out.println("[hostile] seed " + p.seed() + " (" + p.kind() + "; repeat with -Dhostile.seed=" + p.seed()
                    + " -Dhostile.requests=" + p.requests() + "): " + p.requests() + " requests");
        }
        int goal = phases.stream().mapToInt(Phase::requests).sum();
        System.out.println("[hostile] " + goal + " requests within a budget of " + budget.toSeconds()
                + " s (-Dhostile.seconds)");
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        try {
            setUp(rotating);
            int threads = Integer.getInteger("hostile.threads",
                    Math.max(2, Math.min(8, 2 * Runtime.getRuntime().availableProcessors())));
            pool = Executors.newFixedThreadPool(threads);
            System.out.println("[hostile] " + threads + " client threads, windows of " + WINDOW + " requests");
            int planned = 0;
            for (Phase phase : phases) {
                planned += phase.requests();
                // each phase gets its share of the time left, so a slow phase cannot starve the rotating seed
                long now = System.nanoTime();
                long phaseDeadline = now + (deadline - now) * phase.requests() / Math.max(1, goal - planned + phase.requests());
                run(phase, phaseDeadline, started);
            }
            cleanUpOwnRecords();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            if (db != null) {
                db.close();
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String report = report(phases, goal, seconds);
        System.out.println(report);
        if (!failureCounts.isEmpty()) {
            fail(report);
        }
        assertTrue(sent.keySet().containsAll(contract.ops.stream().map(Contract.Op::id).toList()), "every operation");
    }

    /** One seed's requests: its generator starts from the seed, so the same seed sends the same requests. */
    record Phase(long seed, int requests, String kind) {
    }

    private void run(Phase phase, long deadline, long started) throws Exception {
        h = new Hostile(phase.seed());
        seed = phase.seed();
        int n = 0;
        List<HostileRequest> window = new ArrayList<>();
        while (n < phase.requests() && System.nanoTime() < deadline) {
            List<Contract.Op> round = new ArrayList<>(contract.ops);
            h.shuffle(round);
            for (Contract.Op op : round) {
                if (n >= phase.requests() || System.nanoTime() >= deadline) {
                    break;
                }
                long t0 = System.nanoTime();
                window.add(build(++n, op));
                nanosBuilding += System.nanoTime() - t0;
                if (window.size() == WINDOW) {
                    run(window);
                    window.clear();
                }
                if (n % 1000 == 0) {
                    System.out.printf("[hostile] seed %d: %d requests after %d s%n", phase.seed(), n,
                            Duration.ofNanos(System.nanoTime() - started).toSeconds());
                }
            }
        }
        run(window);
        done.put(phase, n);
        if (n < phase.requests()) {
            System.out.printf("[hostile] seed %d: time box reached after %d of %d requests%n", phase.seed(), n,
                    phase.requests());
        }
    }

    // =============================================================================================== set-up

    private void setUp(long ownSeed) throws Exception {
        seed = ownSeed;
        contract = Contract.load(ContractValidation.CONTRACT);
        connections.setMaxTotal(32);
        connections.setDefaultMaxPerRoute(32);
        // Editors write content and admins manage API keys: one token with both roles reaches every validation.
        editor = Tokens.withRoles("hostile", Set.of("editor", "admin"));
        expired = Tokens.expiredEditor("hostile");
        otherIssuer = Tokens.editorFromAnotherIssuer("hostile");
        otherKey = Tokens.editorSignedByAnotherKey("hostile");
        noRole = Tokens.withRoles("hostile", Set.of("reader"));
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + Tokens.ISSUER + "\",\"sub\":\"hostile\",\"upn\":\"hostile\",\"groups\":[\"editor\"],"
                + "\"iat\":" + (now - 60) + ",\"exp\":" + (now + 600) + "}";
        algNone = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(claims) + ".";
        String hsInput = b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + b64(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Files.readAllBytes(Path.of("src", "main", "dev", "jwt-dev-public.pem")), "HmacSHA256"));
        hmacWithPublicKey = hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));
        String[] parts = editor.split("\\.");
        tamperedPayload = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"hostile\"", "\"admin\"")) + "." + parts[2];
        secrets.put(editor, "<valid editor+admin token>");
        secrets.put(expired, "<expired editor token>");
        secrets.put(otherIssuer, "<editor token of another issuer>");
        secrets.put(otherKey, "<editor token signed by another key>");
        secrets.put(noRole, "<valid token without the editor role>");
        secrets.put(algNone, "<alg:none token>");
        secrets.put(hmacWithPublicKey, "<HS256 token keyed with the public key>");
        secrets.put(tamperedPayload, "<editor token with a changed payload>");
        unsigned = editor.substring(0, editor.lastIndexOf('.') + 1);
        resigned = editor.substring(0, editor.length() - 2) + (editor.endsWith("AA") ? "BB" : "AA");
        secrets.put(resigned, "<editor token with a changed signature>");
        secrets.put(unsigned, "<editor token without its signature>");

        // Valid bodies from the contract's examples; each collection gets one record of this test's own, for
        // writes that may legitimately succeed (and that checks the valid bodies really are valid).
        for (Contract.Op op : contract.ops) {
            if (op.hasBody()) {
                Object body = Bodies.valid(op.bodySchema(), "body");
                Bodies.prune(body, op.bodySchema());
                validBodies.put(op.id(), body);
            }
        }
        for (Contract.Op op : contract.ops) {
            if (op.method().equals("POST")) {
                createOwn(op);
            }
        }

        // Values that exist, from the lists the contract describes.
        Map<String, List<Map<String, Object>>> lists = new HashMap<>();
        for (Contract.Op op : contract.ops) {
            if (op.method().equals("GET") && !op.path().contains("{") && op.in("query").stream()
                    .anyMatch(p -> p.name().equals("limit"))) {
                Response list = helper("GET", op.path() + "?limit=100", null, null);
                if (list.statusCode() == 200 && list.contentType().startsWith("application/json")) {
                    List<Map<String, Object>> items = list.jsonPath().getList("items");
                    if (items != null) {
                        lists.put(op.path(), items);
                    }
                }
            }
        }
        known.put("country", values(lists.get("/api/v1/countries"), "code"));
        known.put("theme", values(lists.get("/api/v1/themes"), "id"));
        known.put("funder", values(lists.get("/api/v1/funders"), "id"));
        known.put("project", values(lists.get("/api/v1/projects"), "id"));
        known.put("id", values(lists.get("/api/v1/projects"), "id"));
        known.put("editor", List.of("hostile", "alice"));
        for (Contract.Op op : contract.ops) {
            for (Contract.Param p : op.in("path")) {
                String prefix = op.path().substring(0, op.path().indexOf("/{" + p.name() + "}"));
                List<String> values = new ArrayList<>();
                if (!Contract.enumValues(p.schema()).isEmpty()) {
                    Contract.enumValues(p.schema()).forEach(v -> values.add(String.valueOf(v)));
                } else if (lists.containsKey(prefix)) {
                    values.addAll(values(lists.get(prefix), p.name()));
                    if (values.isEmpty()) {
                        values.addAll(values(lists.get(prefix), "id"));
                    }
                }
                if (values.isEmpty() && Contract.example(p.schema()) != null) {
                    values.add(String.valueOf(Contract.example(p.schema())));
                }
                if (values.isEmpty()) {
                    values.add("no-such-" + p.name());
                    System.out.println("[hostile] no existing value for path parameter " + p.name() + " of " + op);
                }
                pathValues.put(op.path() + "|" + p.name(), values);
            }
        }
        String url = TestDatabase.url() != null ? TestDatabase.url()
                : ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        db = new DatabaseFingerprint(url, TestDatabase.user(), TestDatabase.password());
        baseline = db.take();
        System.out.println("[hostile] " + contract.ops.size() + " operations; fingerprinting " + db.tables);
    }

    private RestAssuredConfig clientConfig() {
        return RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
                .httpClient(HttpClientConfig.httpClientConfig()
                        .httpClientFactory(() -> new DefaultHttpClient(connections))
                        .reuseHttpClientInstance()
                        .setParam("http.conn-manager.timeout", 30_000L)
                        .setParam("http.socket.timeout", 60_000)
                        .setParam("http.connection.timeout", 10_000));
    }

    private static List<String> values(List<Map<String, Object>> items, String key) {
        List<String> values = new ArrayList<>();
        if (items != null) {
            for (Map<String, Object> item : items) {
                if (item.get(key) != null) {
                    values.add(String.valueOf(item.get(key)));
                }
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private void createOwn(Contract.Op post) {
        Map<String, Object> body = (Map<String, Object>) Bodies.copy(validBodies.get(post.id()));
        String id = "hostile-own-" + Long.toHexString(seed & 0xffffff) + "-" + (++ownSerial);
        body.put("id", id);
        // the most generous valid value of a limit (an API key's quota: this test's own key must not run dry)
        Contract.properties(post.bodySchema()).forEach((name, schema) -> {
            if (Contract.type(schema).equals("integer") && Contract.maximum(schema) != null) {
                body.put(name, Contract.maximum(schema).longValue());
            }
        });
        Response created = helper("POST", post.path(), JsonText.write(body, false), "application/json");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("the valid body built from the contract's examples was refused by " + post
                    + ": " + created.statusCode() + " " + created.asString() + "\nbody: " + JsonText.write(body, false));
        }
        String secret = created.contentType().startsWith("application/json") ? created.jsonPath().getString("secret") : null;
        if (secret != null) {
            apiKey = secret;
            secrets.put(secret, "<valid API key>");
        }
        own.put(post.path(), id);
    }

    private void cleanUpOwnRecords() {
        for (Map.Entry<String, String> e : own.entrySet()) {
            delete(e.getKey() + "/" + e.getValue(), null);
        }
    }

    /** Deletes a record the way its DELETE operation asks (with its current ETag when it takes If-Match). */
    private Response delete(String path, String knownEtag) {
        Contract.Op delete = contract.ops.stream().filter(o -> o.method().equals("DELETE")
                && path.matches(o.path().replaceAll("\\{[^/]+}", "[^/]+"))).findFirst().orElse(null);
        if (delete == null) {
            return null;
        }
        if (delete.in("header").stream().anyMatch(p -> p.name().equals("If-Match"))) {
            String etag = knownEtag != null ? knownEtag : etag(path);
            return etag == null ? null : helperWithIfMatch("DELETE", path, etag);
        }
        return helper("DELETE", path, null, null);
    }

    // =============================================================================================== requests

    private HostileRequest build(int index, Contract.Op op) {
        HostileRequest r = new HostileRequest(seed, index, op);
        boolean write = op.isWrite();
        boolean hasId = op.in("path").stream().anyMatch(p -> Contract.enumValues(p.schema()).isEmpty());
        String collection = hasId ? op.path().substring(0, op.path().indexOf("/{")) : null;

        // Some writes may succeed: a valid request whose only oddity is free text in a text field of a new
        // record or of this test's own record. They are few; everything else carries at least one fault.
        boolean benign = write && op.hasBody() && (op.method().equals("POST") || own.containsKey(collection))
                && h.chance(0.08);
        if (benign) {
            r.benign = true;
            r.recipe.add("benign: valid request with hostile free text");
        }
        // And a few valid writes but for one value the service must refuse: non-string JSON in a string field
        // (not coerced) or a lone surrogate in text (not stored as '?').
        boolean strict = !benign && write && op.hasBody()
                && (op.method().equals("POST") || own.containsKey(collection)) && h.chance(0.07);
        if (strict) {
            r.strict = true;
            r.recipe.add("strict: valid request but for one value");
        }
        boolean otherwiseValid = benign || strict;

        // ---- path
        String path = op.path();
        String resourcePath = null;
        for (Contract.Param p : op.in("path")) {
            List<String> existing = pathValues.get(op.path() + "|" + p.name());
            String value;
            boolean isEnum = !Contract.enumValues(p.schema()).isEmpty();
            int roll = h.random.nextInt(100);
            if (isEnum) {
                if (!otherwiseValid && roll < 20) {
                    value = hostilePathValue(h.pick(existing), r, p.name());
                    r.mustFail.add("path parameter " + p.name() + " outside its enum");
                } else {
                    value = encode(h.pick(existing));
                }
            } else if (otherwiseValid || (write && own.containsKey(collection) && roll < 40)) {
                value = encode(own.get(collection));
                r.target = HostileRequest.Target.OWN;
            } else if (roll < (write ? 80 : 75)) {
                value = encode(h.pick(existing));
                r.target = HostileRequest.Target.SEED;
            } else {
                String v = hostilePathValue(h.pick(existing), r, p.name());
                value = v;
                r.target = HostileRequest.Target.HOSTILE;
            }
            path = path.replace("{" + p.name() + "}", value);
        }
        if (write) {
            String template = op.path();
            while (contract.op("GET", template) == null && template.lastIndexOf('/') > 0) {
                template = template.substring(0, template.lastIndexOf('/'));
            }
            if (contract.op("GET", template) != null) {
                // the record itself, or the record a sub-resource (a translation) belongs to: its ETag counts
                resourcePath = path.substring(0, pathPrefixLength(path, template));
            }
            r.targetPath = resourcePath;
        }

        // ---- query
        List<String> query = new ArrayList<>();
        int budget = MAX_URL - path.length();
        if (!write) {
            List<Contract.Param> params = op.in("query");
            List<Contract.Param> hostile = new ArrayList<>();
            List<Contract.Param> valid = new ArrayList<>();
            for (Contract.Param p : params) {
                int roll = h.random.nextInt(100);
                if (roll < 22) {
                    hostile.add(p);
                } else if (roll < 45 || (p.required() && h.chance(0.9))) {
                    valid.add(p);
                }
            }
            if (hostile.isEmpty() && !params.isEmpty() && h.chance(0.85)) {
                Contract.Param p = h.pick(params);
                valid.remove(p);
                hostile.add(p);
            }
            for (Contract.Param p : valid) {
                String v = validQueryValue(p);
                if (v != null) {
                    budget -= addQuery(query, p.name(), List.of(encode(v)), budget);
                }
            }
            for (Contract.Param p : hostile) {
                budget -= addQuery(query, p.name(), hostileQueryValues(p, r), budget);
            }
            if (!params.isEmpty() && h.chance(0.05)) {
                Contract.Param p = h.pick(params);
                String v = validQueryValue(p);
                if (v != null && !Contract.type(p.schema()).equals("array")) {
                    budget -= addQuery(query, p.name(), List.of(encode(v), encode(v)), budget);
                    r.recipe.add("query " + p.name() + " given twice");
                    r.mustFail.add("single-valued parameter " + p.name() + " repeated");
                }
            }
        }
        if (!otherwiseValid && h.chance(write ? 0.08 : 0.10)) {
            String name = h.chance(0.4) ? h.pick(List.of("contry", "limit[]", "__proto__", "page", "offset", "debug",
                    "format", "callback", "id", "force", "q", "LIMIT", "lang")) : h.string(null);
            boolean declared = op.params().stream().anyMatch(p -> p.name().equals(name));
            if (!name.isEmpty() && !declared) {
                budget -= addQuery(query, name, List.of(encode(h.string("x"))), budget);
                r.recipe.add("unknown query parameter '" + HostileRequest.printable(name, 60) + "'");
                r.mustFail.add("unknown query parameter");
            }
        }
        r.url = query.isEmpty() ? path : path + "?" + String.join("&", query);

        // ---- headers
        authorization(r, write, otherwiseValid);
        for (Contract.Param p : op.in("header")) {
            switch (p.name()) {
                case "If-Match" -> ifMatch(r, resourcePath, otherwiseValid);
                case "X-API-Key" -> apiKeyHeader(r, otherwiseValid);
                case "Accept-Language" -> {
                    // below, for every request
                }
                default -> {
                    if (!otherwiseValid && h.chance(0.4)) {
                        hostileHeader(r, p.name(), null);
                    }
                }
            }
        }
        acceptLanguage(r); // read by every operation that picks a language, and harmless elsewhere
        if (!write) {
            conditionalHeaders(r);
        }
        if (!otherwiseValid) {
            for (String name : List.of("Accept", "Origin", "X-Request-Id")) {
                if (h.chance(0.07)) {
                    hostileHeader(r, name, null);
                }
            }
        }

        // ---- body
        if (op.hasBody()) {
            body(r);
        } else if (write && h.chance(0.05)) {
            r.contentType = "application/json";
            r.body = "{\"force\": true, \"id\": \"'; DROP TABLE project; --\"}".getBytes(StandardCharsets.UTF_8);
            r.recipe.add("a body where none is expected");
        }

        // A delete with nothing wrong would delete: make sure something is wrong.
        if (op.method().equals("DELETE") && r.mustFail.isEmpty()) {
            boolean takesIfMatch = op.in("header").stream().anyMatch(p -> p.name().equals("If-Match"));
            switch (h.random.nextInt(takesIfMatch ? 3 : 2) + (takesIfMatch ? 0 : 1)) {
                case 0 -> {
                    r.headers.removeIf(e -> e.getKey().equals("If-Match"));
                    r.header("If-Match", "\"" + h.draw(h.anyUnicode).hashCode() + "\"");
                    r.mustFail.add("If-Match replaced by a wrong ETag");
                }
                case 1 -> {
                    r.headers.removeIf(e -> e.getKey().equals("Authorization"));
                    r.header("Authorization", "Bearer " + tamperedPayload);
                    r.mustFail.add("token replaced by a tampered one");
                }
                default -> {
                    List<String> force = new ArrayList<>();
                    addQuery(force, "force", List.of(encode(h.string("true"))), MAX_URL - r.url.length());
                    r.url += (r.url.contains("?") ? "&" : "?") + force.get(0);
                    r.mustFail.add("unknown query parameter");
                }
            }
            r.recipe.add("forced fault: " + r.mustFail.get(r.mustFail.size() - 1));
        }
        return r;
    }

    private static int pathPrefixLength(String concrete, String template) {
        int segments = template.split("/").length;
        String[] parts = concrete.split("/", -1);
        int length = 0;
        for (int i = 0; i < segments; i++) {
            length += parts[i].length() + (i > 0 ? 1 : 0);
        }
        return length;
    }

    private String hostilePathValue(String valid, HostileRequest r, String name) {
        String raw = h.string(valid);
        if (raw.isEmpty()) {
            raw = " ";
        }
        String value;
        if (h.chance(0.1)) {
            value = encode(raw.length() > 10 ? raw.substring(0, 10) : raw) + h.draw(h.rawPercent);
            r.recipe.add("path " + name + " with raw octets");
        } else {
            value = fit(raw, MAX_URL / 2);
            if (value.matches("(%2E|\\.){1,2}")) {
                // a dot segment (even encoded) addresses another resource after URL normalisation (RFC 3986)
                value += "...";
            }
        }
        r.recipe.add("path " + name + " = " + HostileRequest.printable(raw, 80) + " (" + raw.length() + " chars)");
        return value;
    }

    private String validQueryValue(Contract.Param p) {
        List<String> values = known.get(p.name());
        if (values != null && !values.isEmpty()) {
            return h.pick(values);
        }
        Object example = Bodies.normalize(Contract.example(p.schema()));
        if (example != null) {
            return String.valueOf(example);
        }
        if (!Contract.enumValues(p.schema()).isEmpty()) {
            return String.valueOf(h.pick(Contract.enumValues(p.schema())));
        }
        Object def = p.schema() == null ? null : Bodies.normalize(p.schema().getDefault());
        if (def != null) {
            return String.valueOf(def);
        }
        if (Contract.type(p.schema()).equals("array")) {
            return switch (p.name()) {
                case "status" -> h.pick(List.of("planned", "active", "completed"));
                case "facets" -> "country";
                case "type" -> h.pick(List.of("project", "pressRelease"));
                default -> null;
            };
        }
        return null;
    }

    /** Encoded values of one query parameter (several: the parameter is repeated). */
    private List<String> hostileQueryValues(Contract.Param p, HostileRequest r) {
        Schema<?> s = p.schema();
        String type = Contract.type(s);
        String valid = validQueryValue(p);
        List<String> values = new ArrayList<>();
        String kind;
        if (type.equals("array")) {
            List<String> items = known.getOrDefault(p.name(), valid == null ? List.of("x") : List.of(valid));
            int roll = h.random.nextInt(10);
            if (roll < 4) {
                List<String> list = new ArrayList<>();
                for (int i = h.between(1, 6); i > 0; i--) {
                    list.add(h.chance(0.5) ? h.pick(items) : h.string(h.pick(items)));
                }
                values.add(encode(String.join(",", list)));
                kind = "list " + HostileRequest.printable(String.join(",", list), 80);
            } else if (roll < 5) {
                int n = h.between(2, 300);
                for (int i = 0; i < n; i++) {
                    values.add(encode(h.chance(0.9) ? h.pick(items) : h.string(h.pick(items))));
                }
                kind = "repeated " + n + " times";
            } else if (roll < 6) {
                String item = h.pick(items);
                String v = h.pick(List.of(",", ",,", ",,,,,", item + ",", "," + item, item + ",," + item, item + ", " + item,
                        " ,", item + ";" + item, item + "|" + item, item + "%2C" + item));
                values.add(encode(v));
                kind = "separators " + v;
            } else if (roll < 7) {
                values.add(encode(h.pick(items)) + h.draw(h.rawPercent) + encode(h.pick(items)));
                kind = "raw octets";
            } else {
                String v = h.string(h.pick(items));
                values.add(encode(v));
                kind = HostileRequest.printable(v, 80) + " (" + v.length() + " chars)";
            }
        } else {
            String v;
            if (type.equals("integer")) {
                v = h.integer(Contract.minimum(s) == null ? null : Contract.minimum(s).intValue(),
                        Contract.maximum(s) == null ? null : Contract.maximum(s).intValue());
            } else if ("date".equals(Contract.format(s))) {
                v = h.date();
            } else if ("date-time".equals(Contract.format(s))) {
                v = h.instant();
            } else if (!Contract.enumValues(s).isEmpty()) {
                String e = String.valueOf(h.pick(Contract.enumValues(s)));
                v = h.chance(0.5) ? h.mutate(e) : h.string(e);
            } else {
                v = h.string(valid);
            }
            if (h.chance(0.1)) {
                values.add(encode(v.length() > 20 ? v.substring(0, 20) : v) + h.draw(h.rawPercent));
                kind = "raw octets after " + HostileRequest.printable(v, 20);
            } else {
                values.add(encode(v));
                kind = HostileRequest.printable(v, 80) + " (" + v.length() + " chars)";
            }
        }
        r.recipe.add("query " + p.name() + " ← " + kind);
        return values;
    }

    /** Adds name=value pairs within the budget (shrinking a value that does not fit); returns the length used. */
    private static int addQuery(List<String> query, String name, List<String> values, int budget) {
        int used = 0;
        String encodedName = encode(name);
        for (String value : values) {
            int room = budget - used - encodedName.length() - 2;
            if (room <= 0) {
                break;
            }
            String v = value.length() <= room ? value : shrinkEncoded(value, room);
            query.add(encodedName + "=" + v);
            used += encodedName.length() + v.length() + 1;
        }
        return used;
    }

    /** Cuts an encoded value to at most {@code room} characters without splitting a %XX escape. */
    private static String shrinkEncoded(String value, int room) {
        int end = Math.min(room, value.length());
        while (end > 0 && end >= 1 && (value.charAt(end - 1) == '%' || (end >= 2 && value.charAt(end - 2) == '%'))) {
            end--;
        }
        return value.substring(0, end);
    }

    private static String fit(String raw, int room) {
        String encoded = encode(raw);
        return encoded.length() <= room ? encoded : shrinkEncoded(encoded, room);
    }

    private void authorization(HostileRequest r, boolean write, boolean benign) {
        boolean secured = r.op.secured();
        int roll = h.random.nextInt(100);
        int valid = benign ? 100 : secured ? (write ? 68 : 50) : 15;
        int none = secured ? (write ? 10 : 25) : 65;
        if (roll < valid) {
            r.header("Authorization", "Bearer " + editor);
            return;
        }
        if (roll < valid + none) {
            r.recipe.add("no token");
            if (secured) {
                r.mustFail.add("no token");
            }
            return;
        }
        if (secured && write && roll >= 95) {
            r.header("Authorization", "Bearer " + noRole);
            r.recipe.add("token without the editor role");
            r.mustFail.add("token without the editor role");
            return;
        }
        Garbage garbage = h.weighted(
                w(3, new Garbage("Bearer", true)), w(3, new Garbage("Bearer ", true)),
                w(12, new Garbage("Bearer " + headerValue(h.string(null)), true)),
                w(3, new Garbage("Bearer a.b.c", true)), w(2, new Garbage("Bearer ...", true)),
                w(5, new Garbage("Bearer " + algNone, true)), w(5, new Garbage("Bearer " + hmacWithPublicKey, true)),
                w(5, new Garbage("Bearer " + tamperedPayload, true)),
                w(4, new Garbage("Bearer " + unsigned, true)), w(4, new Garbage("Bearer " + resigned, true)),
                w(5, new Garbage("Bearer " + expired, true)), w(4, new Garbage("Bearer " + otherIssuer, true)),
                w(4, new Garbage("Bearer " + otherKey, true)),
                w(3, new Garbage("Basic " + Base64.getEncoder().encodeToString("hostile:editor".getBytes()), true)),
                w(2, new Garbage("Token " + editor, true)), w(2, new Garbage("Bearer=" + editor, true)),
                w(2, new Garbage("Bearer " + editor + "," + editor, true)),
                w(2, new Garbage("Bearer " + editor + " x", true)),
                w(2, new Garbage("Bearer " + "A".repeat(h.between(2_000, 3_500)), true)),
                w(2, new Garbage("bearer " + editor, false)), w(1, new Garbage("BEARER " + editor, false)),
                w(2, new Garbage("Bearer  " + editor, false)),
                w(3, new Garbage(headerValue(h.string(null)), true)),
                w(3, new Garbage(h.withInvalidOctets("Bearer " + editor), true)),
                w(2, new Garbage(h.withInvalidOctets("Bearer "), true)));
        r.header("Authorization", garbage.value());
        r.recipe.add("garbage Authorization");
        if (secured && garbage.refused()) {
            r.mustFail.add("invalid token");
        }
    }

    private void ifMatch(HostileRequest r, String resourcePath, boolean benign) {
        String current = resourcePath == null ? null : etag(r.target == HostileRequest.Target.HOSTILE
                ? seedResourcePath(r.op) : resourcePath);
        int roll = h.random.nextInt(100);
        if (current != null && (benign || roll < 65)) {
            r.header("If-Match", current);
            return;
        }
        if (roll < 75) {
            r.recipe.add("no If-Match");
            r.mustFail.add("no If-Match");
            return;
        }
        String base = current == null ? "\"x\"" : current;
        String ifMatchValue = octets(h.pick(Hostile.HEADER_VALUES.get("If-Match")));
        Garbage value = h.weighted(
                w(4, new Garbage("", true)), w(3, new Garbage("*", false)), w(4, new Garbage("W/" + base, true)),
                w(3, new Garbage(base.replace("\"", ""), false)),
                w(6, new Garbage("\"" + headerValue(h.string(null)).replace("\"", "") + "\"", true)),
                w(2, new Garbage(base + ", \"x\"", false)), w(2, new Garbage("\"x\", " + base, false)),
                w(6, new Garbage(headerValue(h.string(null)), true)),
                w(2, new Garbage(String.join(", ", Collections.nCopies(h.between(50, 300), "\"x\"")), true)),
                w(3, new Garbage(base.substring(0, base.length() - 1) + "x\"", true)),
                w(3, new Garbage(headerValue(h.mutate(base)), false)),
                w(4, new Garbage(h.withInvalidOctets(base), true)),
                w(4, new Garbage(ifMatchValue, !ifMatchValue.contains("*"))));
        String v = value.value();
        r.header("If-Match", v);
        r.recipe.add("If-Match " + HostileRequest.printable(v, 80));
        if (value.refused() && !v.strip().equals("*")) {
            r.mustFail.add("wrong If-Match");
        }
    }

    private String seedResourcePath(Contract.Op op) {
        String template = op.path();
        while (contract.op("GET", template) == null && template.lastIndexOf('/') > 0) {
            template = template.substring(0, template.lastIndexOf('/'));
        }
        String path = template;
        for (Contract.Param p : op.in("path")) {
            path = path.replace("{" + p.name() + "}", encode(pathValues.get(op.path() + "|" + p.name()).get(0)));
        }
        return path;
    }

    private void apiKeyHeader(HostileRequest r, boolean benign) {
        int roll = h.random.nextInt(100);
        if (roll < 60) {
            return;
        }
        if (apiKey != null && (benign || roll < 88)) {
            r.header("X-API-Key", apiKey);
            return;
        }
        if (benign) {
            return;
        }
        String example = apiKey != null ? apiKey : "ilo_k3JdX2v9Qm0aT7eLpR4sW1yZ8bN6cF5u";
        String v = switch (h.random.nextInt(4)) {
            case 0 -> headerValue(h.mutate(example));
            case 1 -> octets(h.pick(Hostile.HEADER_VALUES.get("X-API-Key")));
            case 2 -> h.withInvalidOctets(example);
            default -> headerValue(h.string(example));
        };
        r.header("X-API-Key", v);
        r.recipe.add("X-API-Key " + HostileRequest.printable(v, 60));
        if (!v.isBlank() && !v.equals(apiKey)) {
            r.mustFail.add("unknown API key");
        }
    }

    private void acceptLanguage(HostileRequest r) {
        int roll = h.random.nextInt(100);
        if (roll < 50) {
            return;
        }
        if (roll < 62) {
            r.header("Accept-Language", h.pick(List.of("zh", "mn", "en", "mn;q=0.9, zh;q=0.8, en;q=0.5", "zh-CN,zh;q=0.9")));
            return;
        }
        hostileHeader(r, "Accept-Language", "zh");
    }

    private void conditionalHeaders(HostileRequest r) {
        for (String name : List.of("If-None-Match", "If-Modified-Since")) {
            if (h.chance(0.08)) {
                hostileHeader(r, name, null);
            }
        }
    }

    /** A malformed value of a header the service reads, as octets; some with invalid octets inserted. */
    private void hostileHeader(HostileRequest r, String name, String valid) {
        if (r.header(name) != null) {
            return;
        }
        String v = octets(h.header(name, valid));
        if (h.chance(0.25)) {
            v = h.withInvalidOctets(v);
        }
        r.header(name, v);
        r.recipe.add(name + " " + HostileRequest.printable(v, 80) + " (" + v.length() + " chars)");
    }

    // ---- bodies

    @SuppressWarnings("unchecked")
    private void body(HostileRequest r) {
        boolean benign = r.benign;
        Contract.Op op = r.op;
        Schema<?> schema = op.bodySchema();
        Map<String, Object> body = (Map<String, Object>) Bodies.copy(validBodies.get(op.id()));
        if (!op.method().equals("POST")) {
            body.remove("id");
        }
        boolean patch = op.method().equals("PATCH");
        if (patch && !benign && !r.strict) {
            // a merge patch names a few members
            List<String> keys = new ArrayList<>(body.keySet());
            h.shuffle(keys);
            Set<String> keep = new HashSet<>(keys.subList(0, Math.min(keys.size(), h.between(0, 3))));
            body.keySet().retainAll(keep);
        }
        String correctType = op.mediaType();

        if (benign || r.strict) {
            if (benign) {
                List<Bodies.Site> texts = Bodies.sites(body, schema).stream().filter(Bodies.Site::freeText).toList();
                Bodies.Site site = h.pick(texts);
                String value = h.string(site.get() instanceof String s ? s : null);
                site.set(value);
                r.recipe.add("body " + site.path() + " ← " + HostileRequest.printable(value, 80) + " ("
                        + value.length() + " chars)");
            } else {
                strictValue(r, body, schema);
            }
            if (op.method().equals("POST")) {
                if (h.chance(0.5)) {
                    body.put("id", "hostile-new-" + Long.toHexString(seed & 0xffffff) + "-" + r.index);
                } else {
                    body.remove("id"); // derived from the (hostile) title
                }
            }
            r.contentType = correctType;
            r.body = JsonText.write(body, h.chance(0.3)).getBytes(StandardCharsets.UTF_8);
            return;
        }

        Set<String> attacked = new HashSet<>();
        String mode = h.weighted(w(42, "fields"), w(8, "unknown-properties"), w(17, "malformed"),
                w(3, "deep"), w(6, "top-level"), w(4, "duplicate-keys"), w(7, "huge"),
                w(1, "oversize"), w(3, "bom"), w(3, "empty"), w(6, "invalid-utf8"));
        r.recipe.add("body mode " + mode);
        String text = null;
        byte[] bytes = null;
        switch (mode) {
            case "fields" -> mutateFields(r, body, schema, attacked, h.weighted(w(6, 1), w(3, 2), w(1, 3)));
            case "unknown-properties" -> {
                body.putAll(h.unknownProperties(x -> x.chance(0.5) ? x.string(null) : x.jsonNumber()));
                r.mustFail.add("unknown body property");
                if (h.chance(0.3)) {
                    mutateFields(r, body, schema, attacked, 1);
                }
            }
            case "deep" -> {
                if (h.chance(0.5)) {
                    text = Hostile.deep(h.between(1_500, 2_500), h.random.nextBoolean()).text();
                    r.mustFail.add("deeply nested top level");
                } else {
                    String key = h.pick(new ArrayList<>(Contract.properties(schema).keySet()));
                    body.put(key, Hostile.deep(h.between(1_500, 2_500), h.random.nextBoolean()));
                    attacked.add(key);
                    r.recipe.add(key + " nested 2000 deep");
                }
            }
            case "top-level" -> {
                text = h.pick(List.of("[]", "[" + JsonText.write(body, false) + "]", "\"" + h.string(null).replace("\"", "")
                        .replace("\\", "") + "\"", "42", "-1.5e300", "null", "true", "\"\"", "{}{}", "[{}]"));
                if (!text.equals("{}{}")) {
                    r.mustFail.add("body of the wrong JSON type");
                }
                r.recipe.add("top level " + HostileRequest.printable(text, 60));
            }
            case "duplicate-keys" -> {
                List<Map.Entry<String, Object>> entries = new ArrayList<>();
                body.forEach((k, v) -> entries.add(Map.entry(k, v == null ? "" : v)));
                String key = h.pick(new ArrayList<>(Contract.properties(schema).keySet()));
                Object duplicate = bounded(Bodies.hostile(h, Contract.properties(schema).get(key), body.get(key), 0));
                entries.add(h.random.nextInt(entries.size() + 1), Map.entry(key, duplicate == null ? "" : duplicate));
                attacked.add(key);
                Bodies.Poison poison = Bodies.poison(body, schema, attacked);
                if (poison != null) {
                    entries.removeIf(e -> e.getKey().equals(poison.property()));
                    if (!poison.remove()) {
                        entries.add(Map.entry(poison.property(), poison.value()));
                    }
                    r.recipe.add("poison " + poison);
                    r.mustFail.add("contract constraint: " + poison);
                }
                text = JsonText.write(new JsonText.Entries(entries), h.chance(0.3));
                r.recipe.add("duplicate key " + key);
            }
            case "huge" -> {
                List<Bodies.Site> sites = Bodies.sites(body, schema).stream()
                        .filter(s -> Contract.type(s.schema()).equals("string")).toList();
                Bodies.Site site = h.pick(sites);
                int length = h.between(20_000, 100_000);
                site.set(Hostile.repeatTo(h.draw(h.hugeUnit), length));
                attacked.add(site.path().split("[.\\[]")[0]);
                r.recipe.add(site.path() + " ← " + length + " chars");
            }
            case "oversize" -> {
                body.put(h.pick(new ArrayList<>(Contract.properties(schema).keySet())), Hostile.repeatTo("x", MAX_BODY_BYTES + 1_000));
                r.mustFail.add("body over 1 MiB");
            }
            case "empty" -> {
                text = h.pick(List.of("", " ", "\n\n", "\u0000", "\uFEFF"));
                r.mustFail.add("empty body");
            }
            default -> {
                // malformed, bom and invalid-utf8 corrupt the serialized text of an attacked body
                if (h.chance(0.5)) {
                    mutateFields(r, body, schema, attacked, 1);
                }
            }
        }
        if (text == null && bytes == null) {
            if (!mode.equals("oversize")) {
                Bodies.Poison poison = Bodies.poison(body, schema, attacked);
                if (poison != null) {
                    r.recipe.add("poison " + poison);
                    r.mustFail.add("contract constraint: " + poison);
                }
            }
            text = JsonText.write(body, h.chance(0.3));
            switch (mode) {
                case "malformed" -> text = malform(r, text);
                case "bom" -> text = "\uFEFF" + text;
                case "invalid-utf8" -> bytes = invalidUtf8(r, text);
                default -> {
                }
            }
        }
        r.body = bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8);

        // ---- content type
        int roll = h.random.nextInt(100);
        if (roll < 80) {
            r.contentType = roll < 75 ? correctType : h.pick(List.of(correctType + "; charset=UTF-8",
                    correctType.toUpperCase(Locale.ROOT), correctType + ";charset=utf-8"));
        } else if (roll < 84) {
            r.contentType = null;
            r.recipe.add("no Content-Type");
        } else {
            String other = correctType.equals("application/json") ? "application/merge-patch+json" : "application/json";
            String ct = headerValue(h.weighted(
                    w(20, h.pick(List.of("text/plain", "text/plain; charset=UTF-8", "application/xml", "text/xml",
                            "application/x-www-form-urlencoded", "application/octet-stream", "application/json-patch+json",
                            "application/javascript", "text/html", "application/jsonx", "application/x-json", "json",
                            "application", "/", "image/png", "application/vnd.api+json", "application/problem+json",
                            "text/json", other, other, "application/json, text/plain"))),
                    w(4, h.pick(List.of("*/*", "application/*", correctType + "; charset=UTF-16",
                            correctType + "; charset=nonsense", correctType + ";;;", correctType + "; boundary=--x"))),
                    w(4, h.string(correctType))));
            if (h.chance(0.1)) {
                ct = h.withInvalidOctets(ct);
            }
            r.contentType = ct;
            r.recipe.add("Content-Type " + HostileRequest.printable(ct, 60));
            String essence = ct.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!essence.equals(correctType) && !essence.contains("*") && !essence.isEmpty()) {
                r.mustFail.add("unsupported Content-Type");
            }
        }
    }

    /** One string of a valid body becomes non-string JSON, or text with a lone surrogate: a 400 either way. */
    private void strictValue(HostileRequest r, Map<String, Object> body, Schema<?> schema) {
        List<Bodies.Site> strings = Bodies.sites(body, schema).stream()
                .filter(site -> Contract.type(site.schema()).equals("string") && site.get() != null).toList();
        Bodies.Site site = h.pick(strings);
        Object value;
        if (site.freeText() && h.chance(0.4)) {
            value = Bodies.withLoneSurrogate(h, (String) site.get());
            r.mustFail.add("lone surrogate in " + site.path());
        } else {
            value = Bodies.nonString(h, Contract.nullable(site.schema()), (String) site.get());
            r.mustFail.add("non-string JSON for the string " + site.path());
        }
        site.set(value);
        String shown = value instanceof JsonText.Raw raw ? raw.text() : JsonText.write(value, true);
        r.recipe.add("body " + site.path() + " ← " + HostileRequest.printable(shown, 80));
    }

    private void mutateFields(HostileRequest r, Map<String, Object> body, Schema<?> schema, Set<String> attacked, int count) {
        for (int i = 0; i < count; i++) {
            List<Bodies.Site> sites = Bodies.sites(body, schema);
            if (sites.isEmpty()) {
                return;
            }
            Bodies.Site site = h.pick(sites);
            Object value = bounded(Bodies.copy(Bodies.hostile(h, site.schema(), site.get(), 0))); // mutable copy
            site.set(value);
            attacked.add(site.path().split("[.\\[]")[0]);
            String shown = value instanceof JsonText.Raw raw ? raw.text() : value instanceof String s ? s
                    : JsonText.write(value, true);
            r.recipe.add(site.path() + " ← " + HostileRequest.printable(shown, 80) + " (" + shown.length() + " chars)");
        }
    }

    /**
     * Hostile values of hostile values can grow without bound: bodies stay around 100 KB (the 1 MiB limit has a
     * mode of its own).
     */
    private Object bounded(Object value) {
        return JsonText.write(value, false).length() > 150_000 ? Hostile.repeatTo(h.draw(h.hugeUnit), 100_000) : value;
    }

    private String malform(HostileRequest r, String text) {
        int roll = h.random.nextInt(11);
        String result;
        String how;
        boolean sure = true;
        switch (roll) {
            case 0 -> {
                int cut = h.between(0, Math.max(0, text.length() - 1));
                result = text.substring(0, cut);
                how = "truncated at " + cut;
            }
            case 1 -> {
                result = text.substring(0, text.length() - 1) + ",}";
                how = "trailing comma";
            }
            case 2 -> {
                result = text + h.pick(List.of("}", "}{", " x", "\u0000", ",", "{\"a\":1}"));
                how = "garbage after the value";
                sure = false;
            }
            case 3 -> {
                result = "{/* comment */" + text.substring(1);
                how = "comment";
            }
            case 4 -> {
                result = text.replace('"', '\'');
                how = "single quotes";
            }
            case 5 -> {
                result = text.replaceFirst("\"([A-Za-z]+)\":", "$1:");
                how = "unquoted key";
            }
            case 6 -> {
                result = text.replaceFirst(":\"", ":\"raw\u0001control\n");
                how = "raw control characters in a string";
            }
            case 7 -> {
                result = text.replaceFirst(":", ":" + h.pick(Bodies.MALFORMED_VALUES) + ",\"x\":");
                how = "malformed value";
            }
            case 8 -> {
                result = text.replaceFirst("\\{", "{,");
                how = "leading comma";
            }
            case 9 -> {
                result = text.replace(",", ";");
                how = "semicolons";
                sure = text.contains(",");
            }
            default -> {
                result = text.replaceFirst("\\}$", "").replaceFirst("^\\{", "[");
                how = "mismatched brackets";
            }
        }
        if (result.equals(text)) {
            sure = false;
        }
        r.recipe.add("malformed: " + how);
        if (sure) {
            r.mustFail.add("malformed JSON (" + how + ")");
        }
        return result;
    }

    private byte[] invalidUtf8(HostileRequest r, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf(":\"");
        if (at < 0) {
            return utf8;
        }
        int pos = text.substring(0, at + 2).getBytes(StandardCharsets.UTF_8).length;
        byte[][] bad = { { (byte) 0xFF }, { (byte) 0xC3, 0x28 }, { (byte) 0xC0, (byte) 0xAF },
                { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80 },
                { (byte) 0x80 }, { (byte) 0xE2, (byte) 0x28, (byte) 0xA1 }, { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 } };
        byte[] insert = bad[h.random.nextInt(bad.length)];
        byte[] out = new byte[utf8.length + insert.length];
        System.arraycopy(utf8, 0, out, 0, pos);
        System.arraycopy(insert, 0, out, pos, insert.length);
        System.arraycopy(utf8, pos, out, pos + insert.length, utf8.length - pos);
        StringBuilder hex = new StringBuilder();
        for (byte b : insert) {
            hex.append(String.format("%02X ", b));
        }
        r.recipe.add("invalid UTF-8 " + hex.toString().trim() + " at byte " + pos);
        return out;
    }

    // =============================================================================================== exchange

    /** A generated header value, and whether it alone obliges the service to refuse the request. */
    record Garbage(String value, boolean refused) {
    }

    record Outcome(Response response, String contractError, String transportError, String sentContentType) {
    }

    /** Remembers the response before the contract filter (installed first) judges it. */
    static final class Capture implements Filter {
        Response last;
        String sentContentType;

        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            sentContentType = request.getContentType();
            last = context.next(request, response);
            return last;
        }
    }

    private void run(List<HostileRequest> window) throws Exception {
        if (window.isEmpty()) {
            return;
        }
        List<HostileRequest> concurrent = window.stream().filter(r -> !r.alone()).toList();
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (HostileRequest r : concurrent) {
            outcomes.add(pool.submit(() -> timed(r)));
        }
        List<Outcome> done = new ArrayList<>();
        for (Future<Outcome> outcome : outcomes) {
            done.add(outcome.get(5, TimeUnit.MINUTES)); // all answered before anything is judged or undone
        }
        List<HostileRequest> refusedWrites = new ArrayList<>();
        boolean accepted = false;
        for (int i = 0; i < concurrent.size(); i++) {
            HostileRequest r = concurrent.get(i);
            Outcome o = done.get(i);
            long t = System.nanoTime();
            check(r, o, false);
            nanosChecking += System.nanoTime() - t;
            if (r.op.isWrite() && o.response() != null) {
                if (o.response().statusCode() >= 400) {
                    refusedWrites.add(r);
                } else if (o.response().statusCode() < 300) {
                    accepted = true;
                }
            }
        }
        long t = System.nanoTime();
        if (!refusedWrites.isEmpty()) {
            databaseChecks++;
            Map<String, String> now = db.take();
            if (!now.equals(baseline) && !accepted) {
                pinpoint(refusedWrites, now);
            }
            baseline = db.take();
        }
        nanosChecking += System.nanoTime() - t;
        for (HostileRequest r : window) {
            if (r.alone()) {
                if (r.header("If-Match") != null) {
                    // earlier writes of the window may have moved it
                    etags.remove(r.targetPath);
                    String current = etag(r.targetPath);
                    r.headers.removeIf(e -> e.getKey().equals("If-Match"));
                    if (current != null) {
                        r.header("If-Match", current);
                    }
                }
                Outcome o = timed(r);
                t = System.nanoTime();
                check(r, o, true);
                nanosChecking += System.nanoTime() - t;
            }
        }
    }

    /** The data changed during a window of refused writes: replay them one at a time to find the culprit. */
    private void pinpoint(List<HostileRequest> refusedWrites, Map<String, String> changed) {
        Map<String, String> before = changed;
        for (HostileRequest r : refusedWrites) {
            Outcome o = exchange(r);
            helperRequests++;
            Map<String, String> after = db.take();
            if (!after.equals(before) && o.response() != null && o.response().statusCode() >= 400) {
                failure(r, o.response(), "database changed by a refused write",
                        DatabaseFingerprint.difference(before, after) + " (found by replaying the request)");
                return;
            }
            before = after;
        }
        HostileRequest first = refusedWrites.get(0);
        failure(first, null, "database changed during a window of refused writes",
                DatabaseFingerprint.difference(baseline, changed) + "; not reproduced by replaying the writes "
                        + refusedWrites.stream().map(w -> "#" + w.index).toList());
    }

    private Outcome timed(HostileRequest r) {
        long t = System.nanoTime();
        Outcome o = exchange(r);
        long elapsed = System.nanoTime() - t;
        synchronized (timings) {
            nanosExchanging += elapsed;
            nanosPerOp.merge(r.op.id(), elapsed, Long::sum);
            timings.add(Map.entry(elapsed, "#" + r.index + " " + r.op.id() + " " + r.url));
        }
        return o;
    }

    private Outcome exchange(HostileRequest r) {
        Capture capture = new Capture();
        RequestSpecification spec = RestAssured.given().config(config.get()).urlEncodingEnabled(false).filter(capture);
        for (Map.Entry<String, String> header : r.headers) {
            spec.header(header.getKey(), header.getValue());
        }
        if (r.contentType != null) {
            spec.contentType(r.contentType);
        }
        if (r.body != null) {
            // REST Assured insists on encoding form bodies itself, from a string
            boolean form = r.contentType != null && r.contentType.toLowerCase(Locale.ROOT)
                    .startsWith("application/x-www-form-urlencoded");
            if (form) {
                spec.body(new String(r.body, StandardCharsets.ISO_8859_1));
            } else {
                spec.body(r.body);
            }
        }
        try {
            Response response = spec.request(r.op.method(), r.url);
            return new Outcome(response, null, null, capture.sentContentType);
        } catch (Exception e) { // REST Assured (Groovy) also throws checked exceptions undeclared
            if (capture.last != null) {
                return new Outcome(capture.last, String.valueOf(e.getMessage()), null, capture.sentContentType);
            }
            return new Outcome(null, null, e.getClass().getSimpleName() + ": " + e.getMessage()
                    + (e.getCause() != null ? " (" + e.getCause() + ")" : ""), capture.sentContentType);
        }
    }

    private void check(HostileRequest r, Outcome o, boolean alone) {
        String id = r.op.id();
        sent.merge(id, 1, Integer::sum);
        if (o.transportError() != null) {
            failure(r, null, "unreadable response", o.transportError() + "\n" + rawReplay(r));
            return;
        }
        Response response = o.response();
        int status = response.statusCode();
        statuses.computeIfAbsent(id, k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        if (o.contractError() != null && !emptyExport(response, o.contractError())) {
            failure(r, response, "response not as openapi.yaml documents it", validationErrors(o.contractError()));
        }
        if (status >= 500) {
            failure(r, response, "server error", null);
        }
        if (status == 429) {
            failure(r, response, "rate limited (429) during the suite", null);
        }
        if (status >= 400) {
            String problem = problemFault(response, status);
            if (problem != null) {
                failure(r, response, "error is not problem+json per the contract", problem);
            }
        }
        if (r.op.isWrite()) {
            if (status >= 400 && alone) {
                databaseChecks++;
                Map<String, String> now = db.take();
                if (!now.equals(baseline)) {
                    failure(r, response, "database changed by a refused write", DatabaseFingerprint.difference(baseline, now));
                    baseline = now;
                }
            } else if (status < 300) {
                acceptedWrite(r, response);
            }
        } else if (status < 300 && !r.mustFail.isEmpty()) {
            failure(r, response, "invalid request answered " + status, "expected a 4xx because: " + r.mustFail);
        }
    }

    /**
     * An export that nothing matches is an empty NDJSON stream (zero lines), which the validator can only see
     * as a missing body.
     */
    private static boolean emptyExport(Response response, String report) {
        return response.statusCode() == 200 && String.valueOf(response.contentType()).startsWith("application/x-ndjson")
                && response.asByteArray().length == 0
                && Arrays.stream(validationErrors(report).substring("contract: ".length()).split(" \\| "))
                        .allMatch(error -> error.startsWith("validation.response.body.missing"));
    }

    /** The ERROR messages of the contract filter's report, one per line. */
    private static String validationErrors(String report) {
        try {
            JsonNode json = JSON.readTree(report.substring(report.indexOf('{')));
            List<String> errors = new ArrayList<>();
            for (JsonNode message : json.path("messages")) {
                if (message.path("level").asText().equals("ERROR")) {
                    errors.add(message.path("key").asText() + ": " + message.path("message").asText()
                            + (message.path("additionalInfo").isArray() && !message.path("additionalInfo").isEmpty()
                                    ? " " + message.path("additionalInfo") : ""));
                }
            }
            return "contract: " + String.join(" | ", errors);
        } catch (Exception e) {
            return report;
        }
    }

    /** The same request once more with a plain HTTP client, to show the response as it is on the wire. */
    private String rawReplay(HostileRequest r) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + r.url)).timeout(Duration.ofSeconds(30))
                    .method(r.op.method(), r.body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofByteArray(r.body));
            request.header("Accept-Encoding", "gzip,deflate");
            for (Map.Entry<String, String> header : r.headers) {
                request.header(header.getKey(), header.getValue());
            }
            if (r.contentType != null) {
                request.header("Content-Type", r.contentType);
            }
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(48, response.body().length); i++) {
                hex.append(String.format("%02x ", response.body()[i]));
            }
            return "replayed without decoding: " + response.statusCode() + " " + response.headers().map() + ", "
                    + response.body().length + " body bytes: " + hex.toString().trim();
        } catch (Exception e) {
            return "replay failed: " + e;
        }
    }

    private String problemFault(Response response, int status) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "Content-Type is " + contentType;
        }
        String body = response.asString();
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (Exception e) {
            return "body is not JSON: " + HostileRequest.printable(body, 200);
        }
        if (json == null || !json.isObject()) {
            return "body is not a JSON object";
        }
        for (String member : List.of("type", "title", "detail", "instance")) {
            if (!json.path(member).isTextual()) {
                return "'" + member + "' missing or not a string";
            }
        }
        if (json.path("type").asText().isBlank() || json.path("title").asText().isBlank()) {
            return "blank type or title";
        }
        if (!json.path("status").isInt() || json.path("status").asInt() != status) {
            return "'status' is " + json.path("status") + ", the response's status " + status;
        }
        if (INTERNALS.matcher(body).find()) {
            return "internals in the body: " + HostileRequest.printable(body, 300);
        }
        return null;
    }

    private void acceptedWrite(HostileRequest r, Response response) {
        int status = response.statusCode();
        accepted.add("#" + r.index + " " + r.op.id() + " → " + status + " (" + String.join("; ", r.recipe) + ")");
        if (!r.mustFail.isEmpty()) {
            failure(r, response, "hostile write accepted", "the contract requires a refusal: " + r.mustFail);
        }
        if (r.targetPath != null) {
            etags.remove(r.targetPath);
        }
        if (r.op.method().equals("POST") && status == 201) {
            String location = response.header("Location");
            String path = location != null ? URI.create(location).getRawPath() : null;
            Response deleted = path == null ? null : delete(path, response.header("ETag"));
            if (deleted == null || deleted.statusCode() != 204) {
                failure(r, response, "cannot undo an accepted create", "Location " + location + ": "
                        + (deleted == null ? "no DELETE" : deleted.statusCode() + " " + deleted.asString()));
            }
        } else if (r.op.method().equals("DELETE") && r.target == HostileRequest.Target.OWN) {
            String collection = r.op.path().substring(0, r.op.path().indexOf("/{"));
            createOwn(contract.op("POST", collection));
        }
        baseline = db.take();
    }

    private void failure(HostileRequest r, Response response, String kind, String detail) {
        String group = r.op.id() + " — " + kind + (response != null ? " — HTTP " + response.statusCode() : "");
        failureCounts.merge(group, 1, Integer::sum);
        List<String> examples = failures.computeIfAbsent(group, k -> new ArrayList<>());
        if (examples.size() < 2) {
            StringBuilder s = new StringBuilder("    ").append(r.describe(secrets));
            if (response != null) {
                s.append("\n      → ").append(response.statusCode()).append(' ').append(response.contentType())
                        .append(' ').append(HostileRequest.printable(response.asString(), 600));

            }
            if (detail != null) {
                s.append("\n      ").append(HostileRequest.printable(detail, 1_500).replace("\\u000a", "\n      "));
            }
            examples.add(s.toString());
        }
    }

    // =============================================================================================== helpers

    private Response helper(String method, String path, String body, String contentType) {
        helperRequests++;
        // Helpers set up and undo; what they receive is not under test (the hostile requests are).
        RequestSpecification spec = RestAssured.given().noFilters().config(config.get()).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + editor);
        if (body != null) {
            spec.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        return spec.request(method, path);
    }

    private Response helperWithIfMatch(String method, String path, String etag) {
        helperRequests++;
        return RestAssured.given().noFilters().config(config.get()).urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + editor)
                .header("If-Match", etag).request(method, path);
    }

    private String etag(String path) {
        if (path == null) {
            return null;
        }
        return etags.computeIfAbsent(path, p -> {
            // anonymously: the service sends no validators on authenticated reads
            helperRequests++;
            Response response = RestAssured.given().noFilters().config(config.get()).urlEncodingEnabled(false).get(p);
            return response.statusCode() == 200 ? response.header("ETag") : null;
        });
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Percent-encodes everything but unreserved characters, as UTF-8; a lone surrogate becomes its (invalid)
     * three-byte form, so it reaches the server as the hostile octets it is.
     */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (byte b : wtf8(s)) {
            int v = b & 0xff;
            if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z') || (v >= '0' && v <= '9') || v == '-' || v == '.'
                    || v == '_' || v == '~') {
                out.append((char) v);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(v & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** UTF-8, except that lone surrogates are encoded as if they were characters (WTF-8). */
    static byte[] wtf8(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /**
     * A header value as the octets a client can send: UTF-8 (one char per octet, which the HTTP client writes as
     * is), without CR, LF, NUL and other controls (they cannot be sent in a header field), at most 4 KiB.
     */
    static String headerValue(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : wtf8(s)) {
            int v = b & 0xff;
            if ((v < 0x20 && v != 0x09) || v == 0x7f) {
                continue;
            }
            out.append((char) v);
            if (out.length() >= MAX_HEADER) {
                break;
            }
        }
        return out.toString().strip();
    }

    /**
     * A header value as the octets a client can send: WTF-8, one char per octet, keeping controls and DEL (which
     * the service must refuse properly), dropping only CR and LF (they would end the field), at most 4 KiB.
     */
    static String octets(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : wtf8(s)) {
            int v = b & 0xff;
            if (v == '\r' || v == '\n') {
                continue;
            }
            out.append((char) v);
            if (out.length() >= MAX_HEADER) {
                break;
            }
        }
        return out.toString();
    }

    private String report(List<Phase> phases, int goal, long seconds) {
        StringBuilder s = new StringBuilder("\n");
        for (Phase p : phases) {
            s.append("[hostile] seed ").append(p.seed()).append(" (").append(p.kind()).append("): ")
                    .append(done.getOrDefault(p, 0)).append(" of ").append(p.requests()).append(" requests\n");
        }
        s.append("[hostile] ").append(sent.values().stream().mapToInt(i -> i).sum()).append(" of ").append(goal)
                .append(" hostile requests over ").append(sent.size()).append(" operations in ").append(seconds)
                .append(" s (+").append(helperRequests).append(" helper requests, ").append(databaseChecks)
                .append(" database checks after refused writes); time generating ")
                .append(nanosBuilding / 1_000_000).append(" ms, exchanging ").append(nanosExchanging / 1_000_000)
                .append(" ms, checking ").append(nanosChecking / 1_000_000).append(" ms\n");
        for (Map.Entry<String, Integer> e : sent.entrySet()) {
            s.append(String.format("  %-28s %5d %6d ms  %s%n", e.getKey(), e.getValue(),
                    nanosPerOp.getOrDefault(e.getKey(), 0L) / 1_000_000, statuses.get(e.getKey())));
        }
        timings.sort(Map.Entry.comparingByKey());
        s.append("[hostile] response time median ").append(timings.get(timings.size() / 2).getKey() / 1_000_000)
                .append(" ms, p90 ").append(timings.get(timings.size() * 9 / 10).getKey() / 1_000_000).append(" ms, ")
                .append(timings.stream().filter(t -> t.getKey() > 4_000_000_000L).count())
                .append(" over 4 s; slowest:\n");
        for (int i = timings.size() - 1; i >= Math.max(0, timings.size() - 3); i--) {
            s.append("   ").append(timings.get(i).getKey() / 1_000_000).append(" ms ")
                    .append(HostileRequest.printable(timings.get(i).getValue(), 200)).append('\n');
        }
        s.append("[hostile] accepted writes (undone): ").append(accepted.size()).append('\n');
        accepted.stream().limit(15).forEach(a -> s.append("  ").append(HostileRequest.printable(a, 300)).append('\n'));
        if (failureCounts.isEmpty()) {
            s.append("[hostile] no failures\n");
        } else {
            s.append("[hostile] FAILURES (each names its seed and request number: -Dhostile.seed=S"
                    + " -Dhostile.requests=N repeats it):\n");
            failureCounts.forEach((group, count) -> {
                s.append("  ").append(count).append(" × ").append(group).append('\n');
                failures.get(group).forEach(example -> s.append(example).append('\n'));
            });
        }
        return s.toString();
    }
}
