package org.ilo.cnmn.apikey;

import java.util.Map;

import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortKey;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL that lists API keys (table {@code api_key}), oldest first, never selecting the key hashes. */
final class ApiKeyQueries {

    private static final SortSpec BY_CREATION = SortSpec.parse(null, "createdAt",
            Map.of("createdAt", new SortKey("createdAt", "v.created_at", ValueType.TIMESTAMP)), "v.id");

    private ApiKeyQueries() {
    }

    /** api_key is not under the data version: its totals are counted afresh. */
    static KeysetQuery query(int limit) {
        return new KeysetQuery("v.id, v.name, v.contact, v.quota_per_minute, v.key_prefix, v.created_at, v.created_by,"
                + " v.revoked_at", "api_key v", new SqlWhere(), BY_CREATION, limit, "api-keys", false);
    }

    static ApiKeyDto key(Row row) {
        return new ApiKeyDto(row.text("id"), row.text("name"), row.text("contact"), row.integer("quota_per_minute"),
                row.text("key_prefix"), row.instant("created_at"), row.text("created_by"), row.instant("revoked_at"));
    }
}
