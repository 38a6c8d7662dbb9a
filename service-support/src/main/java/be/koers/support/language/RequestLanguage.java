package be.koers.support.language;

import be.koers.support.problem.RequestRefused;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a download (a report, a CSV export) is written in, the same way in every service: Dutch (nl-BE), the
 * language of its readers, or English. A {@code lang} parameter decides; without it the first of nl and en in the
 * Accept-Language header; without either, Dutch.
 */
public final class RequestLanguage {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String PARAMETER_DESCRIPTION = "nl or en; without it the Accept-Language header decides, nl by default";

    private RequestLanguage() {
    }

    /** @throws RequestRefused 422 {@code lang} {@code supported-language} for a language other than nl or en */
    public static Locale resolve(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return supported(lang).orElseThrow(() -> new RequestRefused(HttpStatus.UNPROCESSABLE_ENTITY, "lang",
                    "supported-language", "Downloads are written in Dutch (nl) or English (en), not '" + lang + "'."));
        }
        return accepted(acceptLanguage);
    }

    private static Locale accepted(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DUTCH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // highest weight first
        } catch (IllegalArgumentException e) {
            return DUTCH; // a header no one can read is no reason to refuse a download
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> supported(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst().orElse(DUTCH);
    }

    /** nl, en and their regional variants such as nl-BE and en-GB. */
    private static Optional<Locale> supported(String tag) {
        return switch (Locale.forLanguageTag(tag.strip()).getLanguage()) {
            case "nl" -> Optional.of(DUTCH);
            case "en" -> Optional.of(ENGLISH);
            default -> Optional.empty();
        };
    }
}
