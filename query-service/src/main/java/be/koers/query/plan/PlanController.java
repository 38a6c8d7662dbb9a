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

/**
 * Reading a plan of the caller's administration: its tree, one element, or a search among its elements, each in
 * the adopted view (the edition in force, the default once the plan was adopted) or the draft view (with the
 * changes of the open revision; the only view of a plan never adopted).
 */
@RestController
@RequestMapping("/api/plans/{planId}")
class PlanController {

    /** Shared by every endpoint that shows a plan's tree. */
    static final String VIEW = "adopted: the plan as its last edition adopted it (the default once the plan has been"
            + " adopted; 404 no-adopted-edition before); draft: with the changes of the open revision (the default, and"
            + " only view, of a plan never adopted)";
    /** Shared by every endpoint that shows elements. */
    static final String ELEMENT = "Every element says whether it is planned: unplanned work (planned false, with"
            + " unplannedCause and causeExplanation) was carried out without being in the adopted plan; it is in no"
            + " edition, yet both views show it where it hangs. continues is the element of an earlier legislature's"
            + " plan it carries over ({planId, elementId}), or null.";
    private static final int FIRST_SDG = 1;
    private static final int LAST_SDG = 17;

    private final PlanTreeQueries trees;
    private final ElementSearch search;

    PlanController(PlanTreeQueries trees, ElementSearch search) {
        this.trees = trees;
        this.search = search;
    }

    @Operation(summary = "The plan with its statements and its whole tree of elements, adopted or draft",
            description = "The ETag is the plan's version: the sequence number of the last event applied to it, whatever"
                    + " the view. edition is the edition in force (null before adoption), openRevision the revision being"
                    + " worked on ({revisionNumber, name, openedAt, openedBy}) or null, view the view shown. " + ELEMENT)
    @GetMapping
    ResponseEntity<PlanView> plan(@AuthenticationPrincipal KoersUser user,
                                  @PathVariable String planId,
                                  @Parameter(description = VIEW) @RequestParam(required = false) AdoptedOrDraft view,
                                  @Parameter(description = "Also show retired elements and what hangs under them")
                                  @RequestParam(defaultValue = "false") boolean includeRetired) {
        PlanView plan = trees.answer(new FindPlanTree(user.tenant(), PlanId.of(planId)), view, includeRetired);
        return ResponseEntity.ok().eTag(Long.toString(plan.version())).body(plan);
    }

    @Operation(summary = "One element with its ancestors (root first) and its direct children, adopted or draft",
            description = "An element the open revision added exists in the draft view only (404 unknown-element in the"
                    + " adopted view). " + ELEMENT)
    @GetMapping("/elements/{elementId}")
    ElementWithFamily element(@AuthenticationPrincipal KoersUser user,
                              @PathVariable String planId, @PathVariable String elementId,
                              @Parameter(description = VIEW) @RequestParam(required = false) AdoptedOrDraft view) {
        return trees.answer(new FindElementWithChildren(user.tenant(), PlanId.of(planId), ElementId.of(elementId)), view);
    }

    @Operation(summary = "The plan's elements matching every given criterion, one page at a time, without children, adopted or draft",
            description = ELEMENT)
    @GetMapping("/elements")
    ElementPage elements(@AuthenticationPrincipal KoersUser user,
                         @PathVariable String planId,
                         @Parameter(description = VIEW) @RequestParam(required = false) AdoptedOrDraft view,
                         @RequestParam(required = false) Level level,
                         @RequestParam(required = false) ElementStatus status,
                         @RequestParam(required = false) String department,
                         @RequestParam(required = false) String politicalOwner,
                         @Parameter(description = "true: plan content only; false: unplanned work only (carried out"
                                 + " without being in the adopted plan); absent: both")
                         @RequestParam(required = false) Boolean planned,
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
        return search.answer(question, planned, view, new Paging(page, size));
    }
}
