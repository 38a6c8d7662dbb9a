package be.koers.web.forms;

import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A service's refusal as a form shows it: by rule in the reader's language, beside the field it names. */
class ProblemMessagesTest {

    private final ProblemMessages problems = new ProblemMessages(bundles());

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aRuleOfTheBundleInTheReadersLanguageBesideItsField() {
        ServiceRefusal refusal = refusal(new Problem(null, "Unprocessable", 422, "name: must not be blank", null, null,
                List.of(new Problem.Violation("name", "not-blank", "must not be blank"))));

        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        FormErrors dutch = problems.of(refusal, Set.of("name", "firstYear"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormErrors english = problems.of(refusal, Set.of("name", "firstYear"));

        assertThat(dutch.of("name")).containsExactly("Dit is verplicht.");
        assertThat(english.of("name")).containsExactly("This is required.");
        assertThat(english.general()).isEmpty();
    }

    @Test
    void aRuleWithoutAnEntryShowsTheServicesExplanation() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormErrors errors = problems.of(refusal(new Problem(null, "Conflict", 409, "Something new went wrong.", "name",
                "a-rule-the-web-app-does-not-know", null)), Set.of("name"));

        assertThat(errors.of("name")).containsExactly("Something new went wrong.");
    }

    @Test
    void aFieldTheFormDoesNotShowGoesToTheTop() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        FormErrors errors = problems.of(refusal(new Problem(null, "Conflict", 409, "Plan p changed.", "planId",
                "stale-version", null)), Set.of("title"));

        assertThat(errors.has("title")).isFalse();
        assertThat(errors.general()).containsExactly(
                "Someone else changed the plan in the meantime: look again and repeat your change.");
    }

    @Test
    void theFormsArgumentsExplainAPlacement() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl-BE"));
        FormErrors errors = problems.of(refusal(new Problem(null, "Conflict", 409, "In the BBC template …", "parentId",
                        "level-not-allowed-under-parent", null)), Map.of("parentId", "parent"),
                "BBC", "actie", "beleidsdoelstelling", "In het sjabloon BBC hangt een actie onder een actieplan.");

        assertThat(errors.of("parent")).containsExactly("Een element van niveau „actie” kan niet onder"
                + " „beleidsdoelstelling” hangen. In het sjabloon BBC hangt een actie onder een actieplan.");
    }

    private static ServiceRefusal refusal(Problem problem) {
        return new ServiceRefusal("command-service", problem);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
