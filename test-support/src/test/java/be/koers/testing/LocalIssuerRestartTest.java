package be.koers.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

class LocalIssuerRestartTest {

    @Test
    void aTokenIssuedBeforeARestartStillVerifiesAfterIt() throws Exception {
        try (LocalIssuer issuer = LocalIssuer.start()) {
            String before = issuer.tokens().signInFresh("planner", "planner").accessToken();
            String keyId = SignatureCheck.keyIdOf(before);
            String key = Files.readString(issuer.keyFile());

            issuer.restart();

            assertThat(Files.readString(issuer.keyFile())).isEqualTo(key);
            assertThat(SignatureCheck.verified(issuer.issuerUri(), before).getSubject()).isEqualTo("planner");
            String after = issuer.tokens().signInFresh("planner", "planner").accessToken();
            assertThat(SignatureCheck.keyIdOf(after)).isEqualTo(keyId);
        }
    }
}
