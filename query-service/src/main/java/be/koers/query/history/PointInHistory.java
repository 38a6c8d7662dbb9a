package be.koers.query.history;

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
public record PointInHistory(Integer edition, LocalDate decisionDate, String decisionReference, Instant instant,
                     @JsonIgnore ValidityCondition cut, @JsonIgnore boolean ofEdition) {

    static PointInHistory of(EditionMarker edition) {
        return new PointInHistory(edition.edition(), edition.decisionDate(), edition.decisionReference(), edition.adoptedAt(),
                ValidityCondition.afterEvent(edition.sequence()), true);
    }

    /** The instant, naming the edition adopted by then, if any. */
    static PointInHistory at(Instant instant, EditionMarker inForce) {
        return new PointInHistory(inForce == null ? null : inForce.edition(), inForce == null ? null : inForce.decisionDate(),
                inForce == null ? null : inForce.decisionReference(), instant, ValidityCondition.at(instant), false);
    }
}
