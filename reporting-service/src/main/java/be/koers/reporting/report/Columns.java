package be.koers.reporting.report;

import be.koers.reporting.document.Column;
import be.koers.reporting.document.ColumnType;

import java.util.ArrayList;
import java.util.List;

/** Builds a table's columns: a stable key for CSV headers and a label in the report's language. */
final class Columns {

    private final ReportText text;
    private final List<Column> columns = new ArrayList<>();

    Columns(ReportText text) {
        this.text = text;
    }

    Columns add(String key, ColumnType type) {
        columns.add(new Column(key, text.get("label." + key), type));
        return this;
    }

    /** A column whose label is not one of the standard labels, such as a year. */
    Columns add(String key, String label, ColumnType type) {
        columns.add(new Column(key, label, type));
        return this;
    }

    List<Column> list() {
        return List.copyOf(columns);
    }
}
