package org.ilo.cnmn.changes;

import java.util.List;

import org.ilo.cnmn.platform.paging.Cursor;
import org.ilo.cnmn.platform.paging.KeysetQuery;
import org.ilo.cnmn.platform.paging.Row;
import org.ilo.cnmn.platform.paging.SortSpec;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.ValueType;

/** The SQL that reads the change feed (table {@code change_log}) in commit order. */
final class ChangeQueries {

    private static final SortSpec COMMIT_ORDER = SortSpec.by(new SortSpec.Tiebreak("c.seq", ValueType.WHOLE, false));

    /** The data set the feed's positions belong to; a restored or replaced database has another. */
    static final String DATA_SET = "SELECT data_set FROM data_version WHERE id = 1";

    private ChangeQueries() {
    }

    /** The feed as a keyset on {@code seq} alone; its position travels in a change token, not a cursor. */
    static KeysetQuery query(int limit) {
        return new KeysetQuery("c.resource_type, c.resource_id, c.action, c.changed_at", "change_log c",
                new SqlWhere(), COMMIT_ORDER, limit, "changes", false);
    }

    static Cursor after(long seq) {
        return new Cursor(List.of(), String.valueOf(seq));
    }

    static long seq(Cursor position) {
        return Long.parseLong(position.id());
    }

    static ChangeDto change(Row row) {
        return new ChangeDto(row.text("resource_type"), row.text("resource_id"), row.text("action"),
                row.instant("changed_at"));
    }
}
