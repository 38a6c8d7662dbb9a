package be.koers.testing;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A browser of one person at the issuer, as far as its flows need one: a cookie jar (the sign-in session), redirects
 * followed one by one while they stay on the issuer, the sign-in form filled in and the consent form approved as
 * the pages serve them (with their CSRF token and state), until a redirect leaves the issuer or a page asks nothing.
 */
final class IssuerBrowser {

    /** Where the browser ended: the redirect that left the issuer, or the last page (with its body). */
    record Landing(URI uri, String body) {
    }

    private static final int MAX_STEPS = 12;

    private final URI issuer;
    private final HttpClient http;

    IssuerBrowser(String issuerUri) {
        this.issuer = URI.create(issuerUri);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Opens the URL and goes wherever the issuer leads, signing in as the user and approving what is asked. */
    Landing open(URI start, String username, String password) {
        HttpResponse<String> response = send(navigation(start).GET().build());
        boolean credentialsGiven = false;
        for (int step = 0; step < MAX_STEPS; step++) {
            URI at = response.uri();
            if (response.statusCode() / 100 == 3) {
                URI next = at.resolve(response.headers().firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException("A redirect without Location from " + at)));
                if (!sameOrigin(next)) {
                    return new Landing(next, null);
                }
                response = send(navigation(next).GET().build());
                continue;
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The issuer answered " + response.statusCode() + " at " + at + ": " + response.body());
            }
            Document page = Jsoup.parse(response.body(), at.toString());
            FormElement signIn = form(page, "form:has(input[name=password])");
            FormElement consent = form(page, "form:has(input[name=client_id])");
            if (signIn != null) {
                if (credentialsGiven) {
                    throw new Tokens.SignInRefused(username);
                }
                signIn.selectFirst("input[name=username]").val(username);
                signIn.selectFirst("input[name=password]").val(password);
                credentialsGiven = true;
                response = send(submission(signIn));
            } else if (consent != null) {
                response = send(submission(consent));
            } else {
                return new Landing(at, response.body());
            }
        }
        throw new IllegalStateException("No end after " + MAX_STEPS + " steps at the issuer; last at " + response.uri());
    }

    private static FormElement form(Document page, String query) {
        return page.selectFirst(query) instanceof FormElement form ? form : null;
    }

    /** The form as the browser submits it: its hidden fields, filled-in fields and checked boxes. */
    private HttpRequest submission(FormElement form) {
        String body = form.formData().stream()
                .map(field -> encode(field.key()) + "=" + encode(field.value()))
                .collect(Collectors.joining("&"));
        return navigation(URI.create(form.absUrl("action")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest.Builder navigation(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
    }

    private boolean sameOrigin(URI uri) {
        return issuer.getScheme().equals(uri.getScheme()) && issuer.getHost().equals(uri.getHost())
                && issuer.getPort() == uri.getPort();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The issuer is not reachable at " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
