package be.koers.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar knows nobody: the demo's people and its finance client's secret come only with the demo profile. */
class DemoProfileTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @TempDir
    Path keyDirectory;

    @Test
    void withoutTheDemoProfileNobodyCanSignInAndNoClientGetsAToken() throws Exception {
        try (ConfigurableApplicationContext issuer = start()) {
            String url = urlOf(issuer);
            assertThat(signIn(url, "planner", "planner")).as("where the sign-in sends the browser").endsWith("/login?error");
            assertThat(clientCredentials(url, "koersbeke-finance", "finance-secret").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withTheDemoProfileThePlannerSignsInAndTheFinanceClientGetsAToken() throws Exception {
        try (ConfigurableApplicationContext issuer = start("--spring.profiles.active=demo")) {
            String url = urlOf(issuer);
            assertThat(signIn(url, "planner", "planner")).doesNotContain("error");
            assertThat(clientCredentials(url, "koersbeke-finance", "finance-secret").statusCode()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        String[] arguments = new String[more.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--koers.identity.key-file=" + keyDirectory.resolve("signing-key.json");
        System.arraycopy(more, 0, arguments, 2, more.length);
        return new SpringApplicationBuilder(IdentityApplication.class).run(arguments);
    }

    private static String urlOf(ConfigurableApplicationContext issuer) {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) issuer).getWebServer().getPort();
    }

    /** Signs in on the sign-in page as a browser does; answers where the issuer sends the browser next. */
    private static String signIn(String url, String username, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(URI.create(url + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password
                        + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static HttpResponse<String> clientCredentials(String url, String clientId, String secret)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=koers")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
