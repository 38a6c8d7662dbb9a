package be.koers.reporting.document;

/** What a section holds, in reading order. */
public sealed interface Block permits Paragraph, KeyValues, Table, Chart {
}
