package be.koers.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.net.URI;
import java.util.Set;

/** Checks a token as a resource server does: signature against the issuer's JWKS as published now, iss, aud, time. */
final class SignatureCheck {

    private SignatureCheck() {
    }

    static JWTClaimsSet verified(String issuerUri, String token) throws Exception {
        JWKSet published = JWKSet.load(URI.create(issuerUri + "/oauth2/jwks").toURL());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(published)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>("koers",
                new JWTClaimsSet.Builder().issuer(issuerUri).build(), Set.of("sub", "iat", "exp", "nbf")));
        return processor.process(token, null);
    }

    static String keyIdOf(String token) throws Exception {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
