package be.koers.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The finance system of koersbeke gets a token of its own, as a machine client does. */
class ClientCredentialsTest extends RunningIssuer {

    @Test
    void theFinanceClientGetsASignedTokenForKoersbekeWithTheFinanceRole() throws Exception {
        HttpResponse<String> response = tokenRequest("koersbeke-finance", "finance-secret");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = JSON.readTree(response.body()).path("access_token").asText();

        // the signature against the published JWKS, the issuer, the time window and the audience: as a service checks it
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains("koers"))));
        Jwt jwt = decoder.decode(accessToken);

        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getSubject()).isEqualTo("koersbeke-finance");
        assertThat(jwt.getAudience()).containsExactly("koers");
        assertThat(jwt.getClaimAsString("tenant")).isEqualTo("koersbeke");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("FINANCE");
        assertThat(jwt.getNotBefore()).isNotNull();
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
    }

    @Test
    void aWrongSecretIsRefusedWith401() throws Exception {
        HttpResponse<String> response = tokenRequest("koersbeke-finance", "not-the-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void aPublicClientCannotUseClientCredentials() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=koers-web&scope=koers")));

        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).doesNotContain("access_token");
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope=koers")));
    }
}
