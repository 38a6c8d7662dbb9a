package be.koers.web.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner's first steps in a real Chromium, in Dutch and in English: signs in at the issuer, creates a legislature
 * (after a refused one: the reason next to the field, in the page's language), drafts its plan with the BBC
 * template and writes its mission. axe-core checks every screen; each is saved as a screenshot.
 */
class PlannerJourneyIT extends WebAppTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl-BE", "en"})
    void aPlannerDraftsAPlan(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        boolean dutch = language.getLanguage().equals("nl");
        String tenant = SharedKoers.newAdministration();
        try (Browser browser = browser(language)) {
            browser.signIn(SharedKoers.user("planner", tenant), "planner");
            assertThat(browser.text("h1")).isEqualTo(dutch ? "Legislaturen en plannen" : "Legislatures and plans");
            browser.check("legislatures");

            // refused: no name; the rule's message in the page's language, next to the field
            browser.type("#legislature-first", "2032");
            browser.type("#legislature-last", "2037");
            browser.click("form[action='/legislatures'] button[type=submit]");
            assertThat(browser.text("#legislature-name-error")).isEqualTo(dutch ? "Dit is verplicht." : "This is required.");
            assertThat(browser.find("#legislature-name").getAttribute("aria-invalid")).isEqualTo("true");
            browser.check("legislature-refused");

            browser.type("#legislature-name", "2032-2037");
            browser.click("form[action='/legislatures'] button[type=submit]");
            browser.type("form[action$='/plan'] input[name=title]", "Meerjarenplan 2032-2037");
            browser.chooseValue("form[action$='/plan'] select[name=template]", "BBC");
            browser.click("form[action$='/plan'] button[type=submit]");

            assertThat(browser.text("h1")).isEqualTo("Meerjarenplan 2032-2037");
            browser.type("#mission-text", "Een creatieve, solidaire en open gemeente");
            browser.click("#mission button[type=submit]");
            assertThat(browser.text(".saved")).isEqualTo(dutch ? "Opgeslagen." : "Saved.");
            assertThat(browser.find("#mission-text").getAttribute("value")).isEqualTo("Een creatieve, solidaire en open gemeente");
            browser.check("plan");
        }
    }
}
