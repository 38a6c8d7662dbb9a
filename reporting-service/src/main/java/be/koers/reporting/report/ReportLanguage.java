package be.koers.reporting.report;

import be.koers.support.problem.RequestRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reports speak Dutch (nl-BE), the language of their readers, or English. */
@Component
class ReportLanguage {

    static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private final MessageSource messages;

    ReportLanguage() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("reports/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // without this an English request on a Dutch server would get the server's language, not the default file
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    ReportText text(String lang) {
        return new ReportText(messages, locale(lang));
    }

    private static Locale locale(String lang) {
        return switch (lang == null ? "nl" : lang.toLowerCase(Locale.ROOT)) {
            case "nl", "nl-be" -> DUTCH;
            case "en" -> Locale.ENGLISH;
            default -> throw new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "lang", "supported-language",
                    "Reports are written in Dutch (nl) or English (en), not '" + lang + "'.");
        };
    }
}
