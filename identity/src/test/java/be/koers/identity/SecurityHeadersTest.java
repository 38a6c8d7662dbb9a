package be.koers.identity;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer's pages say what a browser may do with them: nothing but their own style sheet, and no framing. */
class SecurityHeadersTest extends RunningIssuer {

    @Test
    void theSignInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(ISSUER + "/login")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        // the policy allows no inline style or script: the page must not need any
        assertThat(page.body()).contains("/default-ui.css").doesNotContain("<style").doesNotContain("style=").doesNotContain("<script");
    }

    @Test
    void htstIsSentOnlyForRequestsThatCameOverTls() throws Exception {
        HttpResponse<String> plain = send(HttpRequest.newBuilder(URI.create(ISSUER + "/login")));
        HttpResponse<String> behindTlsProxy = send(HttpRequest.newBuilder(URI.create(ISSUER + "/login"))
                .header("X-Forwarded-Proto", "https"));

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(behindTlsProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
    }

    @Test
    void theProtocolEndpointsCarryThemToo() throws Exception {
        HttpResponse<String> discovery = send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration")));

        assertThat(discovery.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(discovery.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
}
