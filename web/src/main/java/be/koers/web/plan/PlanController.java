package be.koers.web.plan;

import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A plan's page: what it is (legislature, template, status, edition) and its statements, mission, vision and core
 * values, which planners edit here. Each statement is its own small form.
 */
@Controller
class PlanController {

    private final Plans plans;
    private final ProblemMessages problems;

    PlanController(Plans plans, ProblemMessages problems) {
        this.plans = plans;
        this.problems = problems;
    }

    @GetMapping("/plans/{planId}")
    String plan(@PathVariable String planId, Model model) {
        return page(model, plans.read(planId, SignedInUser.isPlanner()), null, null, FormErrors.NONE);
    }

    @PostMapping("/plans/{planId}/mission")
    @PreAuthorize("hasRole('PLANNER')")
    String mission(@PathVariable String planId, @RequestParam(defaultValue = "") String mission, Model model) {
        return change(planId, "mission", mission, () -> plans.setMission(planId, mission), model);
    }

    @PostMapping("/plans/{planId}/vision")
    @PreAuthorize("hasRole('PLANNER')")
    String vision(@PathVariable String planId, @RequestParam(defaultValue = "") String vision, Model model) {
        return change(planId, "vision", vision, () -> plans.setVision(planId, vision), model);
    }

    /** Core values are typed one per line. */
    @PostMapping("/plans/{planId}/core-values")
    @PreAuthorize("hasRole('PLANNER')")
    String coreValues(@PathVariable String planId, @RequestParam(defaultValue = "") String coreValues, Model model) {
        List<String> values = Arrays.stream(coreValues.split("\\R")).map(String::strip).filter(value -> !value.isEmpty()).toList();
        return change(planId, "coreValues", coreValues, () -> plans.setCoreValues(planId, values), model);
    }

    /** Accepted: back to the page, which says it was saved. Refused: the page with the typed text and why. */
    private String change(String planId, String statement, String typed, Supplier<Plan> change, Model model) {
        try {
            change.get();
            return "redirect:/plans/" + planId + "?saved=" + statement + "#" + statement;
        } catch (ServiceRefusal refusal) {
            // one field per form: every message of the refusal (coreValues[2] …) belongs to it
            return page(model, plans.read(planId, true), statement, typed, problems.of(refusal, Set.of()));
        }
    }

    private String page(Model model, Plan plan, String refusedStatement, String typed, FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("refused", refusedStatement);
        model.addAttribute("typed", typed == null ? Map.of() : Map.of(refusedStatement, typed));
        model.addAttribute("errors", errors);
        return "plan/plan";
    }
}
