package id.posyandu.testkit;

import id.posyandu.rules.population.Population;
import id.posyandu.testkit.internal.SyntheticGenerator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * A deterministic synthetic population of one kabupaten (Kab. Bandung's code, 32.04, with made-up
 * kecamatan and desa/kelurahan), for tests, benchmarks and examples: the same parameters give an
 * equal {@link Population}, record for record.
 *
 * <p>What it generates: kecamatan, desa (first village digit 2) and kelurahan (1); Posyandu per
 * desa with registration numbers; 5-10 kader per Posyandu with SPM areas and trainings; households
 * with KK numbers and RT/RW; residents following the SP2020 age pyramid
 * ({@code age_pyramid_sp2020.tsv}), with NIKs that match sex and birth date (some infants without),
 * common Indonesian names, relation to the head and some disabilities; pregnancies of women 15-49 with
 * HPHT/HPL and outcomes; monthly Posyandu sessions where balita are weighed and measured with
 * attendance gaps, on WHO median trajectories shifted by individual z offsets with some faltering,
 * immunizations on a schedule ({@code synthetic_immunization_schedule.tsv}) mostly on time, vitamin A
 * in February and August; ANC contacts with TTD; adult and lansia screenings; and, at household home
 * visits, school enrolment, social assistance and DTSEN, house condition (RTLH), drinking water,
 * sanitation and disaster preparedness; and service requests with status histories. Rates are
 * reference data with their sources in {@code synthetic_rates.tsv} (most are [B] guesses).
 *
 * <p>No clock: the caller names the last month; every date is on or before its last day
 * ({@link #asOf()}). Every record passes {@code PosyanduValidator.asOf(asOf())} without errors.
 * Synthetic names and NIKs are still treated as personal data by the model (masked in
 * {@code toString()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SyntheticPopulation {
  /** The default seed. */
  public static final long DEFAULT_SEED = 20240101L;
  /** The default number of months of visits. */
  public static final int DEFAULT_MONTHS = 12;

  private final int residents;
  private final long seed;
  private final int months;
  private final YearMonth endMonth;
  private final OptionalInt posyanduCount;

  private SyntheticPopulation(Builder b) {
    this.residents = b.residents;
    this.seed = b.seed;
    this.months = b.months;
    this.endMonth = Objects.requireNonNull(b.endMonth, "endMonth");
    this.posyanduCount = b.posyanduCount;
  }

  /** A builder; {@link Builder#endMonth} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of residents. */
  public int residents() {
    return residents;
  }

  /** The seed. */
  public long seed() {
    return seed;
  }

  /** The number of months of Posyandu sessions, ending with {@link #endMonth()}. */
  public int months() {
    return months;
  }

  /** The last month of sessions. */
  public YearMonth endMonth() {
    return endMonth;
  }

  /** The as-of date of the data: the last day of {@link #endMonth()}. */
  public LocalDate asOf() {
    return endMonth.atEndOfMonth();
  }

  /** The number of Posyandu: given, or about one per 650 residents (at least one). */
  public int posyanduCount() {
    return posyanduCount.orElse(SyntheticGenerator.defaultPosyanduCount(residents));
  }

  /** Generates the population (single-threaded, deterministic). */
  public Population generate() {
    return SyntheticGenerator.generate(residents, seed, months, endMonth, posyanduCount());
  }

  /** Parameters of a {@link SyntheticPopulation}. */
  public static final class Builder {
    private int residents = 2_000;
    private long seed = DEFAULT_SEED;
    private int months = DEFAULT_MONTHS;
    private YearMonth endMonth;
    private OptionalInt posyanduCount = OptionalInt.empty();

    private Builder() {}

    /** The number of residents (1 to 10,000,000; default 2,000). */
    public Builder residents(int value) {
      if (value < 1 || value > 10_000_000) {
        throw new IllegalArgumentException("residents must be 1..10000000: " + value);
      }
      this.residents = value;
      return this;
    }

    /** The seed (default {@link #DEFAULT_SEED}). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Months of sessions (1 to 60; default 12). */
    public Builder months(int value) {
      if (value < 1 || value > 60) {
        throw new IllegalArgumentException("months must be 1..60: " + value);
      }
      this.months = value;
      return this;
    }

    /** The last month of sessions (required: there is no clock). */
    public Builder endMonth(YearMonth value) {
      this.endMonth = Objects.requireNonNull(value, "endMonth");
      return this;
    }

    /** The number of Posyandu (default: one per about 650 residents). */
    public Builder posyanduCount(int value) {
      if (value < 1 || value > 99 * 99 * 999) {
        throw new IllegalArgumentException("posyanduCount out of range: " + value);
      }
      this.posyanduCount = OptionalInt.of(value);
      return this;
    }

    /** The parameters. */
    public SyntheticPopulation build() {
      return new SyntheticPopulation(this);
    }
  }
}
