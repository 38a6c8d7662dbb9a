package be.koers.query.plan;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Which state of a plan a reader sees. Once a plan has been adopted, what is in force is its last adopted edition;
 * a revision being worked on is its draft. A plan never adopted only has a draft.
 */
public enum AdoptedOrDraft {
    /** The plan as its last edition adopted it, without the changes of an open revision. */
    ADOPTED,
    /** The working plan: the adopted edition with the changes of the open revision, or the draft of a new plan. */
    DRAFT;

    /** Adopted once the plan has an edition, else the draft: what a reader who does not ask sees. */
    public static AdoptedOrDraft defaultFor(PlanRow plan) {
        return plan.edition() == null ? DRAFT : ADOPTED;
    }

    /** Query parameters and JSON say {@code adopted} and {@code draft}. */
    @JsonValue
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
