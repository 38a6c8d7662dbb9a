package be.koers.reporting.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentFormatTest {

    @Test
    void namesMediaTypeAndFileOfEachFormat() {
        assertThat(DocumentFormat.PDF.mediaType().toString()).isEqualTo("application/pdf");
        assertThat(DocumentFormat.XLSX.mediaType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(DocumentFormat.CSV.mediaType().toString()).isEqualTo("text/csv");
        assertThat(DocumentFormat.XLSX.fileName("goal-budget")).isEqualTo("goal-budget.xlsx");
    }
}
