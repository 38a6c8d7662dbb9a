package be.koers.web.budget;

import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.input.DecimalInput;
import be.koers.web.input.FormInput;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The plan's budget: its totals per year and what each element costs, and per element a grid with the years of the
 * legislature as columns and the five figures as rows, where planners type exact euro in their own notation. Each
 * year that changed is one estimate for the command-service; a year that already had one is a revision, which the
 * service refuses without a reason.
 */
@Controller
class BudgetController {

    private final Budgets budgets;
    private final Plans plans;
    private final ProblemMessages problems;
    private final DecimalInput decimals;

    BudgetController(Budgets budgets, Plans plans, ProblemMessages problems, DecimalInput decimals) {
        this.budgets = budgets;
        this.plans = plans;
        this.problems = problems;
        this.decimals = decimals;
    }

    @GetMapping("/plans/{planId}/budget")
    String plan(@PathVariable String planId, Model model) {
        boolean working = SignedInUser.isPlanner();
        Plan plan = plans.read(planId, working);
        model.addAttribute("plan", plan);
        model.addAttribute("budget", budgets.ofPlan(planId, working));
        model.addAttribute("years", BudgetGrid.yearsOf(plan.firstYear(), plan.lastYear()));
        model.addAttribute("figures", Figures.NAMES);
        return "budget/budget";
    }

    @GetMapping("/plans/{planId}/budget/{elementId}")
    String element(@PathVariable String planId, @PathVariable String elementId, Model model) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        return elementPage(model, plan, elementId, null, Set.of(), FormErrors.NONE);
    }

    @PostMapping("/plans/{planId}/budget/{elementId}")
    @PreAuthorize("hasRole('PLANNER')")
    String estimate(@PathVariable String planId, @PathVariable String elementId,
                    @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model) {
        Plan plan = plans.read(planId, true);
        BudgetGrid grid = BudgetGrid.from(BudgetGrid.yearsOf(plan.firstYear(), plan.lastYear()), sent);
        ElementBudget current = budgets.ofElement(planId, elementId);
        FormInput input = new FormInput(locale);
        Map<Integer, Figures> typed = grid.figures(input);
        Map<Integer, Figures> saved = new LinkedHashMap<>();
        String reason = FormInput.text(grid.reason());
        try {
            input.requireReadable();
            for (int year : changedYears(grid.years(), current, typed)) {
                input.change(() -> budgets.estimate(planId, elementId, year, new Budgets.Estimate(typed.get(year), reason)),
                        BudgetGrid.formField(year));
                saved.put(year, typed.get(year));
            }
            budgets.awaitEstimates(planId, elementId, saved);
            return "redirect:/plans/" + planId + "/budget/" + elementId + "?saved=" + (saved.isEmpty() ? "none" : "estimates");
        } catch (ServiceRefusal refusal) {
            // the years sent before the refusal are saved: the page says which, and shows them as the service has them
            budgets.awaitEstimates(planId, elementId, saved);
            return elementPage(model, plan, elementId, grid, saved.keySet(), problems.of(refusal, grid.fields()));
        }
    }

    /**
     * The years whose typed figures differ from the estimate (the same amounts with other decimals do not): first
     * those that revise an estimate, so that a missing reason is refused before any year is saved, then new ones.
     */
    private static List<Integer> changedYears(List<Integer> years, ElementBudget current, Map<Integer, Figures> typed) {
        List<Integer> revised = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        for (int year : years) {
            Figures figures = typed.get(year);
            Optional<Figures> estimate = current.estimate(year);
            if (estimate.isPresent() && !estimate.get().sameAs(figures)) {
                revised.add(year);
            } else if (estimate.isEmpty() && !figures.none()) {
                added.add(year);
            }
        }
        return Stream.concat(revised.stream(), added.stream()).toList();
    }

    private String elementPage(Model model, Plan plan, String elementId, BudgetGrid typed, Set<Integer> saved,
                               FormErrors errors) {
        ElementBudget budget = budgets.ofElement(plan.planId(), elementId);
        List<Integer> years = BudgetGrid.yearsOf(plan.firstYear(), plan.lastYear());
        model.addAttribute("plan", plan);
        model.addAttribute("budget", budget);
        model.addAttribute("years", years);
        model.addAttribute("figures", Figures.NAMES);
        model.addAttribute("grid", typed != null ? typed : BudgetGrid.of(years, budget, decimals));
        model.addAttribute("savedYears", saved.stream().sorted().toList());
        model.addAttribute("errors", errors);
        return "budget/element";
    }
}
