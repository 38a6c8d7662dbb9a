package be.koers.web.browser;

import be.koers.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A planner follows up a plan in a real Chromium, in Dutch and in English: defines an indicator with a baseline and
 * targets (after a refusal shown beside its field) and retargets it; enters a budget in the grid in the page's
 * number notation, sees a revised estimate refused for want of a reason and then saved with one; declares and
 * withdraws continuations from the previous legislature; adopts the plan, opens a revision, sees the title changed
 * in it, adopts edition 2, discards another revision (not without a reason); and downloads the council's reports
 * (PDF and XLSX, with their content types). axe-core checks every screen; each is saved as a screenshot. A reader
 * (a viewer) sees the same pages without a single form that changes anything.
 */
class PlannerMonitoringIT extends WebAppTest {

    private static final Duration QUERY_SIDE = Duration.ofSeconds(30);

    /** What the API built before the browser starts: a previous legislature's plan and this one's, three levels deep. */
    private record Setup(String tenant, String previousPlan, String previousGoal, String previousIndicator,
                         String plan, String goal, String action) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl-BE", "en"})
    void aPlannerFollowsUpAPlan(String tag) throws IOException {
        Locale language = Locale.forLanguageTag(tag);
        boolean dutch = language.getLanguage().equals("nl");
        Setup setup = twoLegislatures(SharedKoers.newAdministration());
        try (Browser browser = browser(language)) {
            browser.signIn(SharedKoers.user("planner", setup.tenant()), "planner");

            String indicator = defineIndicator(browser, setup, dutch);
            enterBudget(browser, setup, dutch);
            declareContinuations(browser, setup, indicator, dutch);
            reviseThePlan(browser, setup, dutch);
            downloadReports(browser, setup, dutch);
        }
    }

    @Test
    void aReaderSeesNoEditControls() {
        Setup setup = twoLegislatures(SharedKoers.newAdministration());
        try (Browser browser = browser(Locale.ENGLISH)) {
            browser.signIn(SharedKoers.user("viewer", setup.tenant()), "viewer");
            for (String page : List.of("/indicators", "/budget", "/budget/" + setup.action(), "/continuations", "/reports")) {
                browser.open("/plans/" + setup.plan() + page);
                browser.find("h1");
                assertThat(browser.all("main form[method=post]")).as("forms that change something on %s", page).isEmpty();
            }
            assertThat(browser.text("main")).doesNotContain("Define an indicator");
            browser.check("budget-element-reader");
        }
    }

    private String defineIndicator(Browser browser, Setup setup, boolean dutch) {
        browser.open("/plans/" + setup.plan() + "/indicators");
        assertThat(browser.text("h1")).isEqualTo((dutch ? "Indicatoren van " : "Indicators of ") + "Meerjarenplan 2032-2037");
        browser.check("indicators");
        browser.click("a.button[href$='/indicators/new']");

        // everything but a name: the service's rule, in the page's language, next to the name
        browser.type("#indicator-unit", "bomen");
        browser.chooseValue("#indicator-kind", "NUMBER");
        browser.chooseValue("#indicator-direction", "HIGHER_IS_BETTER");
        browser.chooseValue("#indicator-frequency", "YEARLY");
        browser.type("#indicator-department", "Groendienst");
        browser.type("#indicator-source", "Bomenregister");
        browser.type("#define-baseline-value", dutch ? "1.250" : "1,250");
        setDate(browser, "#define-baseline-date", "2031-12-31");
        browser.type("#define-target-0-value", dutch ? "1.500,5" : "1,500.5");
        browser.type("#define-target-1-value", dutch ? "2.000" : "2,000");
        new Select(browser.find("#indicator-links")).selectByValue(setup.goal());
        browser.click("form[action$='/indicators'] button[type=submit]");
        assertThat(browser.text("#indicator-name-error")).isEqualTo(dutch ? "Dit is verplicht." : "This is required.");
        assertThat(browser.find("#indicator-name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#define-target-0-value").getAttribute("value")).isEqualTo(dutch ? "1.500,5" : "1,500.5");
        browser.check("indicator-refused");

        browser.type("#indicator-name", "Bomen geplant");
        browser.click("form[action$='/indicators'] button[type=submit]");
        assertSaved(browser, dutch ? "De indicator is bepaald." : "The indicator is defined.");
        assertThat(browser.text("h1")).isEqualTo("Bomen geplant");
        String facts = browser.text("dl.facts");
        assertThat(facts).contains(dutch ? "1.250 op 31 dec. 2031" : "1,250 on Dec 31, 2031").contains("Genoeg groene ruimte");
        String targets = browser.text("#targets-heading + table");
        assertThat(targets).contains("2032", dutch ? "1.500,5" : "1,500.5", "2033", dutch ? "2.000" : "2,000");
        browser.check("indicator");
        String url = browser.driver().getCurrentUrl();
        String indicator = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));

        // retargeted: a target after the legislature is refused beside its own row (the empty row before it is not sent)
        browser.type("#retarget-target-3-period", "2040");
        browser.type("#retarget-target-3-value", dutch ? "3.000" : "3,000");
        browser.type("#retarget-reason", "Nieuw bomenplan");
        browser.click("form[action$='/targets'] button[type=submit]");
        assertThat(browser.text("#retarget-target-3-period-error")).isEqualTo(dutch
                ? "Deze datum ligt buiten de jaren van de legislatuur." : "This date lies outside the years of the legislature.");
        browser.check("indicator-retarget-refused");
        browser.type("#retarget-target-3-period", "2034");
        browser.click("form[action$='/targets'] button[type=submit]");
        assertSaved(browser, dutch ? "De nulmeting en streefwaarden zijn opgeslagen." : "The baseline and targets are saved.");
        assertThat(browser.text("#targets-heading + table")).contains("2034", dutch ? "3.000" : "3,000");
        return indicator;
    }

    private void enterBudget(Browser browser, Setup setup, boolean dutch) {
        browser.open("/plans/" + setup.plan() + "/budget");
        browser.click("a[href$='/budget/" + setup.action() + "']");
        browser.awaitHeading((dutch ? "Budget van " : "Budget of ") + "Een park aanleggen");
        String save = "form[action$='/budget/" + setup.action() + "'] button[type=submit]";

        // the other language's notation is no number here: refused beside its cell, nothing saved
        browser.type("#budget-2034-operatingExpenditure", dutch ? "1,300,000.10" : "1.300.000,10");
        browser.click(save);
        assertThat(browser.text("#budget-2034-operatingExpenditure-error")).startsWith(dutch ? "Typ een getal" : "Type a number");

        browser.type("#budget-2034-operatingExpenditure", "");
        browser.type("#budget-2032-operatingExpenditure", dutch ? "1.300.000,10" : "1,300,000.10");
        browser.type("#budget-2032-staffFte", dutch ? "12,5" : "12.5");
        browser.type("#budget-2033-investmentExpenditure", dutch ? "350.000,20" : "350,000.20");
        browser.click(save);
        assertSaved(browser, dutch ? "Het budget is opgeslagen." : "The budget is saved.");
        assertThat(browser.find("#budget-2032-operatingExpenditure").getAttribute("value")).isEqualTo(dutch ? "1.300.000,10" : "1,300,000.10");
        assertThat(browser.find("#budget-2032-staffFte").getAttribute("value")).startsWith(dutch ? "12,5" : "12.5");
        browser.check("budget-element");

        // revising a year that has an estimate needs a reason: the service's rule, beside the reason
        browser.type("#budget-2032-operatingExpenditure", dutch ? "1.600.000,30" : "1,600,000.30");
        browser.click(save);
        assertThat(browser.text("#budget-reason-error")).startsWith(dutch ? "Dit jaar heeft al een raming" : "This year already has an estimate");
        assertThat(browser.find("#budget-2032-operatingExpenditure").getAttribute("value")).isEqualTo(dutch ? "1.600.000,30" : "1,600,000.30");
        browser.check("budget-refused");

        browser.type("#budget-reason", "Raadsamendement 3");
        browser.click(save);
        assertSaved(browser, dutch ? "Het budget is opgeslagen." : "The budget is saved.");
        assertThat(browser.text("#history-heading + table")).contains(dutch ? "Herzien" : "Revised", "Raadsamendement 3");

        browser.open("/plans/" + setup.plan() + "/budget");
        String totals = browser.text("#totals-heading ~ table");
        assertThat(totals).contains(dutch ? "1.600.000,30" : "1,600,000.30").contains(dutch ? "350.000,20" : "350,000.20");
        browser.check("budget");
    }

    private void declareContinuations(Browser browser, Setup setup, String indicator, boolean dutch) {
        browser.open("/plans/" + setup.plan() + "/continuations");
        assertThat(browser.find("#previous-plan option[selected]").getAttribute("value")).isEqualTo(setup.previousPlan());
        browser.chooseValue("#declare-element", setup.goal());
        browser.chooseValue("#declare-previous", setup.previousGoal());
        browser.click("#declare-form button[type=submit]");
        assertSaved(browser, dutch ? "De voortzetting is verklaard." : "The continuation is declared.");
        assertThat(browser.text("#elements-heading ~ table")).contains("Genoeg groene ruimte", "Groene ruimte");

        browser.chooseValue("#declare-indicator", indicator);
        browser.chooseValue("#declare-previous-indicator", setup.previousIndicator());
        browser.click("#declare-indicator-form button[type=submit]");
        assertSaved(browser, dutch ? "De voortzetting van de indicator is verklaard."
                : "The indicator's continuation is declared.");
        assertThat(browser.text("#indicators-heading ~ table")).contains("Bomen geplant", "Bomen geplant 2026-2031");
        browser.check("continuations");

        browser.type("#withdraw-" + setup.goal() + "-reason", "Verkeerd element");
        browser.click("form[action$='/" + setup.goal() + "/withdrawal'] button[type=submit]");
        assertSaved(browser, dutch ? "De voortzetting is ingetrokken." : "The continuation is withdrawn.");
        assertThat(browser.text("#elements-heading ~ p")).startsWith(dutch ? "0 van de 3" : "0 of the 3");
    }

    private void reviseThePlan(Browser browser, Setup setup, boolean dutch) {
        browser.open("/plans/" + setup.plan() + "/revisions");
        browser.check("plan-draft");
        setDate(browser, "#adopt-plan-date", "2031-12-18");
        browser.type("#adopt-plan-reference", "GR-2031-12-18/03");
        browser.click("#adopt-plan-form button[type=submit]");
        assertSaved(browser, dutch ? "Het plan is vastgesteld: editie 1." : "The plan is adopted: edition 1.");
        assertThat(browser.text("dl.facts")).contains(dutch ? "Editie 1, vastgesteld door de raad op 18 dec. 2031 (GR-2031-12-18/03)"
                : "Edition 1, adopted by the council on Dec 18, 2031 (GR-2031-12-18/03)");

        browser.type("#revision-name", "Aanpassing meerjarenplan 2033");
        browser.type("#revision-description", "Jaarlijkse aanpassing");
        browser.click("#open-form button[type=submit]");
        assertSaved(browser, dutch ? "De aanpassing is geopend: het plan kan nu wijzigen."
                : "The revision is open: the plan can change now.");

        // a title changed in the revision (through the API: the goal tree is another page), then seen in it
        ApiClient planner = koers().commands(SharedKoers.user("planner", setup.tenant()), "planner")
                .withHeader("X-Change-Reason", "raadsamendement 7");
        assertThat(planner.put("/api/plans/" + setup.plan() + "/goals/" + setup.goal(),
                Map.of("title", "Genoeg groene en blauwe ruimte")).status()).isEqualTo(200);
        String change = (dutch ? "titel: " : "title: ") + "Genoeg groene ruimte → Genoeg groene en blauwe ruimte";
        await().atMost(QUERY_SIDE).untilAsserted(() -> {
            browser.open("/plans/" + setup.plan() + "/revisions");
            assertThat(browser.text("#pending-heading ~ .diff")).contains(change);
        });
        browser.check("revision-open");

        setDate(browser, "#adopt-date", "2032-12-16");
        browser.type("#adopt-reference", "GR-2032-12-16/05");
        browser.click("#adopt-form button[type=submit]");
        assertSaved(browser, dutch ? "De aanpassing is vastgesteld als de volgende editie."
                : "The revision is adopted as the next edition.");
        assertThat(browser.text("dl.facts")).contains(dutch ? "Editie 2" : "Edition 2");
        assertThat(browser.text("#editions-heading + table")).contains("GR-2032-12-16/05", "Aanpassing meerjarenplan 2033");

        // what edition 2 changed, compared again through htmx
        browser.chooseValue("#compare-from", "1");
        browser.chooseValue("#compare-to", "2");
        browser.click("#compare-form button[type=submit]");
        browser.waitForText("#comparison", change);
        browser.settle();
        assertThat(browser.text("#comparison h3")).isEqualTo(dutch ? "Van editie 1 tot editie 2" : "From edition 1 to edition 2");
        browser.check("revisions");

        // another revision, discarded: not without a reason
        browser.type("#revision-name", "Aanpassing meerjarenplan 2034");
        browser.click("#open-form button[type=submit]");
        browser.waitForText("#pending-heading", "Aanpassing meerjarenplan 2034");
        browser.click("#discard-form button[type=submit]");
        assertThat(browser.text("#discard-reason-error")).isEqualTo(dutch ? "Dit is verplicht." : "This is required.");
        browser.check("revision-discard-refused");
        browser.type("#discard-reason", "Uitgesteld tot na de verkiezingen");
        browser.click("#discard-form button[type=submit]");
        assertSaved(browser, dutch ? "De aanpassing is verworpen." : "The revision is discarded.");
        assertThat(browser.text("#revisions-heading + table")).contains((dutch ? "Verworpen: " : "Discarded: ")
                + "Uitgesteld tot na de verkiezingen");
        assertThat(browser.text("dl.facts")).contains(dutch ? "Editie 2" : "Edition 2");
    }

    private void downloadReports(Browser browser, Setup setup, boolean dutch) throws IOException {
        browser.open("/plans/" + setup.plan() + "/reports");
        assertThat(browser.find("#follow-up-lang-" + (dutch ? "nl" : "en")).isSelected()).isTrue();
        browser.check("reports");

        String reports = "/plans/" + setup.plan() + "/reports/";
        // the reporting-service has its own read model: the plan reaches it a moment after the query-service
        await().atMost(QUERY_SIDE).untilAsserted(() -> assertThat(fetch(browser, reports + "follow-up?year=2032&format=pdf&lang=nl").status())
                .isEqualTo(200));
        Fetched pdf = fetch(browser, reports + "follow-up?year=2032&format=pdf&lang=" + (dutch ? "nl" : "en"));
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.disposition()).startsWith("attachment");
        assertThat(new String(pdf.head(), 0, 5)).isEqualTo("%PDF-");
        Fetched xlsx = fetch(browser, reports + "strategic-note?format=xlsx&lang=" + (dutch ? "en" : "nl"));
        assertThat(xlsx.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.head(), 0, 2)).isEqualTo("PK");
        assertThat(xlsx.length()).isGreaterThan(1000);

        // and as a person downloads it: the button, the browser saves the file
        Path downloads = downloadsOf(browser);
        browser.click("#follow-up-heading ~ form button[type=submit]");
        await().atMost(QUERY_SIDE).until(() -> saved(downloads).isPresent());
        assertThat(new String(Files.readAllBytes(saved(downloads).orElseThrow()), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // a refused download is a page in the reader's language, not a file
        Fetched refused = fetch(browser, reports + "follow-up?year=2020&format=pdf&lang=nl");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("text/html");
    }

    /** The page after a change says it was saved (waiting for it: the page before may have said so too). */
    private static void assertSaved(Browser browser, String message) {
        try {
            assertThat(browser.waitForText(".saved", message).getText()).isEqualTo(message);
        } catch (TimeoutException notSaved) {
            browser.screenshot("not-saved");
            throw new AssertionError("not saved (" + message + ") at " + browser.driver().getCurrentUrl() + ", which says: "
                    + browser.text("main"), notSaved);
        }
    }

    /** What the browser gets for an address of the web app, with its session cookie and nothing else. */
    private record Fetched(int status, String contentType, String disposition, long length, byte[] head) {
    }

    private static Fetched fetch(Browser browser, String path) {
        @SuppressWarnings("unchecked")
        List<Object> answer = (List<Object>) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(response => response.arrayBuffer().then(body => {
                    const head = Array.from(new Uint8Array(body.slice(0, 16)));
                    done([response.status, response.headers.get('Content-Type'),
                          response.headers.get('Content-Disposition'), body.byteLength, btoa(String.fromCharCode(...head))]);
                })).catch(error => done([0, String(error), null, 0, '']));
                """, path);
        return new Fetched(((Number) answer.get(0)).intValue(), (String) answer.get(1), (String) answer.get(2),
                ((Number) answer.get(3)).longValue(), Base64.getDecoder().decode((String) answer.get(4)));
    }

    /** Where the browser saves what it downloads, without asking: a folder of its own under the build's. */
    private static Path downloadsOf(Browser browser) {
        try {
            Path downloads = Files.createDirectories(Path.of("target", "downloads", browser.language()));
            try (Stream<Path> earlier = Files.list(downloads)) {
                for (Path file : earlier.toList()) {
                    Files.delete(file);
                }
            }
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            return downloads;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file once it is whole (Chromium writes a .crdownload until then). */
    private static Optional<Path> saved(Path downloads) throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pdf")).findFirst();
        }
    }

    /** A date field takes what it is given in the browser's own date notation; the value is always ISO. */
    private static void setDate(Browser browser, String css, String isoDate) {
        browser.script("arguments[0].value = arguments[1]", browser.find(css), isoDate);
    }

    /**
     * Through the API as the administration's planner: the plan of 2026-2031 with a goal and an indicator, and the
     * plan of 2032-2037 with a goal, an action plan under it and an action under that; once the query side has them.
     */
    private static Setup twoLegislatures(String tenant) {
        ApiClient planner = koers().commands(SharedKoers.user("planner", tenant), "planner");
        String previousPlan = planOf(planner, "2026-2031", 2026, 2031);
        String previousGoal = created(planner, "/api/plans/" + previousPlan + "/goals",
                Map.of("level", "POLICY_GOAL", "title", "Groene ruimte"));
        String previousIndicator = created(planner, "/api/plans/" + previousPlan + "/indicators", Map.of(
                "name", "Bomen geplant 2026-2031", "unit", "bomen", "kind", "NUMBER", "direction", "HIGHER_IS_BETTER",
                "frequency", "YEARLY", "ownerDepartment", "Groendienst", "targets", List.of(),
                "linkedElements", List.of(previousGoal)));
        String plan = planOf(planner, "2032-2037", 2032, 2037);
        String goal = created(planner, "/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Genoeg groene ruimte"));
        String actionPlan = created(planner, "/api/plans/" + plan + "/action-plans", Map.of("parentId", goal,
                "title", "Parken", "realisationTerm", Map.of("start", "2032-01-01", "end", "2037-12-31")));
        String action = created(planner, "/api/plans/" + plan + "/items", Map.of("level", "ACTION", "parentId", actionPlan,
                "title", "Een park aanleggen", "actionType", "OPERATIONAL",
                "period", Map.of("start", "2032-03-01", "end", "2034-10-31"),
                "owner", Map.of("department", "Groendienst", "politicalOwner", "Schepen van leefmilieu")));

        ApiClient queries = koers().queries(SharedKoers.user("planner", tenant), "planner");
        await().atMost(QUERY_SIDE).untilAsserted(() -> {
            assertThat(queries.get("/api/plans/" + plan + "/elements?level=ACTION").body()).contains(action);
            assertThat(queries.get("/api/plans/" + previousPlan + "/indicators").body()).contains(previousIndicator);
            assertThat(queries.get("/api/legislatures").body()).contains(plan, previousPlan);
        });
        return new Setup(tenant, previousPlan, previousGoal, previousIndicator, plan, goal, action);
    }

    private static String planOf(ApiClient planner, String name, int firstYear, int lastYear) {
        String legislature = created(planner, "/api/legislatures", Map.of("name", name, "firstYear", firstYear, "lastYear", lastYear));
        return created(planner, "/api/legislatures/" + legislature + "/plan", Map.of("title", "Meerjarenplan " + name, "template", "BBC"));
    }

    private static String created(ApiClient client, String path, Object body) {
        ApiClient.Response answer = client.post(path, body);
        assertThat(answer.status()).as("POST %s: %s", path, answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }
}
