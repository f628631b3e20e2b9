package id.posyandu.rules.screening;

/** The blood-glucose measurements classed by the ILP juknis (Tables 23 and 24). */
public enum GlucoseTest {
  /** Gula darah sewaktu (GDS, random plasma glucose), mg/dL. */
  RANDOM("GDS", "gula darah sewaktu (GDS)", "random blood glucose"),
  /** Gula darah puasa (GDP, fasting plasma glucose), mg/dL. */
  FASTING("GDP", "gula darah puasa (GDP)", "fasting blood glucose"),
  /** Glucose two hours after a 75 g oral glucose load (TTGO), mg/dL. */
  OGTT_2H("TTGO", "gula darah 2 jam TTGO", "2-hour OGTT glucose"),
  /** Glycated haemoglobin, %. */
  HBA1C("HbA1c", "HbA1c", "HbA1c");

  private final String abbreviation;
  private final String nameId;
  private final String nameEn;

  GlucoseTest(String abbreviation, String nameId, String nameEn) {
    this.abbreviation = abbreviation;
    this.nameId = nameId;
    this.nameEn = nameEn;
  }

  /** The Indonesian abbreviation, e.g. {@code GDS}. */
  public String abbreviation() {
    return abbreviation;
  }

  String nameId() {
    return nameId;
  }

  String nameEn() {
    return nameEn;
  }
}
