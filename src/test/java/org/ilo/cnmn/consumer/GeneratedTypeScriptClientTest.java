package org.ilo.cnmn.consumer;

import java.net.URL;
import java.time.Duration;
import java.util.Map;

import org.ilo.cnmn.support.NodeScripts;
import org.ilo.cnmn.support.Tokens;
import org.ilo.cnmn.support.WritesProfile;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The TypeScript client that openapi-generator 7.25.0 ({@code typescript-fetch}) makes from
 * openapi/openapi.yaml (generate-test-sources), compiled with the pinned TypeScript and driven by
 * src/test/node/generated-client.ts against the running service: paging, a 304, a 400's errors,
 * create, a merge patch to null, delete.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
class GeneratedTypeScriptClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URL base;

    @Test
    void generatedClientPagesRevalidatesReadsErrorsAndWrites() {
        NodeScripts.install();
        NodeScripts.run(TIMEOUT, Map.of(), "node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json");
        NodeScripts.run(TIMEOUT, Map.of("EDITOR_TOKEN", Tokens.editor("generated-typescript-client")),
                "node", "../../../target/typescript-client-test/src/test/node/generated-client.js", base.toString());
    }
}
