package id.posyandu.rules.anthro;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.Sex;
import id.posyandu.core.record.MeasurePosition;
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
    assertThat(haz.rounded()).isEqualTo(-2.41);
    assertThat(haz.isFlagged()).isFalse();

    NutritionAssessment status = Permenkes2020.standard().assess(child);
    assertThat(status.stunting().isPresent()).isTrue();
    assertThat(status.status(PermenkesIndex.PB_TB_U).labelId()).isEqualTo("Pendek");
    assertThat(status.status(PermenkesIndex.PB_TB_U).cutOff()).isEqualTo("-3 SD <= z < -2 SD");
  }
}
