package id.posyandu.rules.screening.internal;

import id.posyandu.core.SpmArea;
import id.posyandu.rules.Finding;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.ReferralTarget;
import id.posyandu.rules.Severity;
import id.posyandu.rules.reference.ReferenceTable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Finding}s with explanations in one shape for every screening. */
public final class Findings {

  private static final LocalizedText NOT_ASSESSED_LABEL =
      LocalizedText.of("Tidak dapat dinilai", "Not assessed");

  private Findings() {}

  /**
   * The observation of a measured value against the band it fell in: "LiLA 22,1 cm (kriteria < 23,5
   * cm)" / "MUAC 22.1 cm (criterion < 23.5 cm)".
   */
  public static LocalizedText measured(
      String nameId, String nameEn, double value, BandTable t, Band band) {
    String unit = t.unit(band.group());
    String u = unit.isEmpty() ? "" : " " + unit;
    LocalizedText range = t.describe(band);
    return LocalizedText.of(
        nameId + " " + Interval.Num.id(value) + u + " (kriteria " + range.id() + ")",
        nameEn + " " + Interval.Num.en(value) + u + " (criterion " + range.en() + ")");
  }

  /**
   * An assessed finding whose outcome is {@code band}.
   *
   * @param observation what was measured against what threshold
   * @param reasoning further reasoning (may be empty texts)
   */
  public static Finding assessed(
      ReferenceTable t,
      String code,
      SpmArea area,
      Band band,
      Map<String, String> inputs,
      LocalizedText observation,
      LocalizedText reasoning) {
    return assessed(
        t,
        code,
        area,
        band.category(),
        band.label(),
        band.severity(),
        band.referral(),
        band.advice(),
        inputs,
        observation,
        reasoning);
  }

  /** An assessed finding with an outcome given part by part. */
  public static Finding assessed(
      ReferenceTable t,
      String code,
      SpmArea area,
      String category,
      LocalizedText label,
      Severity severity,
      Optional<ReferralTarget> referral,
      LocalizedText advice,
      Map<String, String> inputs,
      LocalizedText observation,
      LocalizedText reasoning) {
    String refId = referral.map(r -> " Rujuk ke " + r.label().id() + ".").orElse("");
    String refEn = referral.map(r -> " Refer to " + r.label().en() + ".").orElse("");
    String whyId = reasoning.id().isEmpty() ? "" : " " + capitalize(sentence(reasoning.id()));
    String whyEn = reasoning.en().isEmpty() ? "" : " " + capitalize(sentence(reasoning.en()));
    LocalizedText explanation =
        LocalizedText.of(
            capitalize(observation.id())
                + ": "
                + label.id()
                + "."
                + whyId
                + " Tindak lanjut: "
                + sentence(advice.id())
                + refId
                + " "
                + source(t, true),
            capitalize(observation.en())
                + ": "
                + label.en()
                + "."
                + whyEn
                + " Follow-up: "
                + sentence(advice.en())
                + refEn
                + " "
                + source(t, false));
    return base(t, code, area, inputs)
        .category(category)
        .categoryLabel(label)
        .severity(severity)
        .referral(referral)
        .explanation(explanation)
        .build();
  }

  /**
   * A finding that could not be assessed.
   *
   * @param missing the inputs that are missing, invalid or outside the target group
   * @param reason why, in words
   */
  public static Finding notAssessed(
      ReferenceTable t,
      String code,
      SpmArea area,
      Map<String, String> inputs,
      List<String> missing,
      LocalizedText reason) {
    LocalizedText explanation =
        LocalizedText.of(
            "Tidak dapat dinilai: " + sentence(reason.id()) + " " + source(t, true),
            "Not assessed: " + sentence(reason.en()) + " " + source(t, false));
    return base(t, code, area, inputs)
        .category(Finding.NOT_ASSESSED)
        .categoryLabel(NOT_ASSESSED_LABEL)
        .severity(Severity.NOT_ASSESSED)
        .explanation(explanation)
        .addAllMissingInputs(missing)
        .build();
  }

  private static Finding.Builder base(
      ReferenceTable t, String code, SpmArea area, Map<String, String> inputs) {
    Finding.Builder b =
        Finding.builder()
            .code(code)
            .area(area)
            .putAllInputs(inputs)
            .citation(t.citation())
            .referenceId(t.id());
    t.version().ifPresent(b::referenceVersion);
    return b;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String source(ReferenceTable t, boolean indonesian) {
    String v = t.version().map(x -> (indonesian ? " versi " : " version ") + x).orElse("");
    return (indonesian ? "Sumber: " : "Source: ")
        + t.citation()
        + " ("
        + (indonesian ? "tabel " : "table ")
        + t.id()
        + v
        + ").";
  }

  private static String sentence(String s) {
    String t = s.trim();
    return t.endsWith(".") ? t : t + ".";
  }
}
