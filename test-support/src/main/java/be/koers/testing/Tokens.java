package be.koers.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static be.koers.testing.IssuerBrowser.encode;

/**
 * Gets tokens from an OpenID Connect issuer the way real clients do: client credentials for machine clients, and for
 * people the authorization-code flow with PKCE driven as a browser does (sign-in form, consent, redirect, code
 * exchange) or the device flow. Tokens are kept per user until shortly before they expire: tests sign the same users
 * in many times.
 */
public final class Tokens {

    /** The browser client, a public one: PKCE instead of a secret. */
    public static final String WEB_CLIENT = "koers-web";
    /** The terminal client of the device flow. */
    public static final String CLI_CLIENT = "koers-cli";
    /** A redirect URI of {@link #WEB_CLIENT} that nothing listens on: the code is read from the redirect itself. */
    public static final String CALLBACK = "http://127.0.0.1/callback";
    public static final String USER_SCOPES = "openid profile koers";

    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    private static final Map<String, Tokens> BY_ISSUER = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String accessToken, Instant renewAt) {
    }

    /** What the token endpoint granted. */
    public record TokenResponse(String accessToken, String idToken, String refreshToken, long expiresIn, String scope) {
    }

    /** A code the authorization endpoint returned, with the PKCE verifier of its challenge. */
    public record AuthorizationCode(String code, String codeVerifier) {

        public AuthorizationCode withCodeVerifier(String other) {
            return new AuthorizationCode(code, other);
        }
    }

    /** The start of a device flow: what a terminal shows its user, and what it polls the token endpoint with. */
    public record DeviceAuthorization(String clientId, String deviceCode, String userCode, URI verificationUri,
                                      URI verificationUriComplete, long intervalSeconds) {
    }

    /** The token endpoint said no: its HTTP status and OAuth2 error code ({@code invalid_grant}, {@code authorization_pending} …). */
    public static final class TokenRefused extends IllegalStateException {
        private final int status;
        private final String error;

        TokenRefused(int status, String error, String body) {
            super("The token endpoint refused with " + status + " " + error + ": " + body);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }

    /** The issuer showed its sign-in form again after the user's credentials: a wrong user or password. */
    public static final class SignInRefused extends IllegalStateException {
        SignInRefused(String username) {
            super("The issuer did not accept the credentials of " + username);
        }
    }

    private Tokens(String issuer) {
        this.issuer = issuer;
    }

    /** The token source of an issuer (one per issuer URI, so its tokens are kept across the tests of a JVM). */
    public static Tokens of(String issuerUri) {
        return BY_ISSUER.computeIfAbsent(issuerUri.replaceAll("/+$", ""), Tokens::new);
    }

    /** An access token for the machine client, kept until shortly before it expires. */
    public String clientCredentials(String clientId, String secret, String scope) {
        return kept("client\0" + clientId + "\0" + secret + "\0" + scope, () -> requestClientCredentials(clientId, secret, scope));
    }

    /** An access token for the user through the authorization-code flow with PKCE, kept until shortly before it expires. */
    public String signIn(String username, String password) {
        return kept("user\0" + username + "\0" + password, () -> signInFresh(username, password));
    }

    /** A new client-credentials grant, never kept. */
    public TokenResponse requestClientCredentials(String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
        return token(HttpRequest.newBuilder(endpoint("/oauth2/token")).header("Authorization", "Basic " + basic),
                form("grant_type", "client_credentials", "scope", scope));
    }

    /** A new sign-in through the authorization-code flow with PKCE, never kept. */
    public TokenResponse signInFresh(String username, String password) {
        return redeem(authorize(username, password));
    }

    /**
     * The browser half of the authorization-code flow: the authorization request with an S256 challenge, sign-in,
     * consent, and the code from the redirect to {@link #CALLBACK} (not followed).
     *
     * @throws SignInRefused when the issuer does not accept the credentials
     */
    public AuthorizationCode authorize(String username, String password) {
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        URI request = endpoint("/oauth2/authorize?" + form("response_type", "code", "client_id", WEB_CLIENT,
                "redirect_uri", CALLBACK, "scope", USER_SCOPES, "state", state,
                "code_challenge", challengeOf(verifier), "code_challenge_method", "S256"));
        URI landing = new IssuerBrowser(issuer).open(request, username, password).uri();
        Map<String, String> answer = queryOf(landing);
        if (!landing.toString().startsWith(CALLBACK + "?") || !state.equals(answer.get("state")) || !answer.containsKey("code")) {
            throw new IllegalStateException("The authorization request of " + username + " ended at " + landing);
        }
        return new AuthorizationCode(answer.get("code"), verifier);
    }

    /** The back-channel half: the code and its PKCE verifier for tokens. */
    public TokenResponse redeem(AuthorizationCode code) {
        return token(HttpRequest.newBuilder(endpoint("/oauth2/token")), form("grant_type", "authorization_code",
                "code", code.code(), "redirect_uri", CALLBACK, "client_id", WEB_CLIENT, "code_verifier", code.codeVerifier()));
    }

    /** Starts a device flow as a terminal does. */
    public DeviceAuthorization requestDeviceAuthorization(String clientId, String scope) {
        JsonNode answer = post(HttpRequest.newBuilder(endpoint("/oauth2/device_authorization")),
                form("client_id", clientId, "scope", scope));
        return new DeviceAuthorization(clientId, answer.path("device_code").asText(), answer.path("user_code").asText(),
                URI.create(answer.path("verification_uri").asText()), URI.create(answer.path("verification_uri_complete").asText()),
                answer.path("interval").asLong(5));
    }

    /** What the person does in the browser: open the verification URI with the code, sign in, approve. */
    public void approveDevice(DeviceAuthorization device, String username, String password) {
        IssuerBrowser.Landing landing = new IssuerBrowser(issuer).open(device.verificationUriComplete(), username, password);
        if (!"success".equals(landing.uri().getQuery())) {
            throw new IllegalStateException("The device approval of " + username + " ended at " + landing.uri() + ": " + landing.body());
        }
    }

    /**
     * One poll of the token endpoint, as the terminal repeats it.
     *
     * @throws TokenRefused with {@code authorization_pending} while the person has not approved yet
     */
    public TokenResponse pollDeviceToken(DeviceAuthorization device) {
        return token(HttpRequest.newBuilder(endpoint("/oauth2/token")), form("grant_type",
                "urn:ietf:params:oauth:grant-type:device_code", "device_code", device.deviceCode(), "client_id", device.clientId()));
    }

    /** A new access token (and refresh token) for a public client's refresh token. */
    public TokenResponse refresh(String clientId, String refreshToken) {
        return token(HttpRequest.newBuilder(endpoint("/oauth2/token")),
                form("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
    }

    private String kept(String key, Supplier<TokenResponse> fetch) {
        return kept.compute(key, (ignored, earlier) -> {
            if (earlier != null && Instant.now().isBefore(earlier.renewAt())) {
                return earlier;
            }
            TokenResponse fresh = fetch.get();
            return new Kept(fresh.accessToken(), Instant.now().plusSeconds(fresh.expiresIn()).minus(RENEW_BEFORE_EXPIRY));
        }).accessToken();
    }

    private TokenResponse token(HttpRequest.Builder request, String form) {
        JsonNode answer = post(request, form);
        return new TokenResponse(answer.path("access_token").asText(), answer.path("id_token").asText(null),
                answer.path("refresh_token").asText(null), answer.path("expires_in").asLong(), answer.path("scope").asText(null));
    }

    private JsonNode post(HttpRequest.Builder request, String form) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("The issuer is not reachable at " + issuer, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200) {
            throw new TokenRefused(response.statusCode(), body.path("error").asText(null), response.body());
        }
        return body;
    }

    private static JsonNode parse(String body) {
        try {
            return body.isBlank() ? ApiClient.JSON.createObjectNode() : ApiClient.JSON.readTree(body);
        } catch (IOException notJson) {
            return ApiClient.JSON.createObjectNode();
        }
    }

    private URI endpoint(String path) {
        return URI.create(issuer + path);
    }

    private static String form(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> queryOf(URI uri) {
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                query.put(decode(equals < 0 ? pair : pair.substring(0, equals)), equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return query;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
