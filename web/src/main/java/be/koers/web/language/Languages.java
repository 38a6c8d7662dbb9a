package be.koers.web.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The two languages of the pages, Dutch (Belgium) and English: the browser's first choice among them
 * ({@code Accept-Language}), Dutch when it names neither, and the reader's own choice ({@code ?lang=en}, the
 * switch in the header) remembered in a cookie for a year.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);
    static final String PARAMETER = "lang";
    static final String COOKIE = "koers-lang";

    /** The cookie's language, else the browser's; always one of the two (a cookie or {@code ?lang=fr} cannot add one). */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(Languages::fromBrowser);
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return supported(cookie.resolveLocale(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                cookie.setLocale(request, response, locale == null ? null : supported(locale));
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAMETER);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    /** The supported language the browser prefers most, by language alone (en-US is English, nl-NL Dutch). */
    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DUTCH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale supported : SUPPORTED) {
                if (supported.getLanguage().equals(wanted.getLanguage())) {
                    return supported;
                }
            }
        }
        return DUTCH;
    }

    /** One of the supported languages for any locale (a cookie set by hand may hold another). */
    public static Locale supported(Locale locale) {
        return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(DUTCH);
    }
}
