package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.rules.anthro.AnthroInput;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.Permenkes2020;
import id.posyandu.rules.anthro.PermenkesIndex;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.anthro.ZScore;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "z-scores" Java example, as a test: keep the two in step. */
class ReadmeZScoreExampleTest {

  @Test
  void readmeExampleRunsAndPrintsWhatTheReadmeSays() {
    AnthroInput child = AnthroInput.builder()
        .sex(Sex.FEMALE)
        .age(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 11, 20))   // whole days, as WHO
        .weightKg(8.4)
        .lengthOrHeightCm(76.0)
        .position(MeasurePosition.RECUMBENT)
        .build();

    AnthroResult who = WhoGrowthStandards.standard().anthro(child);
    ZScore haz = who.lengthHeightForAge();
    haz.rounded();      // -2.41, as WHO prints it
    haz.isFlagged();    // false

    NutritionAssessment status = Permenkes2020.standard().assess(child);
    status.stunting().isPresent();                       // true
    status.status(PermenkesIndex.PB_TB_U).labelId();     // "Pendek"
    status.status(PermenkesIndex.PB_TB_U).cutOff();      // "-3 SD <= z < -2 SD"

    // what the README's comments say
    assertThat(haz.rounded()).isEqualTo(-2.41);
    assertThat(haz.isFlagged()).isFalse();
    assertThat(status.stunting().isPresent()).isTrue();
    assertThat(status.status(PermenkesIndex.PB_TB_U).labelId()).isEqualTo("Pendek");
    assertThat(status.status(PermenkesIndex.PB_TB_U).cutOff()).isEqualTo("-3 SD <= z < -2 SD");
  }
}
