package be.koers.web.continuity;

import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.indicator.IndicatorSummary;
import be.koers.web.indicator.Indicators;
import be.koers.web.input.FormInput;
import be.koers.web.input.Option;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Continuations from the previous legislature: which goals, action plans and items of this plan carry over one of
 * an earlier plan (declared, or withdrawn with a reason), and which indicators continue an earlier one. The earlier
 * plan is the one of the legislature right before, or one the reader picks.
 */
@Controller
class ContinuityController {

    private static final Set<String> DECLARATION_FIELDS = Set.of("elementId", "previousPlanId", "previousElementId");
    private static final Set<String> WITHDRAWAL_FIELDS = Set.of("reason");
    private static final Set<String> INDICATOR_FIELDS = Set.of("indicatorId", "previousIndicatorId");

    private final Continuations continuations;
    private final Indicators indicators;
    private final ProblemMessages problems;

    ContinuityController(Continuations continuations, Indicators indicators, ProblemMessages problems) {
        this.continuations = continuations;
        this.indicators = indicators;
        this.problems = problems;
    }

    /** Which form was refused, with what was chosen or typed in it. */
    record Refused(String form, String elementId, Map<String, String> typed, FormErrors errors) {

        static final Refused NONE = new Refused("", null, Map.of(), FormErrors.NONE);

        public FormErrors errorsOf(String form) {
            return this.form.equals(form) ? errors : FormErrors.NONE;
        }

        public FormErrors errorsOf(String form, String elementId) {
            return this.form.equals(form) && elementId.equals(this.elementId) ? errors : FormErrors.NONE;
        }

        public String typed(String field) {
            return typed.getOrDefault(field, "");
        }
    }

    @GetMapping("/plans/{planId}/continuations")
    String page(@PathVariable String planId, @RequestParam(required = false) String previous, Model model) {
        return page(model, planId, previous, Refused.NONE);
    }

    @PostMapping("/plans/{planId}/continuations")
    @PreAuthorize("hasRole('PLANNER')")
    String declare(@PathVariable String planId, @RequestParam(defaultValue = "") String elementId,
                   @RequestParam(defaultValue = "") String previousPlanId,
                   @RequestParam(defaultValue = "") String previousElementId, Locale locale, Model model) {
        FormInput input = new FormInput(locale);
        String element = input.id("elementId", elementId);
        Continuations.Declaration declaration = new Continuations.Declaration(FormInput.text(previousPlanId),
                FormInput.text(previousElementId));
        try {
            input.change(() -> continuations.declare(planId, element, declaration), field -> field);
            return redirect(planId, previousPlanId, "declared");
        } catch (ServiceRefusal refusal) {
            return page(model, planId, previousPlanId, new Refused("declare", null, Map.of("elementId", elementId,
                    "previousElementId", previousElementId), problems.of(refusal, DECLARATION_FIELDS)));
        }
    }

    @PostMapping("/plans/{planId}/continuations/{elementId}/withdrawal")
    @PreAuthorize("hasRole('PLANNER')")
    String withdraw(@PathVariable String planId, @PathVariable String elementId,
                    @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String previousPlanId,
                    Model model) {
        try {
            continuations.withdraw(planId, elementId, FormInput.text(reason));
            return redirect(planId, previousPlanId, "withdrawn");
        } catch (ServiceRefusal refusal) {
            return page(model, planId, previousPlanId, new Refused("withdraw", elementId, Map.of("reason", reason),
                    problems.of(refusal, WITHDRAWAL_FIELDS)));
        }
    }

    @PostMapping("/plans/{planId}/continuations/indicators")
    @PreAuthorize("hasRole('PLANNER')")
    String declareForIndicator(@PathVariable String planId, @RequestParam(defaultValue = "") String indicatorId,
                               @RequestParam(defaultValue = "") String previousIndicatorId,
                               @RequestParam(defaultValue = "") String previousPlanId, Locale locale, Model model) {
        FormInput input = new FormInput(locale);
        String indicator = input.id("indicatorId", indicatorId);
        String previousIndicator = input.id("previousIndicatorId", previousIndicatorId);
        try {
            input.change(() -> indicators.continueFrom(indicator, previousIndicator), field -> field);
            return redirect(planId, previousPlanId, "indicator");
        } catch (ServiceRefusal refusal) {
            return page(model, planId, previousPlanId, new Refused("indicator", null, Map.of("indicatorId", indicatorId,
                    "previousIndicatorId", previousIndicatorId), problems.of(refusal, INDICATOR_FIELDS)));
        }
    }

    private String page(Model model, String planId, String previousPlanId, Refused refused) {
        ContinuityPlan plan = continuations.plan(planId, SignedInUser.isPlanner());
        List<Continuations.EarlierPlan> earlier = continuations.earlierThan(plan);
        Optional<Continuations.EarlierPlan> chosen = earlier.stream()
                .filter(candidate -> candidate.planId().equals(previousPlanId)).findFirst()
                .or(() -> earlier.stream().findFirst());
        ContinuityPlan previous = chosen.map(candidate -> continuations.plan(candidate.planId(), false)).orElse(null);
        List<IndicatorSummary> ours = indicators.ofPlan(planId);
        List<IndicatorSummary> theirs = previous == null ? List.of() : indicators.ofPlan(previous.planId());
        model.addAttribute("plan", plan);
        model.addAttribute("earlier", earlier);
        model.addAttribute("previous", previous);
        model.addAttribute("previousTitles", previous == null ? Map.of() : previous.flat().stream()
                .collect(Collectors.toMap(ContinuityPlan.Node::elementId, ContinuityPlan.Node::title)));
        model.addAttribute("elementOptions", options(plan));
        model.addAttribute("previousOptions", previous == null ? List.of() : options(previous));
        model.addAttribute("indicators", ours);
        model.addAttribute("previousIndicators", theirs);
        model.addAttribute("previousIndicatorNames", theirs.stream()
                .collect(Collectors.toMap(IndicatorSummary::indicatorId, IndicatorSummary::name)));
        model.addAttribute("refused", refused);
        return "continuity/continuations";
    }

    private static List<Option> options(ContinuityPlan plan) {
        return Option.tree(plan.elements(), ContinuityPlan.Node::children, ContinuityPlan.Node::elementId,
                ContinuityPlan.Node::title, ContinuityPlan.Node::active);
    }

    private static String redirect(String planId, String previousPlanId, String saved) {
        return "redirect:" + UriComponentsBuilder.fromPath("/plans/{planId}/continuations")
                .queryParamIfPresent("previous", Optional.ofNullable(FormInput.text(previousPlanId)))
                .queryParam("saved", saved).buildAndExpand(planId).encode().toUriString();
    }
}
