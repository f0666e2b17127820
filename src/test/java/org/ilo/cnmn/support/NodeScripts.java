package org.ilo.cnmn.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node side of the test harness in {@code src/test/node} (Swagger UI in Chromium, the
 * generated TypeScript client): installs its pinned packages once, then runs commands there with a
 * bounded time, printing their output as it comes.
 */
public final class NodeScripts {

    public static final Path DIR = Path.of("src", "test", "node");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(3);
    private static final int TAIL_LINES = 40;

    private NodeScripts() {
    }

    /** {@code npm ci}, unless node_modules is already newer than package-lock.json (npm ci stamps it). */
    public static synchronized void install() {
        try {
            Path stamp = DIR.resolve("node_modules").resolve(".package-lock.json");
            if (Files.exists(stamp) && Files.getLastModifiedTime(stamp)
                    .compareTo(Files.getLastModifiedTime(DIR.resolve("package-lock.json"))) > 0) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // --ignore-scripts: no package may download anything (a browser) behind our back
        run(INSTALL_TIMEOUT, Map.of(), "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
    }

    /** Runs a command in {@link #DIR}; fails the test on a non-zero exit or when it outlasts the timeout. */
    public static String run(Duration timeout, Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(DIR.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        StringBuilder output = new StringBuilder();
        try {
            Process process = builder.start();
            Thread reader = new Thread(() -> copyLines(process, output), "node-output");
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                reader.join(5_000);
                fail(String.join(" ", command) + " did not finish within " + timeout + ":\n" + tail(output));
            }
            reader.join(5_000);
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + " (its whole output is above):\n"
                        + tail(output));
            }
            synchronized (output) {
                return output.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command) + " (is Node.js 20 installed?)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(StringBuilder output) {
        List<String> lines;
        synchronized (output) {
            lines = output.toString().lines().toList();
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }

    private static void copyLines(Process process, StringBuilder output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println("[node] " + line);
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.append("(output lost: ").append(e.getMessage()).append(")\n");
            }
        }
    }
}
