package be.koers.web.browser;

import be.koers.testing.KoersSystem;
import be.koers.testing.LocalIssuer;
import be.koers.web.WebApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Locale;

/**
 * The harness of the browser tests: the web app in this JVM on a free port, pointed at the shared Koers
 * ({@link SharedKoers}) and its local issuer, reached by Chromium at {@code http://127.0.0.1:<port>} (a loopback
 * address: the issuer accepts the sign-in's return there on any port, RFC 8252).
 */
// test-support brings Kafka's client along for KoersSystem; the web app itself talks to no broker
@SpringBootTest(classes = WebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration")
public abstract class WebAppTest {

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void koers(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.koers.issuer-uri", () -> LocalIssuer.shared().issuerUri());
        registry.add("koers.web.services.command", () -> koers().commandService.url());
        registry.add("koers.web.services.query", () -> koers().queryService.url());
        registry.add("koers.web.services.reporting", () -> koers().reportingService.url());
    }

    protected static KoersSystem koers() {
        return SharedKoers.get();
    }

    protected String webApp() {
        return "http://127.0.0.1:" + port;
    }

    /** A browser in the language, at this web app; close it when done. */
    protected Browser browser(Locale language) {
        return new Browser(webApp(), language);
    }
}
