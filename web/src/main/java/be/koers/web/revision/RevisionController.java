package be.koers.web.revision;

import be.koers.planning.api.plan.PlanStatus;
import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.input.FormInput;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A plan's adoption and revisions: a draft is adopted with the council's decision (edition 1); after that its
 * content changes only inside a revision, which the planner opens, sees the changes of (the working plan against the
 * edition in force), and has adopted by the council as the next edition, or discards with a reason. Below, the
 * edition log, the revisions and what changed between two editions.
 */
@Controller
class RevisionController {

    private static final Set<String> DECISION_FIELDS = Set.of("decisionDate", "decisionReference");
    private static final Set<String> OPENING_FIELDS = Set.of("name", "description");
    private static final Set<String> DISCARD_FIELDS = Set.of("reason");

    private final Revisions revisions;
    private final Plans plans;
    private final ProblemMessages problems;

    RevisionController(Revisions revisions, Plans plans, ProblemMessages problems) {
        this.revisions = revisions;
        this.plans = plans;
        this.problems = problems;
    }

    /** The forms of the page; a refused one shows what was typed and why. */
    enum Form { ADOPT_PLAN, OPEN, ADOPT, DISCARD }

    record Refused(Form form, Map<String, String> typed, FormErrors errors) {

        static final Refused NONE = new Refused(null, Map.of(), FormErrors.NONE);

        /** The errors of the form of that name, none for another form. */
        public FormErrors errorsOf(String form) {
            return isAbout(form) ? errors : FormErrors.NONE;
        }

        public String typed(String form, String field) {
            return isAbout(form) ? typed.getOrDefault(field, "") : "";
        }

        private boolean isAbout(String form) {
            return this.form != null && this.form.name().equals(form);
        }
    }

    /** Two editions compared, or why they cannot be. */
    record Comparison(Integer from, Integer to, PlanDiff diff, FormErrors errors) {
    }

    @GetMapping("/plans/{planId}/revisions")
    String page(@PathVariable String planId, @RequestParam(required = false) Integer from,
                @RequestParam(required = false) Integer to, Model model) {
        return page(model, planId, from, to, Refused.NONE);
    }

    @PostMapping("/plans/{planId}/adoption")
    @PreAuthorize("hasRole('PLANNER')")
    String adoptPlan(@PathVariable String planId, @RequestParam(defaultValue = "") String decisionDate,
                     @RequestParam(defaultValue = "") String decisionReference, Locale locale, Model model) {
        FormInput input = new FormInput(locale);
        Revisions.Decision decision = new Revisions.Decision(input.date("decisionDate", decisionDate), FormInput.text(decisionReference));
        return change(model, planId, Form.ADOPT_PLAN, Map.of("decisionDate", decisionDate, "decisionReference", decisionReference),
                DECISION_FIELDS, () -> input.change(() -> revisions.adoptPlan(planId, decision), field -> field));
    }

    @PostMapping("/plans/{planId}/revisions")
    @PreAuthorize("hasRole('PLANNER')")
    String open(@PathVariable String planId, @RequestParam(defaultValue = "") String name,
                @RequestParam(defaultValue = "") String description, Model model) {
        Plan plan = plans.read(planId, true);
        return change(model, planId, Form.OPEN, Map.of("name", name, "description", description), OPENING_FIELDS,
                () -> revisions.open(plan, new Revisions.Opening(FormInput.text(name), FormInput.text(description))));
    }

    @PostMapping("/plans/{planId}/revisions/current/adoption")
    @PreAuthorize("hasRole('PLANNER')")
    String adopt(@PathVariable String planId, @RequestParam(defaultValue = "") String decisionDate,
                 @RequestParam(defaultValue = "") String decisionReference, Locale locale, Model model) {
        Plan plan = plans.read(planId, true);
        FormInput input = new FormInput(locale);
        Revisions.Decision decision = new Revisions.Decision(input.date("decisionDate", decisionDate), FormInput.text(decisionReference));
        return change(model, planId, Form.ADOPT, Map.of("decisionDate", decisionDate, "decisionReference", decisionReference),
                DECISION_FIELDS, () -> input.change(() -> revisions.adopt(plan, decision), field -> field));
    }

    @PostMapping("/plans/{planId}/revisions/current/discard")
    @PreAuthorize("hasRole('PLANNER')")
    String discard(@PathVariable String planId, @RequestParam(defaultValue = "") String reason, Model model) {
        Plan plan = plans.read(planId, true);
        return change(model, planId, Form.DISCARD, Map.of("reason", reason), DISCARD_FIELDS,
                () -> revisions.discard(plan, new Revisions.Discarding(FormInput.text(reason))));
    }

    private String change(Model model, String planId, Form form, Map<String, String> typed, Set<String> fields, Runnable change) {
        try {
            change.run();
            return "redirect:/plans/" + planId + "/revisions?saved=" + form.name().toLowerCase(Locale.ROOT).replace('_', '-');
        } catch (ServiceRefusal refusal) {
            return page(model, planId, null, null, new Refused(form, typed, problems.of(refusal, fields)));
        }
    }

    private String page(Model model, String planId, Integer from, Integer to, Refused refused) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        List<Edition> editions = plan.edition() == null ? List.of() : revisions.editions(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("editions", editions);
        model.addAttribute("revisions", plan.edition() == null ? List.of() : revisions.revisions(planId));
        model.addAttribute("pending", plan.openRevision() != null && plan.edition() != null
                ? revisions.diffToNow(planId, plan.edition()) : null);
        model.addAttribute("comparison", comparison(plan, from, to));
        model.addAttribute("draft", plan.status() == PlanStatus.DRAFT);
        model.addAttribute("refused", refused);
        return "revision/revisions";
    }

    /** The editions asked for, or by default what the edition in force changed to the one before; none before edition 2. */
    private Comparison comparison(Plan plan, Integer from, Integer to) {
        Integer edition = plan.edition();
        if (edition == null || (from == null && to == null && edition < 2)) {
            return null;
        }
        int fromEdition = from != null ? from : edition - 1;
        int toEdition = to != null ? to : edition;
        try {
            return new Comparison(fromEdition, toEdition, revisions.diff(plan.planId(), fromEdition, toEdition), FormErrors.NONE);
        } catch (ServiceRefusal refusal) {
            return new Comparison(fromEdition, toEdition, null, problems.of(refusal, Set.of()));
        }
    }
}
