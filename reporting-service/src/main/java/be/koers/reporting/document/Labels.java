package be.koers.reporting.document;

import java.util.Locale;

/** The few words the renderers add themselves, in Dutch or, for any other language, English. */
record Labels(String overview, String administration, String generatedOn, String page, String pageOf,
              String table, String chart, String category) {

    private static final Labels DUTCH =
            new Labels("Overzicht", "Bestuur", "Gegenereerd op", "pagina", "van", "Tabel", "Grafiek", "Categorie");
    private static final Labels ENGLISH =
            new Labels("Overview", "Administration", "Generated on", "page", "of", "Table", "Chart", "Category");

    static Labels of(Locale locale) {
        return locale.getLanguage().equals("nl") ? DUTCH : ENGLISH;
    }
}
