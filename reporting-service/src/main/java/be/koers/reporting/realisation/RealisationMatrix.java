package be.koers.reporting.realisation;

import be.koers.reporting.plan.PlanHeading;

import java.util.List;

/**
 * Two dimensions crossed, such as policy field × target group (seed 001, slide 20): a cell for every pair that has
 * items.
 */
public record RealisationMatrix(
        PlanHeading plan,
        Dimension rows,
        Dimension columns,
        List<String> rowKeys,
        List<String> columnKeys,
        List<Cell> cells) {

    public record Cell(String row, String column, RealisationFigures figures) {
    }
}
