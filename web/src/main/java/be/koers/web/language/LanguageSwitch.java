package be.koers.web.language;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Locale;

/** The header's language switch: this very page in each other language, as a link. */
@ControllerAdvice
class LanguageSwitch {

    /** A language the reader can switch to: its own name, its tag and the address of this page in it. */
    record Language(String tag, String name, String href, boolean current) {
    }

    @ModelAttribute("languages")
    List<Language> languages(HttpServletRequest request) {
        Locale current = Languages.supported(LocaleContextHolder.getLocale());
        return Languages.SUPPORTED.stream().map(language -> new Language(language.toLanguageTag(),
                language.getDisplayLanguage(language),
                thisPage(request).replaceQueryParam(Languages.PARAMETER, language.toLanguageTag()).build(true).toUriString(),
                language.equals(current))).toList();
    }

    /** The page's path and query as the browser sent them (still encoded): a relative link, whatever the proxy. */
    private static UriComponentsBuilder thisPage(HttpServletRequest request) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromUriString(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
