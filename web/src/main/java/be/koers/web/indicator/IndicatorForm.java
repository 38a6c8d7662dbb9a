package be.koers.web.indicator;

import be.koers.planning.api.indicator.Direction;
import be.koers.planning.api.indicator.Frequency;
import be.koers.planning.api.indicator.IndicatorKind;
import be.koers.web.input.DecimalInput;
import be.koers.web.input.FormInput;
import org.springframework.util.MultiValueMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The indicator forms as typed (define, describe, retarget share it): text fields, the baseline and a table of
 * target rows. Numbers are kept as typed, in the reader's notation, so a refused form shows them back unchanged.
 * A row with neither value nor bounds is no target; the form's row numbers therefore differ from the service's
 * {@code targets[i]}, which {@link #formField} translates back.
 */
record IndicatorForm(String name, String unit, String kind, String direction, String frequency, String ownerDepartment,
                     String dataSource, String baselineValue, String baselineDate, List<TargetRow> targets,
                     List<String> linkedElements, String reason) {

    /** Rows offered beyond the years of the legislature, for quarters or months. */
    private static final int SPARE_ROWS = 2;
    private static final Pattern TARGET_FIELD = Pattern.compile("^targets\\[(\\d+)](.*)$");
    private static final List<String> ROW_FIELDS = List.of("period", "value", "lower", "upper");

    IndicatorForm {
        targets = List.copyOf(targets);
        linkedElements = List.copyOf(linkedElements);
    }

    record TargetRow(String period, String value, String lower, String upper) {

        boolean empty() {
            return blank(value) && blank(lower) && blank(upper);
        }
    }

    /** A new indicator: a target row for each year of the legislature, yearly. */
    static IndicatorForm blank(int firstYear, int lastYear) {
        List<TargetRow> rows = new ArrayList<>(IntStream.rangeClosed(firstYear, lastYear)
                .mapToObj(year -> new TargetRow(Integer.toString(year), "", "", "")).toList());
        return new IndicatorForm("", "", "", Direction.HIGHER_IS_BETTER.name(), Frequency.YEARLY.name(), "", "", "", "",
                withSpareRows(rows), List.of(), "");
    }

    /** An indicator as it is, for the forms that change it; numbers written the reader's way. */
    static IndicatorForm of(IndicatorDetail indicator, DecimalInput decimals) {
        List<TargetRow> rows = new ArrayList<>(indicator.targets().stream().map(target -> new TargetRow(target.period(),
                decimals.exact(target.value()), decimals.exact(target.lower()), decimals.exact(target.upper()))).toList());
        IndicatorDetail.Baseline baseline = indicator.baseline();
        return new IndicatorForm(indicator.name(), indicator.unit(), indicator.kind().name(), indicator.direction().name(),
                indicator.frequency().name(), indicator.ownerDepartment(), orEmpty(indicator.dataSource()),
                baseline == null ? "" : decimals.exact(baseline.value()),
                baseline == null || baseline.date() == null ? "" : baseline.date().toString(),
                withSpareRows(rows), indicator.linkedElements(), "");
    }

    /** What the browser sent. Read by hand, not bound: one target value "1.300,5" bound to a list would be split at the comma. */
    static IndicatorForm from(MultiValueMap<String, String> sent) {
        List<String> periods = all(sent, "targetPeriod");
        List<String> values = all(sent, "targetValue");
        List<String> lowers = all(sent, "targetLower");
        List<String> uppers = all(sent, "targetUpper");
        List<TargetRow> rows = IntStream.range(0, periods.size()).mapToObj(row -> new TargetRow(periods.get(row),
                at(values, row), at(lowers, row), at(uppers, row))).toList();
        return new IndicatorForm(one(sent, "name"), one(sent, "unit"), one(sent, "kind"), one(sent, "direction"),
                one(sent, "frequency"), one(sent, "ownerDepartment"), one(sent, "dataSource"), one(sent, "baselineValue"),
                one(sent, "baselineDate"), rows, all(sent, "linkedElements"), one(sent, "reason"));
    }

    /** The same rows again after a refusal, with spare ones added should the typed rows have used them up. */
    IndicatorForm withSpareRows() {
        return new IndicatorForm(name, unit, kind, direction, frequency, ownerDepartment, dataSource, baselineValue,
                baselineDate, withSpareRows(new ArrayList<>(targets)), linkedElements, reason);
    }

    Indicators.Definition definition(FormInput input) {
        return new Indicators.Definition(FormInput.text(name), FormInput.text(unit), constant(IndicatorKind.class, kind),
                constant(Direction.class, direction), baseline(input), targets(input), constant(Frequency.class, frequency),
                FormInput.text(dataSource), FormInput.text(ownerDepartment), linkedElements);
    }

    Indicators.Description description() {
        return new Indicators.Description(FormInput.text(name), FormInput.text(unit), FormInput.text(dataSource),
                FormInput.text(ownerDepartment), FormInput.text(reason));
    }

    Indicators.Targets retargeting(FormInput input) {
        return new Indicators.Targets(baseline(input), targets(input), FormInput.text(reason));
    }

    /** No baseline when neither value nor date was given; the service names what is missing of a half one. */
    private IndicatorDetail.Baseline baseline(FormInput input) {
        if (blank(baselineValue) && blank(baselineDate)) {
            return null;
        }
        return new IndicatorDetail.Baseline(input.decimal("baseline.value", baselineValue), input.date("baseline.date", baselineDate));
    }

    private List<IndicatorDetail.Target> targets(FormInput input) {
        return IntStream.range(0, targets.size()).filter(row -> !targets.get(row).empty()).mapToObj(row -> {
            TargetRow target = targets.get(row);
            String field = "targets[" + row + "].";
            return new IndicatorDetail.Target(FormInput.text(target.period()), input.decimal(field + "value", target.value()),
                    input.decimal(field + "lower", target.lower()), input.decimal(field + "upper", target.upper()));
        }).toList();
    }

    /** The form's fields, by the names {@link #formField} gives the service's. */
    Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(List.of("name", "unit", "kind", "direction", "frequency",
                "ownerDepartment", "dataSource", "baseline.value", "baseline.date", "targets", "linkedElements", "reason"));
        IntStream.range(0, targets.size()).forEach(row -> ROW_FIELDS.forEach(field -> fields.add("targets[" + row + "]." + field)));
        return fields;
    }

    /**
     * The service's field as this form names it: {@code targets[i]} is the i-th row that was sent (its band rule is
     * shown at the lower bound), a linked element at the list, a whole baseline at its value.
     */
    UnaryOperator<String> formField() {
        List<Integer> sentRows = IntStream.range(0, targets.size()).filter(row -> !targets.get(row).empty()).boxed().toList();
        return field -> {
            Matcher target = TARGET_FIELD.matcher(field);
            if (target.matches()) {
                int index = Integer.parseInt(target.group(1));
                return index < sentRows.size() ? "targets[" + sentRows.get(index) + "]"
                        + (target.group(2).isEmpty() ? ".lower" : target.group(2)) : "targets";
            }
            if (field.startsWith("linkedElements")) {
                return "linkedElements";
            }
            return "baseline".equals(field) ? "baseline.value" : field;
        };
    }

    public boolean links(String elementId) {
        return linkedElements.contains(elementId);
    }

    private static List<TargetRow> withSpareRows(List<TargetRow> rows) {
        long spare = rows.stream().filter(row -> row.empty() && blank(row.period())).count();
        for (long i = spare; i < SPARE_ROWS; i++) {
            rows.add(new TargetRow("", "", "", ""));
        }
        return rows;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst().orElse(null);
    }

    private static String one(MultiValueMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> sent, String name) {
        List<String> values = sent.get(name);
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? values.get(index) : "";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
