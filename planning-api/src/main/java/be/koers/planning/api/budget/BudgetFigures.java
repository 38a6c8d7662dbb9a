package be.koers.planning.api.budget;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * One year of a budget line: operating and investment, expenditure and receipts in euro, and staff in FTE.
 * Missing amounts are zero.
 */
public record BudgetFigures(
        @Valid Euro operatingExpenditure,
        @Valid Euro operatingReceipts,
        @Valid Euro investmentExpenditure,
        @Valid Euro investmentReceipts,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal staffFte) {

    public BudgetFigures {
        operatingExpenditure = orZero(operatingExpenditure);
        operatingReceipts = orZero(operatingReceipts);
        investmentExpenditure = orZero(investmentExpenditure);
        investmentReceipts = orZero(investmentReceipts);
        staffFte = staffFte == null ? BigDecimal.ZERO : staffFte;
    }

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(operatingExpenditure.plus(other.operatingExpenditure),
                operatingReceipts.plus(other.operatingReceipts),
                investmentExpenditure.plus(other.investmentExpenditure),
                investmentReceipts.plus(other.investmentReceipts),
                staffFte.add(other.staffFte));
    }

    private static Euro orZero(Euro euro) {
        return euro == null || euro.amount() == null ? Euro.ZERO : euro;
    }
}
