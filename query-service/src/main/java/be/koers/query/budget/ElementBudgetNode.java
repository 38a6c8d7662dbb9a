package be.koers.query.budget;

import be.koers.planning.api.plan.Level;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An active element in the plan's budget tree, with its budget per year and its active children.
 *
 * @param planned false for unplanned work, which rolls up like any element: it is money spent
 */
public record ElementBudgetNode(String elementId, Level level, String title, boolean planned, List<YearBudget> years,
                                @ArraySchema(schema = @Schema(ref = "#/components/schemas/ElementBudgetNode")) List<ElementBudgetNode> children) {
}
