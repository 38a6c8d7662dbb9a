package be.koers.bench.load;

import be.koers.bench.dataset.DataSet;
import be.koers.bench.dataset.LoadedPlan;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Plan edits: a planner of a random administration gives a random item of its plan (but the first, which the
 * {@link be.koers.bench.lag.LagProbe} edits) a new title in the open revision.
 */
public final class PlanEdits implements Operation {

    private final List<LoadedPlan> plans;
    private final AtomicLong sequence = new AtomicLong();

    public PlanEdits(DataSet data) {
        this.plans = data.plans();
    }

    @Override
    public Boolean send() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LoadedPlan plan = plans.get(random.nextInt(plans.size()));
        // never the first item: the lag probe edits that one, and must be the only one to
        LoadedPlan.Item item = plan.items().get(1 + random.nextInt(plan.items().size() - 1));
        return plan.planner().put(plan.path() + "/items/" + item.id(),
                item.revisedTo(item.title() + " (edit " + sequence.incrementAndGet() + ")")).status() == 200;
    }
}
