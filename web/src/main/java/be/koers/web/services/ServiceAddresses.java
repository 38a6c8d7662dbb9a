package be.koers.web.services;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Where the three services answer ({@code KOERS_COMMAND_URL}, {@code KOERS_QUERY_URL}, {@code KOERS_REPORTING_URL})
 * and how long a page waits for the query side to show a change just made ({@link Eventually}).
 */
@ConfigurationProperties("koers.web.services")
public record ServiceAddresses(URI command, URI query, URI reporting,
                               @DefaultValue("10s") Duration readYourWrites,
                               @DefaultValue("30s") Duration timeout) {
}
