package be.koers.planning.api.tenant;

import be.koers.planning.api.shared.Title;

import java.util.Locale;

/** A name as Koers' readers see it, in Dutch and in English (the same text twice when it has no translation). */
public record LocalisedName(@Title String nl, @Title String en) {

    public LocalisedName {
        nl = nl == null ? null : nl.strip();
        en = en == null ? null : en.strip();
    }

    /** The name in the reader's language: Dutch for nl, English for any other. */
    public String in(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
