package be.koers.bench.dataset;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What the benchmark loaded.
 *
 * @param plans         every administration's plan, the largest (Ghent-scale) first
 * @param history       instants between the largest plan's revisions, to ask what the plan said then
 * @param editions      editions of the largest plan: 1 for its adoption, one more per adopted revision
 * @param commands      commands accepted while loading
 * @param scores        scores recorded while loading
 * @param loadedMonths  months of scores loaded per indicator; the measurements record the next ones
 */
public record DataSet(List<LoadedPlan> plans, List<Instant> history, int editions, long commands, long scores, int loadedMonths) {

    public LoadedPlan largest() {
        return plans.stream().max(Comparator.comparingInt(plan -> plan.items().size())).orElseThrow();
    }

    public int indicators() {
        return plans.stream().mapToInt(plan -> plan.indicators().size()).sum();
    }
}
