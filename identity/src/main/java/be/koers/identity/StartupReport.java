package be.koers.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start which issuer this is and whom it knows, so a misconfigured local run shows in the first lines. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final IdentityProperties properties;
    private final KoersUsers users;

    StartupReport(IdentityProperties properties, KoersUsers users) {
        this.properties = properties;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        log.info("Koers identity: issuer {}, audience {}, signing key file {}, {} users{}, {} clients ({})",
                properties.issuer(), properties.audience(), properties.keyFile().toAbsolutePath(),
                users.configuredCount(), users.testUsersEnabled() ? " and TEST USERS (<role>@<tenant>)" : "",
                properties.clients().size(),
                String.join(", ", properties.clients().stream().map(IdentityProperties.Client::clientId).toList()));
        if (users.configuredCount() == 0 && !users.testUsersEnabled()) {
            log.warn("Koers identity knows NO USERS: nobody can sign in. Configure koers.identity.users, or start with "
                    + "--spring.profiles.active=demo for the demo's users and clients (never where real data lives).");
        }
        if (properties.clients().isEmpty()) {
            log.warn("Koers identity knows NO CLIENTS: no application can ask for a token. Configure koers.identity.clients, "
                    + "or start with --spring.profiles.active=demo.");
        }
    }
}
