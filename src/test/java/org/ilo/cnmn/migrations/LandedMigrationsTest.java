package org.ilo.cnmn.migrations;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Flyway refuses to start on a database whose applied migrations no longer match their files, so an
 * edit of a landed V__ file would only show up when a deployment fails. This compares every V__ file
 * with the checksum recorded when it landed (src/test/resources/db/migration-checksums.txt).
 */
class LandedMigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final String MANIFEST = "/db/migration-checksums.txt";

    @Test
    void landedMigrationsAreNeverEdited() throws IOException {
        Map<String, String> recorded = recorded();
        Map<String, String> actual = actual();
        List<String> problems = new ArrayList<>();
        for (String file : new TreeSet<>(actual.keySet())) {
            String expected = recorded.get(file);
            if (expected == null) {
                problems.add(file + " is not in the manifest: a new migration adds the line '" + file + " "
                        + actual.get(file) + "' to src/test/resources" + MANIFEST);
            } else if (!expected.equals(actual.get(file))) {
                problems.add(file + " differs from the version that landed: revert it (git checkout main -- "
                        + MIGRATIONS.resolve(file) + ") and make the change in a new V__ migration");
            }
        }
        recorded.keySet().stream().filter(file -> !actual.containsKey(file)).forEach(file -> problems.add(file
                + " is in the manifest but missing: a landed migration is never deleted; restore it"));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static Map<String, String> recorded() throws IOException {
        try (InputStream in = LandedMigrationsTest.class.getResourceAsStream(MANIFEST)) {
            assertNotNull(in, MANIFEST + " is missing from the test resources");
            Map<String, String> sums = new TreeMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split(" "))
                    .forEach(parts -> assertNull(sums.put(parts[0], parts[1]), parts[0] + " is listed twice in " + MANIFEST));
            return sums;
        }
    }

    private static Map<String, String> actual() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Map<String, String> sums = new TreeMap<>();
            for (Path file : files.filter(f -> f.getFileName().toString().matches("V.+__.+\\.sql")).toList()) {
                sums.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
            return sums;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
