package id.posyandu.rules.indicator;

/**
 * What an indicator counts (FHIR Measure's subject; DHIS2's tracked entity type): people,
 * households, pregnancies, Posyandu, or service requests.
 */
public enum SubjectType {
  /** A resident (warga), any life stage. */
  RESIDENT("Warga", "Resident"),
  /** A household (rumah tangga / keluarga). */
  HOUSEHOLD("Rumah tangga", "Household"),
  /** A pregnancy (kehamilan) of a resident. */
  PREGNANCY("Kehamilan", "Pregnancy"),
  /** A Posyandu itself (its sessions, kader). */
  POSYANDU("Posyandu", "Posyandu"),
  /** A service request (a case raised at a Posyandu for any SPM area). */
  SERVICE_REQUEST("Permintaan layanan", "Service request");

  private final String labelId;
  private final String labelEn;

  SubjectType(String labelId, String labelEn) {
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
