package be.koers.web.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.planning.api.indicator.TrackStatus;

import java.math.BigDecimal;
import java.util.List;

/** An indicator in its plan's list ({@code GET /api/plans/{planId}/indicators}), with its latest scored period. */
public record IndicatorSummary(String indicatorId, String name, String unit, IndicatorKind kind, Direction direction,
                               Frequency frequency, String ownerDepartment, String status, List<String> linkedElements,
                               IndicatorDetail.Continuation continues, String latestPeriod, BigDecimal latestValue,
                               TrackStatus latestStatus) {

    public IndicatorSummary {
        linkedElements = linkedElements == null ? List.of() : List.copyOf(linkedElements);
    }

    public boolean retired() {
        return "RETIRED".equals(status);
    }
}
