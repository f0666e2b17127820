package org.ilo.cnmn;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (application.properties, overridable by ILO_* environment variables). */
@ConfigMapping(prefix = "ilo")
public interface IloConfig {

    /**
     * Key that signs paging cursors and change tokens so that tampered ones are rejected.
     * Every replica must share it; rotating it invalidates cursors and tokens in flight.
     */
    String signingKey();

    /** Page size when a list request gives no {@code limit}. */
    @WithDefault("20")
    int defaultPageSize();

    /** Largest {@code limit} a list request may ask for. */
    @WithDefault("100")
    int maxPageSize();
}
