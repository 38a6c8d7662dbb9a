package be.koers.query.revision;

import be.koers.planning.api.plan.PlanId;
import be.koers.query.history.EditionLog;
import be.koers.query.history.EditionView;
import be.koers.query.plan.PlanRows;
import be.koers.support.security.KoersUser;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The editions of a plan of the caller's administration, and its revisions. */
@RestController
@RequestMapping("/api/plans/{planId}")
class RevisionController {

    private final PlanRows plans;
    private final EditionLog editions;
    private final RevisionLog revisions;

    RevisionController(PlanRows plans, EditionLog editions, RevisionLog revisions) {
        this.plans = plans;
        this.editions = editions;
        this.revisions = revisions;
    }

    @Operation(summary = "The edition log: every adopted edition with its decision, description and what it added, replaced and retired",
            description = "Edition 1 is the plan's adoption (description \"Adopted plan\", every active element added); each"
                    + " adopted revision is the next edition. Element titles are as adopted. The tree of an edition:"
                    + " GET /api/plans/{planId}/editions/{edition}/tree.")
    @GetMapping("/editions")
    List<EditionView> editions(@AuthenticationPrincipal KoersUser user, @PathVariable String planId) {
        plans.require(user.tenant(), PlanId.of(planId));
        return editions.of(user.tenant(), PlanId.of(planId));
    }

    @Operation(summary = "Every revision of the plan: open, adopted (with the edition it became) or discarded (with the reason)")
    @GetMapping("/revisions")
    List<RevisionView> revisions(@AuthenticationPrincipal KoersUser user, @PathVariable String planId) {
        plans.require(user.tenant(), PlanId.of(planId));
        return revisions.of(user.tenant(), PlanId.of(planId));
    }
}
