package be.koers.web.input;

import be.koers.web.language.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers typed in a form are read exactly, in the reader's notation only, and written back the same way. */
class DecimalInputTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.300.000,10 | 1300000.10",
            "1300000,10   | 1300000.10",
            "1 300 000,10 | 1300000.10",
            "€ 1.600.000,30 | 1600000.30",
            "0,000001     | 0.000001",
            ",5           | 0.5",
            "-12,5        | -12.5",
            "999.999.999.999,99 | 999999999999.99",
            "1.500        | 1500",
            "42           | 42"})
    void readsDutch(String typed, String exactly) {
        assertThat(DecimalInput.read(typed, Languages.DUTCH)).contains(new BigDecimal(exactly));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,300,000.10 | 1300000.10",
            "1300000.10   | 1300000.10",
            "€1,600,000.30 | 1600000.30",
            "1,500        | 1500",
            "1.5          | 1.5"})
    void readsEnglish(String typed, String exactly) {
        assertThat(DecimalInput.read(typed, Locale.ENGLISH)).contains(new BigDecimal(exactly));
    }

    /** Never a guess: what could be a number in the other notation, or a badly grouped one, is no number at all. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nl | 1,300,000.10", "nl | 1300000.10", "nl | 1.5", "nl | 1.30.000", "nl | 12,5,0", "nl | abc", "nl | 1e6",
            "en | 1.300.000,10", "en | 12,5", "en | 1,30,000", "en | 0x10", "en | 1 3", "en | -"})
    void refusesWhatItCannotReadExactly(String language, String typed) {
        assertThatThrownBy(() -> DecimalInput.read(typed, Locale.forLanguageTag(language)))
                .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void nothingTypedIsNoNumber() {
        assertThat(DecimalInput.read("  ", Languages.DUTCH)).isEmpty();
        assertThat(DecimalInput.read(null, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void writesEveryDecimalItHasInTheReadersNotation() {
        DecimalInput decimals = new DecimalInput();
        LocaleContextHolder.setLocale(Languages.DUTCH);
        assertThat(decimals.exact(new BigDecimal("1300000.10"))).isEqualTo("1.300.000,10");
        assertThat(decimals.exact(new BigDecimal("0.000001"))).isEqualTo("0,000001");
        assertThat(DecimalInput.read(decimals.exact(new BigDecimal("1234567.891234")), Languages.DUTCH))
                .contains(new BigDecimal("1234567.891234"));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(decimals.exact(new BigDecimal("1300000.10"))).isEqualTo("1,300,000.10");
        assertThat(decimals.exact(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(decimals.exact(null)).isEmpty();
    }
}
