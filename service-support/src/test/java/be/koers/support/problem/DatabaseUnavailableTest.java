package be.koers.support.problem;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnavailableTest {

    @Test
    void failuresToReachTheDatabaseAreRecognisedWhereverTheyAreInTheCauseChain() {
        assertThat(DatabaseUnavailable.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no transaction"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new QueryTimeoutException("transient"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new RecoverableDataAccessException("recoverable"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("wrapped",
                new RuntimeException(new SQLTransientConnectionException("pool timed out"))))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLNonTransientConnectionException("refused"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLRecoverableException("reconnect"))).isTrue();
    }

    @Test
    void connectionAndShutdownStatesCountOthersDoNot() {
        for (String state : new String[]{"08001", "08006", "08003", "57P01", "57P02", "57P03"}) {
            assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("down", state)))).as(state).isTrue();
        }
        for (String state : new String[]{"23505", "42P01", "57014", "57P04", "22001"}) {
            assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("refused", state)))).as(state).isFalse();
        }
    }

    @Test
    void otherFailuresAreNotTheDatabasesAbsence() {
        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnavailable.causedBy(first)).isFalse();
    }

    @Test
    void theAnswerIs503ProblemJsonNamingTheRuleWithRetryAfter() {
        var answer = DatabaseUnavailable.answer();
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody().getProperties()).containsEntry("rule", "database-unavailable");
        assertThat(answer.getBody().getDetail()).contains("nothing of this request was stored");
    }
}
