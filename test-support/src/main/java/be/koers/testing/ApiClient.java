package be.koers.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A plain HTTP client for tests that call a Koers service as a user would: JSON in, status and JSON out. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final HttpClient http;
    private final String baseUrl;
    /** The Authorization header of each request, asked for each time: a user's token is renewed before it expires. */
    private final Supplier<String> authorization;
    private final Map<String, String> headers;

    private ApiClient(HttpClient http, String baseUrl, Supplier<String> authorization, Map<String, String> headers) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.headers = headers;
    }

    public static ApiClient as(String baseUrl, String user, String password) {
        return anonymous(baseUrl).as(user, password);
    }

    public static ApiClient anonymous(String baseUrl) {
        return new ApiClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), baseUrl, null, Map.of());
    }

    /**
     * The same service as another user, signed in at the local issuer as a browser does (authorization code with
     * PKCE), over the same connections (one client per user would be a thread each).
     */
    public ApiClient as(String user, String password) {
        return new ApiClient(http, baseUrl, () -> "Bearer " + LocalIssuer.shared().tokens().signIn(user, password), headers);
    }

    /** The service with a given access token, such as a machine client's or one made to be refused. */
    public static ApiClient withToken(String baseUrl, String token) {
        ApiClient anonymous = anonymous(baseUrl);
        return new ApiClient(anonymous.http, baseUrl, () -> "Bearer " + token, Map.of());
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(http, baseUrl, authorization, more);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a raw body as is, for malformed-input tests. */
    public Response postRaw(String path, String rawJson) {
        return exchange("POST", path, HttpRequest.BodyPublishers.ofString(rawJson));
    }

    public Response putRaw(String path, String rawJson) {
        return exchange("PUT", path, HttpRequest.BodyPublishers.ofString(rawJson));
    }

    /**
     * Sends a raw body as is (null for none) accepting the given media types, for fuzzing. Of an event stream only
     * the head is read: the call returns once the server opened it, with an empty body.
     */
    public Response exchange(String method, String path, String rawBody, String accept) {
        HttpRequest.BodyPublisher body = rawBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(rawBody);
        HttpResponse<InputStream> response = send(method, path, body, accept, HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        try (InputStream stream = response.body()) {
            String text = contentType.startsWith("text/event-stream") ? ""
                    : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            return new Response(response.statusCode(), contentType, response.headers().map(), text);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": the body broke off", e);
        }
    }

    private Response send(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            return exchange(method, path, publisher);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body) {
        HttpResponse<String> response = send(method, path, body, "application/json, application/problem+json",
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().map(), response.body());
    }

    /** GETs a file, such as a PDF report; a refusal's problem body comes back as its bytes. */
    public Download download(String path) {
        HttpResponse<byte[]> response = send("GET", path, HttpRequest.BodyPublishers.noBody(), "*/*",
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    private <T> HttpResponse<T> send(String method, String path, HttpRequest.BodyPublisher body, String accept,
                                     HttpResponse.BodyHandler<T> handler) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization.get());
        }
        headers.forEach(request::setHeader);
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Download(int status, String contentType, String contentDisposition, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public record Response(int status, String contentType, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
