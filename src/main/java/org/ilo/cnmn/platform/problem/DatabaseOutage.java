package org.ilo.cnmn.platform.problem;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached or answer in time, so the client should retry
 * (503) rather than report a fault (500). Decided by SQLState: class 08 (connection exceptions: refused,
 * cut, timed out), 57P01-57P03 (the server is shutting down or starting) and 57014 (statement timeout).
 */
final class DatabaseOutage {

    private static final Set<String> UNAVAILABLE = Set.of("57P01", "57P02", "57P03", "57014");
    private static final String POOL = "io.agroal.pool.";

    private DatabaseOutage() {
    }

    static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (unavailable(sql.getSQLState()) || fromPool(sql))) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || UNAVAILABLE.contains(state));
    }

    /**
     * Agroal's own failures to hand out a connection (acquisition timeout, pool shutting down) carry no
     * SQLState; they are the ones it raises itself rather than passing on from the driver.
     */
    private static boolean fromPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getSQLState() == null && trace.length > 0 && trace[0].getClassName().startsWith(POOL);
    }
}
