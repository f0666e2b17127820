package org.ilo.cnmn.apikey;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import org.ilo.cnmn.IloConfig;
import org.ilo.cnmn.platform.ops.BackgroundFailures;
import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.problem.ProblemType;
import org.ilo.cnmn.platform.paging.Slice;
import org.ilo.cnmn.content.Slugs;

/**
 * Partner API keys. Every request may carry one, so valid keys are held in memory (by hash) and
 * reloaded every few seconds: a key created or revoked on another replica takes effect here within
 * {@link #RELOAD_SECONDS} seconds, and at once on the replica that made the change.
 */
@ApplicationScoped
public class ApiKeyService {

    /** A valid key as the rate limiter needs it. */
    public record Holder(String id, int quotaPerMinute) {
    }

    static final int RELOAD_SECONDS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource dataSource;
    private final Event<KeysChanged> keysChanged;
    private final KeysetPager pager;
    private final SqlRows rows;
    private final IloConfig config;
    private final BackgroundFailures.Task reloadFailures;
    private final ScheduledExecutorService reloader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "api-key-reloader");
        t.setDaemon(true);
        return t;
    });
    private volatile Map<ByteBuffer, Holder> valid = Map.of();

    public ApiKeyService(AgroalDataSource dataSource, Event<KeysChanged> keysChanged, KeysetPager pager,
            SqlRows rows, IloConfig config, BackgroundFailures failures) {
        this.dataSource = dataSource;
        this.rows = rows;
        this.keysChanged = keysChanged;
        this.pager = pager;
        this.config = config;
        this.reloadFailures = failures.task("api-key-reload");
    }

    void start(@Observes StartupEvent event) {
        reloader.scheduleWithFixedDelay(this::reload, 0, RELOAD_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        reloader.shutdownNow();
    }

    /** The holder of a secret, if it is a valid key; never touches the database. */
    public Optional<Holder> resolve(String secret) {
        return Optional.ofNullable(valid.get(ByteBuffer.wrap(hash(secret))));
    }

    @Transactional
    public NewApiKeyDto create(ApiKeyWrite body, String admin) {
        String id = body.id() != null ? body.id() : Slugs.of(body.name(), "partner");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "ilo_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        SqlWhere values = new SqlWhere();
        values.param("id", id);
        values.param("name", body.name().strip());
        values.param("contact", body.contact().strip());
        values.param("quota", body.quotaPerMinute() != null ? body.quotaPerMinute()
                : config.rateLimit().keyDefaultPerMinute());
        values.param("hash", hash(secret));
        values.param("prefix", secret.substring(0, 8));
        values.param("at", Instant.now());
        values.param("by", admin);
        ApiKeyDto key = rows.written(ApiKeyQueries.INSERT, values, ApiKeyQueries::key).orElseThrow(
                () -> new ApiException(ProblemType.CONFLICT, "An API key with id '" + id + "' exists already."));
        reloadAfterCommit();
        return new NewApiKeyDto(key, secret);
    }

    public Optional<ApiKeyDto> find(String id) {
        return rows.first(ApiKeyQueries.BY_ID, byId(id), ApiKeyQueries::key);
    }

    public Slice<ApiKeyDto> list(int limit, String cursor) {
        return pager.page(ApiKeyQueries.query(limit), cursor, ApiKeyQueries::key);
    }

    /** Revokes a key (again: no change); requests with it are refused from then on. */
    @Transactional
    public void revoke(String id) {
        SqlWhere params = byId(id);
        params.param("at", Instant.now());
        rows.written(ApiKeyQueries.REVOKE, params, ApiKeyQueries::key)
                .orElseThrow(() -> ApiException.notFound("API key", id));
        reloadAfterCommit();
    }

    private static SqlWhere byId(String id) {
        SqlWhere params = new SqlWhere();
        params.param("id", id);
        return params;
    }

    /** Fired by a transaction that changes keys; observed once it has committed. */
    record KeysChanged() {
    }

    private void reloadAfterCommit() {
        keysChanged.fire(new KeysChanged());
    }

    void reloadOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) KeysChanged event) {
        reload();
    }

    private void reload() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(ApiKeyQueries.VALID_KEYS)) {
            Map<ByteBuffer, Holder> keys = new HashMap<>();
            while (rs.next()) {
                keys.put(ByteBuffer.wrap(rs.getBytes("key_hash")),
                        new Holder(rs.getString("id"), rs.getInt("quota_per_minute")));
            }
            valid = Map.copyOf(keys);
            reloadFailures.succeeded();
        } catch (SQLException | RuntimeException e) {
            // Keep the keys known so far: an outage must not lock partners out.
            reloadFailures.failed("the keys known so far stay valid", e);
        }
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
