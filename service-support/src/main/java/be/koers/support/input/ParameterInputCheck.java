package be.koers.support.input;

import be.koers.support.problem.InputRefused;
import be.koers.support.problem.Violation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds every path variable, query parameter and change header of every request to {@link InputRules} before the
 * controller runs: texts everywhere, the id rule where the name says it is an id ({@code planId}, {@code elementId}).
 */
public class ParameterInputCheck implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<Violation> violations = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value)).ifPresent(violations::add));
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                check(name, value).ifPresent(violations::add);
            }
        });
        ChangeHeaders.MAX_LENGTHS.forEach((header, maxLength) -> {
            String value = request.getHeader(header);
            if (value != null) {
                InputRules.text(header, value)
                        .or(() -> value.length() > maxLength ? Optional.of(new Violation(header, "max-length",
                                header + " may be at most " + maxLength + " characters long.")) : Optional.empty())
                        .ifPresent(violations::add);
            }
        });
        if (!violations.isEmpty()) {
            throw new InputRefused(violations);
        }
        return true;
    }

    private static Optional<Violation> check(String name, String value) {
        Optional<Violation> text = InputRules.text(name, value);
        return text.isPresent() || !InputRules.namesAnId(name) ? text : InputRules.id(name, value);
    }
}
