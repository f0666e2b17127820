package org.ilo.cnmn.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ilo.cnmn.support.TcpProxy;
import org.ilo.cnmn.support.TestDatabase;
import org.ilo.cnmn.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two replicas of the packaged application share one throwaway database: A connects directly, B
 * through two relays, one for its pool and one for its data-version listener
 * ({@code ilo.data-version.listen-url}). A changes a project; B, partitioned silently, must never
 * confirm the old ETag with a 304 more than max-silence (1 s) after the change: it answers from the
 * database (200 with the new ETag) or, if the database is out of reach too, 503.
 */
class ReplicaPartitionIT {

    static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    static final long MAX_SILENCE_MILLIS = 1_000;
    static final Duration WATCH = Duration.ofSeconds(4);
    static final String EDITOR = Tokens.editor("replica-partition-editor");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    static final URI SERVER = URI.create(TestDatabase.server().substring("jdbc:".length()));
    static String database;
    static TcpProxy poolRelay;
    static TcpProxy listenerRelay;
    static Process a;
    static Process b;
    static String baseA;
    static String baseB;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        database = "ilo_test_" + Instant.now().getEpochSecond() + "_"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        try (Connection c = DriverManager.getConnection(TestDatabase.server(), TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        int serverPort = SERVER.getPort() < 0 ? 5432 : SERVER.getPort();
        poolRelay = new TcpProxy(SERVER.getHost(), serverPort);
        listenerRelay = new TcpProxy(SERVER.getHost(), serverPort);
        int portA = freePort();
        a = start("a", portA, "jdbc:postgresql://" + SERVER.getHost() + ":" + serverPort + "/" + database, Optional.empty());
        baseA = "http://127.0.0.1:" + portA;
        awaitReady(a, baseA);
        int portB = freePort();
        b = start("b", portB, "jdbc:postgresql://127.0.0.1:" + poolRelay.port() + "/" + database,
                Optional.of("jdbc:postgresql://127.0.0.1:" + listenerRelay.port() + "/" + database));
        baseB = "http://127.0.0.1:" + portB;
        awaitReady(b, baseB);
    }

    @AfterAll
    static void stopEverything() throws SQLException {
        try {
            stop(a);
            stop(b);
        } finally {
            if (poolRelay != null) {
                poolRelay.close();
            }
            if (listenerRelay != null) {
                listenerRelay.close();
            }
            if (database != null) {
                try (Connection c = DriverManager.getConnection(TestDatabase.server(), TestDatabase.user(),
                        TestDatabase.password()); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
        }
    }

    @Test
    void aReplicaWhoseListenerFallsSilentAnswersFromTheDatabaseNotWithAStale304() throws Exception {
        String id = newProject();
        String old = awaitConfirmedByB(id);

        listenerRelay.blackHole();
        try {
            Instant changed = changeThroughA(id);
            List<Answer> answers = watchB(id, old, changed);
            assertNoStaleConfirmation(answers);
            Answer last = answers.get(answers.size() - 1);
            assertEquals(200, last.status(), "B's database is reachable, so B answers from it: " + answers);
            assertNotEquals(old, last.etag(), "with the new representation");
        } finally {
            listenerRelay.restore();
        }
        awaitConfirmedByB(id);
    }

    @Test
    void aReplicaCutOffSilentlyFromTheDatabaseAnswers503NotAStale304() throws Exception {
        String id = newProject();
        String old = awaitConfirmedByB(id);

        poolRelay.blackHole();
        listenerRelay.blackHole();
        try {
            Instant changed = changeThroughA(id);
            List<Answer> answers = watchB(id, old, changed);
            assertNoStaleConfirmation(answers);
            for (Answer answer : answers) {
                if (answer.sinceChange() > MAX_SILENCE_MILLIS) {
                    assertTrue(answer.status() == 503 || answer.status() == 200 && !old.equals(answer.etag()),
                            "after max-silence B answers 503 or the new representation: " + answer);
                }
            }
            assertEquals(503, answers.get(answers.size() - 1).status(), "B cannot reach the database: " + answers);
        } finally {
            poolRelay.restore();
            listenerRelay.restore();
        }
        String recovered = awaitConfirmedByB(id);
        assertNotEquals(old, recovered, "B recovers by itself and serves the change");
    }

    /** One answer of B to a conditional GET for the old ETag, sent {@code sinceChange} ms after the change. */
    record Answer(long sinceChange, int status, String etag) {
    }

    private static List<Answer> watchB(String id, String old, Instant changed) throws Exception {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 200 && Duration.between(changed, Instant.now()).compareTo(WATCH) < 0; i++) {
            long since = Duration.between(changed, Instant.now()).toMillis();
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseB + "/api/v1/projects/" + id))
                    .header("If-None-Match", old).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            answers.add(new Answer(since, response.statusCode(), response.headers().firstValue("ETag").orElse(null)));
            Thread.sleep(50);
        }
        System.out.println("B's answers after the change (ms since change, status): " + answers);
        return answers;
    }

    private static void assertNoStaleConfirmation(List<Answer> answers) {
        assertTrue(answers.size() >= 2, "B was watched past max-silence: " + answers);
        for (Answer answer : answers) {
            if (answer.status() == 304 && answer.sinceChange() > MAX_SILENCE_MILLIS) {
                fail("B confirmed the changed ETag " + answer.sinceChange() + " ms after the change: " + answers);
            }
        }
    }

    private static String newProject() throws Exception {
        String id = "replica-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(baseA + "/api/v1/projects"))
                .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(project(id, "Before"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        return id;
    }

    private static Instant changeThroughA(String id) throws Exception {
        HttpResponse<String> current = get(baseA, id, null);
        assertEquals(200, current.statusCode());
        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(URI.create(baseA + "/api/v1/projects/" + id))
                .header("Authorization", "Bearer " + EDITOR).header("Content-Type", "application/json")
                .header("If-Match", current.headers().firstValue("ETag").orElseThrow())
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.ofString(project(id, "After"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode(), changed.body());
        return Instant.now();
    }

    /** Waits until B's cache confirms the current ETag of the project with a 304, and returns that ETag. */
    private static String awaitConfirmedByB(String id) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        for (int i = 0; i < 300 && Instant.now().isBefore(deadline); i++) {
            HttpResponse<String> read = get(baseB, id, null);
            String etag = read.headers().firstValue("ETag").orElse(null);
            if (read.statusCode() == 200 && etag != null && get(baseB, id, etag).statusCode() == 304) {
                return etag;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("B never confirmed the project's ETag with a 304");
    }

    private static HttpResponse<String> get(String base, String id, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/" + id))
                .timeout(Duration.ofSeconds(10)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Process start(String name, int port, String url, Optional<String> listenUrl) throws IOException {
        assertTrue(Files.exists(JAR), "the application is packaged at " + JAR);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dquarkus.profile=test", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + url, "-Dquarkus.datasource.username=" + TestDatabase.user(),
                "-Dquarkus.datasource.password=" + TestDatabase.password()));
        listenUrl.ifPresent(u -> command.add("-Dilo.data-version.listen-url=" + u));
        command.addAll(List.of("-jar", JAR.toString()));
        Path log = Path.of("target", "replica-partition-" + name + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Process process, String base) throws Exception {
        Instant deadline = Instant.now().plusSeconds(120);
        for (int i = 0; i < 600 && Instant.now().isBefore(deadline); i++) {
            assertTrue(process.isAlive(), "the replica at " + base + " is running (see target/replica-partition-*.log)");
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the replica at " + base + " did not become ready");
    }

    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String project(String id, String title) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"startDate\":\"2027-01-01\","
                + "\"endDate\":\"2027-12-31\",\"themes\":[\"employment\"]}";
    }
}
