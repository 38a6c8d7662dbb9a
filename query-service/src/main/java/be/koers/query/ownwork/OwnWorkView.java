package be.koers.query.ownwork;

import be.koers.planning.api.tenant.Department;
import be.koers.planning.api.tenant.DepartmentMatch;
import be.koers.query.indicator.IndicatorSummary;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What of a plan is the caller's: the administration's departments their token names, and the active items and
 * indicators those departments own. Empty {@code departments} says the token names none of the administration's
 * departments (or the administration is not registered: {@code departmentMatch} null), and then both lists are empty.
 *
 * @param tokenDepartments the department values of the caller's token, as the identity provider sent them
 * @param departmentMatch  the administration's rule for reading them; null when it is not registered
 */
public record OwnWorkView(String planId, List<String> tokenDepartments,
                          @JsonInclude(JsonInclude.Include.ALWAYS) DepartmentMatch departmentMatch,
                          List<Department> departments, List<OwnItem> items, List<IndicatorSummary> indicators) {
}
