package be.koers.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The made-up test users exist only where tests switch them on. */
class TestUsersSwitchTest {

    @Test
    void withoutTheSwitchOnlyTheConfiguredUsersSignIn() throws Exception {
        try (LocalIssuer issuer = LocalIssuer.startWithoutTestUsers()) {
            assertThatThrownBy(() -> issuer.tokens().authorize("planner@some-town", "planner"))
                    .isInstanceOf(Tokens.SignInRefused.class);
            assertThat(issuer.tokens().authorize("planner", "planner").code()).isNotBlank();
        }
    }
}
