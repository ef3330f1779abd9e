package org.perfdesk.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts for the Word and PDF documents, drawn on the server as PNG with the embedded
 * Noto Sans SC, so Chinese labels print the same on every machine (the pages draw their
 * charts in the browser with ECharts; a document needs a picture). Each chart keeps its
 * figures beside it in the document as a table: the picture is for looking, the table for
 * checking.
 */
public final class Charts {

	/** One series of bars: its name and one value per category (null for none). */
	public record Series(String name, List<BigDecimal> values) {

		public Series {
			values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
		}
	}

	/** The colours of the application's charts (perfdesk charts.js), in series order. */
	private static final Color[] COLOURS = { new Color(0x1d3f72), new Color(0xf0a23b), new Color(0x3d8b5a),
			new Color(0x9aa9bd) };

	/**
	 * Pixels per point of the PNG: twice the printed size, so the picture stays sharp in
	 * print.
	 */
	static final int SCALE = 2;

	private static final Font FONT = load();

	private Charts() {
	}

	/**
	 * A grouped bar chart, e.g. 预算数 against 支出数 per line of spending.
	 * @param widthPoints the printed width; the PNG has {@link #SCALE} pixels per point
	 */
	public static byte[] bars(String title, String valueAxis, List<String> categories, List<Series> series,
			int widthPoints, int heightPoints) {
		var data = new DefaultCategoryDataset();
		for (Series s : series) {
			if (s.values().size() != categories.size()) {
				throw new IllegalArgumentException(
						s.values().size() + " values for " + categories.size() + " categories");
			}
			for (int i = 0; i < categories.size(); i++) {
				BigDecimal v = s.values().get(i);
				data.addValue(v == null ? null : v, s.name(), categories.get(i));
			}
		}
		JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true,
				false, false);
		theme().apply(chart);
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xd7dee8));
		plot.setRangeGridlineStroke(new BasicStroke(0.8f));
		plot.setOutlineVisible(false);
		// room above the tallest bar for its label
		plot.getRangeAxis().setUpperMargin(0.12);
		CategoryAxis axis = plot.getDomainAxis();
		if (categories.size() > 6) {
			axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		axis.setMaximumCategoryLabelLines(2);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLOURS[i % COLOURS.length]);
		}
		// the labels print as the tables beside the chart do: two decimals, 186.40 and
		// not 186.4
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", new java.text.DecimalFormat("#,##0.00")));
		renderer.setDefaultItemLabelsVisible(categories.size() * series.size() <= 12);
		renderer.setDefaultItemLabelFont(FONT.deriveFont(9f * SCALE));
		try (var out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, chart, widthPoints * SCALE, heightPoints * SCALE);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static StandardChartTheme theme() {
		var theme = new StandardChartTheme("PerfDesk");
		theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 13f * SCALE));
		theme.setLargeFont(FONT.deriveFont(11f * SCALE));
		theme.setRegularFont(FONT.deriveFont(10f * SCALE));
		theme.setSmallFont(FONT.deriveFont(9f * SCALE));
		return theme;
	}

	private static Font load() {
		try (InputStream in = Charts.class.getResourceAsStream("/fonts/NotoSansSC_400Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("the embedded font /fonts/NotoSansSC_400Regular.ttf is missing");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("the embedded font cannot be read", e);
		}
	}

}
