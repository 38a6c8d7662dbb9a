package be.koers.web.input;

import be.koers.web.services.Problem;
import be.koers.web.services.ServiceRefusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Reads what was typed into a form's fields as the values a service takes, and remembers each field it could not
 * read. Those are refused the way a service refuses (field and rule, {@link #send}), so a form shows "type
 * a number such as 1.300.000,10" where a service would have said "too many decimals": the same place, the same look.
 * Everything else (required fields, limits, the plan's rules) the services decide.
 */
public final class FormInput {

    /** The rule of a number that is no number in the reader's notation. */
    public static final String DECIMAL_FORMAT = "decimal-format";
    /** The rule of a date that is no date (the browser's date field sends ISO dates). */
    public static final String DATE_FORMAT = "date-format";

    private final Locale language;
    private final List<Problem.Violation> unreadable = new ArrayList<>();

    public FormInput(Locale language) {
        this.language = language;
    }

    /** The number typed into {@code field}, null when nothing was typed or it could not be read. */
    public BigDecimal decimal(String field, String typed) {
        try {
            return DecimalInput.read(typed, language).orElse(null);
        } catch (NumberFormatException notANumber) {
            unreadable.add(new Problem.Violation(field, DECIMAL_FORMAT, null));
            return null;
        }
    }

    /** The ISO date ({@code 2031-12-18}) of a date field, null when none was given or it could not be read. */
    public LocalDate date(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            unreadable.add(new Problem.Violation(field, DATE_FORMAT, null));
            return null;
        }
    }

    /**
     * The id chosen in a select that becomes part of a service's address ({@code /elements/{elementId}/…}): there it
     * cannot be left empty, so an empty choice is refused here, as the service refuses a missing value in a body.
     */
    public String id(String field, String chosen) {
        if (chosen == null || chosen.isBlank()) {
            unreadable.add(new Problem.Violation(field, "not-null", null));
            return null;
        }
        return chosen.strip();
    }

    /** Text as typed, or null for an empty field (the services tell "required" from "empty" that way). */
    public static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /**
     * Sends what the form says and returns the service's answer, unless a field could not be read: then nothing is
     * sent. Either refusal is thrown in the form's own field names: what could not be read already has them, a
     * service's is renamed by {@code formField} ({@link FieldNames}).
     *
     * @throws ServiceRefusal what could not be read, or the service's refusal
     */
    public <T> T send(Supplier<T> send, UnaryOperator<String> formField) {
        requireReadable();
        try {
            return send.get();
        } catch (ServiceRefusal refusal) {
            throw FieldNames.renamed(refusal, formField);
        }
    }

    /** @throws ServiceRefusal naming every field that could not be read, if any */
    public void requireReadable() {
        if (!unreadable.isEmpty()) {
            throw new ServiceRefusal("web", new Problem(null, "Unreadable input", 422, null, null, null, List.copyOf(unreadable)));
        }
    }

    /** {@link #send} for a change that answers nothing the page needs. */
    public void change(Runnable change, UnaryOperator<String> formField) {
        send(() -> {
            change.run();
            return null;
        }, formField);
    }
}
