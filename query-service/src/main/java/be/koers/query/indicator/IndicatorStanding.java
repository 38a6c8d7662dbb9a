package be.koers.query.indicator;

import be.koers.planning.api.indicator.TrackStatus;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * Where an active indicator stands, for the status roll-up of the elements it is linked to. It is shown under each
 * of them, so the links themselves are left out of its JSON.
 */
public record IndicatorStanding(String indicatorId, String name, @JsonIgnore List<String> linkedElements,
                                TrackStatus status) {
}
