package be.koers.query.status;

import be.koers.planning.api.plan.Level;
import be.koers.query.indicator.IndicatorStanding;
import be.koers.planning.api.indicator.TrackStatus;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * The status of one active element and of the parts it rolls up: its linked indicators, its progress (items only)
 * and its active children, nested like the plan tree.
 *
 * @param planned false for unplanned work, which rolls up like any element: it is work being done
 */
public record ElementStatusView(String elementId, Level level, String title, boolean planned, TrackStatus status,
                                Counts counts, List<IndicatorStanding> indicators, ProgressStanding progress,
                                @ArraySchema(schema = @Schema(ref = "#/components/schemas/ElementStatusView")) List<ElementStatusView> children) {
}
