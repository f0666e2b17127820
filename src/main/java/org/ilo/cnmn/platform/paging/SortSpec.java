package org.ilo.cnmn.platform.paging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.ilo.cnmn.platform.problem.ApiException;

/**
 * A parsed {@code sort} parameter: keys in order, each ascending or descending ({@code -name}).
 * A unique column always breaks ties, so the order is total and keyset paging is exact.
 */
public record SortSpec(List<Order> orders, Tiebreak tiebreak) {

    public record Order(SortKey key, boolean descending) {
    }

    /** The unique column that orders rows with equal keys; a cursor carries its value as its id. */
    public record Tiebreak(String column, ValueType type, boolean descending) {
    }

    /** Rows in the order of a unique column alone, such as a log's sequence number. */
    public static SortSpec by(Tiebreak tiebreak) {
        return new SortSpec(List.of(), tiebreak);
    }

    /**
     * Parses {@code raw} (null: {@code defaultSort}) against the keys this list offers.
     * Unknown or repeated keys are a 400 naming {@code sort}.
     */
    public static SortSpec parse(String raw, String defaultSort, Map<String, SortKey> keys, String idColumn) {
        String text = raw == null ? defaultSort : raw;
        List<Order> orders = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : text.split(",", -1)) {
            String token = part.trim();
            boolean descending = token.startsWith("-");
            String name = descending ? token.substring(1) : token;
            SortKey key = keys.get(name);
            if (key == null) {
                throw ApiException.invalidParameter("sort", "has unknown key '" + ApiException.abbreviate(token)
                        + "'; use a comma-separated list of " + keys.keySet().stream().sorted()
                        .collect(Collectors.joining(", ")) + ", each optionally prefixed with '-' for descending");
            }
            if (!seen.add(name)) {
                throw ApiException.invalidParameter("sort", "names '" + name + "' more than once");
            }
            orders.add(new Order(key, descending));
        }
        return new SortSpec(List.copyOf(orders), new Tiebreak(idColumn, ValueType.TEXT, false));
    }

    /** The same order over other columns holding the same values, such as a copy of the keys in another table. */
    public SortSpec onColumns(UnaryOperator<String> column) {
        return new SortSpec(orders.stream().map(o -> new Order(new SortKey(o.key.name(), column.apply(o.key.column()),
                o.key.type()), o.descending)).toList(), new Tiebreak(column.apply(tiebreak.column()), tiebreak.type(),
                tiebreak.descending()));
    }

    /** The canonical text form, e.g. {@code -startDate,title}. */
    public String canonical() {
        return orders.stream().map(o -> (o.descending ? "-" : "") + o.key.name()).collect(Collectors.joining(","));
    }

    public String orderBy() {
        StringBuilder sql = new StringBuilder();
        for (Order o : orders) {
            sql.append(o.key.column()).append(o.descending ? " DESC, " : " ASC, ");
        }
        return sql.append(tiebreak.column()).append(tiebreak.descending() ? " DESC" : " ASC").toString();
    }

    /** The sort expressions as extra result columns {@code k0, k1, …}, read back to build the next cursor. */
    public String keyColumns() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < orders.size(); i++) {
            sql.append(", ").append(orders.get(i).key.column()).append(" AS k").append(i);
        }
        return sql.toString();
    }

    /** The tiebreak as the extra result column {@code kid}, read back to build the next cursor. */
    public String tiebreakColumn() {
        return ", " + tiebreak.column() + " AS kid";
    }

    /** The cursor that continues after a row whose sort values (in {@link #keyColumns()} order) are given. */
    public Cursor cursorAfter(List<?> keyValues, Object id) {
        List<String> values = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            values.add(orders.get(i).key.type().format(keyValues.get(i)));
        }
        return new Cursor(values, tiebreak.type().format(id));
    }

    /** The cursor that continues after {@code row}, which holds {@link #keyColumns()} and {@link #tiebreakColumn()}. */
    public Cursor cursorAfter(Row row) {
        List<Object> values = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            values.add(row.value("k" + i, orders.get(i).key.type().javaType()));
        }
        return cursorAfter(values, row.value("kid", tiebreak.type().javaType()));
    }

    /**
     * Adds the keyset condition "strictly after the cursor in this order" to {@code where}.
     * The leading key also gets a non-strict bound so that PostgreSQL can use it as an index range.
     */
    public void addKeyset(SqlWhere where, Cursor cursor) {
        List<Object> values = values(cursor);
        Object id = values.remove(orders.size());
        String condition = tiebreak.column() + (tiebreak.descending() ? " < " : " > ") + hidden(where, id, tiebreak.type());
        for (int i = orders.size() - 1; i >= 0; i--) {
            Order o = orders.get(i);
            String p = hidden(where, values.get(i), o.key.type());
            String column = o.key.column();
            condition = column + (o.descending ? " < " : " > ") + p
                    + " OR (" + column + " = " + p + " AND (" + condition + "))";
        }
        if (!orders.isEmpty()) {
            Order first = orders.get(0);
            where.add(first.key.column() + (first.descending ? " <= " : " >= ")
                    + hidden(where, values.get(0), first.key.type()));
        }
        where.add(condition);
    }

    /** The cursor's sort values in key order, then its tiebreak value; a 400 when it does not fit this order. */
    public List<Object> values(Cursor cursor) {
        if (cursor.values().size() != orders.size()) {
            throw ApiException.invalidParameter("cursor", "does not belong to this sort order");
        }
        List<Object> values = new ArrayList<>(orders.size() + 1);
        try {
            for (int i = 0; i < orders.size(); i++) {
                values.add(orders.get(i).key.type().parse(cursor.values().get(i)));
            }
            values.add(tiebreak.type().parse(cursor.id()));
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter("cursor", "is malformed");
        }
        return values;
    }

    /**
     * A cursor value as a one-row subquery (an InitPlan): its value is unknown when planning even a
     * custom plan, so custom and generic plans cost the same and PostgreSQL keeps the prepared
     * statement's generic plan, instead of planning every cursor page anew (the deep-page miss). It
     * still bounds the index range.
     */
    private static String hidden(SqlWhere where, Object value, ValueType type) {
        return "(SELECT CAST(" + where.param(value) + " AS " + type.sqlType() + "))";
    }
}
