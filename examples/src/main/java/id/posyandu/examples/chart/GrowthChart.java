package id.posyandu.examples.chart;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.Age;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.CurveAxis;
import id.posyandu.rules.anthro.ReferenceCurve;
import id.posyandu.rules.anthro.ReferenceCurves;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.growth.GrowthLines;
import id.posyandu.rules.growth.GrowthMonitor;
import id.posyandu.rules.growth.GrowthStatus;
import id.posyandu.rules.growth.LinePosition;
import id.posyandu.rules.growth.MonthlyGrowth;
import id.posyandu.rules.growth.WeightForAge;
import id.posyandu.rules.growth.Weighing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * A child's growth chart like the one in the Buku KIA: the child's measurements as points joined by
 * a line, over the WHO Child Growth Standards (2006) curves at -3, -2, 0, +1, +2 and +3 SD, with the
 * red line (garis merah) and the orange line (garis oranye) of the Buku KIA 2020+ chart at the
 * z-scores {@link GrowthLines} gives, and shaded bands: green between the red and the orange line,
 * yellow outside them up to +-3 SD. Blue for boys, pink for girls, as the Buku KIA prints them.
 *
 * <p>The weight-for-age chart (0-60 months, the default) marks the weighings that need a referral as
 * {@link GrowthMonitor} judges them: T (weight not up), 2T, below the red line, above the orange
 * line. The length/height-for-age chart (0-60 months) marks the points below the red line
 * (stunting, PB/U or TB/U &lt; -2 SD, Permenkes 2/2020); the weight-for-length/height chart marks
 * those below the red line (wasting) and above the orange line (possible risk of overweight, BB/PB
 * &gt; +1 SD, Permenkes 2/2020). It is drawn against length (45-110 cm) when the child's latest
 * length was measured before 24 months (731 days), against height (65-120 cm) otherwise.
 *
 * <p>Output: SVG (JFreeSVG) and PNG ({@link ImageIO}), {@value #WIDTH} x {@value #HEIGHT} pixels,
 * headless, deterministic (the same input gives the same SVG bytes). Texts in Indonesian by default,
 * in English with {@link ChartLanguage#EN}. Sources: WHO Child Growth Standards 2006 (curves,
 * {@link ReferenceCurves}); Buku KIA 2023 (lines and referrals).
 *
 * <pre>{@code
 * ChartChild child = new ChartChild("A-017", Sex.FEMALE, birth, measurements);
 * GrowthChart chart = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID);
 * Files.writeString(dir.resolve("A-017-wfa.svg"), chart.svg(child));
 * Files.write(dir.resolve("A-017-wfa.png"), chart.png(child));
 * }</pre>
 */
public final class GrowthChart {

  /** Width of the chart in pixels (SVG user units). */
  public static final int WIDTH = 1200;
  /** Height of the chart in pixels (SVG user units). */
  public static final int HEIGHT = 850;

  /** The last day of age of the WHO 2006 charts: WHO Anthro scores ages below 60 months. */
  static final int LAST_DAY = 1826;
  /** The last month of the age axis: the WHO 2006 standards cover 0-5 years. */
  static final int LAST_MONTH = 60;
  /**
   * From this age in days a child is measured standing and the length table gives way to the height
   * table: 731 days = 24 months (WHO Anthro, {@code adjust_lenhei}; WHO 2006 standards).
   */
  static final int STANDING_FROM_DAYS = id.posyandu.core.LifeStages.BADUTA_END_DAYS;
  /** Recumbent length minus standing height, cm (WHO 2006; WHO Anthro {@code adjust_lenhei}). */
  static final double LENGTH_MINUS_HEIGHT_CM = 0.7;
  /** The age curves are drawn through every this many days (and the day before 731 and 731). */
  private static final int DAY_STEP = 3;
  /** Room on the right of the plot for the curve labels, as a share of the x span. */
  private static final double LABEL_ROOM = 0.045;
  /** The fixed prefix of SVG ids, so that the SVG is the same bytes every time. */
  private static final String SVG_ID_PREFIX = "posyandu-chart";

  private static final String FONT = "SansSerif";
  private static final Color BOY = new Color(0x1565C0);
  private static final Color BOY_PAPER = new Color(0xE3F2FD);
  private static final Color GIRL = new Color(0xC2185B);
  private static final Color GIRL_PAPER = new Color(0xFCE4EC);
  private static final Color RED = new Color(0xD50000);
  private static final Color ORANGE = new Color(0xFF8F00);
  private static final Color MEDIAN = new Color(0x2E7D32);
  private static final Color OUTER = new Color(0x212121);
  private static final Color PLUS_TWO = new Color(0x757575);
  private static final Color GREEN_BAND = new Color(0xB5DDA4);
  private static final Color YELLOW_BAND = new Color(0xFFE98A);
  /** Opacity of the bands: light enough for the grid lines to show through. */
  private static final float BAND_ALPHA = 0.5f;
  private static final Color CHILD = new Color(0x0D1B4C);
  private static final Color MARK_T = new Color(0x6A1B9A);
  private static final Color GRID = new Color(0xBDBDBD);
  private static final Color YEAR_LINE = new Color(0x9E9E9E);
  private static final int MONTHS_PER_YEAR = 12;

  static {
    // rotated labels (the y axis title) as SVG text rather than glyph outlines; same pixels in PNG
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private final ChartIndicator indicator;
  private final ChartLanguage lang;
  private final ReferenceCurves curves = ReferenceCurves.standard();
  private final WhoGrowthStandards who = WhoGrowthStandards.standard();
  private final GrowthMonitor monitor = GrowthMonitor.standard();
  private final double redZ;
  private final double orangeZ;

  private GrowthChart(ChartIndicator indicator, ChartLanguage lang) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.lang = Objects.requireNonNull(lang, "lang");
    GrowthLines lines = monitor.lines();
    this.redZ = lines.z(GrowthLines.Line.RED);
    this.orangeZ = lines.z(GrowthLines.Line.ORANGE);
  }

  /** A chart of an indicator, with texts in a language. */
  public static GrowthChart of(ChartIndicator indicator, ChartLanguage lang) {
    return new GrowthChart(indicator, lang);
  }

  /** The indicator drawn. */
  public ChartIndicator indicator() {
    return indicator;
  }

  /** The language of the texts. */
  public ChartLanguage language() {
    return lang;
  }

  /** Whether this chart draws the orange line: weight-based charts only (BB/U, BB/PB). */
  private boolean hasOrangeLine() {
    return indicator != ChartIndicator.LHFA;
  }

  /** The chart as an SVG document (UTF-8 text). */
  public String svg(ChartChild child) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
    g.setDefsKeyPrefix(SVG_ID_PREFIX);
    g.setGeomDoubleConverter(GrowthChart::svgNumber);
    g.setTransformDoubleConverter(GrowthChart::svgNumber);
    chart(child).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    return g.getSVGDocument();
  }

  /** A coordinate in the SVG: 2 decimals (a hundredth of a pixel), the same in every locale. */
  private static String svgNumber(double v) {
    return BigDecimal.valueOf(Math.round(v * 100), 2).stripTrailingZeros().toPlainString();
  }

  /** The chart as an image of {@value #WIDTH} x {@value #HEIGHT} pixels. */
  public BufferedImage image(ChartChild child) {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      chart(child).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    } finally {
      g.dispose();
    }
    return img;
  }

  /** The chart as PNG bytes. */
  public byte[] png(ChartChild child) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image(child), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One point of the child, and the marks it carries. */
  record Point(double x, double y, boolean t, boolean twoT, boolean belowRed,
      boolean aboveOrange) {}

  /** The child's points on this chart, and how many measurements fell outside it. */
  record Points(List<Point> points, int outside) {}

  /**
   * The x axis of a child's chart: age, or for weight-for-length/height the length (lying) or the
   * height (standing) axis. Of the two, the one on which every measurement fits; when both or
   * neither fit, the one of the child's latest measurement (length before 731 days, height from
   * then), as WHO's weight-for-length (0-2 y) and weight-for-height (2-5 y) charts.
   */
  CurveAxis axis(ChartChild child) {
    if (indicator != ChartIndicator.WFL) {
      return CurveAxis.AGE_DAYS;
    }
    CurveAxis byAge = CurveAxis.LENGTH_CM;
    boolean[] fits = {true, true};
    List<CurveAxis> axes = List.of(CurveAxis.LENGTH_CM, CurveAxis.HEIGHT_CM);
    for (ChildMeasurement m : child.measurements()) {
      if (m.lengthOrHeightCm().isEmpty() || m.weightKg().isEmpty()) {
        continue;
      }
      byAge = ChronoUnit.DAYS.between(child.birthDate(), m.date()) >= STANDING_FROM_DAYS
          ? CurveAxis.HEIGHT_CM : CurveAxis.LENGTH_CM;
      for (int k = 0; k < 2; k++) {
        ReferenceCurve c = curves.curve(indicator.indicator(), axes.get(k), child.sex(), 0);
        double x = onAxis(child, m, axes.get(k));
        fits[k] &= x >= c.firstX() && x <= c.lastX();
      }
    }
    return fits[0] == fits[1] ? byAge : fits[0] ? CurveAxis.LENGTH_CM : CurveAxis.HEIGHT_CM;
  }

  /**
   * A length or height on a weight-for-length (lying) or weight-for-height (standing) axis: WHO's
   * 0.7 cm added to a height for the length axis, taken from a length for the height axis (WHO 2006:
   * the weight-for-height standard is the weight-for-length standard shifted by 0.7 cm). The position
   * is the one recorded; when none, lying before 731 days and standing from then.
   */
  private static double onAxis(ChartChild child, ChildMeasurement m, CurveAxis axis) {
    double v = m.lengthOrHeightCm().orElseThrow();
    boolean lying = m.position().map(p -> p == MeasurePosition.RECUMBENT)
        .orElse(ChronoUnit.DAYS.between(child.birthDate(), m.date()) < STANDING_FROM_DAYS);
    if (axis == CurveAxis.LENGTH_CM && !lying) {
      return v + LENGTH_MINUS_HEIGHT_CM;
    }
    if (axis == CurveAxis.HEIGHT_CM && lying) {
      return v - LENGTH_MINUS_HEIGHT_CM;
    }
    return v;
  }

  /** The child's points. */
  Points points(ChartChild child, CurveAxis axis) {
    return switch (indicator) {
      case WFA -> weightForAgePoints(child);
      case LHFA -> lengthForAgePoints(child);
      case WFL -> weightForLengthPoints(child, axis);
    };
  }

  private Points weightForAgePoints(ChartChild child) {
    List<Weighing> weighings = new ArrayList<>();
    for (ChildMeasurement m : child.measurements()) {
      m.weightKg().ifPresent(w -> weighings.add(new Weighing(m.date(), w)));
    }
    Map<LocalDate, MonthlyGrowth> assessed = new HashMap<>();
    for (MonthlyGrowth g : monitor.history(child.birthDate(), weighings,
        WeightForAge.who2006(child.sex(), child.birthDate()))) {
      g.weighing().ifPresent(w -> assessed.put(w.date(), g));
    }
    List<Point> points = new ArrayList<>();
    int outside = 0;
    for (Weighing w : weighings) {
      long days = ChronoUnit.DAYS.between(child.birthDate(), w.date());
      if (days > LAST_DAY) {
        outside++;
        continue;
      }
      MonthlyGrowth g = assessed.get(w.date());
      boolean twoT = g != null && g.twoT();
      boolean t = g != null && !twoT && g.status().orElse(null) == GrowthStatus.T;
      LinePosition p = g == null ? LinePosition.NOT_ASSESSED : g.linePosition();
      points.add(new Point(days / Age.DAYS_PER_MONTH, w.weightKg(), t, twoT,
          p == LinePosition.BELOW_RED_LINE, p == LinePosition.ABOVE_ORANGE_LINE));
    }
    return new Points(points, outside);
  }

  private AnthroResult anthro(ChartChild child, ChildMeasurement m) {
    AnthroInput.Builder b = AnthroInput.builder().sex(child.sex())
        .age(child.birthDate(), m.date());
    m.weightKg().ifPresent(b::weightKg);
    m.lengthOrHeightCm().ifPresent(b::lengthOrHeightCm);
    m.position().ifPresent(b::position);
    return who.anthro(b.build());
  }

  private Points lengthForAgePoints(ChartChild child) {
    List<Point> points = new ArrayList<>();
    int outside = 0;
    for (ChildMeasurement m : child.measurements()) {
      if (m.lengthOrHeightCm().isEmpty()) {
        continue;
      }
      AnthroResult r = anthro(child, m);
      ZScore z = r.lengthHeightForAge();
      if (!z.isComputed() || r.clenhei().isEmpty()) {
        outside++;
        continue;
      }
      long days = ChronoUnit.DAYS.between(child.birthDate(), m.date());
      points.add(new Point(days / Age.DAYS_PER_MONTH, r.clenhei().getAsDouble(), false, false,
          z.rounded() < redZ, false));
    }
    return new Points(points, outside);
  }

  private Points weightForLengthPoints(ChartChild child, CurveAxis axis) {
    List<Point> points = new ArrayList<>();
    int outside = 0;
    ReferenceCurve median = curves.curve(indicator.indicator(), axis, child.sex(), 0);
    for (ChildMeasurement m : child.measurements()) {
      if (m.lengthOrHeightCm().isEmpty() || m.weightKg().isEmpty()) {
        continue;
      }
      AnthroResult r = anthro(child, m);
      ZScore z = r.weightForLengthHeight();
      double x = onAxis(child, m, axis);
      if (!z.isComputed() || !(x >= median.firstX() && x <= median.lastX())) {
        outside++;
        continue;
      }
      points.add(new Point(x, m.weightKg().getAsDouble(), false, false, z.rounded() < redZ,
          z.rounded() > orangeZ));
    }
    return new Points(points, outside);
  }

  /** The chart, ready to draw. */
  public JFreeChart chart(ChartChild child) {
    Objects.requireNonNull(child, "child");
    CurveAxis axis = axis(child);
    Points pts = points(child, axis);
    Sex sex = child.sex();
    Color theme = sex == Sex.MALE ? BOY : GIRL;
    Color paper = sex == Sex.MALE ? BOY_PAPER : GIRL_PAPER;

    Map<Double, ReferenceCurve> byZ = new HashMap<>();
    for (double z : linesZ()) {
      byZ.put(z, curves.curve(indicator.indicator(), axis, sex, z));
    }
    ReferenceCurve low = byZ.get(-3.0);
    ReferenceCurve high = byZ.get(3.0);
    double xMin = axis == CurveAxis.AGE_DAYS ? 0 : low.firstX();
    double xMax = axis == CurveAxis.AGE_DAYS ? LAST_MONTH : low.lastX();

    XYPlot plot = new XYPlot();
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(theme);
    plot.setOutlineStroke(new BasicStroke(1.5f));
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainMinorGridlinesVisible(true);
    plot.setRangeMinorGridlinesVisible(true);
    plot.setDomainMinorGridlinePaint(new Color(0xEEEEEE));
    plot.setRangeMinorGridlinePaint(new Color(0xEEEEEE));
    plot.setDomainGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    // 0: bands
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
    bandRenderer.setAlpha(BAND_ALPHA);
    double upperNormal = hasOrangeLine() ? orangeZ : 3.0;
    addBand(bands, bandRenderer, "band-low", low, byZ.get(redZ), YELLOW_BAND);
    addBand(bands, bandRenderer, "band-normal", byZ.get(redZ), byZ.get(upperNormal), GREEN_BAND);
    if (hasOrangeLine()) {
      addBand(bands, bandRenderer, "band-high", byZ.get(orangeZ), high, YELLOW_BAND);
    }
    plot.setDataset(0, bands);
    plot.setRenderer(0, bandRenderer);

    // 1: the SD curves, the red and orange lines last so that they lie on top
    XYSeriesCollection lines = new XYSeriesCollection();
    XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
    lineRenderer.setDrawSeriesLineAsPath(true);
    int s = 0;
    for (double z : linesZ()) {
      ReferenceCurve c = byZ.get(z);
      XYSeries series = new XYSeries("z" + z, false, true);
      for (int i = 0; i < c.size(); i++) {
        if (drawn(c, i)) {
          series.add(x(c, i), c.value(i));
        }
      }
      lines.addSeries(series);
      lineRenderer.setSeriesPaint(s, lineColor(z));
      lineRenderer.setSeriesStroke(s, lineStroke(z));
      addCurveLabel(plot, c, xMax, z);
      s++;
    }
    plot.setDataset(1, lines);
    plot.setRenderer(1, lineRenderer);

    // 2: the child's line and points; 3: the marks
    XYSeriesCollection childData = new XYSeriesCollection();
    XYSeries childSeries = new XYSeries("child", false, true);
    XYSeriesCollection marks = new XYSeriesCollection();
    XYSeries tMarks = new XYSeries("T", false, true);
    XYSeries twoTMarks = new XYSeries("2T", false, true);
    XYSeries redMarks = new XYSeries("below-red", false, true);
    XYSeries orangeMarks = new XYSeries("above-orange", false, true);
    for (Point p : pts.points()) {
      childSeries.add(p.x(), p.y());
      if (p.t()) {
        tMarks.add(p.x(), p.y());
      }
      if (p.twoT()) {
        twoTMarks.add(p.x(), p.y());
      }
      if (p.belowRed()) {
        redMarks.add(p.x(), p.y());
      }
      if (p.aboveOrange()) {
        orangeMarks.add(p.x(), p.y());
      }
    }
    childData.addSeries(childSeries);
    XYLineAndShapeRenderer childRenderer = new XYLineAndShapeRenderer(true, true);
    childRenderer.setDrawSeriesLineAsPath(true);
    childRenderer.setSeriesPaint(0, CHILD);
    childRenderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND,
        BasicStroke.JOIN_ROUND));
    childRenderer.setSeriesShape(0, circle(9));
    plot.setDataset(2, childData);
    plot.setRenderer(2, childRenderer);

    marks.addSeries(redMarks);
    marks.addSeries(orangeMarks);
    marks.addSeries(tMarks);
    marks.addSeries(twoTMarks);
    XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true);
    markRenderer.setDrawOutlines(true);
    markRenderer.setUseOutlinePaint(false);
    markRenderer.setSeriesShape(0, circle(22));
    markRenderer.setSeriesShapesFilled(0, false);
    markRenderer.setSeriesPaint(0, RED);
    markRenderer.setSeriesOutlineStroke(0, new BasicStroke(3.5f));
    markRenderer.setSeriesShape(1, circle(22));
    markRenderer.setSeriesShapesFilled(1, false);
    markRenderer.setSeriesPaint(1, ORANGE);
    markRenderer.setSeriesOutlineStroke(1, new BasicStroke(3.5f));
    markRenderer.setSeriesShape(2, triangleBelow(16, false));
    markRenderer.setSeriesShapesFilled(2, true);
    markRenderer.setSeriesPaint(2, MARK_T);
    markRenderer.setSeriesShape(3, triangleBelow(16, true));
    markRenderer.setSeriesShapesFilled(3, true);
    markRenderer.setSeriesPaint(3, MARK_T);
    plot.setDataset(3, marks);
    plot.setRenderer(3, markRenderer);

    // axes
    NumberAxis xAxis = new TicksUpTo(xMax, axis == CurveAxis.AGE_DAYS
        ? lang.pick("Umur (bulan)", "Age (months)")
        : axis == CurveAxis.LENGTH_CM ? lang.pick("Panjang badan (cm)", "Length (cm)")
        : lang.pick("Tinggi badan (cm)", "Height (cm)"));
    xAxis.setRange(xMin, xMax + (xMax - xMin) * LABEL_ROOM);
    xAxis.setTickUnit(new NumberTickUnit(axis == CurveAxis.AGE_DAYS ? 2 : 5, integer()));
    xAxis.setMinorTickCount(axis == CurveAxis.AGE_DAYS ? 2 : 5);
    xAxis.setMinorTickMarksVisible(true);
    styleAxis(xAxis);
    plot.setDomainAxis(xAxis);

    double lowest = Math.min(min(low), minY(pts));
    double highest = Math.max(max(high), maxY(pts));
    double yStep = indicator == ChartIndicator.LHFA ? 5 : highest - lowest > 20 ? 2 : 1;
    double yMin = Math.floor(lowest / yStep) * yStep;
    double yMax = Math.ceil(highest / yStep) * yStep;
    NumberAxis yAxis = new NumberAxis(indicator.yLabel(lang));
    yAxis.setRange(yMin, yMax);
    yAxis.setTickUnit(new NumberTickUnit(yStep, integer()));
    yAxis.setMinorTickCount(indicator == ChartIndicator.LHFA ? 5 : (int) yStep);
    yAxis.setMinorTickMarksVisible(true);
    styleAxis(yAxis);
    plot.setRangeAxis(yAxis);
    if (axis == CurveAxis.AGE_DAYS) {
      addYears(plot, yMin);
    }

    plot.setFixedLegendItems(legend());

    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(paper);
    chart.setPadding(new RectangleInsets(8, 12, 8, 12));
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    TextTitle title = new TextTitle(title(sex), new Font(FONT, Font.BOLD, 22));
    title.setPaint(Color.WHITE);
    title.setBackgroundPaint(theme);
    title.setExpandToFitSpace(true);
    title.setPadding(new RectangleInsets(6, 8, 6, 8));
    chart.setTitle(title);
    TextTitle sub = new TextTitle(subtitle(child, pts), new Font(FONT, Font.PLAIN, 15));
    sub.setPaint(OUTER);
    sub.setPadding(new RectangleInsets(6, 4, 4, 4));
    chart.addSubtitle(sub);
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
    legend.setBackgroundPaint(paper);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
    chart.addSubtitle(legend);
    TextTitle credit = new TextTitle(lang.pick("Sumber", "Source")
        + ": WHO Child Growth Standards 2006; Buku KIA 2023", new Font(FONT, Font.PLAIN, 12));
    credit.setPosition(RectangleEdge.BOTTOM);
    credit.setHorizontalAlignment(HorizontalAlignment.RIGHT);
    credit.setPaint(new Color(0x424242));
    chart.addSubtitle(credit);
    return chart;
  }

  /**
   * The z of the curves drawn: WHO's chart lines -3, -2, 0, +1, +2, +3 SD (the Buku KIA chart has no
   * -1 SD line), with the red and orange lines in place of the SD curves they fall on; the red and
   * orange lines come last, so they are drawn on top.
   */
  private List<Double> linesZ() {
    List<Double> zs = new ArrayList<>();
    for (double z : ReferenceCurves.WHO_CHART_Z) {
      if (z != -1 && z != redZ && !(hasOrangeLine() && z == orangeZ)) {
        zs.add(z);
      }
    }
    if (hasOrangeLine()) {
      zs.add(orangeZ);
    }
    zs.add(redZ);
    return zs;
  }

  private boolean drawn(ReferenceCurve c, int i) {
    if (c.axis() != CurveAxis.AGE_DAYS) {
      return true;
    }
    int day = (int) c.x(i);
    return day % DAY_STEP == 0 || day == STANDING_FROM_DAYS - 1 || day == STANDING_FROM_DAYS
        || i == c.size() - 1;
  }

  private static double x(ReferenceCurve c, int i) {
    return c.axis() == CurveAxis.AGE_DAYS ? c.x(i) / Age.DAYS_PER_MONTH : c.x(i);
  }

  private void addBand(YIntervalSeriesCollection bands, DeviationRenderer r, String key,
      ReferenceCurve lower, ReferenceCurve upper, Color color) {
    YIntervalSeries band = new YIntervalSeries(key, false, true);
    for (int i = 0; i < lower.size(); i++) {
      if (drawn(lower, i)) {
        double lo = lower.value(i);
        double hi = upper.value(i);
        band.add(x(lower, i), (lo + hi) / 2, lo, hi);
      }
    }
    int index = bands.getSeriesCount();
    bands.addSeries(band);
    r.setSeriesFillPaint(index, color);
    r.setSeriesPaint(index, color);
  }

  private Color lineColor(double z) {
    if (z == redZ) {
      return RED;
    }
    if (hasOrangeLine() && z == orangeZ) {
      return ORANGE;
    }
    if (z == 0) {
      return MEDIAN;
    }
    return Math.abs(z) >= 3 ? OUTER : PLUS_TWO;
  }

  private Stroke lineStroke(double z) {
    if (z == redZ || hasOrangeLine() && z == orangeZ) {
      return new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    if (z == 0) {
      return new BasicStroke(2.2f);
    }
    return new BasicStroke(Math.abs(z) >= 3 ? 1.6f : 1.2f);
  }

  private void addCurveLabel(XYPlot plot, ReferenceCurve c, double xMax, double z) {
    int last = c.size() - 1;
    XYTextAnnotation a = new XYTextAnnotation(sd(z), xMax + (xMax - x(c, 0)) * 0.006,
        c.value(last));
    a.setTextAnchor(TextAnchor.HALF_ASCENT_LEFT);
    a.setFont(new Font(FONT, Font.BOLD, 14));
    a.setPaint(lineColor(z));
    plot.addAnnotation(a);
  }

  /** A line at every year of age, labelled at the foot of the plot ("1 th" = 1 tahun). */
  private void addYears(XYPlot plot, double yMin) {
    for (int year = 1; year * MONTHS_PER_YEAR <= LAST_MONTH; year++) {
      double month = year * (double) MONTHS_PER_YEAR;
      ValueMarker line = new ValueMarker(month, YEAR_LINE, new BasicStroke(1.6f));
      plot.addDomainMarker(line, Layer.BACKGROUND);
      XYTextAnnotation a = new XYTextAnnotation(year + lang.pick(" tahun", year == 1 ? " year"
          : " years"), month, yMin);
      a.setTextAnchor(TextAnchor.BOTTOM_CENTER);
      a.setBackgroundPaint(Color.WHITE);
      a.setFont(new Font(FONT, Font.BOLD, 13));
      a.setPaint(new Color(0x616161));
      plot.addAnnotation(a);
    }
  }

  private String sd(double z) {
    String n = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(Math.abs(z));
    return (z > 0 ? "+" : z < 0 ? "\u2212" : "") + n;
  }

  private LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    items.add(lineItem(lang.pick("Garis merah (", "Red line (") + sd(redZ) + " SD)", RED, 4f));
    if (hasOrangeLine()) {
      items.add(lineItem(lang.pick("Garis oranye (", "Orange line (") + sd(orangeZ) + " SD)",
          ORANGE, 4f));
    }
    items.add(lineItem("Median (0 SD)", MEDIAN, 2.2f));
    items.add(lineItem("\u22123 / +3 SD", OUTER, 1.6f));
    items.add(lineItem(hasOrangeLine() ? "+2 SD" : "+1 / +2 SD", PLUS_TWO, 1.2f));
    items.add(new LegendItem(hasOrangeLine()
        ? lang.pick("Antara garis merah dan oranye", "Between the red and orange lines")
        : lang.pick("Di atas garis merah (normal)", "Above the red line (normal)"),
        null, null, null, new Rectangle2D.Double(-7, -7, 14, 14), onWhite(GREEN_BAND)));
    String childLabel = indicator == ChartIndicator.LHFA
        ? lang.pick("Panjang/tinggi anak", "Child's length/height")
        : lang.pick("Berat badan anak", "Child's weight");
    LegendItem child = new LegendItem(childLabel,
        null, null, null, true, circle(9), true, CHILD, false, CHILD, new BasicStroke(1f), true,
        new Line2D.Double(-10, 0, 10, 0), new BasicStroke(2.5f), CHILD);
    items.add(child);
    items.add(markItem(lang.pick("Di bawah garis merah: rujuk", "Below the red line: refer"), RED));
    if (hasOrangeLine()) {
      items.add(markItem(lang.pick("Di atas garis oranye: rujuk", "Above the orange line: refer"),
          ORANGE));
    }
    if (indicator == ChartIndicator.WFA) {
      items.add(new LegendItem(lang.pick("T: berat badan tidak naik", "T: weight not up"), null,
          null, null, triangleBelow(14, false), MARK_T));
      items.add(new LegendItem(lang.pick("2T: tidak naik 2 kali berturut-turut",
          "2T: not up twice in a row"), null, null, null, triangleBelow(14, true), MARK_T));
    }
    return items;
  }

  private static LegendItem lineItem(String label, Color color, float width) {
    return new LegendItem(label, null, null, null, new Line2D.Double(-14, 0, 14, 0),
        new BasicStroke(width), color);
  }

  private static LegendItem markItem(String label, Color color) {
    return new LegendItem(label, null, null, null, true, circle(14), false, color, true, color,
        new BasicStroke(3f), false, new Line2D.Double(), new BasicStroke(1f), color);
  }

  private String title(Sex sex) {
    String what = switch (indicator) {
      case WFA -> lang.pick("Berat Badan menurut Umur (BB/U)", "Weight-for-age");
      case LHFA -> lang.pick("Panjang/Tinggi Badan menurut Umur (PB/U, TB/U)",
          "Length/height-for-age");
      case WFL -> lang.pick("Berat Badan menurut Panjang/Tinggi Badan (BB/PB, BB/TB)",
          "Weight-for-length/height");
    };
    return lang.pick("Grafik ", "") + what + " \u2014 " + lang.pick(
        sex == Sex.MALE ? "Anak Laki-laki" : "Anak Perempuan", sex == Sex.MALE ? "Boy" : "Girl");
  }

  private String subtitle(ChartChild child, Points pts) {
    StringBuilder sb = new StringBuilder(lang.pick("Anak: ", "Child: ")).append(child.label())
        .append("   \u00b7   ").append(lang.pick("Tanggal lahir: ", "Born: "))
        .append(child.birthDate()).append("   \u00b7   ")
        .append(pts.points().size()).append(lang.pick(" pengukuran", " measurements"));
    if (pts.outside() > 0) {
      sb.append(" (").append(pts.outside()).append(lang.pick(" di luar grafik, tidak digambar)",
          " outside the chart, not drawn)"));
    }
    return sb.toString();
  }

  private static void styleAxis(NumberAxis a) {
    a.setLabelFont(new Font(FONT, Font.BOLD, 15));
    a.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
    a.setLabelPaint(OUTER);
    a.setTickLabelPaint(OUTER);
    a.setAutoRangeIncludesZero(false);
  }

  private static DecimalFormat integer() {
    return new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }

  private static double min(ReferenceCurve c) {
    double m = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.size(); i++) {
      m = Math.min(m, c.value(i));
    }
    return m;
  }

  private static double max(ReferenceCurve c) {
    double m = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < c.size(); i++) {
      m = Math.max(m, c.value(i));
    }
    return m;
  }

  private static double minY(Points p) {
    return p.points().stream().mapToDouble(Point::y).min().orElse(Double.POSITIVE_INFINITY);
  }

  private static double maxY(Points p) {
    return p.points().stream().mapToDouble(Point::y).max().orElse(Double.NEGATIVE_INFINITY);
  }

  /** A number axis whose ticks stop at the end of the data, leaving room for the curve labels. */
  private static final class TicksUpTo extends NumberAxis {
    private static final long serialVersionUID = 1L;
    private final double last;

    TicksUpTo(double last, String label) {
      super(label);
      this.last = last;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
        RectangleEdge edge) {
      List<?> all = super.refreshTicks(g2, state, dataArea, edge);
      List<Object> kept = new ArrayList<>();
      for (Object t : all) {
        if (!(t instanceof NumberTick n) || n.getValue() <= last + 1e-9) {
          kept.add(t);
        }
      }
      return kept;
    }
  }

  /** A band's colour as it shows on the white plot. */
  private static Color onWhite(Color c) {
    return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
  }

  private static int mix(int channel) {
    return Math.round(channel * BAND_ALPHA + 255 * (1 - BAND_ALPHA));
  }

  private static Shape circle(double d) {
    return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
  }

  /** A downward triangle (weight not up), drawn a little below the point; doubled for 2T. */
  private static Shape triangleBelow(double size, boolean twice) {
    Path2D.Double p = new Path2D.Double();
    double top = size * 0.45;
    int n = twice ? 2 : 1;
    for (int k = 0; k < n; k++) {
      double dx = twice ? (k == 0 ? -size * 0.55 : size * 0.55) : 0;
      p.moveTo(dx - size / 2, top);
      p.lineTo(dx + size / 2, top);
      p.lineTo(dx, top + size * 0.9);
      p.closePath();
    }
    return p;
  }
}
