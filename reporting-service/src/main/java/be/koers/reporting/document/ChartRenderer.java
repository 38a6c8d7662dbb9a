package be.koers.reporting.document;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.springframework.stereotype.Component;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Draws a {@link Chart} as a PNG with JFreeChart: white background, legend at the bottom, values formatted in the
 * reader's language. The title is left to the surrounding document, which shows it as a caption.
 */
@Component
public class ChartRenderer {

    /** Pixels per layout unit: twice the pixels keeps text sharp when the image is printed or zoomed. */
    public static final int SCALE = 2;

    /** More categories than this and their labels are slanted instead of wrapped. */
    private static final int MAX_UPRIGHT_CATEGORIES = 6;
    private static final Color TEXT = new Color(0x333333);
    private static final Color GRID = new Color(0xDDDDDD);

    /**
     * @param width  the layout width: fonts are sized for it
     * @param height the layout height
     * @return a PNG of {@link #SCALE} times width by {@link #SCALE} times height pixels
     */
    public byte[] png(Chart chart, Locale locale, int width, int height) {
        // opaque RGB rather than JFreeChart's ARGB: a PDF then needs no transparency mask, which some viewers grey out
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(SCALE, SCALE);
            draw(chart, Formats.of(locale)).draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static JFreeChart draw(Chart chart, Formats formats) {
        String axis = chart.valueAxisLabel();
        JFreeChart drawing = switch (chart.kind()) {
            case BAR -> ChartFactory.createBarChart(null, null, axis, categoryData(chart));
            case STACKED_BAR -> ChartFactory.createStackedBarChart(null, null, axis, categoryData(chart));
            case LINE -> ChartFactory.createLineChart(null, null, axis, categoryData(chart));
            case PIE -> new JFreeChart(new PiePlot<>(pieData(chart)));
        };
        theme().apply(drawing);
        if (drawing.getPlot() instanceof CategoryPlot plot) {
            styleCategoryPlot(plot, chart, formats);
        } else {
            stylePie((PiePlot<?>) drawing.getPlot(), chart, formats);
        }
        drawing.getLegend().setPosition(RectangleEdge.BOTTOM);
        drawing.getLegend().setFrame(BlockBorder.NONE);
        drawing.setPadding(new RectangleInsets(4, 4, 4, 4));
        return drawing;
    }

    private static DefaultCategoryDataset categoryData(Chart chart) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Series series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        return data;
    }

    private static DefaultPieDataset<String> pieData(Chart chart) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        List<Number> values = chart.series().get(0).values();
        for (int i = 0; i < chart.categories().size(); i++) {
            data.setValue(chart.categories().get(i), values.get(i));
        }
        return data;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("Koers", false);
        theme.setExtraLargeFont(ReportFonts.awt(Font.BOLD, 14));
        theme.setLargeFont(ReportFonts.awt(Font.BOLD, 11));
        theme.setRegularFont(ReportFonts.awt(Font.PLAIN, 11));
        theme.setSmallFont(ReportFonts.awt(Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        return theme;
    }

    private static void styleCategoryPlot(CategoryPlot plot, Chart chart, Formats formats) {
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        CategoryAxis categories = plot.getDomainAxis();
        categories.setMaximumCategoryLabelLines(3);
        categories.setCategoryMargin(0.25);
        if (chart.categories().size() > MAX_UPRIGHT_CATEGORIES) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }

        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setNumberFormatOverride(formats.axisFormat(chart.valueType()));
        if (chart.valueType() == ColumnType.INTEGER) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        values.setAxisLineVisible(false);

        CategoryItemRenderer renderer = plot.getRenderer();
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
        }
        if (renderer instanceof BarRenderer bars) {
            bars.setItemMargin(0.05);
            bars.setMaximumBarWidth(0.12);
        }
        if (renderer instanceof LineAndShapeRenderer lines) {
            lines.setDefaultShapesVisible(true);
            for (int i = 0; i < chart.series().size(); i++) {
                lines.setSeriesStroke(i, new BasicStroke(2.5f));
            }
        }
    }

    private static <K extends Comparable<K>> void stylePie(PiePlot<K> plot, Chart chart, Formats formats) {
        List<K> categories = plot.getDataset().getKeys();
        for (int i = 0; i < categories.size(); i++) {
            plot.setSectionPaint(categories.get(i), Palette.color(i));
        }
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {2}",
                formats.axisFormat(chart.valueType()), formats.numberFormat(ColumnType.PERCENT)));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setOutlineVisible(false);
        plot.setSectionOutlinesVisible(false);
    }
}
