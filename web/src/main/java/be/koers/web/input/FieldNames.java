package be.koers.web.input;

import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;

import java.util.function.UnaryOperator;

/**
 * A refusal told in a form's own field names. Some forms do not mirror the API's body: a budget grid has a field per
 * year and figure where the service names {@code figures.staffFte} of one request, a form skips its empty target
 * rows so that the service's {@code targets[1]} is the form's third row. The form renames, then shows the refusal
 * beside its fields as usual.
 */
public final class FieldNames {

    private FieldNames() {
    }

    /** The same refusal with every field renamed ({@code rename} answers null for a field no form field shows). */
    public static ServiceRefusal renamed(ServiceRefusal refusal, UnaryOperator<String> rename) {
        Problem problem = refusal.problem();
        return new ServiceRefusal(refusal.service(), new Problem(problem.type(), problem.title(), problem.status(),
                problem.detail(), null, null, problem.violations().stream()
                .map(violation -> new Problem.Violation(violation.field() == null ? null : rename.apply(violation.field()),
                        violation.rule(), violation.message()))
                .toList()));
    }
}
