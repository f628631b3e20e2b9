package id.posyandu.core.record;

import id.posyandu.core.SpmArea;
import id.posyandu.core.validation.PlausibleRange;
import org.immutables.value.Value;

/**
 * Child development screening with the KPSP (Kuesioner Pra Skrining Perkembangan; SDIDTK, Permenkes
 * 66/2014): the form's age and the number of "yes" answers. The result band is a rule.
 */
@Value.Immutable
public abstract class DevelopmentScreening implements ServiceRecord {

  /** Age of the KPSP form used, in months (3 to 72). */
  @PlausibleRange(min = "3", max = "72", unit = "months")
  public abstract int formAgeMonths();

  /** Number of "ya" answers, 0-10. */
  @PlausibleRange(min = "0", max = "10", unit = "answers")
  public abstract int yesAnswers();

  /** {@link SpmArea#KESEHATAN}. */
  @Override
  public final SpmArea area() {
    return SpmArea.KESEHATAN;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DevelopmentScreening}. */
  public static final class Builder extends ImmutableDevelopmentScreening.Builder {}
}
