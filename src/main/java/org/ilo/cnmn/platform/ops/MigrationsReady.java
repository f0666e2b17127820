package org.ilo.cnmn.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only while the database answers and holds every migration this build ships. */
@Readiness
@ApplicationScoped
public class MigrationsReady implements HealthCheck {

    @Inject Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            int pending = flyway.info().pending().length;
            return HealthCheckResponse.named("Database migrations").status(pending == 0)
                    .withData("pending", pending).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Database migrations").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
