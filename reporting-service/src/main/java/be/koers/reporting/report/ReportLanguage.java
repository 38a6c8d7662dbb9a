package be.koers.reporting.report;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reports speak Dutch (nl-BE), the language of their readers, or English. */
@Component
class ReportLanguage {

    private final MessageSource messages;

    ReportLanguage() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("reports/messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // without this an English request on a Dutch server would get the server's language, not the default file
        source.setFallbackToSystemLocale(false);
        this.messages = source;
    }

    /** @param locale as {@link be.koers.support.language.RequestLanguage} chose it */
    ReportText text(Locale locale) {
        return new ReportText(messages, locale);
    }
}
