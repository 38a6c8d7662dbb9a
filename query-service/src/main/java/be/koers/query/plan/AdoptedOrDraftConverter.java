package be.koers.query.plan;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Reads {@code ?view=adopted|draft} in any case. A value that is neither fails the conversion, which the shared
 * problem handlers answer with 400 {@code malformed-value} naming the parameter.
 */
@Component
class AdoptedOrDraftConverter implements Converter<String, AdoptedOrDraft> {

    @Override
    public AdoptedOrDraft convert(String source) {
        return AdoptedOrDraft.valueOf(source.strip().toUpperCase(Locale.ROOT));
    }
}
