package org.ilo.cnmn.apikey;

import java.util.Map;

import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL of API keys (table {@code api_key}); what it reads back never includes the key hashes. */
final class ApiKeyQueries {

    private static final String COLUMNS = "id, name, contact, quota_per_minute, key_prefix, created_at, created_by,"
            + " revoked_at";
    /** A taken id inserts nothing and returns no row, so a racing create is a 409, not a key violation. */
    static final String INSERT = "INSERT INTO api_key (id, name, contact, quota_per_minute, key_hash, key_prefix,"
            + " created_at, created_by) VALUES (:id, :name, :contact, :quota, :hash, :prefix, :at, :by)"
            + " ON CONFLICT (id) DO NOTHING RETURNING " + COLUMNS;
    /** What requests are checked against: the hashes of the keys not revoked (read in the background). */
    static final String VALID_KEYS = "SELECT key_hash, id, quota_per_minute FROM api_key WHERE revoked_at IS NULL";
    static final String BY_ID = "SELECT " + COLUMNS + " FROM api_key WHERE id = :id";
    /** Revoking again keeps the first revocation's time. */
    static final String REVOKE = "UPDATE api_key SET revoked_at = coalesce(revoked_at, :at) WHERE id = :id RETURNING "
            + COLUMNS;

    private static final SortSpec BY_CREATION = SortSpec.parse(null, "createdAt",
            Map.of("createdAt", new SortKey("createdAt", "v.created_at", ValueType.TIMESTAMP)), "v.id");

    private ApiKeyQueries() {
    }

    /** api_key is not under the data version: its totals are counted afresh. */
    static KeysetQuery query(int limit) {
        return new KeysetQuery(COLUMNS, "api_key v", new SqlWhere(), BY_CREATION, limit, "api-keys", false);
    }

    static ApiKeyDto key(Row row) {
        return new ApiKeyDto(row.text("id"), row.text("name"), row.text("contact"), row.integer("quota_per_minute"),
                row.text("key_prefix"), row.instant("created_at"), row.text("created_by"), row.instant("revoked_at"));
    }
}
