package id.posyandu.rules.growth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.rules.Confidence;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KbmTableTest {

  /** Buku KIA 2023 p.54, KBM row 800, 900, 800, 600, 500, 400, 300, 200 (VERIFIED.md §1.1). */
  @ParameterizedTest(name = "month {0}: {1} g")
  @CsvSource({"1,800", "2,900", "3,800", "4,600", "5,500", "6,400", "7,300", "10,300", "11,200",
      "24,200", "59,200", "60,200"})
  void bukuKia2020Row(int month, int grams) {
    assertThat(KbmTable.bukuKia2020().kbmGrams(month)).hasValue(grams);
  }

  @Test
  void monthZeroAndBeyondSixtyHaveNoKbm() {
    assertThat(KbmTable.bukuKia2020().kbmGrams(0)).isEmpty();
    assertThat(KbmTable.bukuKia2020().kbmGrams(61)).isEmpty();
    assertThat(KbmTable.bukuKia2020().kbmGrams(-1)).isEmpty();
  }

  @Test
  void monthThreeIsTheBooksEightHundredNotTheSpreadsheetsSixHundred() {
    assertThat(KbmTable.bukuKia2020().kbmGrams(3)).hasValue(800);
  }

  @Test
  void variantsDifferOnlyAtTheDisputedBoundaries() {
    assertThat(KbmTable.bukuKia2020Alt12().kbmGrams(11)).hasValue(300);
    assertThat(KbmTable.bukuKia2020Alt12().kbmGrams(12)).hasValue(200);
    assertThat(KbmTable.kms2010().kbmGrams(7)).hasValue(400);
    assertThat(KbmTable.kms2010().kbmGrams(8)).hasValue(300);
    for (int m = 1; m <= 6; m++) {
      assertThat(KbmTable.kms2010().kbmGrams(m)).isEqualTo(KbmTable.bukuKia2020().kbmGrams(m));
    }
  }

  @Test
  void everyTableCitesItsSourceAndConfidence() {
    assertThat(KbmTable.bukuKia2020().citation().document()).contains("Buku KIA");
    assertThat(KbmTable.bukuKia2020().citation().confidence()).isEqualTo(Confidence.SECONDARY);
    assertThat(KbmTable.kms2010().citation().document()).contains("155/2010");
    assertThat(KbmTable.kms2010().citation().confidence()).isEqualTo(Confidence.BACKGROUND);
    assertThat(KbmTable.bukuKia2020().id()).isEqualTo("kbm.buku_kia_2020");
  }

  private static ReferenceTable table(String rows) {
    return ReferenceTable.parse("kbm.tsv", new StringReader(
        "# id: x\n# source: s\n# confidence: B\nfrom_month\tto_month\tkbm_g\n" + rows));
  }

  @Test
  void aGapIsRejectedOnLoad() {
    assertThatThrownBy(() -> KbmTable.from(table("1\t5\t500\n7\t60\t200\n")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("month 6");
  }

  @Test
  void anOverlapIsRejectedOnLoad() {
    assertThatThrownBy(() -> KbmTable.from(table("1\t10\t500\n10\t60\t200\n")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("twice");
  }

  @Test
  void aNonPositiveGainIsRejectedOnLoad() {
    assertThatThrownBy(() -> KbmTable.from(table("1\t60\t0\n")))
        .isInstanceOf(ReferenceDataException.class).hasMessageContaining("positive");
  }
}
