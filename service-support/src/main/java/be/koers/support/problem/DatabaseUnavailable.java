package be.koers.support.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A request that failed because the database could not be reached (restarting, unreachable, pool exhausted) is
 * answered 503 with Retry-After, never 500: the transaction rolled back, so nothing of it was stored (unless the
 * connection broke during the commit itself, when the client cannot know either way), and a client that retries on
 * 503 must not drop it. Recognised anywhere in the cause chain, however the layers in between
 * (Hibernate, Spring, Axon) wrapped it.
 */
public final class DatabaseUnavailable {

    public static final String RULE = "database-unavailable";
    static final int RETRY_AFTER_SECONDS = 5;
    /**
     * Axon's failures of its event store (the command-service's only); named, not imported, because the read sides
     * have no Axon. Every {@code EventStoreException} counts, as before this rule: Axon raises it when the store
     * cannot be read or written, and a duplicate key becomes a concurrency exception first.
     */
    private static final Set<String> AXON_STORE_FAILURES = Set.of("org.axonframework.common.jdbc.JdbcException",
            "org.axonframework.eventsourcing.eventstore.EventStoreException");

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or any failure that caused it, says the database is unreachable or unavailable for now. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        return t instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException among them
                || t instanceof CannotCreateTransactionException
                || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                || t instanceof SQLTransientConnectionException // Hikari: no connection within its timeout
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException
                || t instanceof SQLException sql && unavailableState(sql.getSQLState())
                || isAxonStoreFailure(t.getClass());
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin or crash shutdown, cannot connect now). */
    static boolean unavailableState(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || Set.of("57P01", "57P02", "57P03").contains(sqlState));
    }

    private static boolean isAxonStoreFailure(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (AXON_STORE_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The answer: 503 problem+json naming the rule, with the seconds after which a retry makes sense. */
    public static ResponseEntity<ProblemDetail> answer() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "request", RULE,
                        "Koers' database could not be reached, so nothing of this request was stored, unless the"
                                + " connection broke while it committed. Send it again unchanged in a few seconds."));
    }
}
