package id.posyandu.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.posyandu.core.validation.PosyanduValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Fuzzes the CSV table reader of {@code posyandu validate} (issue 19): for each record type and
 * for an inferred type, any text is read row by row or refused as a bad file, never another
 * exception; read = accepted + rejected (the summary checks it); every problem has a documented
 * code and both messages.
 *
 * <p>Replays {@code src/test/resources/id/posyandu/examples/cli/CsvRecordsFuzzTestInputs/readsAnyTable/}
 * (seeded from {@code data/*.csv} and the tests' tables) under Surefire; {@code JAZZER_FUZZ=1
 * ./mvnw -pl examples test -Dtest=CsvRecordsFuzzTest} fuzzes.
 */
class CsvRecordsFuzzTest {

  private static final PosyanduValidator VALIDATOR = PosyanduValidator.asOf(
      LocalDate.of(2026, 10, 31));
  private static final String CODES =
      "(CSV\\.[A-Z_]+|VALIDATION\\.[A-Z0-9_.]+|(NIK|KK|KODE_WILAYAH|POSYANDU_NUMBER)\\.[A-Z_]+|"
          + "ID\\.LOOKS_PERSONAL)";

  @FuzzTest(maxDuration = "30s")
  void readsAnyTable(FuzzedDataProvider data) throws IOException {
    int which = data.consumeInt(0, CsvRecordType.values().length);
    String text = data.consumeRemainingAsString();
    Optional<CsvRecordType> type = which == CsvRecordType.values().length ? Optional.empty()
        : Optional.of(CsvRecordType.values()[which]);
    List<CsvRecords.RowResult> rows = new ArrayList<>();
    CsvRecords.Summary s;
    try (BufferedReader in = CsvFiles.skipBom(new BufferedReader(new StringReader(text)))) {
      s = CsvRecords.read(in, type, VALIDATOR, rows::add);
    } catch (CsvRecords.BadFile e) {
      assertThat(e.message(true)).isNotBlank();
      assertThat(e.message(false)).isNotBlank();
      return;
    }
    assertThat(s.read()).isEqualTo(rows.size());
    for (CsvRecords.RowResult r : rows) {
      assertThat(r.accepted() || r.problems().stream().anyMatch(CsvProblem::error)).isTrue();
      for (CsvProblem p : r.problems()) {
        assertThat(p.code()).matches(CODES);
        assertThat(p.format(Locale.ENGLISH)).isNotBlank();
      }
    }
  }
}
