package be.koers.command.common;

/**
 * A command the aggregate will not carry out, with the field and the rule, so the caller can be told exactly what
 * to change. Its {@link Kind} decides the HTTP status: an unknown target is 404, a broken rule of the plan 409, a
 * value that does not fit the plan 422, a change the caller may not make to this target (another department's) 403.
 */
public class Refusal extends RuntimeException {

    public enum Kind { UNKNOWN, CONFLICT, INVALID, FORBIDDEN }

    private final Kind kind;
    private final String field;
    private final String rule;

    private Refusal(Kind kind, String field, String rule, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
        this.rule = rule;
    }

    public static Refusal unknown(String field, String rule, String message) {
        return new Refusal(Kind.UNKNOWN, field, rule, message);
    }

    public static Refusal conflict(String field, String rule, String message) {
        return new Refusal(Kind.CONFLICT, field, rule, message);
    }

    public static Refusal invalid(String field, String rule, String message) {
        return new Refusal(Kind.INVALID, field, rule, message);
    }

    public static Refusal forbidden(String field, String rule, String message) {
        return new Refusal(Kind.FORBIDDEN, field, rule, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    @Override
    public String toString() {
        return "Refusal[" + kind + " " + field + " " + rule + ": " + getMessage() + "]";
    }
}
