package org.ilo.cnmn.audit;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL that reads the audit trail (table {@code audit_log}), newest first. */
final class AuditQueries {

    private static final SortSpec NEWEST_FIRST = SortSpec.by(new SortSpec.Tiebreak("a.id", ValueType.WHOLE, true));
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private AuditQueries() {
    }

    static KeysetQuery query(String type, String id, String editor, int limit) {
        SqlWhere where = new SqlWhere();
        if (type != null) {
            where.add("a.resource_type = " + where.param(type));
        }
        if (id != null) {
            where.add("a.resource_id = " + where.param(id));
        }
        if (editor != null) {
            where.add("a.editor = " + where.param(editor));
        }
        // audit_log is not under the data version: its totals are counted afresh.
        return new KeysetQuery("a.*", "audit_log a", where, NEWEST_FIRST, limit,
                "audit;" + type + ";" + id + ";" + editor, false);
    }

    static AuditEntryDto entry(Row row) {
        return new AuditEntryDto(row.whole("id"), row.instant("at"), row.text("editor"), row.text("action"),
                row.text("resource_type"), row.text("resource_id"), row.json("before", JSON_OBJECT),
                row.json("after", JSON_OBJECT));
    }
}
