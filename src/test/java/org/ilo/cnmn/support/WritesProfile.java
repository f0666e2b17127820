package org.ilo.cnmn.support;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * For tests that change data: they run in their own application instance with its own throwaway
 * database, so the tests that read the seed content always see it exactly as published.
 */
public class WritesProfile implements QuarkusTestProfile {

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
