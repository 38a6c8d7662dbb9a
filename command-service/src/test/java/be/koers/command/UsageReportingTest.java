package be.koers.command;

import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon's anonymous usage reporting is off. Axon leaves its update checker out of any JVM running JUnit whatever the
 * configuration says, so this asserts what the checker would decide outside tests: the same providers, composed as
 * Axon's auto-configuration composes them, answer "disabled".
 */
class UsageReportingTest extends CommandServiceIntegrationTest {

    @Autowired
    UpdateCheckConfiguration updateCheck;

    @Test
    void axonsAnonymousUsageReportingIsSwitchedOff() {
        assertThat(updateCheck.getDisabled()).as("axon.update-check.disabled").isTrue();
        assertThat(UsagePropertyProvider.create(updateCheck).getDisabled()).as("what the update checker would decide").isTrue();
    }
}
