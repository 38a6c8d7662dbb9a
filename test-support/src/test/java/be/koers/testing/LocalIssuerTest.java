package be.koers.testing;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The real local issuer (its packaged jar, its own JVM) through the flows the tests and people use. */
class LocalIssuerTest {

    private final LocalIssuer issuer = LocalIssuer.shared();
    private final Tokens tokens = issuer.tokens();

    @Test
    void aUserSignsInThroughTheAuthorizationCodeFlowWithPkce() throws Exception {
        Tokens.TokenResponse granted = tokens.signInFresh("planner", "planner");

        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(), granted.accessToken());
        assertThat(claims.getSubject()).isEqualTo("planner");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("planner");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("koersbeke");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLANNER");
        assertThat(claims.getStringListClaim("departments")).isEmpty();
        assertThat(claims.getStringClaim("name")).isNotBlank();
        // the ID token says the same about the user, for the client
        JWTClaimsSet idToken = SignedJWT.parse(granted.idToken()).getJWTClaimsSet();
        assertThat(idToken.getAudience()).containsExactly(Tokens.WEB_CLIENT);
        assertThat(idToken.getStringClaim("tenant")).isEqualTo("koersbeke");
        assertThat(idToken.getStringListClaim("roles")).containsExactly("PLANNER");
    }

    @Test
    void aUserOfADepartmentHasItInTheToken() throws Exception {
        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(), tokens.signIn("scorer", "scorer"));

        assertThat(claims.getStringListClaim("roles")).containsExactly("SCORER");
        assertThat(claims.getStringListClaim("departments")).containsExactly("Green service");
        JWTClaimsSet testUser = SignatureCheck.verified(issuer.issuerUri(), tokens.signIn("scorer+parks@some-town", "scorer"));
        assertThat(testUser.getStringListClaim("departments")).containsExactly("parks");
        assertThat(testUser.getStringClaim("tenant")).isEqualTo("some-town");
    }

    @Test
    void theOperatorWorksForNoAdministration() throws Exception {
        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(), tokens.signIn("operator", "operator"));

        assertThat(claims.getStringListClaim("roles")).containsExactly("OPERATOR");
        assertThat(claims.getClaim("tenant")).isNull();
    }

    @Test
    void aWrongPasswordYieldsNoCode() {
        assertThatThrownBy(() -> tokens.authorize("planner", "not-the-password")).isInstanceOf(Tokens.SignInRefused.class);
    }

    @Test
    void aCodeIsNotRedeemedWithAnotherVerifier() {
        Tokens.AuthorizationCode code = tokens.authorize("viewer", "viewer");

        assertThatThrownBy(() -> tokens.redeem(code.withCodeVerifier("an-other-verifier-of-more-than-forty-three-characters")))
                .isInstanceOfSatisfying(Tokens.TokenRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.error()).isEqualTo("invalid_grant");
                });
        // with its own verifier it is: the refusal was the verifier's
        assertThat(tokens.redeem(code).accessToken()).isNotBlank();
    }

    @Test
    void tokensAreKeptPerUserUntilShortlyBeforeTheyExpire() {
        String first = tokens.signIn("auditor", "auditor");

        assertThat(tokens.signIn("auditor", "auditor")).isSameAs(first);
        assertThat(tokens.signIn("viewer", "viewer")).isNotEqualTo(first);
    }

    @Test
    void theFinanceSystemGetsATokenOfItsOwn() throws Exception {
        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(),
                tokens.clientCredentials("koersbeke-finance", "finance-secret", "koers"));

        assertThat(claims.getSubject()).isEqualTo("koersbeke-finance");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("koersbeke");
        assertThat(claims.getStringListClaim("roles")).containsExactly("FINANCE");
        assertThatThrownBy(() -> tokens.requestClientCredentials("koersbeke-finance", "wrong", "koers"))
                .isInstanceOfSatisfying(Tokens.TokenRefused.class, refused -> assertThat(refused.status()).isEqualTo(401));
    }

    @Test
    void testUsersBelongToTheTenantTheirNameSays() throws Exception {
        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(), tokens.signIn("planner@some-town", "planner"));

        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("planner@some-town");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("some-town");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLANNER");
        assertThatThrownBy(() -> tokens.authorize("finance@some-town", "planner")).isInstanceOf(Tokens.SignInRefused.class);
        assertThatThrownBy(() -> tokens.authorize("mayor@some-town", "mayor")).isInstanceOf(Tokens.SignInRefused.class);
    }

    @Test
    void aPersonAtATerminalGetsATokenThroughTheDeviceFlow() throws Exception {
        Tokens.DeviceAuthorization device = tokens.requestDeviceAuthorization(Tokens.CLI_CLIENT, "profile koers");
        assertThat(device.userCode()).isNotBlank();
        assertThat(device.verificationUri().toString()).isEqualTo(issuer.issuerUri() + "/oauth2/device_verification");

        assertThatThrownBy(() -> tokens.pollDeviceToken(device)).isInstanceOfSatisfying(Tokens.TokenRefused.class,
                refused -> assertThat(refused.error()).isEqualTo("authorization_pending"));

        tokens.approveDevice(device, "zandhoven-planner", "zandhoven");

        AtomicReference<Tokens.TokenResponse> granted = new AtomicReference<>();
        await("the device token").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .ignoreException(Tokens.TokenRefused.class)
                .until(() -> {
                    granted.set(tokens.pollDeviceToken(device));
                    return true;
                });
        JWTClaimsSet claims = SignatureCheck.verified(issuer.issuerUri(), granted.get().accessToken());
        assertThat(claims.getSubject()).isEqualTo("zandhoven-planner");
        assertThat(claims.getStringClaim("tenant")).isEqualTo("zandhoven");
        assertThat(claims.getStringListClaim("roles")).containsExactly("PLANNER");
        // the terminal refreshes its token without signing in again; the refresh token is good for one refresh
        Tokens.TokenResponse refreshed = tokens.refresh(Tokens.CLI_CLIENT, granted.get().refreshToken());
        assertThat(SignatureCheck.verified(issuer.issuerUri(), refreshed.accessToken()).getStringClaim("tenant")).isEqualTo("zandhoven");
        assertThatThrownBy(() -> tokens.refresh(Tokens.CLI_CLIENT, granted.get().refreshToken()))
                .isInstanceOfSatisfying(Tokens.TokenRefused.class, refused -> assertThat(refused.error()).isEqualTo("invalid_grant"));
    }
}
