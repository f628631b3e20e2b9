package id.posyandu.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportLevel;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.spm.SixSpm;
import id.posyandu.rules.spm.SpmSubjects;
import id.posyandu.testkit.SyntheticPopulation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "Six-SPM indicators" Java example, as a test: keep the two in step. */
class ReadmeIndicatorExampleTest {

  @Test
  void readmeExampleRunsAndGivesWhatTheReadmeSays() {
    // your records: Population.builder().addAllResidents(...).addAllVisits(...)...build()
    // (SyntheticPopulation is in posyandu-testkit)
    Population population = SyntheticPopulation.builder().residents(5_000).seed(42)
        .endMonth(YearMonth.of(2026, 10)).build().generate();

    YearMonth month = YearMonth.of(2026, 10);
    LocalDate asOf = LocalDate.of(2026, 11, 5);          // records after it are not seen
    SixSpm spm = SixSpm.standard();                       // .inParallel() for all cores
    SpmSubjects subjects = SixSpm.subjects(population);  // views, made on demand

    IndicatorReport desa = spm.report(subjects, population.posyanduDesa(), month, asOf,
        ReportLevel.DESA);
    for (ReportRow row : desa.rows(SpmArea.KESEHATAN)) {
      row.indicator().id();     // "KES-DS"
      row.count();              // numerator and denominator
      row.percent();            // empty when the denominator is 0, never 0
      row.wilson95();           // 95 % confidence interval
      row.met();                // against the indicator's target, when it has one
    }

    String posyandu = population.posyanduId(population.posyandu().get(0).registrationNumber());
    List<FollowUp> notWeighed = spm.followUp(subjects, "KES-DS", posyandu, month, asOf);
    notWeighed.get(0).reasons();  // "tidak memenuhi: Ditimbang dalam periode ini (D) ..."

    // what the README promises
    assertThat(desa.rows(SpmArea.KESEHATAN)).extracting(r -> r.indicator().id())
        .contains("KES-DS", "KES-KS", "KES-STUNTING");
    ReportRow ds = desa.rows(SpmArea.KESEHATAN).stream()
        .filter(r -> r.indicator().id().equals("KES-DS")).findFirst().orElseThrow();
    assertThat(ds.percent()).isPresent();
    assertThat(ds.wilson95()).isPresent();
    assertThat(ds.met()).isPresent();
    assertThat(notWeighed).isNotEmpty().allSatisfy(f -> assertThat(f.needsService()).isTrue());
    assertThat(notWeighed.get(0).reasons()).anySatisfy(t ->
        assertThat(t.id()).startsWith("tidak memenuhi: Ditimbang dalam periode ini (D)"));
    assertThat(spm.inParallel().report(subjects, population.posyanduDesa(), month, asOf,
        ReportLevel.DESA).rows()).isEqualTo(desa.rows());
  }
}
