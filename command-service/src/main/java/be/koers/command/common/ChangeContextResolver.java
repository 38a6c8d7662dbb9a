package be.koers.command.common;

import be.koers.command.common.CommandSender.ChangeContext;
import be.koers.command.tenant.Mandates;
import be.koers.support.input.ChangeHeaders;
import be.koers.support.openapi.DocumentedHeader;
import be.koers.support.openapi.HeaderArgumentResolver;
import be.koers.support.security.KoersUser;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a controller the {@link ChangeContext} of the request: the authenticated user, the optional
 * {@code X-Change-Reason} and {@code X-Correlation-Id} headers, the version in {@code If-Match}, and the user's
 * {@link Mandate} (which also refuses a user of an administration no operator registered).
 */
public class ChangeContextResolver implements HeaderArgumentResolver {

    private final Mandates mandates;

    public ChangeContextResolver(Mandates mandates) {
        this.mandates = mandates;
    }

    public static final String IF_MATCH_HEADER = "If-Match";
    private static final Pattern VERSION = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");
    private static final List<DocumentedHeader> HEADERS = List.of(
            new DocumentedHeader(ChangeHeaders.REASON, "Why the change is made; kept on its events and shown in the audit trail.",
                    "Council decision of 3 March"),
            new DocumentedHeader(IF_MATCH_HEADER, "The plan (or indicator) version the change is based on, as the "
                    + "query-service's ETag gives it; 409 stale-version when it moved on, 400 when it is not a version. "
                    + "Absent or *: no check.", "\"12\""),
            new DocumentedHeader(ChangeHeaders.CORRELATION_ID, "Ties the change's events to the caller's own request; a new "
                    + "one is made when absent. The answer returns it.", "3f2b6c1e-7d1a-4f0e-9c5b-2a8e4d6f1b90"));

    @Override
    public List<DocumentedHeader> documentedHeaders() {
        return HEADERS;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(ChangeContext.class);
    }

    @Override
    public ChangeContext resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                         NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        KoersUser user = (KoersUser) authentication.getPrincipal();
        // an operator's changes (creating an administration) are of no administration and record for no department
        Mandate mandate = user.tenant() == null ? Mandate.ANY_DEPARTMENT : mandates.of(user);
        return ChangeContext.of(user, request.getHeader(ChangeHeaders.REASON), request.getHeader(ChangeHeaders.CORRELATION_ID),
                expectedVersion(request.getHeader(IF_MATCH_HEADER)), mandate);
    }

    private static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher matcher = VERSION.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new MalformedIfMatch(ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** If-Match must carry a version as the query-service's ETag gives it, e.g. "12". */
    public static class MalformedIfMatch extends RuntimeException {
        public MalformedIfMatch(String value) {
            super("If-Match must be a plan version such as \"12\", not " + value);
        }
    }
}
