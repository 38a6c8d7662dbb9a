package be.koers.identity;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryTest extends RunningIssuer {

    @Test
    void theOpenIdConfigurationNamesTheIssuerAndItsEndpoints() throws Exception {
        JsonNode discovery = getJson("/.well-known/openid-configuration");

        assertThat(discovery.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.path("device_authorization_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/device_authorization");
        assertThat(texts(discovery.path("grant_types_supported"))).contains("authorization_code", "client_credentials",
                "refresh_token", "urn:ietf:params:oauth:grant-type:device_code");
        assertThat(texts(discovery.path("code_challenge_methods_supported"))).containsExactly("S256");
    }

    @Test
    void theOAuthMetadataNamesTheSameIssuer() throws Exception {
        JsonNode metadata = getJson("/.well-known/oauth-authorization-server");

        assertThat(metadata.path("issuer").asText()).isEqualTo(ISSUER);
        assertThat(metadata.path("device_authorization_endpoint").asText()).isEqualTo(ISSUER + "/oauth2/device_authorization");
    }

    @Test
    void theJwksHoldsOnlyThePublicRs256Key() throws Exception {
        JsonNode keys = getJson("/oauth2/jwks").path("keys");

        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).path("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).path("kid").asText()).isNotBlank();
        assertThat(keys.get(0).has("d")).as("the private exponent").isFalse();
    }

    @Test
    void aPageOfARegisteredClientsOriginMayReadDiscoveryAndRedeemItsCode() throws Exception {
        String swaggerUi = "http://127.0.0.1:8081";
        HttpResponse<String> discovery = send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                .header("Origin", swaggerUi));
        assertThat(discovery.headers().firstValue("Access-Control-Allow-Origin")).hasValue(swaggerUi);

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(ISSUER + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", swaggerUi).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-requested-with"));
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(swaggerUi);

        String otherLoopbackPort = "http://127.0.0.1:45678";
        assertThat(send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration")).header("Origin", otherLoopbackPort))
                .headers().firstValue("Access-Control-Allow-Origin")).hasValue(otherLoopbackPort);
        assertThat(send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration")).header("Origin", "http://localhost:45678"))
                .headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> stranger = send(HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/openid-configuration"))
                .header("Origin", "http://evil.example"));
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthIsOpenToAll() throws Exception {
        assertThat(getJson("/actuator/health").path("status").asText()).isEqualTo("UP");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(it -> texts.add(it.asText()));
        return texts;
    }
}
