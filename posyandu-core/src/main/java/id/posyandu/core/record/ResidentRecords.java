package id.posyandu.core.record;

import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.validation.PlausibleMaternalAge;
import id.posyandu.core.validation.PlausibleMeasurePosition;
import id.posyandu.core.validation.PregnancyOfWoman;
import id.posyandu.core.validation.Severity;
import id.posyandu.core.validation.VisitsOfResident;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A resident together with their visits and pregnancies: the unit on which the cross-record checks
 * run, because they need facts from more than one record.
 *
 * <ul>
 *   <li>{@code VISIT.OTHER_RESIDENT}, {@code VISIT.BEFORE_BIRTH} (errors): every visit is of this
 *       resident and not before the birth date;</li>
 *   <li>{@code PREGNANCY.OTHER_RESIDENT}, {@code PREGNANCY.NOT_FEMALE} (errors);</li>
 *   <li>{@code PREGNANCY.MATERNAL_AGE} (warning): the mother was 10-55 years old at the start of
 *       the pregnancy;</li>
 *   <li>{@code ANTHRO.STANDING_UNDER_9_MONTHS}, {@code ANTHRO.RECUMBENT_FROM_24_MONTHS} (warnings):
 *       the measuring position is plausible for the age.</li>
 * </ul>
 * Build one per resident when validating a data set; each record is also validated on its own.
 */
@Value.Immutable
@VisitsOfResident
@PregnancyOfWoman
@PlausibleMaternalAge(payload = Severity.Warning.class)
@PlausibleMeasurePosition(payload = Severity.Warning.class)
public abstract class ResidentRecords {

  /** The resident. */
  @Valid
  public abstract Resident resident();

  /** The resident's visits. */
  public abstract List<@Valid Visit> visits();

  /**
   * {@link #visits()} as a JavaBeans getter, so that Jakarta Validation with its default
   * configuration cascades into the elements (path {@code visits[i]...}); Immutables cannot copy a
   * constraint on a type argument onto the generated field.
   */
  @SuppressWarnings("unused")
  private List<@Valid Visit> getVisits() {
    return visits();
  }

  /** The resident's pregnancies. */
  public abstract List<@Valid Pregnancy> pregnancies();

  /**
   * {@link #pregnancies()} as a JavaBeans getter, so that Jakarta Validation with its default
   * configuration cascades into the elements (path {@code pregnancies[i]...}); Immutables cannot copy a
   * constraint on a type argument onto the generated field.
   */
  @SuppressWarnings("unused")
  private List<@Valid Pregnancy> getPregnancies() {
    return pregnancies();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResidentRecords}. */
  public static final class Builder extends ImmutableResidentRecords.Builder {}
}
