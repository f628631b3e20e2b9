package id.posyandu.rules.screening;

/** The women screened for chronic energy deficiency (KEK) by mid-upper-arm circumference. */
public enum KekGroup {
  /** Ibu hamil (pregnant women): LiLA &lt; 23.5 cm, juknis ILP [C]. */
  PREGNANT("KES.BUMIL.KEK", "kek-pregnant.tsv"),
  /** Wanita usia subur (women of reproductive age, not pregnant): the same cut-off, [B]. */
  WUS("KES.WUS.KEK", "kek-wus.tsv");

  private final String code;
  private final String resource;

  KekGroup(String code, String resource) {
    this.code = code;
    this.resource = resource;
  }

  /** The finding code, e.g. {@code KES.BUMIL.KEK}. */
  public String code() {
    return code;
  }

  String resource() {
    return resource;
  }
}
