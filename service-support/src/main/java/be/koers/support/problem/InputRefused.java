package be.koers.support.problem;

import java.util.List;

/** Input that breaks the input rules (service-support input/): refused with 400 before anything is read or changed. */
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
