package be.koers.web.tree;

import be.koers.planning.api.plan.ActionType;
import be.koers.planning.api.plan.Level;
import be.koers.planning.api.plan.Owner;
import be.koers.planning.api.plan.Period;
import be.koers.planning.api.plan.Tags;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The goal tree's forms as typed. Texts are kept as typed, so that a refused form shows them again; what is not a
 * date or a number is sent as nothing and refused by the service's rule for that field.
 */
public final class TreeForms {

    /** The forms of an element's panel, by name: which one a refusal belongs to. */
    static final String ADD = "add", EDIT = "edit", MOVE = "move", OWNER = "owner", TAGS = "tags", RETIRE = "retire";

    /** API field → form field, per form: a refusal's message goes beside the field it names. */
    static final Map<String, String> ADD_FIELDS = Map.ofEntries(Map.entry("title", "title"),
            Map.entry("description", "description"), Map.entry("level", "level"), Map.entry("parentId", "level"),
            Map.entry("owner", "department"), Map.entry("owner.department", "department"),
            Map.entry("owner.politicalOwner", "politicalOwner"), Map.entry("actionType", "actionType"),
            Map.entry("period", "start"), Map.entry("period.start", "start"), Map.entry("period.end", "end"),
            Map.entry("realisationTerm", "start"), Map.entry("realisationTerm.start", "start"),
            Map.entry("realisationTerm.end", "end"));
    static final Map<String, String> EDIT_FIELDS = Map.of("title", "title", "description", "description");
    static final Map<String, String> MOVE_FIELDS = Map.of("parentId", "parentId", "elementId", "parentId");
    static final Map<String, String> OWNER_FIELDS = Map.of("department", "department", "politicalOwner", "politicalOwner",
            "owner.department", "department", "owner.politicalOwner", "politicalOwner");
    static final Map<String, String> TAGS_FIELDS = Map.of("policyFields", "policyFields", "targetGroups", "targetGroups",
            "subAreas", "subAreas", "sdgs", "sdgs", "tags.count", "policyFields");
    static final Map<String, String> RETIRE_FIELDS = Map.of("reason", "reason", "elementId", "reason");

    private TreeForms() {
    }

    public record Add(String parentId, Level level, String title, String description, String department, String politicalOwner,
               ActionType actionType, String start, String end) {

        static final Add EMPTY = new Add(null, null, "", "", "", "", null, "", "");

        public String parentIdOrNull() {
            return parentId == null || parentId.isBlank() ? null : parentId;
        }

        public Owner owner() {
            return blank(department) && blank(politicalOwner) ? null : new Owner(department, politicalOwner);
        }

        /** An item's run or an action plan's realisation term; none when both dates are left empty. */
        public Period period() {
            return blank(start) && blank(end) ? null : new Period(date(start), date(end));
        }
    }

    public record Edit(String title, String description) {
    }

    public record Move(String parentId) {

        public String parentIdOrNull() {
            return parentId == null || parentId.isBlank() ? null : parentId;
        }
    }

    public record OwnerForm(String department, String politicalOwner) {

        public Owner owner() {
            return new Owner(department, politicalOwner);
        }
    }

    /** Tags typed as lists separated by commas; SDGs as numbers 1 to 17. */
    public record TagsForm(String policyFields, String targetGroups, String subAreas, String sdgs) {

        public static TagsForm of(Tags tags) {
            return new TagsForm(String.join(", ", tags.policyFields()), String.join(", ", tags.targetGroups()),
                    String.join(", ", tags.subAreas()), tags.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }

        public Map<String, String> values() {
            return Map.of("policyFields", orEmpty(policyFields), "targetGroups", orEmpty(targetGroups),
                    "subAreas", orEmpty(subAreas), "sdgs", orEmpty(sdgs));
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }

        public Tags tags() {
            return new Tags(texts(policyFields), texts(targetGroups), texts(subAreas), numbers(sdgs));
        }

        private static SortedSet<String> texts(String list) {
            return list == null ? new TreeSet<>() : Arrays.stream(list.split(",")).map(String::strip)
                    .filter(text -> !text.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        }

        /** What is not a number is sent as 0, which the service refuses by its rule (an SDG is 1 to 17). */
        private static SortedSet<Integer> numbers(String list) {
            SortedSet<Integer> numbers = new TreeSet<>();
            for (String text : texts(list)) {
                try {
                    numbers.add(Integer.valueOf(text));
                } catch (NumberFormatException notANumber) {
                    numbers.add(0);
                }
            }
            return numbers;
        }
    }

    public record Retire(String reason) {
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static LocalDate date(String text) {
        try {
            return blank(text) ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
