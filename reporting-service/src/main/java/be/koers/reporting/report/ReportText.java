package be.koers.reporting.report;

import org.springframework.context.MessageSource;

import java.util.Locale;

/** The words of a report in its language ({@code reports/messages*.properties}). */
final class ReportText {

    private final MessageSource messages;
    private final Locale locale;

    ReportText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    /** Arguments are passed as text: MessageFormat would print the year 2027 as "2,027". */
    String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return messages.getMessage(key, texts, locale);
    }

    String of(Enum<?> value) {
        return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, locale);
    }

    String yesNo(boolean value) {
        return get(value ? "label.yes" : "label.no");
    }
}
