package id.posyandu.rules.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BandTableTest {

  private static final String HEAD =
      "# id: t\n"
          + "# source: s\n"
          + "# confidence: B\n"
          + "# unit: cm\n"
          + "# domain: [0,)\n"
          + "group\trange\tcategory\tseverity\treferral\tlabel_id\tlabel_en\tadvice_id"
          + "\tadvice_en\n";

  private static BandTable table(String rows) {
    return BandTable.of(ReferenceTable.parse("t.tsv", new StringReader(HEAD + rows)));
  }

  private static String row(String range, String category) {
    return "G\t" + range + "\t" + category + "\tNORMAL\t\tl\tl\ta\ta\n";
  }

  @Test
  void intervalsParseAndContainTheirEnds() {
    Interval i = Interval.parse("[18.5,25.0]");
    assertThat(i.contains(18.5)).isTrue();
    assertThat(i.contains(25.0)).isTrue();
    assertThat(i.contains(25.01)).isFalse();
    assertThat(Interval.parse("(25,27]").contains(25)).isFalse();
    assertThat(Interval.parse("(,23.5)").contains(-1e9)).isTrue();
    assertThat(Interval.parse("(,)").contains(0)).isTrue();
    assertThat(Interval.parse("[140,160)").describe("mmHg", false).id())
        .isEqualTo("≥ 140 dan < 160 mmHg");
    assertThat(Interval.parse("[12,20)").describe("", true).en()).isEqualTo("12–19");
    assertThat(Interval.Num.id(23.5)).isEqualTo("23,5");
    assertThat(Interval.Num.en(140.0)).isEqualTo("140");
    for (String bad : new String[] {"", "[1,2", "1,2]", "[2,1)", "[1,1)", "[,1]x", "[ ,1]"}) {
      assertThatThrownBy(() -> Interval.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aCoveringTableFindsTheBandOfAValue() {
    BandTable t = table(row("[0,10)", "LOW") + row("[10,)", "HIGH"));
    assertThat(t.find("G", 9.99).orElseThrow().category()).isEqualTo("LOW");
    assertThat(t.find("G", 10).orElseThrow().category()).isEqualTo("HIGH");
    assertThat(t.find("G", -1)).isEmpty();
    assertThat(t.describe(t.find("G", 5).orElseThrow()).en()).isEqualTo("< 10 cm");
  }

  @Test
  void gapsOverlapsAndUncoveredDomainsAreRejectedNamingTheLine() {
    assertThatThrownBy(() -> table(row("[0,10)", "LOW") + row("(10,)", "HIGH")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("gap or overlap");
    assertThatThrownBy(() -> table(row("[0,10]", "LOW") + row("[10,)", "HIGH")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("t.tsv:");
    assertThatThrownBy(() -> table(row("[1,10)", "LOW") + row("[10,)", "HIGH")))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("does not cover");
    assertThatThrownBy(() -> table("G\t[0,)\tX\tMAYBE\t\tl\tl\ta\ta\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("MAYBE");
    assertThatThrownBy(() -> table("G\t[0,)\tX\tNOT_ASSESSED\t\tl\tl\ta\ta\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("NOT_ASSESSED");
    assertThatThrownBy(() -> table("G\t[0,)\tX\tREFER\tHOSPITAL\tl\tl\ta\ta\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("HOSPITAL");
  }
}
