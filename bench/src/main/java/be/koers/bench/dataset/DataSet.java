package be.koers.bench.dataset;

import java.time.Instant;
import java.util.List;

/**
 * What the benchmark loaded.
 *
 * @param plans         every administration's plan, the Ghent-scale one first
 * @param history       instants between the Ghent-scale plan's revisions, to ask what the plan said then
 * @param editions      editions of the Ghent-scale plan: 1 for its adoption, one more per adopted revision
 * @param commands      commands accepted while loading
 * @param scores        scores recorded while loading
 * @param loadedMonths  months of scores loaded per indicator; the measurements record the next ones
 */
public record DataSet(List<LoadedPlan> plans, List<Instant> history, int editions, long commands, long scores, int loadedMonths) {

    /**
     * The first plan: of Ghent's size, and the only one with a history of adopted revisions. Not "the largest": at
     * the flanders size other plans may have as many elements, and reading their editions fails.
     */
    public LoadedPlan ghentScale() {
        return plans.get(0);
    }

    public int indicators() {
        return plans.stream().mapToInt(plan -> plan.indicators().size()).sum();
    }
}
