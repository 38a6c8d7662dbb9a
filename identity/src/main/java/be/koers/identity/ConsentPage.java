package be.koers.identity;

import org.springframework.http.MediaType;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks the user to let a client act in their name. Posts back to the authorization endpoint (authorization-code
 * flow) or to the device verification endpoint (device flow, with the user code); Spring Authorization Server
 * excludes both from CSRF protection, the state ties the answer to the request.
 */
@RestController
class ConsentPage {

    private static final Map<String, String> SCOPE_MEANINGS = Map.of(
            "profile", "your name and user name",
            "koers", "Koers in your name: your administration, roles and departments");

    private final RegisteredClientRepository clients;
    private final AuthorizationServerSettings settings;

    ConsentPage(RegisteredClientRepository clients, AuthorizationServerSettings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    @GetMapping(path = AuthorizationServerConfig.CONSENT_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    String consent(Principal user,
                   @RequestParam(OAuth2ParameterNames.CLIENT_ID) String clientId,
                   @RequestParam(OAuth2ParameterNames.SCOPE) String scope,
                   @RequestParam(OAuth2ParameterNames.STATE) String state,
                   @RequestParam(name = OAuth2ParameterNames.USER_CODE, required = false) String userCode) {
        RegisteredClient client = clients.findByClientId(clientId);
        String clientName = client == null ? clientId : client.getClientName();
        String action = userCode == null ? settings.getAuthorizationEndpoint() : settings.getDeviceVerificationEndpoint();
        // openid is granted with any consent: it only says the client wants an ID token
        String scopes = Arrays.stream(scope.split(" "))
                .filter(it -> !it.isBlank() && !OidcScopes.OPENID.equals(it))
                .map(it -> """
                        <p><label><input type="checkbox" name="scope" value="%s" checked> %s: %s</label></p>"""
                        .formatted(Page.escape(it), Page.escape(it), Page.escape(SCOPE_MEANINGS.getOrDefault(it, it))))
                .collect(Collectors.joining("\n"));
        String hidden = hidden(OAuth2ParameterNames.CLIENT_ID, clientId) + hidden(OAuth2ParameterNames.STATE, state)
                + (userCode == null ? "" : hidden(OAuth2ParameterNames.USER_CODE, userCode));
        return Page.of("Allow " + clientName, """
                <form class="login-form" method="post" action="%s">
                  <h2>Allow %s?</h2>
                  <p>Signed in as <b>%s</b>. %s asks to use:</p>
                  %s
                  %s
                  <button class="primary" type="submit" id="allow">Allow</button>
                </form>
                """.formatted(Page.escape(action), Page.escape(clientName), Page.escape(user.getName()),
                Page.escape(clientName), scopes, hidden));
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"%s\" value=\"%s\">\n".formatted(Page.escape(name), Page.escape(value));
    }
}
