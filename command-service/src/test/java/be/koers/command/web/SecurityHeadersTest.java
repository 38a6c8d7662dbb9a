package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.LocalIssuer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every answer tells the browser what it may do with it: an API answer, a refusal, the API docs and Swagger UI. */
class SecurityHeadersTest extends CommandServiceIntegrationTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    @Test
    void anAnswerARefusalAndTheApiDocsCarryTheSecurityHeaders() {
        Map<String, Object> legislature = Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031);
        Response answer = as("planner", newAdministration("headers")).post("/api/legislatures", legislature);
        Response refusal = anonymous().post("/api/legislatures", legislature);
        Response apiDocs = anonymous().get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(refusal.status()).isEqualTo(401);
        assertThat(apiDocs.status()).isEqualTo(200);

        for (Response response : new Response[] {answer, refusal, apiDocs}) {
            assertThat(response.header("Content-Security-Policy")).as(response.toString())
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
        }
    }

    @Test
    void htstIsSentWhenTheRequestCameOverTlsThroughAProxy() {
        Response behindTls = anonymous().withHeader("X-Forwarded-Proto", "https").get("/v3/api-docs");

        assertThat(behindTls.header("Strict-Transport-Security")).contains("max-age=");
    }

    /** Swagger UI signs in at the issuer from the browser and its redirect page runs one inline script. */
    @Test
    void swaggerUiMayCallTheIssuerAndRunItsRedirectPage() throws Exception {
        Response redirectPage = anonymous().get("/swagger-ui/oauth2-redirect.html");
        assertThat(redirectPage.status()).isEqualTo(200);
        Matcher script = INLINE_SCRIPT.matcher(redirectPage.body());
        assertThat(script.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));

        String policy = redirectPage.header("Content-Security-Policy");
        assertThat(policy).contains("'sha256-" + hash + "'")
                .contains("connect-src 'self' " + URI.create(LocalIssuer.shared().issuerUri()).resolve("/").toString().replaceAll("/$", ""));
        Response index = anonymous().get("/swagger-ui/index.html");
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.body()).as("every script of the page is a file of the service").doesNotContain("<script>");
    }

    private ApiClient anonymous() {
        return ApiClient.anonymous("http://127.0.0.1:" + port);
    }
}
