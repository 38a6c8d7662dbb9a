package be.koers.support.security;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser may load for a service's answers: its own scripts, styles and images only, framed by nobody. Swagger
 * UI is the one page a service serves, and it needs three things more: inline styles (it sets style attributes), data:
 * images (its icons), and to call the issuer (discovery, the token endpoint) when it signs in. Its OAuth2 redirect page
 * runs one inline script, allowed by its hash, read from the Swagger UI on the classpath so an upgrade keeps working.
 */
final class ContentSecurityPolicy {

    private static final String SWAGGER_UI_REDIRECT_PAGES = "classpath*:META-INF/resources/webjars/swagger-ui/*/oauth2-redirect.html";
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private ContentSecurityPolicy() {
    }

    static String of(String issuerUri, ResourcePatternResolver resources) {
        List<String> scripts = new ArrayList<>(List.of("'self'"));
        scripts.addAll(swaggerUiInlineScriptHashes(resources));
        return String.join("; ",
                "default-src 'self'",
                "script-src " + String.join(" ", scripts),
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data:",
                "connect-src 'self'" + (issuerUri == null || issuerUri.isBlank() ? "" : " " + origin(issuerUri)),
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    private static String origin(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getRawAuthority();
    }

    private static List<String> swaggerUiInlineScriptHashes(ResourcePatternResolver resources) {
        List<String> hashes = new ArrayList<>();
        try {
            for (Resource page : resources.getResources(SWAGGER_UI_REDIRECT_PAGES)) {
                Matcher script = INLINE_SCRIPT.matcher(page.getContentAsString(StandardCharsets.UTF_8));
                while (script.find()) {
                    hashes.add("'sha256-" + sha256(script.group(1)) + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hashes;
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
