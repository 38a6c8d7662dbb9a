package be.koers.command.common;

import be.koers.support.problem.DatabaseUnavailable;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's failures of the event store are the database's absence too (503), its concurrency exception is not (409). */
class EventStoreUnavailableTest {

    @Test
    void axonsStoreFailuresAreTheDatabaseUnavailable() {
        assertThat(DatabaseUnavailable.causedBy(new JdbcException("Failed to obtain a database connection", null))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new EventStoreException("An event could not be stored"))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException(new JdbcException("wrapped", null)))).isTrue();
    }

    @Test
    void aConcurrentChangeIsNot() {
        assertThat(DatabaseUnavailable.causedBy(new ConcurrencyException("someone else changed it"))).isFalse();
    }
}
