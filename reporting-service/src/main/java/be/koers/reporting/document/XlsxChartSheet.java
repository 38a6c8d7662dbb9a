package be.koers.reporting.document;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A chart as a native Excel chart next to the data it is drawn from, so readers can restyle it or reuse the numbers.
 * Colours follow the {@link Palette}, as in the PDF.
 */
final class XlsxChartSheet {

    private static final int CHART_COLUMNS = 10;
    private static final int CHART_ROWS = 22;

    private XlsxChartSheet() {
    }

    static void write(XSSFSheet sheet, Chart chart, XlsxStyles styles, Formats formats, Labels labels) {
        writeData(sheet, chart, styles, formats, labels);
        int firstChartColumn = chart.series().size() + 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                firstChartColumn, 0, firstChartColumn + CHART_COLUMNS, CHART_ROWS);
        XSSFChart excelChart = drawing.createChart(anchor);
        excelChart.setTitleText(chart.title());
        excelChart.setTitleOverlay(false);
        excelChart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        excelChart.plot(chart.kind() == ChartKind.PIE ? pie(excelChart, sheet, chart) : axes(excelChart, sheet, chart));
        XlsxCells.printOnPageWidth(sheet, true);
    }

    private static void writeData(XSSFSheet sheet, Chart chart, XlsxStyles styles, Formats formats, Labels labels) {
        List<String> headers = new ArrayList<>(List.of(labels.category()));
        List<ColumnType> types = new ArrayList<>(List.of(ColumnType.TEXT));
        chart.series().forEach(series -> {
            headers.add(series.name());
            types.add(chart.valueType());
        });
        XlsxCells.header(sheet.createRow(0), headers, types, styles);
        for (int i = 0; i < chart.categories().size(); i++) {
            Row row = sheet.createRow(i + 1);
            XlsxCells.write(row, 0, chart.categories().get(i), ColumnType.TEXT, styles, formats);
            for (int s = 0; s < chart.series().size(); s++) {
                XlsxCells.write(row, s + 1, chart.series().get(s).values().get(i), chart.valueType(), styles, formats);
            }
        }
        XlsxCells.sizeColumn(sheet, 0, headers.get(0), chart.categories());
        for (int s = 0; s < chart.series().size(); s++) {
            XlsxCells.sizeColumn(sheet, s + 1, headers.get(s + 1), chart.series().get(s).values().stream()
                    .map(value -> formats.cell(value, chart.valueType())).toList());
        }
    }

    private static XDDFChartData axes(XSSFChart excelChart, XSSFSheet sheet, Chart chart) {
        XDDFCategoryAxis categoryAxis = excelChart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = excelChart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        if (chart.valueAxisLabel() != null) {
            valueAxis.setTitle(chart.valueAxisLabel());
        }
        ChartTypes type = chart.kind() == ChartKind.LINE ? ChartTypes.LINE : ChartTypes.BAR;
        XDDFChartData data = excelChart.createData(type, categoryAxis, valueAxis);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(BarDirection.COL);
            if (chart.kind() == ChartKind.STACKED_BAR) {
                bars.setBarGrouping(BarGrouping.STACKED);
                bars.setOverlap((byte) 100); // without it Excel draws stacked bars side by side
            }
        }
        for (int s = 0; s < chart.series().size(); s++) {
            XDDFChartData.Series series = data.addSeries(categories(sheet, chart), values(sheet, chart, s));
            series.setTitle(chart.series().get(s).name(), new CellReference(sheet.getSheetName(), 0, s + 1, true, true));
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(Palette.rgb(s)));
            if (series instanceof XDDFLineChartData.Series line) {
                line.setLineProperties(new XDDFLineProperties(colour));
                line.setMarkerStyle(MarkerStyle.CIRCLE);
                line.setSmooth(false);
            } else {
                series.setFillProperties(colour);
            }
        }
        return data;
    }

    private static XDDFChartData pie(XSSFChart excelChart, XSSFSheet sheet, Chart chart) {
        XDDFChartData data = excelChart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series series = data.addSeries(categories(sheet, chart), values(sheet, chart, 0));
        series.setTitle(chart.series().get(0).name(), new CellReference(sheet.getSheetName(), 0, 1, true, true));
        for (int i = 0; i < chart.categories().size(); i++) {
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.rgb(i))));
        }
        return data;
    }

    private static XDDFDataSource<String> categories(XSSFSheet sheet, Chart chart) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(1, chart.categories().size(), 0, 0));
    }

    private static XDDFNumericalDataSource<Double> values(XSSFSheet sheet, Chart chart, int series) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(1, chart.categories().size(), series + 1, series + 1));
    }
}
