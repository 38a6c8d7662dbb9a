package be.koers.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.Transient;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets a public client (no secret: a terminal) use the device flow and refresh its tokens. Spring Authorization
 * Server authenticates public clients only by PKCE, which these requests have not, so its reference sample
 * (demo-authorizationserver) adds this: a device authorization request, or a device-code or refresh-token request,
 * that names only its client_id (no Authorization header) authenticates a client registered with method "none".
 */
final class DeviceClientAuthentication {

    private DeviceClientAuthentication() {
    }

    /** A public client of the device flow, apart from the PKCE clients Spring Authorization Server authenticates itself. */
    @Transient
    static final class Token extends OAuth2ClientAuthenticationToken {

        Token(String clientId) {
            super(clientId, ClientAuthenticationMethod.NONE, null, null);
        }

        Token(RegisteredClient client) {
            super(client, ClientAuthenticationMethod.NONE, null);
        }
    }

    static final class Converter implements AuthenticationConverter {

        private final String deviceAuthorizationEndpoint;

        Converter(String deviceAuthorizationEndpoint) {
            this.deviceAuthorizationEndpoint = deviceAuthorizationEndpoint;
        }

        @Override
        public Authentication convert(HttpServletRequest request) {
            boolean deviceAuthorization = "POST".equals(request.getMethod())
                    && deviceAuthorizationEndpoint.equals(request.getRequestURI());
            String grantType = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
            boolean tokenWithoutPkce = AuthorizationGrantType.DEVICE_CODE.getValue().equals(grantType)
                    || AuthorizationGrantType.REFRESH_TOKEN.getValue().equals(grantType);
            String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            // a client with credentials, or a request that is not one of these, is for the standard converters
            if (!deviceAuthorization && !tokenWithoutPkce || request.getHeader("Authorization") != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null || clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
                return null;
            }
            return new Token(clientIds[0]);
        }
    }

    static final class Provider implements AuthenticationProvider {

        private final RegisteredClientRepository clients;

        Provider(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String clientId = (String) authentication.getPrincipal();
            RegisteredClient client = clients.findByClientId(clientId);
            if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
            }
            return new Token(client);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return Token.class.isAssignableFrom(authentication);
        }
    }
}
