package be.koers.web.report;

import be.koers.web.services.KoersServices;
import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import be.koers.web.signin.SignInConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The council's reports of a plan, passed from the reporting-service to the browser as they come: the request
 * carries the signed-in user's token (the browser never sees it), the answer's bytes are copied to the browser's
 * response as they arrive, with the service's content type, length and file name, never held whole in this app.
 */
@Component
class Reports {

    private static final List<String> PASSED_ON = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_DISPOSITION);

    private final KoersServices services;
    private final ObjectMapper json;

    Reports(KoersServices services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    /** The formats of the council's reports, with the media type the reporting-service answers them in. */
    enum Format {
        PDF(MediaType.APPLICATION_PDF),
        XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        private final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code GET /api/plans/{planId}/reports/follow-up?year=&format=&lang=} to the browser. */
    void followUp(String planId, int year, Format format, String language, HttpServletResponse browser) {
        download(builder -> builder.path("/api/plans/{planId}/reports/follow-up").queryParam("year", year)
                .queryParam("format", format.parameter()).queryParam("lang", language).build(planId), format, browser);
    }

    /** {@code GET /api/plans/{planId}/reports/strategic-note?format=&lang=} to the browser. */
    void strategicNote(String planId, Format format, String language, HttpServletResponse browser) {
        download(builder -> builder.path("/api/plans/{planId}/reports/strategic-note")
                .queryParam("format", format.parameter()).queryParam("lang", language).build(planId), format, browser);
    }

    private void download(Function<UriBuilder, URI> address, Format format, HttpServletResponse browser) {
        services.reporting().get().uri(address)
                .accept(format.mediaType, MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, answer) -> {
                    if (answer.getStatusCode().isError()) {
                        throw refusal(answer);
                    }
                    PASSED_ON.forEach(header -> {
                        String value = answer.getHeaders().getFirst(header);
                        if (value != null) {
                            browser.setHeader(header, value);
                        }
                    });
                    answer.getBody().transferTo(browser.getOutputStream());
                    return null;
                });
    }

    /**
     * What {@link KoersServices} makes of a refusal, for this one call that reads the answer itself (a stream is
     * not what its status handler expects): a 401 signs in again, anything else is the service's problem.
     */
    private RuntimeException refusal(ClientHttpResponse answer) {
        try {
            int status = answer.getStatusCode().value();
            if (status == 401) {
                return new ClientAuthorizationRequiredException(SignInConfiguration.REGISTRATION);
            }
            byte[] body = answer.getBody().readAllBytes();
            Problem problem;
            try {
                problem = json.readValue(body, Problem.class);
            } catch (IOException notAProblem) {
                problem = null;
            }
            return new ServiceRefusal("reporting-service", problem != null && problem.status() != 0 ? problem
                    : new Problem(null, null, status, new String(body, StandardCharsets.UTF_8), null, "http-" + status, null));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
