package be.koers.web.language;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The language of a first visit: the browser's first supported choice by language, Dutch (Belgium) otherwise. */
class LanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en-US,en;q=0.9,nl;q=0.8 | en",
            "nl-NL,nl;q=0.9         | nl-BE",
            "fr-BE,fr;q=0.9,en;q=0.5 | en",
            "fr-BE,de;q=0.5         | nl-BE",
            "''                     | nl-BE"})
    void theBrowsersFirstSupportedLanguage(String acceptLanguage, String expected) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (!acceptLanguage.isEmpty()) {
            request.addHeader("Accept-Language", acceptLanguage); // the mock reads its locales from it
        }
        assertThat(Languages.fromBrowser(request)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @Test
    void aLanguageKoersDoesNotSpeakIsNeverChosen() {
        LocaleResolver resolver = new Languages().localeResolver();
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(Languages.COOKIE, "fr"));
        assertThat(resolver.resolveLocale(request)).isEqualTo(Languages.DUTCH);

        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(new MockHttpServletRequest(), response, Locale.GERMAN);
        assertThat(response.getCookie(Languages.COOKIE).getValue()).isEqualTo("nl-BE");
    }
}
