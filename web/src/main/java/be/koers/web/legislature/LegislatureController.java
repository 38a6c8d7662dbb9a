package be.koers.web.legislature;

import be.koers.planning.api.plan.PlanTemplate;
import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.services.ServiceRefusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.Set;

/**
 * The start page: the administration's legislatures and their plans; a planner creates a legislature and drafts its
 * plan with a template here. Plain forms (they work without script), answered with a redirect when accepted and
 * with the same page and the refusal beside the fields when not.
 */
@Controller
class LegislatureController {

    private static final Set<String> LEGISLATURE_FIELDS = Set.of("name", "firstYear", "lastYear");
    private static final Set<String> PLAN_FIELDS = Set.of("title", "template");

    private final Legislatures legislatures;
    private final ProblemMessages problems;

    LegislatureController(Legislatures legislatures, ProblemMessages problems) {
        this.legislatures = legislatures;
        this.problems = problems;
    }

    /** What the planner typed, as typed: a year that is no number is sent as none and refused by its rule. */
    record LegislatureForm(String name, String firstYear, String lastYear) {

        static final LegislatureForm EMPTY = new LegislatureForm("", "", "");

        Legislatures.CreateLegislature command() {
            return new Legislatures.CreateLegislature(name, year(firstYear), year(lastYear));
        }

        private static Integer year(String year) {
            try {
                return year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
            } catch (NumberFormatException notAYear) {
                return null;
            }
        }
    }

    record PlanForm(String title, PlanTemplate template) {
    }

    /** A refused draft of one legislature's plan: shown again under that legislature, with what was typed. */
    record RefusedDraft(String legislatureId, PlanForm form, FormErrors errors) {
    }

    @GetMapping("/")
    String legislatures(Model model) {
        return page(model, LegislatureForm.EMPTY, FormErrors.NONE, null);
    }

    @PostMapping("/legislatures")
    @PreAuthorize("hasRole('PLANNER')")
    String create(@ModelAttribute LegislatureForm form, Model model) {
        try {
            legislatures.create(form.command());
            return "redirect:/";
        } catch (ServiceRefusal refusal) {
            return page(model, form, problems.of(refusal, LEGISLATURE_FIELDS), null);
        }
    }

    @PostMapping("/legislatures/{legislatureId}/plan")
    @PreAuthorize("hasRole('PLANNER')")
    String draftPlan(@PathVariable String legislatureId, @ModelAttribute PlanForm form, Model model) {
        try {
            String planId = legislatures.draftPlan(legislatureId, new Legislatures.DraftPlan(form.title(), form.template()));
            return "redirect:/plans/" + planId;
        } catch (ServiceRefusal refusal) {
            return page(model, LegislatureForm.EMPTY, FormErrors.NONE,
                    new RefusedDraft(legislatureId, form, problems.of(refusal, PLAN_FIELDS)));
        }
    }

    private String page(Model model, LegislatureForm form, FormErrors errors, RefusedDraft refusedDraft) {
        model.addAttribute("legislatures", legislatures.all());
        model.addAttribute("templates", PlanTemplate.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusedDraft", refusedDraft);
        return "legislature/legislatures";
    }
}
