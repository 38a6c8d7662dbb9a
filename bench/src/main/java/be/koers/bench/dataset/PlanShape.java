package be.koers.bench.dataset;

/**
 * How many elements of each level a plan of a given size has, in the proportions of Ghent's plan (seed 002): a few
 * main strategic goals, more strategic and operational goals, and mostly activities and actions.
 */
public record PlanShape(int mainGoals, int strategicGoals, int operationalGoals, int activities, int actions) {

    public static PlanShape ofSize(int elements) {
        int main = Math.max(2, elements / 100);
        int strategic = Math.max(main, elements * 4 / 100);
        int operational = Math.max(strategic, elements * 15 / 100);
        int activities = Math.max(operational, elements * 30 / 100);
        return new PlanShape(main, strategic, operational, activities, elements - main - strategic - operational - activities);
    }

    public int total() {
        return mainGoals + strategicGoals + operationalGoals + activities + actions;
    }
}
