package be.koers.web.language;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/**
 * The header's language switch: this very page in each language, as a link ({@code ${@languageSwitch.languages()}}
 * in the layout: a bean, so that error pages, which no controller's model fills, have it too).
 */
@Component("languageSwitch")
public class LanguageSwitch {

    /** A language the reader can switch to: its own name, its tag and the address of this page in it. */
    public record Language(String tag, String name, String href, boolean current) {
    }

    public List<Language> languages() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        Locale current = Languages.supported(LocaleContextHolder.getLocale());
        return Languages.SUPPORTED.stream().map(language -> new Language(language.toLanguageTag(),
                language.getDisplayLanguage(language),
                thisPage(request).replaceQueryParam(Languages.PARAMETER, language.toLanguageTag()).build(true).toUriString(),
                language.equals(current))).toList();
    }

    /**
     * The page's path and query as the browser sent them (still encoded): a relative link, whatever the proxy. On an
     * error page, the page that failed.
     */
    private static UriComponentsBuilder thisPage(HttpServletRequest request) {
        Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = failed != null ? failed.toString() : request.getRequestURI();
        String query = failed != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query));
    }
}
