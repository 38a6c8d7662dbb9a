package be.koers.query.plan;

import be.koers.planning.api.plan.ElementId;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.FindElementWithChildren;
import be.koers.planning.api.plan.FindElements;
import be.koers.planning.api.plan.FindPlanTree;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.PlanId;
import be.koers.query.problem.QueryRefusal;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading a plan of the caller's administration: its tree, one element, or a search among its elements. */
@RestController
@RequestMapping("/api/plans/{planId}")
class PlanController {

    private static final int FIRST_SDG = 1;
    private static final int LAST_SDG = 17;

    private final PlanTreeQueries trees;
    private final ElementSearch search;

    PlanController(PlanTreeQueries trees, ElementSearch search) {
        this.trees = trees;
        this.search = search;
    }

    @Operation(summary = "The plan with its statements and its whole tree of elements",
            description = "The ETag is the plan's version: the sequence number of the last event applied to it.")
    @GetMapping
    ResponseEntity<PlanView> plan(@Parameter(hidden = true) @AuthenticationPrincipal KoersUser user,
                                  @PathVariable String planId,
                                  @Parameter(description = "Also show retired elements and what hangs under them")
                                  @RequestParam(defaultValue = "false") boolean includeRetired) {
        PlanView plan = trees.answer(new FindPlanTree(user.tenant(), PlanId.of(planId)), includeRetired);
        return ResponseEntity.ok().eTag(Long.toString(plan.version())).body(plan);
    }

    @Operation(summary = "One element with its ancestors (root first) and its direct children")
    @GetMapping("/elements/{elementId}")
    ElementWithFamily element(@Parameter(hidden = true) @AuthenticationPrincipal KoersUser user,
                              @PathVariable String planId, @PathVariable String elementId) {
        return trees.answer(new FindElementWithChildren(user.tenant(), PlanId.of(planId), ElementId.of(elementId)));
    }

    @Operation(summary = "The plan's elements matching every given criterion, one page at a time, without children")
    @GetMapping("/elements")
    ElementPage elements(@Parameter(hidden = true) @AuthenticationPrincipal KoersUser user,
                         @PathVariable String planId,
                         @RequestParam(required = false) Level level,
                         @RequestParam(required = false) ElementStatus status,
                         @RequestParam(required = false) String department,
                         @RequestParam(required = false) String politicalOwner,
                         @RequestParam(required = false) String policyField,
                         @RequestParam(required = false) String targetGroup,
                         @RequestParam(required = false) String subArea,
                         @Parameter(description = "Sustainable development goal, 1 to 17") @RequestParam(required = false) Integer sdg,
                         @RequestParam(defaultValue = "0") int page,
                         @Parameter(description = "1 to 1000") @RequestParam(defaultValue = "100") int size) {
        if (sdg != null && (sdg < FIRST_SDG || sdg > LAST_SDG)) {
            throw QueryRefusal.outOfRange("sdg", sdg, FIRST_SDG, LAST_SDG);
        }
        FindElements question = new FindElements(user.tenant(), PlanId.of(planId), level, status, department,
                politicalOwner, policyField, targetGroup, subArea, sdg);
        return search.answer(question, new Paging(page, size));
    }
}
