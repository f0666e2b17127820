package org.ilo.cnmn;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus answers a request target that java.net.URI refuses with an empty 400
 * before any handler runs, unless vertx.disableURIValidation is set when its HTTP recorder loads; set
 * here, so every way of starting the packaged service lets HttpHygiene answer such targets with a problem.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
