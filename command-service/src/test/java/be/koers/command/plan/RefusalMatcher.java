package be.koers.command.plan;

import be.koers.command.common.Refusal;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;

/** Matches the exact refusal a rule should produce: its kind, field and rule name. */
public final class RefusalMatcher extends TypeSafeMatcher<Refusal> {

    private final Refusal.Kind kind;
    private final String field;
    private final String rule;

    private RefusalMatcher(Refusal.Kind kind, String field, String rule) {
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    public static RefusalMatcher refusal(Refusal.Kind kind, String field, String rule) {
        return new RefusalMatcher(kind, field, rule);
    }

    @Override
    protected boolean matchesSafely(Refusal refusal) {
        return refusal.kind() == kind && refusal.field().equals(field) && refusal.rule().equals(rule);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("Refusal[" + kind + " " + field + " " + rule + "]");
    }
}
