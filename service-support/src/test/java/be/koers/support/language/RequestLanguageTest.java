package be.koers.support.language;

import be.koers.support.problem.RequestRefused;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import static be.koers.support.language.RequestLanguage.DUTCH;
import static be.koers.support.language.RequestLanguage.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLanguageTest {

    @Test
    void theLangParameterDecidesWhateverTheHeaderSays() {
        assertThat(RequestLanguage.resolve("en", "nl-BE,nl;q=0.9")).isEqualTo(ENGLISH);
        assertThat(RequestLanguage.resolve("NL", "en-GB")).isEqualTo(DUTCH);
        assertThat(RequestLanguage.resolve("nl-BE", null)).isEqualTo(DUTCH);
    }

    @Test
    void withoutItTheFirstSupportedLanguageOfAcceptLanguage() {
        assertThat(RequestLanguage.resolve(null, "en-GB,en;q=0.9,nl;q=0.8")).isEqualTo(ENGLISH);
        assertThat(RequestLanguage.resolve(null, "fr-BE,fr;q=0.9,en;q=0.5,nl;q=0.7")).isEqualTo(DUTCH);
        assertThat(RequestLanguage.resolve("", "fr;q=0.9,en;q=0.8")).isEqualTo(ENGLISH);
        assertThat(RequestLanguage.resolve(null, "en;q=0,nl")).isEqualTo(DUTCH);
    }

    @Test
    void dutchWithoutEitherOrWithAHeaderNoOneCanRead() {
        assertThat(RequestLanguage.resolve(null, null)).isEqualTo(DUTCH);
        assertThat(RequestLanguage.resolve(null, "*")).isEqualTo(DUTCH);
        assertThat(RequestLanguage.resolve(null, "fr, de")).isEqualTo(DUTCH);
        assertThat(RequestLanguage.resolve(null, "en;q=high")).isEqualTo(DUTCH);
    }

    @Test
    void anotherLanguageAsParameterIsRefused() {
        assertThatThrownBy(() -> RequestLanguage.resolve("fr", "en"))
                .isInstanceOfSatisfying(RequestRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                    assertThat(refused.field()).isEqualTo("lang");
                    assertThat(refused.rule()).isEqualTo("supported-language");
                });
    }
}
