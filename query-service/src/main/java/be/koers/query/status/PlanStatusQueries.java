package be.koers.query.status;

import be.koers.planning.api.plan.FindPlanTree;
import be.koers.planning.api.plan.PlanId;
import be.koers.planning.api.shared.TenantId;
import be.koers.query.indicator.IndicatorQueries;
import be.koers.query.indicator.IndicatorStanding;
import be.koers.planning.api.indicator.TrackStatus;
import be.koers.query.plan.ElementNode;
import be.koers.query.plan.PlanTreeQueries;
import be.koers.query.plan.PlanView;
import be.koers.query.plan.AdoptedOrDraft;
import be.koers.query.progress.Progress;
import be.koers.query.progress.ProgressQueries;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status roll-up of a plan, computed when asked: statuses depend on today's date (an action still running after
 * its end date is late today, not yesterday), so they cannot be stored by the projection.
 * <p>
 * An element's parts are the statuses of the active indicators linked to it ({@code IndicatorRule}: the latest
 * scored period against its applicable target), for an activity or action its progress ({@link ProgressRule}), and
 * the roll-up of each active child. Parts without data are ignored; the rest add up as {@link Counts#status()} says.
 * The plan's own status adds up its root elements the same way. Retired elements and indicators are left out.
 * The tree is the view asked for, by default the adopted one: what the council adopted is what is monitored, with
 * the unplanned work done beside it, which both views hold.
 * The rules in full: {@code query-service/STATUS-RULES.md}.
 */
@Component
class PlanStatusQueries {

    private final PlanTreeQueries trees;
    private final IndicatorQueries indicators;
    private final ProgressQueries progress;
    private final Clock clock;

    PlanStatusQueries(PlanTreeQueries trees, IndicatorQueries indicators, ProgressQueries progress, Clock clock) {
        this.trees = trees;
        this.indicators = indicators;
        this.progress = progress;
        this.clock = clock;
    }

    /** Reads tree, indicators and progress in one snapshot, so every part is judged against the same state. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PlanStatusView answer(TenantId tenant, PlanId planId, AdoptedOrDraft view) {
        PlanView plan = trees.answer(new FindPlanTree(tenant, planId), view, false);
        Inputs inputs = new Inputs(byLinkedElement(indicators.activeStandings(tenant, planId)),
                progress.currentOfPlan(tenant, planId), LocalDate.now(clock));
        List<ElementStatusView> elements = plan.elements().stream().map(inputs::judge).toList();
        Counts counts = Counts.of(elements.stream().map(ElementStatusView::status).toList());
        return new PlanStatusView(plan.planId(), inputs.today(), counts.status(), counts, elements);
    }

    private static Map<String, List<IndicatorStanding>> byLinkedElement(List<IndicatorStanding> standings) {
        Map<String, List<IndicatorStanding>> byElement = new HashMap<>();
        standings.forEach(standing -> standing.linkedElements()
                .forEach(element -> byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(standing)));
        return byElement;
    }

    private record Inputs(Map<String, List<IndicatorStanding>> indicatorsByElement, Map<String, Progress> progressByItem,
                          LocalDate today) {

        ElementStatusView judge(ElementNode element) {
            List<ElementStatusView> children = element.children().stream().map(this::judge).toList();
            List<IndicatorStanding> linked = indicatorsByElement.getOrDefault(element.elementId(), List.of());
            ProgressStanding itemProgress = element.level().isItem() ? progressOf(element) : null;

            List<TrackStatus> parts = new ArrayList<>();
            linked.forEach(indicator -> parts.add(indicator.status()));
            if (itemProgress != null) {
                parts.add(itemProgress.status());
            }
            children.forEach(child -> parts.add(child.status()));
            Counts counts = Counts.of(parts);
            return new ElementStatusView(element.elementId(), element.level(), element.title(), element.planned(),
                    counts.status(), counts, linked, itemProgress, children);
        }

        private ProgressStanding progressOf(ElementNode item) {
            Progress reported = progressByItem.get(item.elementId());
            return new ProgressStanding(reported, ProgressRule.judge(reported, item.period(), today));
        }
    }
}
