package id.posyandu.rules.growth;

import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.Citation;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The growth-monitoring outcome of one child for one calendar month: whether the child was weighed,
 * the N/T/O/B status, 2T, the position against the chart's referral lines, and the referrals these
 * imply (Buku KIA 2023 p.54: "Rujuk bila BB tidak naik (T), di bawah garis merah, atau di atas garis
 * oranye").
 *
 * @param month the calendar month assessed
 * @param ageInMonths completed months of age at the weighing (at the month's last day if not weighed)
 * @param weighing the month's weighing (the last one of the month), empty when not weighed
 * @param previous the weighing compared with: last month's for N/T, the latest earlier one for O
 * @param status N, T, O or B; empty when not assessed (see {@code notAssessed})
 * @param notAssessed why there is no status, when there is none
 * @param gainGrams the gain since last month's weighing, in grams (N and T only)
 * @param kbmGrams the KBM applied, in grams (N and T only)
 * @param twoT T this month and T at last month's weighing (2T)
 * @param weightForAgeZ the weight-for-age z-score of the weighing, when computable
 * @param linePosition the position against the red and orange lines
 * @param belowLegacyBgm below the red line of the older KMS (about −3 SD); legacy reporting only
 * @param sources the KBM table and chart lines used
 */
public record MonthlyGrowth(
    YearMonth month,
    int ageInMonths,
    Optional<Weighing> weighing,
    Optional<Weighing> previous,
    Optional<GrowthStatus> status,
    Optional<NotAssessed> notAssessed,
    OptionalInt gainGrams,
    OptionalInt kbmGrams,
    boolean twoT,
    OptionalDouble weightForAgeZ,
    LinePosition linePosition,
    boolean belowLegacyBgm,
    List<Citation> sources) {

  /** Why a month has no N/T/O/B status. */
  public enum NotAssessed {
    /** Not weighed this month (not counted in D). */
    NOT_WEIGHED("Tidak ditimbang bulan ini", "Not weighed this month"),
    /** Older than the KBM table covers (60 months): not a balita. */
    OUTSIDE_AGE_RANGE("Di luar umur balita (lebih dari 60 bulan)",
        "Outside the under-five age range (over 60 months)");

    private final String labelId;
    private final String labelEn;

    NotAssessed(String labelId, String labelEn) {
      this.labelId = labelId;
      this.labelEn = labelEn;
    }

    /** Label in Indonesian. */
    public String labelId() {
      return labelId;
    }

    /** Label in English. */
    public String labelEn() {
      return labelEn;
    }
  }

  /** A reason to refer the child to the health worker (Buku KIA 2023 p.54; 2T: surveilans gizi). */
  public enum Referral {
    /** Weight not up (T). */
    WEIGHT_NOT_UP("BB tidak naik (T)", "Weight not up (T)"),
    /** Weight not up at two consecutive monthly weighings (2T). */
    TWO_T("BB tidak naik dua kali berturut-turut (2T)", "Weight not up twice in a row (2T)"),
    /** Below the garis merah. */
    BELOW_RED_LINE("Di bawah garis merah", "Below the red line"),
    /** Above the garis oranye. */
    ABOVE_ORANGE_LINE("Di atas garis oranye", "Above the orange line");

    private final String labelId;
    private final String labelEn;

    Referral(String labelId, String labelEn) {
      this.labelId = labelId;
      this.labelEn = labelEn;
    }

    /** Label in Indonesian. */
    public String labelId() {
      return labelId;
    }

    /** Label in English. */
    public String labelEn() {
      return labelEn;
    }
  }

  /** Checks that nothing is null and that exactly one of status and notAssessed is present. */
  public MonthlyGrowth {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(weighing, "weighing");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(notAssessed, "notAssessed");
    Objects.requireNonNull(gainGrams, "gainGrams");
    Objects.requireNonNull(kbmGrams, "kbmGrams");
    Objects.requireNonNull(weightForAgeZ, "weightForAgeZ");
    Objects.requireNonNull(linePosition, "linePosition");
    sources = List.copyOf(sources);
    if (status.isPresent() == notAssessed.isPresent()) {
      throw new IllegalArgumentException("exactly one of status and notAssessed must be present");
    }
  }

  /** Weighed this month: counted in D. */
  public boolean weighed() {
    return weighing.isPresent();
  }

  /** The referrals this month's result implies, most specific first; empty when none. */
  public List<Referral> referrals() {
    List<Referral> r = new ArrayList<>(3);
    if (twoT) {
      r.add(Referral.TWO_T);
    } else if (status.orElse(null) == GrowthStatus.T) {
      r.add(Referral.WEIGHT_NOT_UP);
    }
    if (linePosition == LinePosition.BELOW_RED_LINE) {
      r.add(Referral.BELOW_RED_LINE);
    } else if (linePosition == LinePosition.ABOVE_ORANGE_LINE) {
      r.add(Referral.ABOVE_ORANGE_LINE);
    }
    return List.copyOf(r);
  }

  /** Whether the child should be referred to the health worker. */
  public boolean needsReferral() {
    return !referrals().isEmpty();
  }

  /**
   * Why this outcome, in Indonesian and English: the weighings compared, the gain, the KBM and the
   * age it applies to, the line position, and the sources.
   */
  public LocalizedText explanation() {
    return new LocalizedText(explain(true), explain(false));
  }

  private String explain(boolean id) {
    Locale locale = id ? Locale.forLanguageTag("id") : Locale.ENGLISH;
    StringBuilder sb = new StringBuilder();
    if (weighing.isEmpty() || notAssessed.isPresent()) {
      NotAssessed na = notAssessed.orElseThrow();
      sb.append(id ? na.labelId() : na.labelEn()).append(" (").append(month).append(')');
      if (weighing.isEmpty()) {
        return sb.toString();
      }
      sb.append(". ");
    }
    Weighing w = weighing.get();
    sb.append(id ? "Ditimbang " : "Weighed ").append(w.date()).append(": ")
        .append(kg(w.weightKg(), locale)).append(id ? " kg, umur " : " kg, age ")
        .append(ageInMonths).append(id ? " bulan. " : " months. ");
    status.ifPresent(s -> {
      switch (s) {
        case B -> sb.append(id ? "Penimbangan pertama: B." : "First weighing: B.");
        case O -> sb.append(id
            ? "Bulan lalu tidak ditimbang, N/T tidak dinilai: O"
            : "Not weighed last month, N/T not judged: O")
            .append(previous.map(p -> (id ? " (penimbangan sebelumnya " : " (previous weighing ")
                + p.date() + ")").orElse("")).append('.');
        case N, T -> {
          Weighing p = previous.orElseThrow();
          int gain = gainGrams.orElseThrow();
          int kbm = kbmGrams.orElseThrow();
          sb.append(id ? "Bulan lalu " : "Last month ").append(kg(p.weightKg(), locale))
              .append(" kg (").append(p.date()).append("); ")
              .append(id ? "kenaikan " : "gain ").append(gain).append(" g ")
              .append(s == GrowthStatus.N ? ">=" : "<").append(" KBM ").append(kbm).append(" g")
              .append(ageInMonths == 0 ? (id
                  ? " (umur 0 bulan: Buku KIA tidak memuat KBM, dipakai KBM bulan 1)"
                  : " (age 0 months: the Buku KIA has no KBM, the month-1 KBM is used)") : "")
              .append(" → ").append(s.name()).append(twoT ? (id ? ", 2T (T dua kali berturut-turut)"
                  : ", 2T (T twice in a row)") : "").append('.');
        }
        default -> throw new IllegalStateException(s.name());
      }
    });
    sb.append(' ').append(id ? linePosition.labelId() : linePosition.labelEn());
    weightForAgeZ.ifPresent(z -> sb.append(" (BB/U z = ").append(num(z, locale)).append(')'));
    sb.append('.');
    List<Referral> refs = referrals();
    if (!refs.isEmpty()) {
      sb.append(id ? " Rujuk: " : " Refer: ");
      for (int i = 0; i < refs.size(); i++) {
        sb.append(i == 0 ? "" : "; ").append(id ? refs.get(i).labelId() : refs.get(i).labelEn());
      }
      sb.append('.');
    }
    sb.append(id ? " Sumber: " : " Sources: ");
    for (int i = 0; i < sources.size(); i++) {
      sb.append(i == 0 ? "" : "; ").append(sources.get(i));
    }
    sb.append('.');
    return sb.toString();
  }

  private static String kg(double v, Locale locale) {
    return new DecimalFormat("0.0##", DecimalFormatSymbols.getInstance(locale)).format(v);
  }

  private static String num(double v, Locale locale) {
    return new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale)).format(v);
  }
}
