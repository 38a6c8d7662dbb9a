package be.koers.web.browser;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planner's work in a real Chromium, in Dutch and in English: signs in at the issuer, creates a legislature (after a
 * refused one: the reason next to the field, in the page's language), drafts its plan with the BBC template, writes
 * its mission, builds a three-level goal tree (policy goal, action plan, action) and tries to move the action
 * straight under the policy goal, which the template refuses: the rule is shown in the action's panel; then moves it
 * by dragging, and sees a refused drag explained too. A viewer of the same administration reads the same screens
 * without their forms, meets a page that is not there, switches language and signs out. axe-core checks every main
 * screen; each is saved as a screenshot.
 */
class PlannerJourneyIT extends WebAppTest {

    @ParameterizedTest
    @ValueSource(strings = {"nl-BE", "en"})
    void aPlannerBuildsAPlan(String tag) {
        Locale language = Locale.forLanguageTag(tag);
        boolean dutch = language.getLanguage().equals("nl");
        String tenant = SharedKoers.newAdministration();
        String plan;
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

            plan = browser.driver().getCurrentUrl().replaceAll(".*/plans/([^/?#]+).*", "$1");
            buildsTheTree(browser, dutch);
        }
        // a viewer of the same administration reads the same screens, without the forms
        try (Browser viewer = browser(language)) {
            viewer.signIn(SharedKoers.user("viewer", tenant), "viewer");
            viewer.open("/plans/" + plan);
            assertThat(viewer.text("h1")).isEqualTo("Meerjarenplan 2032-2037");
            assertThat(viewer.all("textarea")).isEmpty();
            assertThat(viewer.text("#mission .prose")).isEqualTo("Een creatieve, solidaire en open gemeente");
            viewer.open("/plans/" + plan + "/tree");
            assertThat(viewer.all("#add-root")).isEmpty();
            String goal = viewer.elementId("Groen en blauw");
            viewer.click("#e-" + goal + " > details > summary");
            viewer.click("#e-" + goal + " button.tools");
            viewer.find("#h-" + goal);
            assertThat(viewer.all("#p-" + goal + " form")).isEmpty();
            viewer.check("tree-viewer");

            // an unknown plan: the query-service's 404 as a page in the reader's language
            viewer.open("/plans/no-such-plan");
            assertThat(viewer.text("h1")).isEqualTo(dutch ? "Niet gevonden" : "Not found");
            viewer.check("not-found");

            // the other language, from the header's switch, kept for the next page
            viewer.click(".languages a[lang='" + (dutch ? "en" : "nl-BE") + "']");
            viewer.awaitHeading(dutch ? "Not found" : "Niet gevonden");
            viewer.open("/");
            assertThat(viewer.text("h1")).isEqualTo(dutch ? "Legislatures and plans" : "Legislaturen en plannen");

            viewer.click(".user button[type=submit]");
            viewer.awaitHeading(dutch ? "You are signed out" : "U bent afgemeld");
        }
    }

    private static void buildsTheTree(Browser browser, boolean dutch) {
        browser.click("a.button[href$='/tree']");
        assertThat(browser.text("h1")).startsWith(dutch ? "Doelstellingenboom" : "Goal tree");

        browser.type("#add-root-title", "Groen en blauw");
        browser.click("#add-root button[type=submit]");
        String goal = browser.elementId("Groen en blauw");
        // the new goal's panel is open: add an action plan under it
        browser.type("#add-" + goal + "-title", "Parken");
        browser.setValue("#add-" + goal + "-start", "2032-01-01");
        browser.setValue("#add-" + goal + "-end", "2037-12-31");
        browser.click("#p-" + goal + " form[action$='/tree/elements'] button[type=submit]");
        String actionPlan = browser.elementId("Parken");
        browser.find("#h-" + actionPlan);

        browser.type("#add-" + actionPlan + "-title", "Het Bloemekespark aanleggen");
        browser.type("#add-" + actionPlan + "-department", "Groendienst");
        browser.type("#add-" + actionPlan + "-political-owner", "Schepen van Leefmilieu");
        browser.chooseValue("#add-" + actionPlan + "-action-type", "OPERATIONAL");
        browser.setValue("#add-" + actionPlan + "-start", "2032-03-01");
        browser.setValue("#add-" + actionPlan + "-end", "2034-10-31");
        browser.click("#p-" + actionPlan + " form[action$='/tree/elements'] button[type=submit]");
        String action = browser.elementId("Het Bloemekespark aanleggen");
        browser.find("#h-" + action);
        assertThat(browser.text("#e-" + goal + " > details > summary")).contains(dutch ? "(2 eronder)" : "(2 under it)");
        browser.check("tree");

        // by keyboard: the action straight under the policy goal, which the BBC template does not allow
        browser.chooseValue("#move-" + action + "-parent", goal);
        browser.click("#p-" + action + " form[action*='/parent'] button[type=submit]");
        String refusal = browser.find("#move-" + action + "-parent-error").getText();
        assertThat(refusal).isEqualTo(dutch
                ? "Een element van niveau „actie” kan niet onder „beleidsdoelstelling” hangen. In het sjabloon BBC hangt een actie onder een actieplan."
                : "An element of level “action” cannot hang under “policy goal”. In the BBC template an action hangs under an action plan.");
        assertThat(browser.find("#move-" + action + "-parent").getAttribute("aria-invalid")).isEqualTo("true");
        browser.check("tree-move-refused");

        // by dragging: a second action plan, and the action dragged onto it
        browser.click("#e-" + goal + " > details > .node-body > button.tools");
        browser.type("#add-" + goal + "-title", "Pleinen");
        browser.setValue("#add-" + goal + "-start", "2032-01-01");
        browser.setValue("#add-" + goal + "-end", "2037-12-31");
        browser.click("#p-" + goal + " form[action$='/tree/elements'] button[type=submit]");
        String squares = browser.elementId("Pleinen");
        browser.find("#h-" + squares);
        browser.find("#e-" + action); // the levels the planner had open stay open (each fetched again)
        drag(browser, action, squares);
        browser.find("#e-" + squares + " #e-" + action);
        assertThat(browser.text("#tree-region .saved")).isEqualTo(dutch ? "Verplaatst." : "Moved.");

        // and an action plan dragged onto the action, which the template refuses: the rule in its panel
        drag(browser, actionPlan, action);
        assertThat(browser.find("#move-" + actionPlan + "-parent-error").getText()).isEqualTo(dutch
                ? "Een element van niveau „actieplan” kan niet onder „actie” hangen. In het sjabloon BBC hangt een actieplan onder een beleidsdoelstelling."
                : "An element of level “action plan” cannot hang under “action”. In the BBC template an action plan hangs under a policy goal.");
    }

    /** Drags one element of the tree onto another, with the events a person's mouse makes (HTML drag and drop). */
    private static void drag(Browser browser, String element, String onto) {
        browser.script("const from = document.getElementById('e-' + arguments[0]);"
                + " const to = document.querySelector('#e-' + CSS.escape(arguments[1]) + ' > details > summary');"
                + " const data = new DataTransfer();"
                + " from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + " to.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + " to.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));"
                + " from.dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: data}));", element, onto);
    }
}
