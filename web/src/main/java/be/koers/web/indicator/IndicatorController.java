package be.koers.web.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.input.DecimalInput;
import be.koers.web.input.FormInput;
import be.koers.web.input.Option;
import be.koers.web.plan.Element;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.Problem;
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

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A plan's indicators: the list, defining one (name, unit, kind, direction, frequency, owner department, data
 * source, baseline, targets per period, the goals and items it measures), and one indicator's page where planners
 * revise its description, retarget it or retire it. Plain forms, answered with a redirect when accepted and with
 * the same form, as typed, and the refusal beside its fields when not.
 */
@Controller
class IndicatorController {

    private static final Set<String> RETIREMENT_FIELDS = Set.of("reason");

    private final Indicators indicators;
    private final Plans plans;
    private final ProblemMessages problems;
    private final DecimalInput decimals;

    IndicatorController(Indicators indicators, Plans plans, ProblemMessages problems, DecimalInput decimals) {
        this.indicators = indicators;
        this.plans = plans;
        this.problems = problems;
        this.decimals = decimals;
    }

    /** Which of an indicator page's forms was refused: that one shows what was typed and why. */
    enum Change { DESCRIPTION, TARGETS, RETIREMENT }

    @GetMapping("/plans/{planId}/indicators")
    String list(@PathVariable String planId, Model model) {
        model.addAttribute("plan", plans.read(planId, SignedInUser.isPlanner()));
        model.addAttribute("indicators", indicators.ofPlan(planId));
        return "indicator/indicators";
    }

    @GetMapping("/plans/{planId}/indicators/new")
    @PreAuthorize("hasRole('PLANNER')")
    String newIndicator(@PathVariable String planId, Model model) {
        Plan plan = plans.read(planId, true);
        return definePage(model, plan, IndicatorForm.blank(plan.firstYear(), plan.lastYear()), FormErrors.NONE);
    }

    @PostMapping("/plans/{planId}/indicators")
    @PreAuthorize("hasRole('PLANNER')")
    String define(@PathVariable String planId, @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model) {
        IndicatorForm form = IndicatorForm.from(sent);
        FormInput input = new FormInput(locale);
        Indicators.Definition definition = form.definition(input);
        try {
            String id = input.send(() -> indicators.define(planId, definition), form.formField());
            return "redirect:/plans/" + planId + "/indicators/" + id + "?saved=defined";
        } catch (ServiceRefusal refusal) {
            return definePage(model, plans.read(planId, true), form.withSpareRows(), problems.of(refusal, form.fields()));
        }
    }

    @GetMapping("/plans/{planId}/indicators/{indicatorId}")
    String indicator(@PathVariable String planId, @PathVariable String indicatorId, Model model) {
        return indicatorPage(model, planId, indicatorId, null, null, FormErrors.NONE);
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/description")
    @PreAuthorize("hasRole('PLANNER')")
    String describe(@PathVariable String planId, @PathVariable String indicatorId,
                    @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model) {
        IndicatorForm form = IndicatorForm.from(sent);
        return change(model, planId, indicatorId, Change.DESCRIPTION, form, new FormInput(locale),
                (indicator, input) -> input.change(() -> indicators.describe(indicator, form.description()), form.formField()));
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/targets")
    @PreAuthorize("hasRole('PLANNER')")
    String retarget(@PathVariable String planId, @PathVariable String indicatorId,
                    @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model) {
        IndicatorForm form = IndicatorForm.from(sent);
        FormInput input = new FormInput(locale);
        Indicators.Targets targets = form.retargeting(input);
        return change(model, planId, indicatorId, Change.TARGETS, form, input,
                (indicator, typed) -> typed.change(() -> indicators.retarget(indicator, targets), form.formField()));
    }

    @PostMapping("/plans/{planId}/indicators/{indicatorId}/retirement")
    @PreAuthorize("hasRole('PLANNER')")
    String retire(@PathVariable String planId, @PathVariable String indicatorId,
                  @RequestParam MultiValueMap<String, String> sent, Locale locale, Model model) {
        IndicatorForm form = IndicatorForm.from(sent);
        return change(model, planId, indicatorId, Change.RETIREMENT, form, new FormInput(locale),
                (indicator, input) -> input.change(() -> indicators.retire(indicator, FormInput.text(form.reason())),
                        field -> field));
    }

    private interface Sending {
        void send(IndicatorDetail indicator, FormInput input);
    }

    private String change(Model model, String planId, String indicatorId, Change change, IndicatorForm form,
                          FormInput input, Sending sending) {
        IndicatorDetail indicator = ofPlan(planId, indicatorId);
        try {
            sending.send(indicator, input);
            return "redirect:/plans/" + planId + "/indicators/" + indicatorId + "?saved=" + change.name().toLowerCase(Locale.ROOT);
        } catch (ServiceRefusal refusal) {
            Set<String> fields = change == Change.RETIREMENT ? RETIREMENT_FIELDS : form.fields();
            return indicatorPage(model, planId, indicatorId, change, form.withSpareRows(), problems.of(refusal, fields));
        }
    }

    private String definePage(Model model, Plan plan, IndicatorForm form, FormErrors errors) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("elements", measurable(plan));
        addChoices(model);
        return "indicator/define";
    }

    private String indicatorPage(Model model, String planId, String indicatorId, Change refused, IndicatorForm typed,
                                 FormErrors errors) {
        IndicatorDetail indicator = ofPlan(planId, indicatorId);
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        IndicatorForm current = IndicatorForm.of(indicator, decimals);
        model.addAttribute("plan", plan);
        model.addAttribute("indicator", indicator);
        model.addAttribute("linked", indicator.linkedElements().stream().map(id -> plan.element(id)
                .map(Element::title).orElse(id)).toList());
        model.addAttribute("refused", refused);
        model.addAttribute("errors", errors);
        model.addAttribute("descriptionForm", refused == Change.DESCRIPTION ? typed : current);
        model.addAttribute("targetsForm", refused == Change.TARGETS ? typed : current);
        model.addAttribute("retirementForm", refused == Change.RETIREMENT ? typed : current);
        addChoices(model);
        return "indicator/indicator";
    }

    /** The indicator, if it is one of this plan's: another plan's is not found here. */
    private IndicatorDetail ofPlan(String planId, String indicatorId) {
        IndicatorDetail indicator = indicators.read(indicatorId);
        if (!planId.equals(indicator.planId())) {
            throw new ServiceRefusal("web", new Problem(null, "Not found", 404, null, "indicatorId", "unknown-indicator", List.of()));
        }
        return indicator;
    }

    /** What an indicator can measure: the plan's active goals, action plans and items, as the tree orders them. */
    private static List<Option> measurable(Plan plan) {
        return Option.tree(plan.elements(), Element::children, Element::elementId, Element::title, element -> !element.retired());
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", IndicatorKind.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("frequencies", Frequency.values());
    }
}
