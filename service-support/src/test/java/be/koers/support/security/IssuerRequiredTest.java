package be.koers.support.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that trusts no issuer refuses to start, and says which variable to set. */
class IssuerRequiredTest {

    private final WebApplicationContextRunner service = new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(
            SecurityAutoConfiguration.class,
            org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration.class,
            OAuth2ResourceServerAutoConfiguration.class, WebMvcAutoConfiguration.class));

    @Test
    void withoutAnIssuerTheServiceDoesNotStart() {
        service.withPropertyValues(SecurityAutoConfiguration.ISSUER_PROPERTY + "=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("KOERS_ISSUER");
        });
    }

    @Test
    void withAnIssuerItStarts() {
        service.withPropertyValues(SecurityAutoConfiguration.ISSUER_PROPERTY + "=http://127.0.0.1:9000")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SecurityFilterChain.class));
    }
}
