package be.koers.command.legislature;

import be.koers.command.common.Refusal;
import be.koers.planning.api.legislature.CreateLegislature;
import be.koers.planning.api.legislature.LegislatureCreated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The legislatures of every administration, for the rules that span them: a name is unique within the tenant
 * (case-insensitive, trimmed) and no two terms overlap. Axon's set-based validation: a lookup table that the
 * {@link #PROCESSING_GROUP} processor, subscribing, fills in the transaction that stores each
 * {@link LegislatureCreated}, and a check of each {@link CreateLegislature} in its command's transaction before
 * the aggregate is created ({@link LegislatureRegisterConfiguration}).
 * <p>
 * The check takes a lock per tenant until its transaction ends, so two creates of one administration run one after
 * the other and the second sees the first; a unique index on the names of the legislatures created since the rule
 * is the last guard. Legislatures created before it stay as they are, duplicates included, and a new one is
 * checked against them too.
 */
@Component
@ProcessingGroup(LegislatureRegister.PROCESSING_GROUP)
public class LegislatureRegister {

    static final String PROCESSING_GROUP = "legislature-register";

    private final JdbcClient jdbc;

    public LegislatureRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses the legislature when another of the tenant has its name or years of its term. */
    void refuseClashes(CreateLegislature command) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('legislature-register'), hashtext(:tenant))")
                .param("tenant", command.tenant().value())
                .query((row, n) -> true).single();
        String name = command.name().strip();
        Optional<Registered> sameName = registered("lower(name) = lower(:name)", command, name);
        if (sameName.isPresent()) {
            throw nameTaken(sameName.get());
        }
        Optional<Registered> overlapping = registered("first_year <= :lastYear AND last_year >= :firstYear", command, name);
        if (overlapping.isPresent()) {
            Registered other = overlapping.get();
            boolean firstYearWithin = command.firstYear() >= other.firstYear() && command.firstYear() <= other.lastYear();
            throw Refusal.conflict(firstYearWithin ? "firstYear" : "lastYear", "legislature-years-overlap",
                    "The years " + command.firstYear() + "-" + command.lastYear() + " overlap those of legislature "
                            + other.describe() + ".");
        }
    }

    @EventHandler
    void on(LegislatureCreated event) {
        int inserted = jdbc.sql("""
                        INSERT INTO legislature_register (legislature_id, tenant, name, first_year, last_year, checked)
                        VALUES (:id, :tenant, :name, :firstYear, :lastYear, TRUE)
                        ON CONFLICT (tenant, lower(name)) WHERE checked DO NOTHING""")
                .param("id", event.legislatureId().value())
                .param("tenant", event.tenant().value())
                .param("name", event.name())
                .param("firstYear", event.firstYear())
                .param("lastYear", event.lastYear())
                .update();
        if (inserted == 0) {
            // only when a create got past the check, which the lock should make impossible: refused all the same
            throw nameTaken(jdbc.sql("""
                            SELECT legislature_id, name, first_year, last_year FROM legislature_register
                            WHERE tenant = :tenant AND lower(name) = lower(:name) AND checked""")
                    .param("tenant", event.tenant().value())
                    .param("name", event.name())
                    .query(Registered.class).single());
        }
    }

    /** The tenant's first legislature, other than the command's own id, that meets the condition. */
    private Optional<Registered> registered(String condition, CreateLegislature command, String name) {
        // a create of an existing id is not a clash: the event store refuses it as that id's second creation
        return jdbc.sql("SELECT legislature_id, name, first_year, last_year FROM legislature_register"
                        + " WHERE tenant = :tenant AND legislature_id <> :id AND " + condition
                        + " ORDER BY first_year, legislature_id LIMIT 1")
                .param("tenant", command.tenant().value())
                .param("id", command.legislatureId().value())
                .param("name", name)
                .param("firstYear", command.firstYear())
                .param("lastYear", command.lastYear())
                .query(Registered.class).optional();
    }

    private static Refusal nameTaken(Registered other) {
        return Refusal.conflict("name", "legislature-name-taken",
                "Legislature " + other.describe() + " has this name already; choose another.");
    }

    record Registered(String legislatureId, String name, int firstYear, int lastYear) {

        String describe() {
            return legislatureId + " '" + name + "' (" + firstYear + "-" + lastYear + ")";
        }
    }
}
