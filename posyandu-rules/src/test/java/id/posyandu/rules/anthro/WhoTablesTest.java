package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.Confidence;
import id.posyandu.rules.anthro.internal.LmsTable;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped WHO tables: figures byte-identical to WHO's, credited, and checked on load. */
class WhoTablesTest {

  private static final String DIR = "/id/posyandu/rules/anthro/";

  static Map<String, String> expectedSha256() throws IOException {
    try (InputStream in = WhoTablesTest.class.getResourceAsStream(DIR + "who-growth.sha256")) {
      Map<String, String> m = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] p = line.trim().split("\\s+");
          m.put(p[1], p[0]);
        }
      }
      return m;
    }
  }

  static java.util.stream.Stream<String> tables() throws IOException {
    return expectedSha256().keySet().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tables")
  void figuresAreByteIdenticalToWhosAndCredited(String file) throws Exception {
    byte[] all;
    try (InputStream in = WhoTablesTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(file + " shipped").isNotNull();
      all = in.readAllBytes();
    }
    String text = new String(all, StandardCharsets.UTF_8);
    String figures = text.lines().filter(l -> !l.startsWith("#"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertThat(sha256(figures.getBytes(StandardCharsets.UTF_8)))
        .as(file + ": rows below the metadata").isEqualTo(expectedSha256().get(file));
    ReferenceTable t = ReferenceTable.parse(file, new java.io.StringReader(text));
    assertThat(t.citation().confidence()).isEqualTo(Confidence.CONFIRMED);
    assertThat(t.citation().document()).contains("World Health Organization");
    assertThat(t.citation().locator()).contains("WorldHealthOrganization/anthro");
  }

  private static String sha256(byte[] b) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void tablesCoverWhosRanges() {
    LmsTable wfa = LmsTable.load(DIR + "who2006_weight_for_age.tsv", "age_days", 1);
    assertThat(wfa.firstKey()).isZero();
    assertThat(wfa.lastKey()).isEqualTo(1826);
    LmsTable ac = LmsTable.load(DIR + "who2006_arm_circumference_for_age.tsv", "age_days", 1);
    assertThat(ac.firstKey()).isEqualTo(91);
    LmsTable wfl = LmsTable.load(DIR + "who2006_weight_for_length.tsv", "length_cm", 10);
    assertThat(wfl.firstKey()).isEqualTo(450);
    assertThat(wfl.lastKey()).isEqualTo(1100);
    assertThat(wfl.m(wfl.at(1, 450))).isEqualTo(2.441);
    LmsTable wfh = LmsTable.load(DIR + "who2006_weight_for_height.tsv", "height_cm", 10);
    assertThat(wfh.firstKey()).isEqualTo(650);
    assertThat(wfh.lastKey()).isEqualTo(1200);
    LmsTable hfa = LmsTable.load(DIR + "who2007_height_for_age.tsv", "age_months", 1);
    assertThat(hfa.firstKey()).isEqualTo(60);
    assertThat(hfa.lastKey()).isEqualTo(229);
    LmsTable wfa07 = LmsTable.load(DIR + "who2007_weight_for_age.tsv", "age_months", 1);
    assertThat(wfa07.lastKey()).isEqualTo(121);
  }

  @Test
  void everyTableIsCitedByTheStandards() {
    assertThat(WhoGrowthStandards.standard().citations()).hasSize(13)
        .allSatisfy(c -> assertThat(c.confidence()).isEqualTo(Confidence.CONFIRMED));
    assertThat(WhoGrowthStandards.standard().citation(Indicator.WEIGHT_FOR_AGE).locator())
        .contains("weianthro.txt");
  }

  @Test
  void restrictedLmsOnlyForWeightBasedIndicators() {
    WhoGrowthStandards who = WhoGrowthStandards.standard();
    assertThat(who.restricted(Indicator.LENGTH_HEIGHT_FOR_AGE)).isFalse();
    assertThat(who.restricted(Indicator.HEAD_CIRCUMFERENCE_FOR_AGE)).isFalse();
    assertThat(who.restricted(Indicator.HEIGHT_FOR_AGE_2007)).isFalse();
    assertThat(who.restricted(Indicator.WEIGHT_FOR_AGE)).isTrue();
    assertThat(who.restricted(Indicator.WEIGHT_FOR_LENGTH_HEIGHT)).isTrue();
    assertThat(who.restricted(Indicator.BMI_FOR_AGE_2007)).isTrue();
    assertThat(who.restricted(Indicator.ARM_CIRCUMFERENCE_FOR_AGE)).isTrue();
  }

  @Test
  void aMissingDayIsRejectedOnLoad() {
    assertThatThrownBy(() -> LmsTable.load(DIR + "broken/gap.tsv", "age_days", 1))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("not contiguous");
  }

  @Test
  void aDuplicateDayIsRejectedOnLoad() {
    assertThatThrownBy(() -> LmsTable.load(DIR + "broken/duplicate.tsv", "age_days", 1))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("duplicate key");
  }

  @Test
  void anImplausibleSIsRejectedOnLoad() {
    assertThatThrownBy(() -> LmsTable.load(DIR + "broken/bad_s.tsv", "age_days", 1))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("'s'")
        .hasMessageContaining("expected range");
  }

  @Test
  void differentRangesPerSexAreRejectedOnLoad() {
    assertThatThrownBy(() -> LmsTable.load(DIR + "broken/sexes.tsv", "age_days", 1))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("different");
  }
}
