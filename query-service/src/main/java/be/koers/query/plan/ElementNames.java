package be.koers.query.plan;

import be.koers.planning.api.plan.Level;

/** How sentences for people (audit lines, diff reports) name an element: "Goal 'Enough green space'". */
public final class ElementNames {

    private ElementNames() {
    }

    /** Goal, Action plan, Activity or Action: what the council calls it, whatever the template's goal level. */
    public static String noun(Level level) {
        if (level == null) {
            return "Element";
        }
        return switch (level) {
            case ACTION_PLAN -> "Action plan";
            case ACTIVITY -> "Activity";
            case ACTION -> "Action";
            default -> "Goal";
        };
    }

    public static String named(Level level, String title) {
        return noun(level) + " " + FieldChange.quoted(title);
    }
}
