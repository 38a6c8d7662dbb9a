package be.koers.web.services;

import be.koers.web.signin.SignInConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

/**
 * The three services as HTTP clients that call them as the signed-in user: every request carries the user's access
 * token ({@link OAuth2ClientHttpRequestInterceptor}, from the session), and every refusal becomes a
 * {@link ServiceRefusal} with the service's problem. A 401 means the token expired or was refused: the user signs in
 * again ({@link ClientAuthorizationRequiredException}, which Spring Security turns into the redirect to the issuer).
 */
@Component
public class KoersServices {

    private final RestClient command;
    private final RestClient query;
    private final RestClient reporting;

    KoersServices(ServiceAddresses addresses, OAuth2AuthorizedClientManager authorizedClients,
                  RestClient.Builder builder, ObjectMapper json) {
        OAuth2ClientHttpRequestInterceptor userToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        userToken.setClientRegistrationIdResolver(request -> SignInConfiguration.REGISTRATION);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(addresses.timeout()).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(addresses.timeout());
        RestClient.Builder common = builder.requestFactory(requests).requestInterceptor(userToken)
                .defaultHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
        this.command = client(common, addresses.command(), "command-service", json);
        this.query = client(common, addresses.query(), "query-service", json);
        this.reporting = client(common, addresses.reporting(), "reporting-service", json);
    }

    private static RestClient client(RestClient.Builder common, URI address, String name, ObjectMapper json) {
        return common.clone().baseUrl(address.toString())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw refusal(name, response, json);
                })
                .build();
    }

    private static RuntimeException refusal(String service, ClientHttpResponse response, ObjectMapper json) throws IOException {
        int status = response.getStatusCode().value();
        if (status == 401) {
            return new ClientAuthorizationRequiredException(SignInConfiguration.REGISTRATION);
        }
        byte[] body = response.getBody().readAllBytes();
        Problem problem;
        try {
            problem = json.readValue(body, Problem.class);
        } catch (IOException notAProblem) {
            problem = null;
        }
        if (problem == null || problem.status() == 0) {
            // every refusal of the services is problem+json; anything else (a proxy's page) is told as it came
            problem = new Problem(null, null, status, new String(body, StandardCharsets.UTF_8), null,
                    "http-" + status, null);
        }
        return new ServiceRefusal(service, problem);
    }

    /** The command-service: every change. */
    public RestClient command() {
        return command;
    }

    /** The query-service: the plan as it is now, its history, indicators, budgets. */
    public RestClient query() {
        return query;
    }

    /** The reporting-service: realisation, comparison and the council's reports. */
    public RestClient reporting() {
        return reporting;
    }
}
