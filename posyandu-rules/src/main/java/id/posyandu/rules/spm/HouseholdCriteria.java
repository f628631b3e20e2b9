package id.posyandu.rules.spm;

import static id.posyandu.rules.spm.SixSpmCriteria.threshold;

import id.posyandu.core.SpmArea;
import id.posyandu.core.record.DisasterPreparedness;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.Sanitation;
import id.posyandu.rules.indicator.EvaluationContext;
import id.posyandu.rules.indicator.SubjectType;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The criteria on households: RTLH (Kemensos Rutilahu, Permensos 20/2017, VERIFIED.md 8.1 set 3),
 * drinking water (Permen PUPR 29/2018, VERIFIED.md 8.2), sanitation (INDICATORS.md PU-SANITASI,
 * VERIFIED.md 8.3), disaster information and preparedness (Permendagri 101/2018, VERIFIED.md 8.4),
 * DTSEN (Inpres 4/2025, VERIFIED.md 8.6). A household's state is its latest record on or before
 * the last day ({@link HouseholdSubject}).
 */
final class HouseholdCriteria {

  private static final SubjectType H = SubjectType.HOUSEHOLD;

  /** Roofs and walls of easily rotting material (Rutilahu, VERIFIED.md 8.1 set 3 [3P]). */
  static final Set<HouseCondition.Roof> ROTTING_ROOFS =
      EnumSet.of(HouseCondition.Roof.BAMBOO, HouseCondition.Roof.THATCH);
  /** Walls of easily rotting material (unplastered bamboo) (VERIFIED.md 8.1 set 3 [3P]). */
  static final Set<HouseCondition.Wall> ROTTING_WALLS = EnumSet.of(HouseCondition.Wall.BAMBOO);
  /** Sources drawn from the ground, to which the 10 m rule applies (VERIFIED.md 8.2 [3P]). */
  static final Set<DrinkingWater.Source> GROUND_SOURCES = EnumSet.of(DrinkingWater.Source.BOREHOLE,
      DrinkingWater.Source.PROTECTED_WELL, DrinkingWater.Source.PROTECTED_SPRING);
  /** Bought water: layak only with a protected source for cooking and MCK (VERIFIED.md 8.2). */
  static final Set<DrinkingWater.Source> BOUGHT =
      EnumSet.of(DrinkingWater.Source.BOTTLED, DrinkingWater.Source.REFILL);
  /** Preparedness measures that count (INDICATORS.md TRANTIB-SIAGA: evacuation plan, drill). */
  static final Set<DisasterPreparedness.Measure> PREPAREDNESS = EnumSet.of(
      DisasterPreparedness.Measure.FAMILY_PLAN, DisasterPreparedness.Measure.DRILL_JOINED,
      DisasterPreparedness.Measure.EVACUATION_ROUTE_KNOWN);

  private HouseholdCriteria() {}

  static void register(SixSpmCriteria.Builder b) {
    b.<HouseholdSubject>add("HOUSE_ASSESSED", H,
        "Kondisi rumah dinilai (cukup untuk menentukan RTLH)",
        "House condition assessed (enough to decide RTLH)",
        (h, c) -> house(h, c).map(x -> rtlh(x) || x.ownMck().isPresent()).orElse(false));
    b.<HouseholdSubject>add("RTLH", H, "Rumah tidak layak huni (kriteria Rutilahu Kemensos)",
        "Uninhabitable house (Kemensos Rutilahu criteria)",
        (h, c) -> house(h, c).map(HouseholdCriteria::rtlh).orElse(false));
    b.<HouseholdSubject>add("HOUSING_FOLLOW_UP", H,
        "Diusulkan/dirujuk untuk rehabilitasi rumah sejak penilaian",
        "Proposed/referred for house rehabilitation since the assessment",
        (h, c) -> h.latest(HouseCondition.class, c.lastDay(), x -> true)
            .map(d -> h.any(Referral.class, d.date(), c.lastDay(),
                r -> r.referralArea() == SpmArea.PERUMAHAN_RAKYAT)).orElse(false));
    b.<HouseholdSubject>add("WATER_ASSESSED", H, "Sumber air minum dinilai",
        "Drinking-water source assessed", (h, c) -> water(h, c).map(w ->
            !GROUND_SOURCES.contains(w.mainSource()) || w.distanceToSepticM().isPresent())
            .orElse(false));
    b.<HouseholdSubject>add("SAFE_WATER", H,
        "Air minum layak: sumber terlindung, >= 10 m dari septik (PUPR)",
        "Safe drinking water: protected source, >= 10 m from a septic tank (PUPR)",
        (h, c) -> water(h, c).map(HouseholdCriteria::safeWater).orElse(false));
    b.<HouseholdSubject>add("SANITATION_ASSESSED", H, "Sanitasi dinilai", "Sanitation assessed",
        (h, c) -> h.latestRecord(Sanitation.class, c.lastDay()) != null);
    b.<HouseholdSubject>add("PROPER_SANITATION", H,
        "Jamban sendiri leher angsa dengan tangki septik atau IPAL",
        "Own goose-neck latrine with septic tank or sewer", (h, c) -> {
          Sanitation s = h.latestRecord(Sanitation.class, c.lastDay());
          return s != null && properSanitation(s);
        });
    b.<HouseholdSubject>add("DISASTER_PRONE", H, "Tinggal di kawasan rawan bencana",
        "Living in a disaster-prone area", (h, c) -> {
          DisasterPreparedness d = h.latestRecord(DisasterPreparedness.class, c.lastDay());
          return d != null && d.inDisasterProneArea();
        });
    b.<HouseholdSubject>add("RISK_INFO_IN_PERIOD", H,
        "Menerima informasi rawan bencana dalam periode", "Received disaster-risk information in the period",
        (h, c) -> h.any(DisasterPreparedness.class, c.period().start(), c.lastDay(),
            DisasterPreparedness::riskInformationReceived));
    b.<HouseholdSubject>add("PREPARED_IN_PERIOD", H,
        "Kesiapsiagaan tercatat dalam periode (rencana keluarga, jalur evakuasi, simulasi)",
        "Preparedness recorded in the period (family plan, evacuation route, drill)",
        (h, c) -> h.any(DisasterPreparedness.class, c.period().start(), c.lastDay(),
            d -> d.measures().stream().anyMatch(PREPAREDNESS::contains)));
    b.<HouseholdSubject>add("DTSEN_CHECKED", H, "Status DTSEN diperiksa", "DTSEN status checked",
        (h, c) -> dtsen(h, c).isPresent());
    b.<HouseholdSubject>add("DTSEN_REGISTERED", H, "Terdaftar di DTSEN", "Registered in DTSEN",
        (h, c) -> dtsen(h, c).map(DtsenRegistration::registered).orElse(false));
  }

  static Optional<HouseCondition> house(HouseholdSubject h, EvaluationContext c) {
    return Optional.ofNullable(h.latestRecord(HouseCondition.class, c.lastDay()));
  }

  static Optional<DrinkingWater> water(HouseholdSubject h, EvaluationContext c) {
    return Optional.ofNullable(h.latestRecord(DrinkingWater.class, c.lastDay()));
  }

  static Optional<DtsenRegistration> dtsen(HouseholdSubject h, EvaluationContext c) {
    return Optional.ofNullable(h.latestRecord(DtsenRegistration.class, c.lastDay()));
  }

  /**
   * Rutilahu (Permensos 20/2017 via arsitur.com, VERIFIED.md 8.1 set 3 [3P]): any of damaged roof,
   * walls or structure; roof or walls of easily rotting material; earth or damaged floor; no MCK;
   * floor area below 7.2 m² per person.
   */
  static boolean rtlh(HouseCondition x) {
    Set<HouseCondition.Component> damaged = x.damagedComponents();
    return !damaged.isEmpty()
        || ROTTING_ROOFS.contains(x.roof()) || ROTTING_WALLS.contains(x.wall())
        || x.floor() == HouseCondition.Floor.EARTH
        || x.ownMck().map(m -> !m).orElse(false)
        || x.floorAreaM2() / Math.max(1, x.occupants())
            < threshold("rutilahu_min_floor_m2_per_person");
  }

  /**
   * Permen PUPR 29/2018 access (VERIFIED.md 8.2): a protected source (bought water only when the
   * cooking and washing source is protected), and a well or spring at least 10 m from a septic tank
   * or pit. The 60 L/person/day quantity is not in the model and is not tested.
   */
  static boolean safeWater(DrinkingWater w) {
    DrinkingWater.Source s = w.mainSource();
    if (BOUGHT.contains(s)) {
      return w.cookingAndWashingSource().map(DrinkingWater.Source::isProtected).orElse(false);
    }
    if (!s.isProtected()) {
      return false;
    }
    return !GROUND_SOURCES.contains(s) || w.distanceToSepticM().orElse(0)
        >= threshold("well_min_distance_to_septic_m");
  }

  /** INDICATORS.md PU-SANITASI [B]: own goose-neck latrine to a septic tank (SPALD-S) or sewer (SPALD-T). */
  static boolean properSanitation(Sanitation s) {
    return s.toilet() == Sanitation.Toilet.GOOSE_NECK && s.use() == Sanitation.Use.OWN
        && (s.disposal() == Sanitation.Disposal.SEPTIC_TANK
            || s.disposal() == Sanitation.Disposal.SEWER_IPAL);
  }
}
