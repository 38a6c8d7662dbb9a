package be.koers.web.budget;

import be.koers.web.input.FormInput;
import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A budget grid as typed: exact amounts per year in the reader's notation, and a year's refusal told at its cells. */
class BudgetGridTest {

    private static final List<Integer> YEARS = List.of(2032, 2033);

    @Test
    void readsEachYearsFiguresExactly() {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.add("2032.operatingExpenditure", "1,300,000.10");
        sent.add("2032.staffFte", "12.5");
        Map<Integer, Figures> figures = BudgetGrid.from(YEARS, sent).figures(new FormInput(Locale.ENGLISH));
        assertThat(figures.get(2032).operatingExpenditure()).isEqualTo(new BigDecimal("1300000.10"));
        assertThat(figures.get(2032).staffFte()).isEqualTo(new BigDecimal("12.5"));
        assertThat(figures.get(2033).none()).isTrue();
        assertThat(figures.get(2032).sameAs(new Figures(new BigDecimal("1300000.1"), BigDecimal.ZERO, null, null,
                new BigDecimal("12.50")))).isTrue();
    }

    @Test
    void refusesWhatItCannotReadBesideItsCellBeforeAnythingIsSent() {
        MultiValueMap<String, String> sent = new LinkedMultiValueMap<>();
        sent.add("2033.investmentReceipts", "1.300.000,10");
        FormInput input = new FormInput(Locale.ENGLISH);
        BudgetGrid.from(YEARS, sent).figures(input);
        assertThatThrownBy(input::requireReadable).isInstanceOfSatisfying(ServiceRefusal.class, refusal ->
                assertThat(refusal.problem().violations()).extracting(Problem.Violation::field, Problem.Violation::rule)
                        .containsExactly(tuple("2033.investmentReceipts", "decimal-format")));
    }

    @Test
    void aYearsRefusalIsToldAtItsCells() {
        assertThat(BudgetGrid.formField(2033).apply("figures.operatingExpenditure.amount")).isEqualTo("2033.operatingExpenditure");
        assertThat(BudgetGrid.formField(2033).apply("figures.staffFte")).isEqualTo("2033.staffFte");
        assertThat(BudgetGrid.formField(2033).apply("reason")).isEqualTo("reason");
    }
}
