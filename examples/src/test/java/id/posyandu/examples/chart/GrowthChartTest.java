package id.posyandu.examples.chart;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.CurveAxis;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.ReferenceCurves;
import id.posyandu.rules.growth.GrowthLines;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class GrowthChartTest {

  private static final LocalDate BIRTH = LocalDate.of(2023, 1, 15);

  /** A girl who grows well, then flattens (T, 2T) and drops below the red line at 14 months. */
  static ChartChild girl() {
    double[][] monthsKg = {{0, 3.1}, {1, 4.0}, {2, 5.0}, {3, 5.8}, {4, 6.3}, {5, 6.7}, {6, 6.8},
        {7, 6.8}, {8, 6.7}, {10, 7.0}, {11, 7.0}, {12, 7.0}, {14, 7.2}, {16, 8.0}, {18, 8.9}};
    List<ChildMeasurement> ms = new ArrayList<>();
    for (double[] mk : monthsKg) {
      ms.add(new ChildMeasurement(BIRTH.plusMonths((long) mk[0]).plusDays(1),
          OptionalDouble.of(mk[1]), OptionalDouble.of(49 + 2.2 * mk[0]),
          Optional.of(MeasurePosition.RECUMBENT)));
    }
    return new ChartChild("A-017", Sex.FEMALE, BIRTH, ms);
  }

  static ChartChild boy() {
    return new ChartChild("B-002", Sex.MALE, BIRTH, List.of(
        ChildMeasurement.weighing(BIRTH.plusDays(1), 3.4),
        ChildMeasurement.weighing(BIRTH.plusMonths(1), 4.6)));
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void rendersHeadless() {
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
  }

  @Test
  void svgIsWellFormedAndHoldsTheCurvesThePointsTheLegendAndTheCredit() throws Exception {
    ChartChild child = girl();
    String svg = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID).svg(child);
    Document doc = parse(svg);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1200");
    // the red line and the orange line, thick, as curves
    assertThat(svg).contains("stroke-width:4.0;stroke:rgb(213,0,0)")
        .contains("stroke-width:4.0;stroke:rgb(255,143,0)");
    // one filled dot per weighing, and one in the legend
    assertThat(count(svg, "fill:rgb(13,27,76);stroke:none"))
        .isEqualTo(child.measurements().size() + 1);
    assertThat(svg).contains("A-017", "Anak Perempuan", "Garis merah (\u22122 SD)",
        "Garis oranye (+1 SD)", "Umur (bulan)", "Berat badan (kg)", "2T: tidak naik",
        "WHO Child Growth Standards 2006; Buku KIA 2023", ">+3<", ">\u22123<");
  }

  @Test
  void chartDrawsTheLinesAtTheZOfGrowthLines() {
    ChartChild child = girl();
    XYPlot plot = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID).chart(child).getXYPlot();
    XYSeriesCollection lines = (XYSeriesCollection) plot.getDataset(1);
    double red = GrowthLines.kms2021().z(GrowthLines.Line.RED);
    double orange = GrowthLines.kms2021().z(GrowthLines.Line.ORANGE);
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < lines.getSeriesCount(); i++) {
      keys.add(lines.getSeriesKey(i));
    }
    assertThat(keys).containsExactlyInAnyOrder("z-3.0", "z0.0", "z2.0", "z3.0", "z" + orange,
        "z" + red);
    // the red curve passes through WHO's -2 SD weight at birth
    assertThat(lines.getSeries("z" + red).getY(0).doubleValue()).isEqualTo(ReferenceCurves
        .standard().value(Indicator.WEIGHT_FOR_AGE, CurveAxis.AGE_DAYS, Sex.FEMALE, 0, red)
        .orElseThrow());
  }

  @Test
  void marksTTwoTAndBelowTheRedLineAsGrowthMonitorJudgesThem() {
    GrowthChart chart = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID);
    ChartChild child = girl();
    List<GrowthChart.Point> pts = chart.points(child, CurveAxis.AGE_DAYS).points();
    assertThat(pts).hasSize(15);
    // months 4.. (index 4): 5.8 -> 6.3 kg is below the KBM; then flat: 2T
    assertThat(pts.get(4).t() || pts.get(4).twoT()).isTrue();
    assertThat(pts.get(6).twoT()).isTrue();
    assertThat(pts.get(0).t() || pts.get(0).twoT() || pts.get(0).belowRed()).isFalse();
    // 7.2 kg at 14 months is below WHO's -2 SD for girls (7.4 kg)
    assertThat(pts.get(12).belowRed()).isTrue();
    assertThat(pts.get(14).belowRed()).isFalse();
  }

  @Test
  void renderingIsDeterministic() {
    ChartChild child = girl();
    String a = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID).svg(child);
    String b = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID).svg(girl());
    assertThat(b).isEqualTo(a);
  }

  @Test
  void pngDecodesAtTheChartSize() throws IOException {
    for (ChartIndicator ind : ChartIndicator.values()) {
      byte[] png = GrowthChart.of(ind, ChartLanguage.EN).png(girl());
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(img).as(ind.code()).isNotNull();
      assertThat(img.getWidth()).isEqualTo(GrowthChart.WIDTH);
      assertThat(img.getHeight()).isEqualTo(GrowthChart.HEIGHT);
    }
  }

  @Test
  void blueForBoysPinkForGirlsEnglishOnRequest() {
    String boy = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.EN).svg(boy());
    String girl = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.EN).svg(girl());
    assertThat(boy).contains("fill:rgb(21,101,192)").doesNotContain("fill:rgb(194,24,91)")
        .contains("Weight-for-age \u2014 Boy", "Red line (\u22122 SD)", "Age (months)");
    assertThat(girl).contains("fill:rgb(194,24,91)").doesNotContain("fill:rgb(21,101,192)");
  }

  @Test
  void lengthAndWeightForLengthChartsUseTheirAxes() {
    ChartChild child = girl();
    String lhfa = GrowthChart.of(ChartIndicator.LHFA, ChartLanguage.ID).svg(child);
    assertThat(lhfa).contains("Panjang/tinggi badan (cm)", "Umur (bulan)")
        .doesNotContain("Garis oranye");
    GrowthChart wfl = GrowthChart.of(ChartIndicator.WFL, ChartLanguage.ID);
    assertThat(wfl.axis(child)).isEqualTo(CurveAxis.LENGTH_CM);
    assertThat(wfl.svg(child)).contains("Panjang badan (cm)", "Garis oranye");
    assertThat(wfl.points(child, CurveAxis.LENGTH_CM).points()).hasSize(15);
  }

  @Test
  void measurementsOutsideTheChartAreCountedNotDrawn() {
    List<ChildMeasurement> ms = new ArrayList<>(girl().measurements());
    ms.add(ChildMeasurement.weighing(BIRTH.plusMonths(61), 16.0));
    ChartChild child = new ChartChild("A-017", Sex.FEMALE, BIRTH, ms);
    GrowthChart chart = GrowthChart.of(ChartIndicator.WFA, ChartLanguage.ID);
    assertThat(chart.points(child, CurveAxis.AGE_DAYS).outside()).isEqualTo(1);
    assertThat(chart.svg(child)).contains("1 di luar grafik, tidak digambar");
  }
}
