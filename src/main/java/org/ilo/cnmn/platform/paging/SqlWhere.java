package org.ilo.cnmn.platform.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * Accumulates the WHERE clause of a list query. Clauses are SQL written in this code base;
 * every client-supplied value goes in through {@link #param}, so nothing from a request is
 * ever spliced into SQL text.
 */
public final class SqlWhere {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Registers a bind value and returns its placeholder. */
    public String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    /** Registers a bind value under a fixed name, for SQL outside the WHERE clause (such as ORDER BY) to refer to. */
    public String param(String name, Object value) {
        params.put(name, value);
        return ":" + name;
    }

    public SqlWhere add(String clause) {
        clauses.add("(" + clause + ")");
        return this;
    }

    /** The bind values without the clauses, for SQL that places the clauses itself (see KeysetQuery.Positioned). */
    public SqlWhere valuesOnly() {
        SqlWhere copy = new SqlWhere();
        copy.params.putAll(params);
        return copy;
    }

    public SqlWhere copy() {
        SqlWhere copy = new SqlWhere();
        copy.clauses.addAll(clauses);
        copy.params.putAll(params);
        return copy;
    }

    public String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** The clause with its values: equal for requests that select the same rows. */
    public String cacheKey() {
        return sql() + params;
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
