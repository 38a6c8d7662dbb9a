package be.koers.support.input;

import be.koers.support.problem.Violation;

import java.util.List;

/** Input that breaks the rules of {@link InputRules}: refused with 400 before anything is read or changed. */
public class InputRefused extends RuntimeException {

    private final transient List<Violation> violations;

    public InputRefused(List<Violation> violations) {
        super(violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
