package be.koers.reporting.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Prints a {@link ReportDocument} as an A4 PDF with openhtmltopdf: a title block, the document title above and
 * "pagina 3 van 12" below every page, tables whose header row repeats on each page, charts as images, and Liberation
 * Sans embedded so euro signs and accents print everywhere. The PDF is tagged (PDF/UA) for screen readers.
 */
@Component
public class PdfRenderer {

    private final ChartRenderer charts;

    public PdfRenderer(ChartRenderer charts) {
        this.charts = charts;
    }

    public byte[] render(ReportDocument report) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withW3cDocument(ReportXhtml.of(report, charts), null)
                .useFont(ReportFonts::regular, ReportFonts.FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(ReportFonts::bold, ReportFonts.FAMILY, 700, FontStyle.NORMAL, true)
                // the charts are inline data: URIs; nothing else is ever fetched on behalf of a report
                .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                // tagged for screen readers, as public documents should be; it also keeps PDFBox from looking
                // for the standard 14 fonts, which are never used here
                .usePdfUaAccessibility(true)
                .withProducer("Koers")
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }
}
