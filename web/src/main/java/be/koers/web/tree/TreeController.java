package be.koers.web.tree;

import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.web.forms.FormErrors;
import be.koers.web.forms.ProblemMessages;
import be.koers.web.plan.Element;
import be.koers.web.plan.Plan;
import be.koers.web.plan.Plans;
import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The goal tree of a plan: its levels collapsed, filters, and per element a panel with its details and, for
 * planners, the forms that change it: edit, add under it, move, owner, tags, retire. Every form works as a plain
 * form (a redirect back to the tree, the element's panel open) and, with htmx, swaps the tree in place. A refusal
 * shows the form again in the element's panel, with the reason beside the field in the reader's language and, for a
 * placement, the template's rule in words.
 */
@Controller
@RequestMapping("/plans/{planId}/tree")
class TreeController {

    private final Plans plans;
    private final ElementChanges changes;
    private final ElementSearch search;
    private final ProblemMessages problems;
    private final MessageSource messages;

    TreeController(Plans plans, ElementChanges changes, ElementSearch search, ProblemMessages problems, MessageSource messages) {
        this.plans = plans;
        this.changes = changes;
        this.search = search;
        this.problems = problems;
        this.messages = messages;
    }

    /** The filters, kept on every address of the tree (not named like the forms' fields: they travel with them). */
    @ModelAttribute("filters")
    Filters filters(@RequestParam(name = Filters.WORDS, required = false) String words,
                    @RequestParam(name = Filters.DEPARTMENT, required = false) String department,
                    @RequestParam(name = Filters.POLICY_FIELD, required = false) String policyField,
                    @RequestParam(name = Filters.STATUS, required = false) ElementStatus status) {
        return new Filters(words, department, policyField, status);
    }

    @GetMapping
    String tree(@PathVariable String planId, @ModelAttribute("filters") Filters filters,
                @RequestParam(required = false) String open, @RequestParam(required = false) String saved, Model model) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        return show(model, view(plan, filters, open, null, saved == null ? null : "tree.saved." + saved), false);
    }

    /** The elements directly under one, as htmx asks for them when the reader opens its level. */
    @GetMapping("/children/{elementId}")
    String children(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute("filters") Filters filters,
                    Model model) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        show(model, view(plan, filters, null, null, null), true);
        model.addAttribute("parent", plan.element(elementId).orElseThrow(() -> unknown(elementId)));
        return "tree/tree :: children";
    }

    /** An element's panel, as htmx asks for it when the reader opens it. */
    @GetMapping("/elements/{elementId}")
    String panel(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute("filters") Filters filters,
                 Model model) {
        Plan plan = plans.read(planId, SignedInUser.isPlanner());
        show(model, view(plan, filters, elementId, null, null), true);
        model.addAttribute("element", plan.element(elementId).orElseThrow(() -> unknown(elementId)));
        return "tree/panel :: panel";
    }

    @PostMapping("/elements")
    @PreAuthorize("hasRole('PLANNER')")
    String add(@PathVariable String planId, @ModelAttribute TreeForms.Add form, @ModelAttribute("filters") Filters filters,
               HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            ElementChanges.Added added = changes.add(planId, form);
            return done(planId, added.plan(), added.elementId(), filters, "added", request, model);
        } catch (ServiceRefusal refusal) {
            Plan plan = plans.read(planId, true);
            Optional<Element> parent = Optional.ofNullable(form.parentIdOrNull()).flatMap(plan::element);
            FormErrors errors = problems.of(refusal, TreeForms.ADD_FIELDS,
                    placementRule(plan, form.level(), parent.map(Element::level)));
            return refused(plan, parent.map(Element::elementId).orElse(null), TreeForms.ADD, form, errors, filters,
                    request, response, model);
        }
    }

    @PostMapping("/elements/{elementId}/title")
    @PreAuthorize("hasRole('PLANNER')")
    String edit(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute TreeForms.Edit form,
                @ModelAttribute("filters") Filters filters, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return change(planId, elementId, TreeForms.EDIT, form, TreeForms.EDIT_FIELDS, "edited", filters, request, response, model,
                () -> changes.revise(planId, current(planId, elementId), form.title(), form.description()));
    }

    @PostMapping("/elements/{elementId}/parent")
    @PreAuthorize("hasRole('PLANNER')")
    String move(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute TreeForms.Move form,
                @ModelAttribute("filters") Filters filters, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        try {
            return done(planId, changes.move(planId, elementId, form.parentIdOrNull()), elementId, filters, "moved", request, model);
        } catch (ServiceRefusal refusal) {
            Plan plan = plans.read(planId, true);
            Element element = plan.element(elementId).orElseThrow(() -> refusal);
            Optional<Level> target = Optional.ofNullable(form.parentIdOrNull()).flatMap(plan::element).map(Element::level);
            FormErrors errors = problems.of(refusal, TreeForms.MOVE_FIELDS, placementRule(plan, element.level(), target));
            return refused(plan, elementId, TreeForms.MOVE, form, errors, filters, request, response, model);
        }
    }

    @PostMapping("/elements/{elementId}/owner")
    @PreAuthorize("hasRole('PLANNER')")
    String owner(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute TreeForms.OwnerForm form,
                 @ModelAttribute("filters") Filters filters, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        return change(planId, elementId, TreeForms.OWNER, form, TreeForms.OWNER_FIELDS, "owner", filters, request, response, model,
                () -> changes.reassign(planId, elementId, form.owner()));
    }

    @PostMapping("/elements/{elementId}/tags")
    @PreAuthorize("hasRole('PLANNER')")
    String tags(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute TreeForms.TagsForm form,
                @ModelAttribute("filters") Filters filters, HttpServletRequest request, HttpServletResponse response,
                Model model) {
        return change(planId, elementId, TreeForms.TAGS, form, TreeForms.TAGS_FIELDS, "tags", filters, request, response, model,
                () -> changes.retag(planId, elementId, form.tags()));
    }

    @PostMapping("/elements/{elementId}/retirement")
    @PreAuthorize("hasRole('PLANNER')")
    String retire(@PathVariable String planId, @PathVariable String elementId, @ModelAttribute TreeForms.Retire form,
                  @ModelAttribute("filters") Filters filters, HttpServletRequest request, HttpServletResponse response,
                  Model model) {
        try {
            // the retired element leaves the tree: its parent's panel opens instead
            String parent = current(planId, elementId).parentId();
            return done(planId, changes.retire(planId, elementId, form.reason()), parent, filters, "retired", request, model);
        } catch (ServiceRefusal refusal) {
            return refused(plans.read(planId, true), elementId, TreeForms.RETIRE, form,
                    problems.of(refusal, TreeForms.RETIRE_FIELDS), filters, request, response, model);
        }
    }

    private String change(String planId, String elementId, String formName, Object form, Map<String, String> fields,
                          String saved, Filters filters, HttpServletRequest request, HttpServletResponse response,
                          Model model, Supplier<Plan> change) {
        try {
            return done(planId, change.get(), elementId, filters, saved, request, model);
        } catch (ServiceRefusal refusal) {
            return refused(plans.read(planId, true), elementId, formName, form, problems.of(refusal, fields), filters,
                    request, response, model);
        }
    }

    private Element current(String planId, String elementId) {
        return plans.read(planId, true).element(elementId).orElseThrow(() -> unknown(elementId));
    }

    /** Accepted: htmx gets the tree with the element's panel open; a plain form a redirect to it. */
    private String done(String planId, Plan plan, String openId, Filters filters, String saved, HttpServletRequest request,
                        Model model) {
        if (!isHtmx(request)) {
            UriComponentsBuilder address = filters.onto(UriComponentsBuilder.fromPath("/plans/{planId}/tree"))
                    .queryParam("saved", saved);
            if (openId != null) {
                address.queryParam("open", openId).fragment("e-" + openId);
            }
            return "redirect:" + address.buildAndExpand(planId).encode().toUriString();
        }
        return show(model, view(plan, filters, openId, null, "tree.saved." + saved), true);
    }

    /**
     * Refused: the form again with what was typed and why. With htmx only the panel it belongs to is swapped
     * (the top level's add form, or the element's panel), so that the rest of the tree stays as the reader left it.
     */
    private String refused(Plan plan, String elementId, String formName, Object typed, FormErrors errors, Filters filters,
                           HttpServletRequest request, HttpServletResponse response, Model model) {
        TreeView.Refused refused = new TreeView.Refused(elementId, formName, typed, errors);
        TreeView view = view(plan, filters, elementId, refused, null);
        if (!isHtmx(request)) {
            response.setStatus(422);
            return show(model, view, false);
        }
        show(model, view, true);
        if (elementId == null) {
            response.setHeader("HX-Retarget", "#add-root");
            response.setHeader("HX-Reswap", "outerHTML");
            return "tree/tree :: addRoot";
        }
        model.addAttribute("element", plan.element(elementId).orElseThrow(() -> unknown(elementId)));
        response.setHeader("HX-Retarget", "#p-" + elementId);
        response.setHeader("HX-Reswap", "innerHTML");
        return "tree/panel :: panel";
    }

    private TreeView view(Plan plan, Filters filters, String openId, TreeView.Refused refused, String savedKey) {
        List<Element> results = !filters.any() ? null : filters.asksTheService() ? search.find(plan.planId(), filters)
                : plan.stream().filter(element -> filters.matchesWords(element.title())).toList();
        return new TreeView(plan, SignedInUser.isPlanner(), filters, results, openId, refused, savedKey);
    }

    private static String show(Model model, TreeView view, boolean regionOnly) {
        model.addAttribute("tree", view);
        model.addAttribute("plan", view.plan());
        return regionOnly ? "tree/tree :: region" : "tree/tree";
    }

    /**
     * What a placement refusal's message ({@code problem.rule.level-not-allowed-under-parent}) names: {0} the
     * template, {1} the element's level, {2} the parent's level (or the plan), {3} the template's rule for that level
     * in a sentence ({@code rule.<template>.<level>}).
     */
    private Object[] placementRule(Plan plan, Level level, Optional<Level> parent) {
        if (level == null) {
            return new Object[0];
        }
        return new Object[]{text("template.name." + plan.template()), text("level.lower." + level),
                parent.map(p -> text("level.lower." + p)).orElse(text("tree.thePlan")),
                text("rule." + plan.template() + "." + level)};
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    private static ServiceRefusal unknown(String elementId) {
        return new ServiceRefusal("query-service", new Problem(null, null, 404,
                "There is no element " + elementId + ".", "elementId", "unknown-element", null));
    }
}
