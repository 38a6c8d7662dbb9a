package be.koers.reporting.document;

import org.apache.poi.ss.util.WorkbookUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SheetNamesTest {

    private final SheetNames names = new SheetNames();

    @Test
    void replacesForbiddenCharactersAndCutsAt31() {
        String name = names.claim("Indicatoren: nulmeting, streefwaarde en meting", "indicators");

        assertThat(name).isEqualTo("Indicatoren nulmeting, streefwa").hasSize(31);
        WorkbookUtil.validateSheetName(name);
    }

    @Test
    void numbersNamesThatDifferOnlyInCase() {
        assertThat(names.claim("Budget per doelstelling en per jaar 2026", "a")).isEqualTo("Budget per doelstelling en per");
        assertThat(names.claim("budget per doelstelling en per jaar 2027", "b")).isEqualTo("budget per doelstelling en (2)");
        assertThat(names.claim("BUDGET PER DOELSTELLING EN PER", "c")).isEqualTo("BUDGET PER DOELSTELLING EN (3)");
    }

    @Test
    void fallsBackWhenNothingOfTheWishIsLeft() {
        assertThat(names.claim(" ?*: ", "goal-budget")).isEqualTo("goal-budget");
        assertThat(names.claim("'quoted'", "x")).isEqualTo("quoted");
    }
}
