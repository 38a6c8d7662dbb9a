package be.koers.support.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A request authenticated by a verified access token, on behalf of a {@link KoersUser}. */
public class KoersAuthentication extends AbstractAuthenticationToken {

    private final KoersUser user;
    private final transient Jwt token;

    public KoersAuthentication(KoersUser user, Jwt token) {
        super(user.authorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public KoersUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
