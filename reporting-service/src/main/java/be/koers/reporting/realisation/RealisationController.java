package be.koers.reporting.realisation;

import be.koers.reporting.plan.PlanFacts;
import be.koers.reporting.plan.PlanFactsRepository;
import be.koers.reporting.plan.AdoptedOrDraft;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Realised versus planned versus spontaneous policy (reporting-service/REPORTS.md). */
@RestController
@Tag(name = "Realisation")
class RealisationController {

    private final PlanFactsRepository plans;
    private final Realisation realisation;

    RealisationController(PlanFactsRepository plans, Realisation realisation) {
        this.plans = plans;
        this.realisation = realisation;
    }

    @GetMapping("/api/plans/{planId}/realisation")
    @Operation(summary = "Deliberate, unrealised and spontaneous policy of a plan, in counts and euro, in total and per policy field, target group, sub-area and department")
    RealisationView ofPlan(@PathVariable String planId, @ParameterObject RealisationFilter filter, @RequestParam(defaultValue = "ADOPTED") AdoptedOrDraft view,
                           @AuthenticationPrincipal KoersUser user) {
        return realisation.view(plans.load(user.tenant(), planId, view), filter);
    }

    @GetMapping("/api/legislatures/{legislatureId}/realisation")
    @Operation(summary = "The realisation view of the plan of a legislature")
    RealisationView ofLegislature(@PathVariable String legislatureId, @ParameterObject RealisationFilter filter,
                                  @AuthenticationPrincipal KoersUser user) {
        return realisation.view(plans.load(user.tenant(), plans.planOfLegislature(user.tenant(), legislatureId), AdoptedOrDraft.ADOPTED), filter);
    }

    @GetMapping("/api/realisation")
    @Operation(summary = "The realisation of every legislature of your administration, oldest first")
    List<LegislatureRealisation> perLegislature(@AuthenticationPrincipal KoersUser user) {
        return plans.plansOf(user.tenant()).stream()
                .map(plan -> realisation.ofLegislature(plans.load(user.tenant(), plan.planId(), AdoptedOrDraft.ADOPTED)))
                .toList();
    }

    @GetMapping("/api/plans/{planId}/realisation/items")
    @Operation(summary = "The activities and actions behind the figures: planned or not, from which edition, their outcome and, for unplanned work, its cause")
    List<RealisedItem> items(@PathVariable String planId, @ParameterObject RealisationFilter filter,
                             @RequestParam(required = false) PolicyKind kind, @RequestParam(required = false) Outcome outcome,
                             @RequestParam(defaultValue = "ADOPTED") AdoptedOrDraft view, @AuthenticationPrincipal KoersUser user) {
        PlanFacts facts = plans.load(user.tenant(), planId, view);
        return realisation.items(facts, filter).stream()
                .filter(item -> kind == null || item.kind() == kind)
                .filter(item -> outcome == null || item.outcome() == outcome)
                .toList();
    }

    @GetMapping("/api/plans/{planId}/realisation/matrix")
    @Operation(summary = "Two dimensions crossed, by default policy field × target group; policy field × sub-area with columns=SUB_AREA")
    RealisationMatrix matrix(@PathVariable String planId, @ParameterObject RealisationFilter filter,
                             @RequestParam(defaultValue = "POLICY_FIELD") Dimension rows,
                             @RequestParam(defaultValue = "TARGET_GROUP") Dimension columns,
                             @RequestParam(defaultValue = "ADOPTED") AdoptedOrDraft view, @AuthenticationPrincipal KoersUser user) {
        return realisation.matrix(plans.load(user.tenant(), planId, view), filter, rows, columns);
    }
}
