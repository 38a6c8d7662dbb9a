package be.koers.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks a health path as an orchestrator's probe does: without a token, and failing when there is no answer within
 * one second (a bound, not a measurement).
 */
public final class Probe {

    public static final Duration BOUND = Duration.ofSeconds(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(BOUND).build();

    private Probe() {
    }

    public static ApiClient.Response get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(BOUND).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer within " + BOUND, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(url + ": interrupted", e);
        }
    }
}
