package be.koers.web.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One year of a budget line as the services write it: operating and investment expenditure and receipts in exact
 * euro, and staff in full-time equivalents. A figure left out (null) counts as zero, as the services count it.
 */
public record Figures(BigDecimal operatingExpenditure, BigDecimal operatingReceipts, BigDecimal investmentExpenditure,
                      BigDecimal investmentReceipts, BigDecimal staffFte) {

    /** The five figures in the order the grid shows them, by their names in the API. */
    public static final List<String> NAMES = List.of("operatingExpenditure", "operatingReceipts", "investmentExpenditure",
            "investmentReceipts", "staffFte");
    public static final String STAFF = "staffFte";

    static Figures of(Map<String, BigDecimal> byName) {
        return new Figures(byName.get(NAMES.get(0)), byName.get(NAMES.get(1)), byName.get(NAMES.get(2)),
                byName.get(NAMES.get(3)), byName.get(STAFF));
    }

    public BigDecimal get(String name) {
        return switch (name) {
            case "operatingExpenditure" -> operatingExpenditure;
            case "operatingReceipts" -> operatingReceipts;
            case "investmentExpenditure" -> investmentExpenditure;
            case "investmentReceipts" -> investmentReceipts;
            case STAFF -> staffFte;
            default -> throw new IllegalArgumentException("no budget figure " + name);
        };
    }

    /** Operating and investment expenditure together: what the element costs in a year. */
    public BigDecimal expenditure() {
        return orZero(operatingExpenditure).add(orZero(investmentExpenditure));
    }

    /** The same amounts, however many decimals each is written with (1300000.1 is 1300000.10). */
    boolean sameAs(Figures other) {
        return other != null && NAMES.stream().allMatch(name -> orZero(get(name)).compareTo(orZero(other.get(name))) == 0);
    }

    /** The figures that are not zero, by name, in the grid's order: what a line of history names. */
    public List<String> given() {
        return NAMES.stream().filter(name -> orZero(get(name)).signum() != 0).toList();
    }

    boolean none() {
        return NAMES.stream().map(this::get).allMatch(Objects::isNull);
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
