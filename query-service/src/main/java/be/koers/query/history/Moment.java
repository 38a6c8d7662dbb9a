package be.koers.query.history;

import be.koers.query.revision.EditionMarker;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A point in a plan's history as asked for: an edition (cut right after the event that adopted it) or an instant.
 *
 * @param edition the edition asked for, or for an instant the edition in force then (the last one adopted by then)
 * @param instant the instant asked for, or the edition's adoption instant
 * @param ofEdition whether an edition was asked for, rather than an instant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Moment(Integer edition, LocalDate decisionDate, String decisionReference, Instant instant,
                     @JsonIgnore Cut cut, @JsonIgnore boolean ofEdition) {

    static Moment of(EditionMarker edition) {
        return new Moment(edition.edition(), edition.decisionDate(), edition.decisionReference(), edition.adoptedAt(),
                Cut.afterEvent(edition.sequence()), true);
    }

    /** The instant, naming the edition adopted by then, if any. */
    static Moment at(Instant instant, EditionMarker inForce) {
        return new Moment(inForce == null ? null : inForce.edition(), inForce == null ? null : inForce.decisionDate(),
                inForce == null ? null : inForce.decisionReference(), instant, Cut.at(instant), false);
    }
}
