package be.koers.web.indicator;

import be.koers.web.input.FormInput;
import be.koers.web.language.Languages;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The target table as typed: empty rows are no targets, and the service's row numbers are told back as the form's. */
class IndicatorFormTest {

    private static IndicatorForm typed() {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.addAll("targetPeriod", List.of("2032", "2033", "", "2040"));
        sent.addAll("targetValue", List.of("1.300,5", "", "", "3.000"));
        sent.addAll("targetLower", List.of("", "", "", ""));
        sent.addAll("targetUpper", List.of("", "", "", ""));
        sent.add("name", "Bomen geplant");
        return IndicatorForm.from(sent);
    }

    @Test
    void sendsTheRowsWithAValueReadInTheReadersNotation() {
        Indicators.Definition definition = typed().definition(new FormInput(Languages.DUTCH));
        assertThat(definition.targets()).containsExactly(
                new IndicatorDetail.Target("2032", new BigDecimal("1300.5"), null, null),
                new IndicatorDetail.Target("2040", new BigDecimal("3000"), null, null));
        assertThat(definition.baseline()).isNull();
    }

    @Test
    void tellsTheServicesRowAsTheFormsRow() {
        IndicatorForm form = typed();
        assertThat(form.formField().apply("targets[1].period")).isEqualTo("targets[3].period");
        assertThat(form.formField().apply("targets[0].value")).isEqualTo("targets[0].value");
        assertThat(form.formField().apply("targets[1]")).isEqualTo("targets[3].lower");
        assertThat(form.formField().apply("targets[7].value")).isEqualTo("targets");
        assertThat(form.formField().apply("linkedElements[0]")).isEqualTo("linkedElements");
        assertThat(form.formField().apply("baseline")).isEqualTo("baseline.value");
        assertThat(form.formField().apply("name")).isEqualTo("name");
        assertThat(form.fields()).contains("targets[3].period", "baseline.date", "linkedElements");
    }
}
