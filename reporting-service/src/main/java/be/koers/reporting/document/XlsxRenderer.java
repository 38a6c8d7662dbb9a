package be.koers.reporting.document;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a {@link ReportDocument} as an Excel workbook with Apache POI: an overview sheet with the texts, then a sheet
 * per table and a sheet per chart, in reading order. Charts are native Excel charts over their data.
 */
@Component
public class XlsxRenderer {

    public byte[] render(ReportDocument report) {
        Labels labels = Labels.of(report.locale());
        Formats formats = Formats.of(report.locale());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator(report.administration());
            XlsxStyles styles = new XlsxStyles(workbook, report.locale());
            SheetNames names = new SheetNames();
            String overview = names.claim(labels.overview(), labels.overview());

            // named before the overview is written, as it links to them
            Map<Block, String> sheetNames = new LinkedHashMap<>();
            report.sections().stream().flatMap(section -> section.blocks().stream()).forEach(block -> {
                if (block instanceof Table table) {
                    sheetNames.put(block, names.claim(table.title(), table.id()));
                } else if (block instanceof Chart chart) {
                    sheetNames.put(block, names.claim(chart.title(), chart.id()));
                }
            });

            XlsxOverviewSheet.write(workbook.createSheet(overview), report, sheetNames, styles);
            sheetNames.forEach((block, name) -> {
                if (block instanceof Table table) {
                    XlsxTableSheet.write(workbook.createSheet(name), table, styles, formats);
                } else {
                    XlsxChartSheet.write(workbook.createSheet(name), (Chart) block, styles, formats, labels);
                }
            });

            ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
            workbook.write(xlsx);
            return xlsx.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
