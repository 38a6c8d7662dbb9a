package be.koers.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every table the projections write, plus the applied-event marks and parked events that belong to their content. */
@Component
class ProjectionTables {

    private final JdbcClient jdbc;
    private final List<Projection> projections;

    ProjectionTables(JdbcClient jdbc, List<Projection> projections) {
        this.jdbc = jdbc;
        this.projections = projections;
    }

    /** Empties all of them in one statement, so no reader ever sees a table emptied and its neighbour not. */
    @Transactional
    public void truncateAll() {
        String tables = Stream.concat(projections.stream().flatMap(p -> p.tables().stream()), Stream.of(AppliedEvents.TABLE, ParkedEvents.TABLE))
                .distinct()
                .collect(Collectors.joining(", "));
        jdbc.sql("TRUNCATE " + tables).update();
    }
}
