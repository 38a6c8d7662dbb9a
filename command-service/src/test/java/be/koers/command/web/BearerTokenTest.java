package be.koers.command.web;

import be.koers.command.CommandServiceIntegrationTest;
import be.koers.testing.ApiClient;
import be.koers.testing.ApiClient.Response;
import be.koers.testing.LocalIssuer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services accept only access tokens the configured issuer signed, for this audience, within their validity;
 * anything else is 401 problem+json with the Bearer challenge. The refused tokens are made here with the local
 * issuer's own key (read from its key file), so that each differs from a good token in one respect only.
 */
class BearerTokenTest extends CommandServiceIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private RSAKey issuerKey;
    private String tenant;

    @BeforeEach
    void theIssuersKey() throws Exception {
        issuerKey = JWK.parse(Files.readString(LocalIssuer.shared().keyFile())).toRSAKey();
        tenant = registered(newAdministration("tokens"));
    }

    @Test
    void aTokenTheIssuerSignedForKoersIsAccepted() {
        Response created = createLegislature(signed(claims -> { }));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @Test
    void expiredNotYetValidWrongAudienceAndWrongIssuerAreRefused() {
        Instant now = Instant.now();
        assertInvalid(signed(c -> c.expirationTime(Date.from(now.minusSeconds(300))).issueTime(Date.from(now.minusSeconds(900)))));
        assertInvalid(signed(c -> c.notBeforeTime(Date.from(now.plusSeconds(300)))));
        assertInvalid(signed(c -> c.audience("someone-else")));
        assertInvalid(signed(c -> c.issuer("http://127.0.0.1:1/not-the-issuer")));
    }

    @Test
    void unsignedTamperedAndForeignTokensAreRefused() throws JOSEException {
        assertInvalid(new PlainJWT(claims(c -> { }).build()).serialize());
        String good = signed(c -> { });
        String[] parts = good.split("\\.");
        String elevated = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"PLANNER\"", "\"OPERATOR\"").getBytes());
        assertInvalid(parts[0] + "." + elevated + "." + parts[2]);
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(issuerKey.getKeyID()).generate();
        assertInvalid(sign(impostor, claims(c -> { })));
        assertInvalid("not-a-token");
    }

    @Test
    void aTokenWithoutAnAdministrationIsRefused() {
        assertInvalid(signed(c -> c.claim("tenant", null)));
    }

    @Test
    void withoutATokenTheBearerChallengeAsksForOne() {
        Response response = ApiClient.anonymous(base()).post("/api/legislatures", Map.of("name", "x", "firstYear", 2100, "lastYear", 2105));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo("authentication-required");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void theEventsNameTheUserAndTheTokensSubject() {
        Response created = createLegislature(signed(c -> c.subject("f3b1c2d4-subject").claim("preferred_username", "an.planner")));
        String metadata = jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ?",
                String.class, created.json().get("id").asText());
        assertThat(metadata).contains("\"actor\":\"an.planner\"").contains("\"actorSubject\":\"f3b1c2d4-subject\"");
    }

    @Test
    void theFinanceSystemRecordsActualsButChangesNoPlan() {
        ApiClient planner = as("planner", tenant);
        String legislature = planner.post("/api/legislatures", Map.of("name", "2026-2031", "firstYear", 2026, "lastYear", 2031)).json().get("id").asText();
        String plan = planner.post("/api/legislatures/" + legislature + "/plan", Map.of("title", "Plan", "template", "BBC")).json().get("id").asText();
        String goal = planner.post("/api/plans/" + plan + "/goals", Map.of("level", "POLICY_GOAL", "title", "Safe streets")).json().get("id").asText();

        ApiClient finance = ApiClient.withToken(base(), signed(c -> c.subject("finance-" + tenant)
                .claim("preferred_username", "finance-" + tenant).claim("roles", List.of("FINANCE"))));
        Response actuals = finance.put("/api/plans/" + plan + "/elements/" + goal + "/budget/2027/actuals",
                Map.of("operatingExpenditure", 1200.50));
        assertThat(actuals.status()).as(actuals.body()).isEqualTo(200);
        Response mission = finance.put("/api/plans/" + plan + "/mission", Map.of("mission", "m"));
        assertThat(mission.status()).isEqualTo(403);
        assertThat(mission.json().get("rule").asText()).isEqualTo("role-not-allowed");
    }

    @Test
    void theDemoFinanceClientGetsItsTokenWithClientCredentials() {
        registered("koersbeke");
        String token = LocalIssuer.shared().tokens().clientCredentials("koersbeke-finance", "finance-secret", "koers");
        Response refused = ApiClient.withToken(base(), token).put("/api/plans/no-such-plan/mission", Map.of("mission", "m"));
        assertThat(refused.status()).isEqualTo(403);
        Response allowed = ApiClient.withToken(base(), token).put("/api/plans/no-such-plan/elements/e/budget/2027/actuals",
                Map.of("operatingExpenditure", 1));
        assertThat(allowed.status()).as(allowed.body()).isEqualTo(404);
    }

    @Test
    void aTokenIssuedBeforeTheIssuerRestartedStillCounts() throws InterruptedException {
        String before = LocalIssuer.shared().tokens().signInFresh("planner@" + tenant, "planner").accessToken();
        LocalIssuer.shared().restart();
        assertThat(createLegislature(before).status()).isEqualTo(201);
        String after = LocalIssuer.shared().tokens().signInFresh("planner@" + registered(newAdministration("after")), "planner").accessToken();
        assertThat(createLegislature(after).status()).isEqualTo(201);
    }

    private Response createLegislature(String token) {
        return ApiClient.withToken(base(), token).post("/api/legislatures",
                Map.of("name", "Term " + UUID.randomUUID(), "firstYear", 2100, "lastYear", 2105));
    }

    private void assertInvalid(String token) {
        Response response = createLegislature(token);
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asText()).isEqualTo("Authorization");
        assertThat(response.json().get("rule").asText()).isEqualTo("invalid-token");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
    }

    private String signed(Consumer<JWTClaimsSet.Builder> change) {
        try {
            return sign(issuerKey, claims(change));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet.Builder claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** A good token's claims, then the change that makes it a bad one. */
    private JWTClaimsSet.Builder claims(Consumer<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(LocalIssuer.shared().issuerUri()).audience("koers").subject("planner@" + tenant)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "planner@" + tenant).claim("tenant", tenant).claim("roles", List.of("PLANNER"));
        change.accept(claims);
        return claims;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
