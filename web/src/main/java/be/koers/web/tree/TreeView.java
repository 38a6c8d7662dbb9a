package be.koers.web.tree;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.ElementStatus;
import be.koers.planning.api.plan.Level;
import be.koers.web.forms.FormErrors;
import be.koers.web.plan.Element;
import be.koers.web.plan.Plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the goal tree's templates show: the plan's tree (or the matches of the filters), which element's panel is
 * open (its ancestors open with it), the refused form with what was typed and why, and the choices of the forms and
 * filters. Levels are collapsed unless on the way to the open element: a Ghent-scale tree opens with its top level.
 * Built once per page, with an index of the elements, so that a 2 000-element tree renders in linear time.
 */
public final class TreeView {

    /** A refused form of an element's panel ({@code elementId} null: the form that adds to the top level). */
    public record Refused(String elementId, String form, Object typed, FormErrors errors) {
    }

    private final Plan plan;
    private final boolean editable;
    private final Filters filters;
    private final List<Element> results;
    private final String openId;
    private final Refused refused;
    private final String savedKey;
    private final Placement placement;
    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, Integer> sizes = new HashMap<>();
    private final Set<String> openPath = new HashSet<>();

    /**
     * @param results  the filters' matches; null when no filter is set
     * @param savedKey the message that says what was just saved, or null
     */
    TreeView(Plan plan, boolean editable, Filters filters, List<Element> results, String openId, Refused refused,
             String savedKey) {
        this.plan = plan;
        this.editable = editable && plan.changeable();
        this.filters = filters;
        this.results = results;
        this.openId = openId;
        this.refused = refused;
        this.savedKey = savedKey;
        this.placement = new Placement(plan.template());
        plan.elements().forEach(this::index);
        for (Element open = byId.get(openId); open != null; open = byId.get(open.parentId())) {
            openPath.add(open.elementId());
        }
    }

    private int index(Element element) {
        byId.put(element.elementId(), element);
        int size = element.children().stream().mapToInt(child -> 1 + index(child)).sum();
        sizes.put(element.elementId(), size);
        return size;
    }

    public Plan plan() {
        return plan;
    }

    /** Whether the reader may change the tree: a planner, on a plan that is not closed. */
    public boolean editable() {
        return editable;
    }

    public Filters filters() {
        return filters;
    }

    public List<Element> results() {
        return results;
    }

    public String savedKey() {
        return savedKey;
    }

    /** Open: the element whose panel is open and every element above it. */
    public boolean expanded(Element element) {
        return openPath.contains(element.elementId());
    }

    public boolean isOpen(Element element) {
        return element.elementId().equals(openId);
    }

    public Optional<Element> element(String elementId) {
        return Optional.ofNullable(byId.get(elementId));
    }

    /** How many elements hang under it, on all levels: shown beside a collapsed level. */
    public int size(Element element) {
        return sizes.getOrDefault(element.elementId(), 0);
    }

    /** From the root down to the element's parent. */
    public List<Element> path(Element element) {
        List<Element> path = new ArrayList<>();
        for (Element parent = byId.get(element.parentId()); parent != null; parent = byId.get(parent.parentId())) {
            path.add(0, parent);
        }
        return path;
    }

    /** The levels that can be added under the element. */
    public List<Level> childLevels(Element element) {
        return placement.childLevels(Optional.of(element.level()));
    }

    /** Whether an activity or action can be added under it: the add form then asks for its owner. */
    public boolean addsItems(Element element) {
        return childLevels(element).stream().anyMatch(Level::isItem);
    }

    public boolean addsActions(Element element) {
        return childLevels(element).contains(Level.ACTION);
    }

    /** Whether something with a period can be added under it: an action's run, an action plan's realisation term. */
    public boolean addsPeriods(Element element) {
        return childLevels(element).contains(Level.ACTION) || childLevels(element).contains(Level.ACTION_PLAN);
    }

    public ActionType[] actionTypes() {
        return ActionType.values();
    }

    public ElementStatus[] statuses() {
        return ElementStatus.values();
    }

    /** The tags form's values: as typed when it was refused, else the element's tags. */
    public Map<String, String> tagsTyped(Element element) {
        Object typed = typed(element.elementId(), TreeForms.TAGS);
        return (typed instanceof TreeForms.TagsForm form ? form : TreeForms.TagsForm.of(element.tags())).values();
    }

    public Level rootLevel() {
        return plan.template().rootLevel();
    }

    public Placement.MoveTargets moveTargets(Element element) {
        return placement.moveTargets(plan, element);
    }

    /** The levels an element of this level hangs under (none: directly under the plan). */
    public List<Level> parentsOf(Level level) {
        return placement.parentsOf(level);
    }

    /** What the refused form of this element (or of the top level: null) had typed; null when it was not refused. */
    public Object typed(String elementId, String form) {
        return isRefused(elementId, form) ? refused.typed() : null;
    }

    public FormErrors errors(String elementId, String form) {
        return isRefused(elementId, form) ? refused.errors() : FormErrors.NONE;
    }

    private boolean isRefused(String elementId, String form) {
        return refused != null && form.equals(refused.form()) && Objects.equals(elementId, refused.elementId());
    }

    /** The departments that own an item of the plan, for the filter. */
    public Set<String> departments() {
        Set<String> departments = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        byId.values().stream().filter(element -> element.owner() != null)
                .forEach(element -> departments.add(element.owner().department()));
        return departments;
    }

    public Set<String> policyFields() {
        Set<String> fields = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        byId.values().forEach(element -> fields.addAll(element.tags().policyFields()));
        return fields;
    }
}
