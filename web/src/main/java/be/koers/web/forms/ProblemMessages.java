package be.koers.web.forms;

import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one translation of the services' refusals into what a form shows, for every form: each broken rule becomes
 * the message {@code problem.rule.<rule>} of the reader's language (with the form's own arguments, such as the
 * template and levels of a move), or the service's own explanation where the bundle has no entry for the rule; it
 * goes next to the field it names when the form has that field, at the top of the form otherwise.
 */
@Component
public class ProblemMessages {

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param fields    the fields the form shows, by their names in the API
     * @param arguments what the rules' messages may name ({0}, {1} …), the same for every rule of the form
     */
    public FormErrors of(ServiceRefusal refusal, Set<String> fields, Object... arguments) {
        return of(refusal, fields.stream().collect(Collectors.toMap(field -> field, field -> field)), arguments);
    }

    /**
     * For a form whose fields are not the API's: {@code fields} maps the API's field names ({@code period.start})
     * to the form's ({@code start}); several API fields may show at one form field.
     */
    public FormErrors of(ServiceRefusal refusal, Map<String, String> fields, Object... arguments) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem.Violation violation : refusal.problem().violations()) {
            String message = message(violation, arguments);
            String field = violation.field() == null ? null : fields.get(violation.field());
            if (field != null) {
                byField.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
            } else {
                general.add(message);
            }
        }
        return new FormErrors(byField, general);
    }

    /** One rule's message in the reader's language; the service's explanation when the bundle has none. */
    public String message(Problem.Violation violation, Object... arguments) {
        String fallback = violation.message() == null || violation.message().isBlank()
                ? messages.getMessage("problem.unexplained", null, LocaleContextHolder.getLocale())
                : violation.message();
        if (violation.rule() == null) {
            return fallback;
        }
        return messages.getMessage("problem.rule." + violation.rule(), arguments, fallback, LocaleContextHolder.getLocale());
    }
}
