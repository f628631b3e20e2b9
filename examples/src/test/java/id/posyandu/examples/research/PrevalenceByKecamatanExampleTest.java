package id.posyandu.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrevalenceByKecamatanExampleTest {

  @Test
  void theDesignsIntervalsAreWiderThanTheNaiveOnesOnTheShippedSurvey() throws Exception {
    List<PrevalenceByKecamatanExample.Row> rows =
        PrevalenceByKecamatanExample.compute(Path.of("data", "survei-balita.csv"));
    assertThat(rows).extracting(PrevalenceByKecamatanExample.Row::kecamatan)
        .containsExactly("Ciawi", "Cisarua", "Megamendung");
    for (PrevalenceByKecamatanExample.Row r : rows) {
      double designWidth = r.design().upper().orElseThrow() - r.design().lower().orElseThrow();
      double naiveWidth = 100 * (r.naive().upper() - r.naive().lower());
      assertThat(designWidth).as(r.kecamatan()).isGreaterThan(naiveWidth);
      assertThat(r.children()).isBetween(200L, 230L);
    }
    StringWriter out = new StringWriter();
    PrevalenceByKecamatanExample.print(rows, new PrintWriter(out, true));
    assertThat(out.toString()).contains("Ciawi", "Wilson", "desain");
  }
}
