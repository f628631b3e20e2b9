package id.posyandu.testkit.internal;

import id.posyandu.core.Age;
import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Address;
import id.posyandu.core.model.Disability;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.PregnancyOutcome;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.AdlScreening;
import id.posyandu.core.record.AncContact;
import id.posyandu.core.record.Anthropometry;
import id.posyandu.core.record.BloodGlucose;
import id.posyandu.core.record.BloodPressure;
import id.posyandu.core.record.DisasterPreparedness;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.NeglectAssessment;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.Sanitation;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.SkilasScreening;
import id.posyandu.core.record.SocialAssistance;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.rules.anthro.WhoGrowthStandards;
import id.posyandu.rules.population.Population;
import id.posyandu.rules.reference.ReferenceDataException;
import id.posyandu.rules.reference.ReferenceTable;
import id.posyandu.rules.schedule.ImmunizationSchedule;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The engine of {@link id.posyandu.testkit.SyntheticPopulation}: one seeded
 * {@link SplittableRandom} drawn in a fixed order, so the same parameters give the same records.
 * Rates come from {@link SyntheticRates}; growth follows the WHO 2006 LMS tables that
 * posyandu-rules ships for its z-scores (length-for-age, then weight-for-length/height at that
 * length), read from rules' own resources, not copied.
 */
public final class SyntheticGenerator {
  /** The kabupaten of the synthetic population: 32.04 (Kab. Bandung's code; made-up villages). */
  static final String KABUPATEN = "3204";
  /** Days in a year on average (Gregorian), to turn sampled ages in years into days. */
  private static final double DAYS_PER_YEAR = 365.2425;
  /** WHO: length (recumbent) below 731 days, height (standing) from 731 days. */
  private static final int STANDING_FROM_DAYS = id.posyandu.core.LifeStages.BADUTA_END_DAYS;
  /** Last completed month of a balita (0-59 months). */
  private static final int LAST_BALITA_MONTH = id.posyandu.core.LifeStages.BALITA_END_MONTHS - 1;
  /** Ages (years) of the life stages the generator serves; Permenkes 25/2014, 2/2020, SPM 2024. */
  private static final int ADULT_FROM = 15;
  private static final int LANSIA_FROM = id.posyandu.core.LifeStages.LANSIA_START_YEARS;
  private static final int REPRODUCTIVE_TO = 49;
  private static final int HEAD_FROM = 20;
  private static final int REMAJA_FROM = 12;
  private static final int SCHOOL_TO = 18;
  /** Naegele: 280 days from HPHT to HPL. */
  private static final int GESTATION_DAYS = Pregnancy.GESTATION_DAYS;
  /** Vitamin A: blue capsule 6-11 months, red 12-59 months (Permenkes 2/2020 supplementation). */
  private static final int VITAMIN_A_FROM_MONTHS = 6;
  private static final int VITAMIN_A_RED_FROM_MONTHS = 12;
  /** Standard floor area per person of a livable house: 7.2 m2 (Permen PUPR 29/2018). */
  private static final double LIVABLE_M2_PER_PERSON = 7.2;

  private static final String[] MALE_NAMES = {"Agus", "Budi", "Dedi", "Eko", "Hendra", "Joko",
      "Asep", "Ujang", "Dadang", "Rudi", "Ahmad", "Muhammad", "Rizki", "Fajar", "Yusuf", "Iwan",
      "Bambang", "Slamet", "Dimas", "Arif", "Andi", "Bayu", "Cecep", "Irfan", "Wahyu"};
  private static final String[] FEMALE_NAMES = {"Siti", "Sri", "Dewi", "Nur", "Rina", "Ani",
      "Euis", "Neng", "Lilis", "Ratna", "Fitri", "Putri", "Ayu", "Wulan", "Aisyah", "Nurul",
      "Yanti", "Tuti", "Dian", "Rini", "Indah", "Lestari", "Aminah", "Cucu", "Entin"};
  private static final String[] SECOND_NAMES = {"Saputra", "Sari", "Rahmawati", "Hidayat",
      "Nurhayati", "Setiawan", "Kurniawan", "Pratama", "Permana", "Suryana", "Lestari", "Wati",
      "Hermawan", "Gunawan", "Susanti", "Maulana", "Ramadhan", "Rohmah", "Sulastri", "Firmansyah"};
  private static final String[] FLOWERS = {"Melati", "Mawar", "Anggrek", "Kenanga", "Flamboyan",
      "Dahlia", "Cempaka", "Teratai", "Seruni", "Bougenville"};
  private static final String[] TRAININGS = {"Pelatihan 25 keterampilan dasar kader",
      "Pemantauan pertumbuhan balita", "Pendampingan ibu hamil", "Deteksi dini PTM",
      "Pendataan keluarga", "Kesiapsiagaan bencana", "Pendataan anak tidak sekolah"};
  private static final String[] FORWARD_TO = {"Pemerintah Desa", "Puskesmas", "Dinas Sosial",
      "Dinas Pendidikan", "Dinas PUPR", "BPBD", "Dinas Perkim"};

  private final SyntheticRates rates = SyntheticRates.INSTANCE;
  private final SplittableRandom rnd;
  private final int residentTarget;
  private final int months;
  private final YearMonth endMonth;
  private final YearMonth firstMonth;
  private final LocalDate asOf;
  private final int posyanduCount;
  private final Growth growth = Growth.INSTANCE;

  private final Population.Builder out = Population.builder();
  private PosyanduRegistrationNumber[] posyandu;
  private int[] sessionDay;
  private String[][] kaderIds;
  /** One LocalDate instance per day (100 years up to the as-of date), shared by all records. */
  private final LocalDate[] days;
  private final long firstDay;
  /** One String instance per distinct name or street, shared by all records. */
  private final java.util.Map<String, String> strings = new java.util.HashMap<>();
  /**
   * One instance per distinct service record (immutable values: a dose of BCG, an empty TB
   * screening, a blood pressure of 120/80 are equal wherever they occur). Measurements are left
   * out: they are almost all distinct.
   */
  private final java.util.Map<ServiceRecord, ServiceRecord> recordInstances =
      new java.util.HashMap<>();
  private int visitSeq;
  private int requestSeq;
  private int nikSerial;

  private SyntheticGenerator(int residents, long seed, int months, YearMonth endMonth,
      int posyanduCount) {
    this.rnd = new SplittableRandom(seed);
    this.residentTarget = residents;
    this.months = months;
    this.endMonth = endMonth;
    this.firstMonth = endMonth.minusMonths(months - 1L);
    this.asOf = endMonth.atEndOfMonth();
    this.posyanduCount = posyanduCount;
    this.firstDay = asOf.minusYears(100).toEpochDay();
    this.days = new LocalDate[(int) (asOf.toEpochDay() - firstDay + 1)];
  }

  /** The shared instance of {@code d} (records hold millions of dates, few distinct ones). */
  private LocalDate day(LocalDate d) {
    long i = d.toEpochDay() - firstDay;
    if (i < 0 || i >= days.length) {
      return d;
    }
    LocalDate shared = days[(int) i];
    if (shared == null) {
      days[(int) i] = d;
      shared = d;
    }
    return shared;
  }

  /** The shared instance of a string drawn from a small list (names, streets). */
  private String shared(String s) {
    String old = strings.putIfAbsent(s, s);
    return old == null ? s : old;
  }

  /** About one Posyandu per {@code residents_per_posyandu} residents, at least one. */
  public static int defaultPosyanduCount(int residents) {
    double per = SyntheticRates.INSTANCE.rate("residents_per_posyandu");
    return Math.max(1, (int) Math.round(residents / per));
  }

  /** Generates a population; see {@link id.posyandu.testkit.SyntheticPopulation}. */
  public static Population generate(int residents, long seed, int months, YearMonth endMonth,
      int posyanduCount) {
    return new SyntheticGenerator(residents, seed, months, endMonth, posyanduCount).run();
  }

  private Population run() {
    areasAndPosyandu();
    People people = samplePeople();
    int[][] members = households(people);
    emitHouseholds(people, members);
    return out.build();
  }

  // ---------------------------------------------------------------- wilayah, Posyandu, kader

  private void areasAndPosyandu() {
    int perDesa = (int) rates.rate("posyandu_per_desa");
    int desaPerKec = (int) rates.rate("desa_per_kecamatan");
    int desaCount = (posyanduCount + perDesa - 1) / perDesa;
    int kecCount = (desaCount + desaPerKec - 1) / desaPerKec;
    if (kecCount > 99) {
      desaPerKec = (desaCount + 98) / 99;
      kecCount = (desaCount + desaPerKec - 1) / desaPerKec;
    }
    if (desaPerKec > 999 || kecCount > 99) {
      throw new IllegalArgumentException("too many Posyandu for one kabupaten: " + posyanduCount);
    }
    posyandu = new PosyanduRegistrationNumber[posyanduCount];
    sessionDay = new int[posyanduCount];
    kaderIds = new String[posyanduCount][];
    int p = 0;
    for (int d = 0; d < desaCount; d++) {
      int kec = d / desaPerKec + 1;
      int inKec = d % desaPerKec + 1;
      boolean kelurahan = rnd.nextDouble() < rates.rate("kelurahan_share");
      String village = (kelurahan ? 1000 : 2000) + inKec + "";
      KodeWilayah desa = KodeWilayah.parse(KABUPATEN.substring(0, 2) + "."
          + KABUPATEN.substring(2) + "." + two(kec) + "." + village);
      int here = Math.min(perDesa, posyanduCount - p);
      for (int s = 1; s <= here; s++, p++) {
        posyandu[p] = PosyanduRegistrationNumber.parse(desa.plain() + three(s));
        sessionDay[p] = 5 + rnd.nextInt(21);
        out.addPosyandu(Posyandu.builder().registrationNumber(posyandu[p])
            .name("Posyandu " + FLOWERS[rnd.nextInt(FLOWERS.length)] + " " + s).build());
        kader(p);
      }
    }
  }

  private void kader(int p) {
    int min = (int) rates.rate("kader_min");
    int n = min + rnd.nextInt((int) rates.rate("kader_max") - min + 1);
    SpmArea[] areas = SpmArea.values();
    kaderIds[p] = new String[n];
    for (int i = 0; i < n; i++) {
      String id = "K" + (p + 1) + "-" + (i + 1);
      kaderIds[p][i] = id;
      boolean female = rnd.nextDouble() < 0.85;
      Kader.Builder k = Kader.builder().id(id).name(name(female)).posyandu(posyandu[p])
          .addAreas(areas[i % areas.length]);
      if (rnd.nextDouble() < 0.4) {
        k.addAreas(areas[rnd.nextInt(areas.length)]);
      }
      int trainings = rnd.nextInt(4);
      for (int t = 0; t < trainings; t++) {
        int topic = rnd.nextInt(TRAININGS.length);
        k.addTrainings(Kader.Training.builder().topic(TRAININGS[topic])
            .area(topic < 4 ? SpmArea.KESEHATAN : areas[rnd.nextInt(areas.length)])
            .completedOn(asOf.minusDays(30 + rnd.nextInt(5 * 365))).build());
      }
      out.addKader(k.build());
    }
  }

  // ---------------------------------------------------------------- people and households

  /** Sampled residents before they have households: sex and birth date per person. */
  private static final class People {
    final boolean[] female;
    final LocalDate[] birth;
    final int[] ageYears;

    People(int n) {
      female = new boolean[n];
      birth = new LocalDate[n];
      ageYears = new int[n];
    }
  }

  /**
   * A birth date drawn uniformly, moved at the rates {@code birth_29_february} (a birth in February
   * of a leap year on the 29th) and {@code birth_month_end} (on the last day of its month), so that
   * the month-end rule of completed months is exercised; never after the as-of date.
   */
  private LocalDate birthDay(LocalDate drawn) {
    LocalDate moved = drawn;
    if (drawn.getMonth() == Month.FEBRUARY && drawn.isLeapYear()
        && rnd.nextDouble() < rates.rate("birth_29_february")) {
      moved = drawn.withDayOfMonth(29);
    } else if (rnd.nextDouble() < rates.rate("birth_month_end")) {
      moved = drawn.withDayOfMonth(drawn.lengthOfMonth());
    }
    return moved.isAfter(asOf) ? drawn : moved;
  }

  private People samplePeople() {
    People people = new People(residentTarget);
    for (int i = 0; i < residentTarget; i++) {
      double u = rnd.nextDouble();
      int g = 0;
      while (g < rates.groupCumulative.length - 1 && u > rates.groupCumulative[g]) {
        g++;
      }
      people.female[i] = rnd.nextDouble() >= rates.groupMale[g];
      double lo = rates.groupFrom[g] * DAYS_PER_YEAR;
      double hi = (rates.groupTo[g] + 1) * DAYS_PER_YEAR - 1;
      long ageDays = (long) (lo + rnd.nextDouble() * (hi - lo));
      people.birth[i] = day(birthDay(asOf.minusDays(ageDays)));
      people.ageYears[i] = (int) ChronoUnit.YEARS.between(people.birth[i], asOf);
    }
    return people;
  }

  /**
   * Groups people into households: heads and spouses paired by age rank, children placed with a
   * head 20-40 years older, other adults as parents or other relatives. Returns each household's
   * member positions, head first.
   */
  private int[][] households(People people) {
    int n = residentTarget;
    int h = Math.max(1, (int) Math.round(n / rates.rate("household_size")));
    List<Integer> men = new ArrayList<>();
    List<Integer> women = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (people.ageYears[i] >= HEAD_FROM) {
        (people.female[i] ? women : men).add(i);
      }
    }
    shuffle(men);
    shuffle(women);
    h = Math.min(h, Math.max(1, men.size() + women.size()));
    int femaleHeads = Math.min(women.size(), (int) Math.round(h * rates.rate("head_female")));
    int maleHeads = Math.min(men.size(), h - femaleHeads);
    femaleHeads = Math.min(women.size(), h - maleHeads);
    h = maleHeads + femaleHeads;
    boolean[] used = new boolean[n];
    int[] head = new int[h];
    for (int i = 0; i < maleHeads; i++) {
      head[i] = men.get(i);
    }
    for (int i = 0; i < femaleHeads; i++) {
      head[maleHeads + i] = women.get(i);
    }
    List<List<Integer>> members = new ArrayList<>(h);
    if (h == 0) {
      // fewer than one adult: everyone in one household headed by the oldest
      int oldest = 0;
      for (int i = 1; i < n; i++) {
        if (people.birth[i].isBefore(people.birth[oldest])) {
          oldest = i;
        }
      }
      head = new int[] {oldest};
      h = 1;
    }
    for (int x : head) {
      used[x] = true;
      List<Integer> m = new ArrayList<>(6);
      m.add(x);
      members.add(m);
    }
    // spouses of male heads, paired by age rank
    List<Integer> wantSpouse = new ArrayList<>();
    for (int i = 0; i < maleHeads; i++) {
      if (rnd.nextDouble() < rates.rate("spouse")) {
        wantSpouse.add(i);
      }
    }
    List<Integer> spouses = new ArrayList<>();
    for (int i = femaleHeads; i < women.size() && spouses.size() < wantSpouse.size(); i++) {
      spouses.add(women.get(i));
    }
    wantSpouse.subList(spouses.size(), wantSpouse.size()).clear();
    final int[] heads = head;
    wantSpouse.sort((a, b) -> people.birth[heads[a]].compareTo(people.birth[heads[b]]));
    spouses.sort((a, b) -> people.birth[a].compareTo(people.birth[b]));
    for (int i = 0; i < spouses.size(); i++) {
      members.get(wantSpouse.get(i)).add(spouses.get(i));
      used[spouses.get(i)] = true;
    }
    // everyone else, by age difference to a head
    Integer[] byHeadAge = new Integer[h];
    for (int i = 0; i < h; i++) {
      byHeadAge[i] = i;
    }
    Arrays.sort(byHeadAge, (a, b) -> Integer.compare(people.ageYears[heads[a]],
        people.ageYears[heads[b]]));
    int[] sortedAges = new int[h];
    for (int i = 0; i < h; i++) {
      sortedAges[i] = people.ageYears[head[byHeadAge[i]]];
    }
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int age = people.ageYears[i];
      int lo;
      int hi;
      if (age < 36) {
        lo = age + 20;
        hi = age + 40;
      } else {
        lo = Math.max(HEAD_FROM, age - 45);
        hi = age - 18;
      }
      int from = lowerBound(sortedAges, lo);
      int to = lowerBound(sortedAges, hi + 1);
      int household = from < to ? byHeadAge[from + rnd.nextInt(to - from)] : rnd.nextInt(h);
      members.get(household).add(i);
    }
    int[][] result = new int[h][];
    for (int i = 0; i < h; i++) {
      result[i] = members.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  private void emitHouseholds(People people, int[][] members) {
    int h = members.length;
    int residentSeq = 0;
    for (int x = 0; x < h; x++) {
      int p = (int) ((long) x * posyanduCount / h);
      int firstOfPosyandu = (int) (((long) p * h + posyanduCount - 1) / posyanduCount);
      int inPosyandu = x - firstOfPosyandu;
      String householdId = "H" + (x + 1);
      PosyanduRegistrationNumber number = posyandu[p];
      String kec = number.desa().plain().substring(0, 6);
      Household.Builder hb = Household.builder().id(householdId).posyandu(number)
          .address(Address.builder().street(shared("Jl. " + FLOWERS[rnd.nextInt(FLOWERS.length)]
                  + " No. " + (1 + rnd.nextInt(200))))
              .rt(three(1 + inPosyandu / 30)).rw(three(1 + p % 12)).kodeDesa(number.desa()).build());
      if (rnd.nextDouble() >= rates.rate("kk_missing")) {
        LocalDate issued = asOf.minusDays(30 + rnd.nextInt(15 * 365));
        hb.kkNumber(NomorKk.parse(kec + ddmmyy(issued, false) + four(1 + rnd.nextInt(9999))));
      }
      Household household = hb.build();
      out.addHousehold(household);
      int head = members[x][0];
      Resident[] residents = new Resident[members[x].length];
      for (int m = 0; m < members[x].length; m++) {
        int i = members[x][m];
        residents[m] = resident("R" + (++residentSeq), householdId, kec, people.female[i],
            people.birth[i], relation(people, head, i, m));
        out.addResident(residents[m]);
      }
      HouseholdState state = new HouseholdState(p, household, residents);
      for (Resident r : residents) {
        personVisits(state, r);
      }
      householdVisit(state);
    }
  }

  private RelationToHead relation(People people, int head, int i, int position) {
    if (position == 0) {
      return RelationToHead.KEPALA_KELUARGA;
    }
    int diff = people.ageYears[head] - people.ageYears[i];
    if (position == 1 && people.female[i] != people.female[head] && Math.abs(diff) < 20
        && people.ageYears[i] >= HEAD_FROM) {
      return people.female[i] ? RelationToHead.ISTRI : RelationToHead.SUAMI;
    }
    if (diff >= 40) {
      return RelationToHead.CUCU;
    }
    if (diff >= 15) {
      return RelationToHead.ANAK;
    }
    if (diff <= -15) {
      return rnd.nextDouble() < 0.7 ? RelationToHead.ORANG_TUA : RelationToHead.MERTUA;
    }
    return RelationToHead.FAMILI_LAIN;
  }

  private Resident resident(String id, String householdId, String kec, boolean female,
      LocalDate birth, RelationToHead relation) {
    Resident.Builder b = Resident.builder().id(id).name(name(female))
        .sex(female ? Sex.FEMALE : Sex.MALE).birthDate(birth).householdId(householdId)
        .relationToHead(relation);
    boolean infant = ChronoUnit.DAYS.between(birth, asOf) < 90;
    double missing = rates.rate(infant ? "nik_missing_newborn" : "nik_missing_other");
    if (rnd.nextDouble() >= missing) {
      nikSerial = nikSerial % 9999 + 1;
      b.nik(Nik.parse(kec + ddmmyy(birth, female) + four(nikSerial)));
    }
    if (rnd.nextDouble() < rates.rate("disability")) {
      b.addDisabilities(Disability.values()[rnd.nextInt(Disability.values().length)]);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- visits of a person

  /** What the household visit needs to know about its members and Posyandu. */
  private static final class HouseholdState {
    final int posyandu;
    final Household household;
    final Resident[] residents;

    HouseholdState(int posyandu, Household household, Resident[] residents) {
      this.posyandu = posyandu;
      this.household = household;
      this.residents = residents;
    }
  }

  private LocalDate session(int p, YearMonth month) {
    return day(month.atDay(Math.min(sessionDay[p], month.lengthOfMonth())));
  }

  private void personVisits(HouseholdState s, Resident r) {
    int ageYears = (int) ChronoUnit.YEARS.between(r.birthDate(), asOf);
    if (ageYears <= 5) {
      balita(s.posyandu, r);
    }
    if (r.sex() == Sex.FEMALE && ageYears >= ADULT_FROM && ageYears <= REPRODUCTIVE_TO) {
      pregnancies(s.posyandu, r);
    }
    if (r.sex() == Sex.FEMALE && ageYears >= REMAJA_FROM && ageYears <= SCHOOL_TO) {
      for (int m = 0; m < months; m++) {
        if (rnd.nextDouble() < rates.rate("remaja_ttd_monthly")) {
          visit(r, session(s.posyandu, firstMonth.plusMonths(m)), s.posyandu,
              VisitSetting.POSYANDU_SESSION,
              new ArrayList<>(List.of(Supplement.builder().kind(Supplement.Kind.TTD).quantity(4)
                  .build())));
        }
      }
    }
    if (ageYears >= ADULT_FROM && ageYears < LANSIA_FROM
        && rnd.nextDouble() < rates.rate("adult_screened_year") * Math.min(1.0, months / 12.0)) {
      adultScreening(s.posyandu, r, ageYears);
    }
    if (ageYears >= LANSIA_FROM) {
      lansia(s.posyandu, r);
    }
  }

  private static final KiaBook KIA_BOOK_OWNED = KiaBook.builder().owned(true).build();
  private static final KiaBook KIA_BOOK_NOT_OWNED = KiaBook.builder().owned(false).build();

  private void balita(int p, Resident r) {
    LocalDate birth = r.birthDate();
    YearMonth born = YearMonth.from(birth);
    YearMonth start = firstMonth.minusMonths(1);
    if (ChronoUnit.MONTHS.between(born, firstMonth) < 24) {
      start = born;
    }
    if (start.isBefore(born)) {
      start = born;
    }
    double attendance = rates.rate("attendance_min")
        + rnd.nextDouble() * (rates.rate("attendance_max") - rates.rate("attendance_min"));
    double haz = rates.rate("haz_mean") + rnd.nextGaussian() * rates.rate("haz_sd");
    double whzBase = rates.rate("whz_mean") + rnd.nextGaussian() * rates.rate("whz_sd");
    double whz = whzBase;
    int falter = 0;
    int doses = rates.antigens.length;
    boolean[] given = new boolean[doses];
    boolean[] never = new boolean[doses];
    LocalDate[] givenOn = new LocalDate[doses];
    boolean[] early = new boolean[doses];
    for (int a = 0; a < doses; a++) {
      never[a] = rnd.nextDouble() < rates.rate("immunization_never");
    }
    boolean hasKiaBook = rnd.nextDouble() < rates.rate("kms");
    boolean kiaBookRecorded = false;
    // HB0 is given at birth (0-24 hours), by the birth attendant, not at a Posyandu session: a
    // facility record on the day of birth for children whose visits start at birth
    // HB0 is given at birth (0-24 hours) and the birth weight is written in the Buku KIA; the kader
    // records them from the book as one facility record on the day of birth
    if (start.equals(born) && !birth.isAfter(asOf)) {
      List<ServiceRecord> atBirth = new ArrayList<>(2);
      if (rnd.nextDouble() < rates.rate("hb0_at_birth")) {
        atBirth.add(Immunization.builder().antigen(Immunization.Antigen.HB0).build());
      }
      if (rnd.nextDouble() < rates.rate("birth_weighing")) {
        double length = growth.length(r.sex(), 0, haz);
        atBirth.add(Anthropometry.builder()
            .weightKg(round1(Math.max(1.0, growth.weight(r.sex(), 0, length, whz))))
            .build());
      }
      if (!atBirth.isEmpty()) {
        visit(r, day(birth), p, VisitSetting.HEALTH_FACILITY, atBirth);
      }
    }
    // a child older than the data window brings its immunization history in the Buku KIA: the
    // doses of the months before the window, recorded at those months' sessions
    for (YearMonth month = born; month.isBefore(start); month = month.plusMonths(1)) {
      LocalDate day = session(p, month);
      if (!day.isBefore(birth) && rnd.nextDouble() < attendance) {
        List<ServiceRecord> records = new ArrayList<>(2);
        giveDoses(birth, day, given, never, givenOn, early, records);
        if (!records.isEmpty()) {
          visit(r, day, p, VisitSetting.POSYANDU_SESSION, records);
        }
      }
    }
    for (YearMonth month = start; !month.isAfter(endMonth); month = month.plusMonths(1)) {
      LocalDate day = session(p, month);
      if (day.isBefore(birth)) {
        continue;
      }
      int ageMonths = (int) ChronoUnit.MONTHS.between(birth, day);
      if (ageMonths > LAST_BALITA_MONTH) {
        break;
      }
      // the child's state moves every month, weighed or not
      haz += rnd.nextGaussian() * rates.rate("haz_monthly_sd");
      if (falter > 0) {
        whz -= rates.rate("faltering_drop");
        falter--;
      } else {
        double back = rates.rate("whz_reversion");
        whz = (1 - back) * whz + back * whzBase + rnd.nextGaussian() * rates.rate("whz_monthly_sd");
        if (rnd.nextDouble() < rates.rate("faltering_start")) {
          falter = 1 + rnd.nextInt(3);
        }
      }
      if (rnd.nextDouble() >= attendance) {
        // missed the session: some are immunized at the Puskesmas a week later instead
        LocalDate facility = day(day.plusDays(7));
        if (!facility.isAfter(asOf) && rnd.nextDouble() < rates.rate("facility_immunization")) {
          List<ServiceRecord> records = new ArrayList<>(2);
          giveDoses(birth, facility, given, never, givenOn, early, records);
          if (!records.isEmpty()) {
            visit(r, facility, p, VisitSetting.HEALTH_FACILITY, records);
          }
        }
        continue;
      }
      List<ServiceRecord> records = new ArrayList<>(4);
      long ageDays = ChronoUnit.DAYS.between(birth, day);
      double length = growth.length(r.sex(), (int) ageDays, haz);
      double weight = growth.weight(r.sex(), (int) ageDays, length, whz)
          + rnd.nextGaussian() * rates.rate("weight_noise_kg");
      records.add(Anthropometry.builder().weightKg(round1(Math.max(1.0, weight)))
          .lengthOrHeightCm(round1(length))
          .position(ageDays < STANDING_FROM_DAYS ? MeasurePosition.RECUMBENT
              : MeasurePosition.STANDING)
          .build());
      if (!kiaBookRecorded) { // checked at the child's first session in the data, as at registration
        records.add(hasKiaBook ? KIA_BOOK_OWNED : KIA_BOOK_NOT_OWNED);
        kiaBookRecorded = true;
      }
      giveDoses(birth, day, given, never, givenOn, early, records);
      boolean campaign = month.getMonth() == Month.FEBRUARY || month.getMonth() == Month.AUGUST;
      if (campaign && ageMonths >= VITAMIN_A_FROM_MONTHS
          && rnd.nextDouble() < rates.rate("vitamin_a")) {
        records.add(Supplement.builder().kind(ageMonths < VITAMIN_A_RED_FROM_MONTHS
            ? Supplement.Kind.VITAMIN_A_BLUE : Supplement.Kind.VITAMIN_A_RED).build());
      }
      visit(r, day, p, VisitSetting.POSYANDU_SESSION, records);
    }
  }

  /**
   * The doses due at an age that are given on a day, added to {@code records}: each dose from its
   * due month and before its latest month, after the previous dose of its series and its minimum
   * interval ({@code synthetic_immunization_schedule.tsv}). At the rate {@code dose_early_invalid} a
   * dose is given a month too early (invalid, before the earliest age) and given again when due. While
   * the hexavalent schedule is in force for the kabupaten's province ({@link ImmunizationSchedule}),
   * DPT-HB-Hib 1-3 is the hexavalent vaccine at the rate {@code hexavalent_supply}; its third dose
   * contains IPV1.
   */
  private void giveDoses(LocalDate birth, LocalDate day, boolean[] given, boolean[] never,
      LocalDate[] givenOn, boolean[] early, List<ServiceRecord> records) {
    int ageMonths = (int) Age.completedMonths(birth, day);
    for (int a = 0; a < given.length; a++) {
      int due = rates.dueMonth[a];
      if (given[a] || never[a] || ageMonths >= rates.latestMonth[a]) {
        continue;
      }
      int before = rates.previousInSeries[a];
      if (before >= 0 && (givenOn[before] == null
          || day.isBefore(Age.reachedOn(givenOn[before], rates.minInterval[a])))) {
        continue; // a series' doses in order, at least the minimum interval apart
      }
      if (ageMonths == due - 1 && due >= 2 && !early[a]) {
        if (rnd.nextDouble() < rates.rate("dose_early_invalid")) {
          early[a] = true; // too young: invalid, to be repeated when due
          records.add(Immunization.builder().antigen(product(a, day)).build());
        }
        continue;
      }
      if (ageMonths < due) {
        continue;
      }
      double chance = ageMonths == due ? rates.rate("immunization_on_time")
          : rates.rate("immunization_catch_up");
      if (rnd.nextDouble() < chance) {
        given[a] = true;
        givenOn[a] = day;
        Immunization.Antigen product = product(a, day);
        records.add(Immunization.builder().antigen(product).build());
        if (product == Immunization.Antigen.HEXAVALENT_3 && rates.ipv1 >= 0 && !given[rates.ipv1]) {
          given[rates.ipv1] = true; // the hexavalent vaccine contains IPV
          givenOn[rates.ipv1] = day;
        }
      }
    }
  }

  private static final ImmunizationSchedule SCHEDULE = ImmunizationSchedule.standard();
  private static final Optional<String> PROVINCE = Optional.of(KABUPATEN.substring(0, 2));
  /** The first day of the schedule tables (NIP-2024); earlier doses are the pentavalent vaccine. */
  private static final LocalDate SCHEDULE_TABLES_FROM = LocalDate.of(2024, 1, 1);

  /** The vaccine given for a scheduled dose on a day: hexavalent for DPT-HB-Hib 1-3 when in force. */
  private Immunization.Antigen product(int a, LocalDate day) {
    Immunization.Antigen antigen = rates.antigens[a];
    int n = antigen.doseNumber();
    if (antigen.series().equals("DPT_HB_HIB") && n <= 3 && !day.isBefore(SCHEDULE_TABLES_FROM)
        && SCHEDULE.versionName(PROVINCE, day).startsWith("HEXA")
        && rnd.nextDouble() < rates.rate("hexavalent_supply")) {
      return Immunization.Antigen.valueOf("HEXAVALENT_" + n);
    }
    return antigen;
  }

  private void pregnancies(int p, Resident r) {
    double chance = rates.rate("births_per_woman_year") * (months + 9) / 12.0;
    if (rnd.nextDouble() >= chance) {
      return;
    }
    LocalDate windowStart = firstMonth.atDay(1).minusDays(GESTATION_DAYS);
    long span = ChronoUnit.DAYS.between(windowStart, asOf.minusDays(14));
    LocalDate hpht = windowStart.plusDays(rnd.nextLong(span));
    if (ChronoUnit.YEARS.between(r.birthDate(), hpht) < ADULT_FROM) {
      return;
    }
    String id = "G-" + r.id();
    Pregnancy.Builder b = Pregnancy.builder().id(id).residentId(r.id()).lastMenstrualPeriod(hpht)
        .estimatedDeliveryDate(hpht.plusDays(GESTATION_DAYS));
    double u = rnd.nextDouble();
    PregnancyOutcome outcome;
    int length;
    if (u < rates.rate("abortion")) {
      outcome = PregnancyOutcome.MISCARRIAGE;
      length = 42 + rnd.nextInt(98);
    } else if (u < rates.rate("abortion") + rates.rate("stillbirth")) {
      outcome = PregnancyOutcome.STILLBIRTH;
      length = 196 + rnd.nextInt(85);
    } else {
      outcome = PregnancyOutcome.LIVE_BIRTH;
      length = 259 + rnd.nextInt(36);
    }
    LocalDate end = hpht.plusDays(length);
    if (!end.isAfter(asOf)) {
      b.outcome(outcome).outcomeDate(end);
    }
    out.addPregnancy(b.build());
    double muac = rates.rate("muac_kek_mean") + rnd.nextGaussian() * 2.5;
    boolean muacTaken = false;
    int contacts = 0;
    for (int m = 0; m < months; m++) {
      LocalDate day = session(p, firstMonth.plusMonths(m));
      long ga = ChronoUnit.DAYS.between(hpht, day);
      if (ga < 6 * 7 || !day.isBefore(end) || rnd.nextDouble() >= rates.rate("anc_attendance")) {
        continue;
      }
      List<ServiceRecord> records = new ArrayList<>(5);
      contacts++;
      // K1 and K5 are the doctor's contacts with ultrasound (juknis ILP), when the mother goes
      boolean doctor = (contacts == 1 || contacts == 5) && rnd.nextDouble() < rates.rate("anc_doctor_usg");
      AncContact.Builder anc = AncContact.builder().pregnancyId(id)
          .gestationalAgeWeeks((int) (ga / 7))
          .provider(doctor ? AncContact.Provider.DOCTOR : AncContact.Provider.MIDWIFE);
      if (doctor) {
        anc.ultrasound(true);
      }
      records.add(anc.build());
      records.add(Supplement.builder().kind(Supplement.Kind.TTD).quantity(30).build());
      Anthropometry.Builder a = Anthropometry.builder().weightKg(round1(50 + rnd.nextGaussian() * 7
          + ga / 30.0));
      if (!muacTaken) {
        a.muacCm(round1(Math.max(15, muac)));
        muacTaken = true;
      }
      records.add(a.build());
      records.add(bloodPressure(rnd.nextDouble() < 0.08));
      visit(r, day, p, VisitSetting.POSYANDU_SESSION, records);
    }
  }

  private BloodPressure bloodPressure(boolean hypertensive) {
    int sys = hypertensive ? 140 + rnd.nextInt(41) : 100 + rnd.nextInt(40);
    int dia = hypertensive ? 85 + rnd.nextInt(26) : 60 + rnd.nextInt(30);
    return BloodPressure.builder().systolicMmHg(sys).diastolicMmHg(Math.min(dia, sys - 20)).build();
  }

  private void adultScreening(int p, Resident r, int ageYears) {
    LocalDate day = session(p, firstMonth.plusMonths(rnd.nextInt(months)));
    List<ServiceRecord> records = new ArrayList<>(6);
    boolean hypertensive = rnd.nextDouble() < rates.rate("hypertension") * ageYears / 40.0;
    records.add(bloodPressure(hypertensive));
    records.add(BloodGlucose.builder().testType(BloodGlucose.TestType.RANDOM)
        .mgPerDl(Math.round(Math.max(60, 110 + rnd.nextGaussian() * 35))).build());
    double height = r.sex() == Sex.FEMALE ? 151 + rnd.nextGaussian() * 6 : 163 + rnd.nextGaussian() * 6;
    double bmi = 23.5 + rnd.nextGaussian() * 4;
    records.add(Anthropometry.builder().lengthOrHeightCm(round1(height))
        .position(MeasurePosition.STANDING)
        .weightKg(round1(Math.max(30, bmi * height * height / 10_000)))
        .waistCm(round1(Math.max(55, 80 + (bmi - 23.5) * 2.5 + rnd.nextGaussian() * 5))).build());
    TbSymptomScreening.Builder tb = TbSymptomScreening.builder();
    if (rnd.nextDouble() < rates.rate("tb_symptomatic")) {
      // presumptive TB: a cough of 2 weeks and 1-3 other symptoms of the ILP form
      tb.addSymptoms(TbSymptomScreening.Symptom.COUGH_2_WEEKS);
      TbSymptomScreening.Symptom[] others = TbSymptomScreening.Symptom.values();
      int extra = 1 + rnd.nextInt(3);
      for (int i = 0; i < extra; i++) {
        tb.addSymptoms(others[1 + rnd.nextInt(others.length - 1)]);
      }
    }
    records.add(tb.build());
    if (hypertensive && rnd.nextDouble() < rates.rate("hypertension_referred")) {
      records.add(Referral.builder().destination(Referral.Destination.PUSKESMAS)
          .reason("Tekanan darah tinggi / high blood pressure").build());
    }
    visit(r, day, p, VisitSetting.POSYANDU_SESSION, records);
  }

  private void lansia(int p, Resident r) {
    boolean screened = false;
    for (int m = 0; m < months; m++) {
      if (rnd.nextDouble() >= rates.rate("lansia_monthly")) {
        continue;
      }
      List<ServiceRecord> records = new ArrayList<>(3);
      records.add(bloodPressure(rnd.nextDouble() < rates.rate("hypertension") * 1.5));
      if (!screened) {
        screened = true;
        SkilasScreening.Builder sk = SkilasScreening.builder();
        int positives = rnd.nextInt(3);
        SkilasScreening.Item[] items = SkilasScreening.Item.values();
        for (int i = 0; i < positives; i++) {
          sk.addPositiveItems(items[rnd.nextInt(items.length)]);
        }
        records.add(sk.build());
        records.add(AdlScreening.builder()
            .barthelScore(rnd.nextDouble() < 0.85 ? 18 + rnd.nextInt(3) : 5 + rnd.nextInt(13))
            .build());
      }
      visit(r, session(p, firstMonth.plusMonths(m)), p, VisitSetting.POSYANDU_SESSION, records);
    }
  }

  // ---------------------------------------------------------------- household home visit

  private void householdVisit(HouseholdState s) {
    if (rnd.nextDouble() >= rates.rate("household_assessed")) {
      return;
    }
    YearMonth month = firstMonth.plusMonths(rnd.nextInt(months));
    LocalDate day = day(month.atDay(1 + rnd.nextInt(28)));
    Resident head = s.residents[0];
    if (day.isBefore(head.birthDate())) {
      return;
    }
    int occupants = s.residents.length;
    List<ServiceRecord> records = new ArrayList<>(6);
    boolean rtlh = rnd.nextDouble() < rates.rate("rtlh");
    HouseCondition.Builder house = HouseCondition.builder().occupants(occupants);
    if (rtlh) {
      house.roof(HouseCondition.Roof.ZINC).wall(HouseCondition.Wall.BAMBOO)
          .floor(HouseCondition.Floor.EARTH)
          .addDamagedComponents(HouseCondition.Component.values()[rnd.nextInt(4)])
          .floorAreaM2(round1(Math.max(6, occupants * (LIVABLE_M2_PER_PERSON - 2)
              + rnd.nextDouble() * 4)))
          .ownMck(rnd.nextBoolean());
    } else {
      house.roof(HouseCondition.Roof.TILE).wall(HouseCondition.Wall.MASONRY)
          .floor(HouseCondition.Floor.CERAMIC)
          .floorAreaM2(round1(Math.max(36, occupants * (LIVABLE_M2_PER_PERSON + 3))
              + rnd.nextDouble() * 40))
          .ownMck(true);
    }
    records.add(house.build());
    boolean safeWater = rnd.nextDouble() < rates.rate("improved_water");
    DrinkingWater.Source[] improved = {DrinkingWater.Source.PIPED_METERED,
        DrinkingWater.Source.BOREHOLE, DrinkingWater.Source.PROTECTED_WELL,
        DrinkingWater.Source.PROTECTED_SPRING};
    DrinkingWater.Source[] unimproved = {DrinkingWater.Source.UNPROTECTED_WELL,
        DrinkingWater.Source.UNPROTECTED_SPRING, DrinkingWater.Source.SURFACE_WATER};
    records.add(DrinkingWater.builder()
        .mainSource(safeWater ? improved[rnd.nextInt(improved.length)]
            : unimproved[rnd.nextInt(unimproved.length)])
        .distanceToSepticM(rnd.nextDouble() < rates.rate("water_near_septic")
            ? 3 + rnd.nextInt(7) : 10 + rnd.nextInt(30))
        .collectionMinutes(safeWater ? rnd.nextInt(10) : 10 + rnd.nextInt(40))
        .availableWhenNeeded(safeWater || rnd.nextBoolean()).build());
    boolean sanitation = rnd.nextDouble() < rates.rate("proper_sanitation");
    records.add(sanitation
        ? Sanitation.builder().toilet(Sanitation.Toilet.GOOSE_NECK)
            .disposal(Sanitation.Disposal.SEPTIC_TANK).use(Sanitation.Use.OWN)
            .desludgedWithin5Years(rnd.nextDouble() < 0.3).build()
        : Sanitation.builder().toilet(rnd.nextBoolean() ? Sanitation.Toilet.PIT
                : Sanitation.Toilet.NONE)
            .disposal(rnd.nextBoolean() ? Sanitation.Disposal.OPEN_WATER
                : Sanitation.Disposal.PIT)
            .use(rnd.nextBoolean() ? Sanitation.Use.SHARED : Sanitation.Use.NONE).build());
    DisasterPreparedness.Builder dp = DisasterPreparedness.builder();
    boolean prone = rnd.nextDouble() < rates.rate("disaster_prone");
    dp.inDisasterProneArea(prone).riskInformationReceived(prone
        && rnd.nextDouble() < rates.rate("risk_information"));
    if (prone) {
      dp.addHazards(rnd.nextBoolean() ? DisasterPreparedness.Hazard.FLOOD
          : DisasterPreparedness.Hazard.LANDSLIDE);
      if (rnd.nextDouble() < 0.3) {
        dp.addHazards(DisasterPreparedness.Hazard.EARTHQUAKE);
      }
      if (rnd.nextDouble() < rates.rate("preparedness")) {
        dp.addMeasures(DisasterPreparedness.Measure.FAMILY_PLAN,
            DisasterPreparedness.Measure.EVACUATION_ROUTE_KNOWN);
      }
    }
    records.add(dp.build());
    boolean registered = rnd.nextDouble() < rates.rate("dtsen_registered");
    DtsenRegistration.Builder dt = DtsenRegistration.builder().registered(registered)
        .checkedOn(day);
    if (registered) {
      dt.decile(1 + Math.min(9, (int) (Math.abs(rnd.nextGaussian()) * 3.5)));
    }
    records.add(dt.build());
    SocialAssistance.Builder sa = SocialAssistance.builder();
    if (registered && rnd.nextDouble() < rates.rate("social_pkh") / rates.rate("dtsen_registered")) {
      sa.addProgrammes(SocialAssistance.Programme.PKH);
    }
    if (registered
        && rnd.nextDouble() < rates.rate("social_sembako") / rates.rate("dtsen_registered")) {
      sa.addProgrammes(SocialAssistance.Programme.SEMBAKO);
    }
    if (rnd.nextDouble() < rates.rate("social_pbi")) {
      sa.addProgrammes(SocialAssistance.Programme.PBI_JKN);
    }
    records.add(sa.build());
    boolean rtlhProposed = rtlh && rnd.nextDouble() < rates.rate("rtlh_proposed");
    if (rtlhProposed) {
      records.add(Referral.builder().referralArea(SpmArea.PERUMAHAN_RAKYAT)
          .destination(Referral.Destination.DESA)
          .reason("Usulan rehabilitasi RTLH / house rehabilitation proposal").build());
    }
    visit(head, day, s.posyandu, VisitSetting.HOME_VISIT, records);

    for (Resident r : s.residents) {
      memberHomeVisit(s, r, day);
    }
    if (rtlhProposed) {
      request(s, SpmArea.PERUMAHAN_RAKYAT, null, day, "Rumah tidak layak huni / RTLH");
    }
    if (!safeWater && rnd.nextDouble() < 0.2) {
      request(s, SpmArea.PEKERJAAN_UMUM, null, day, "Akses air minum / drinking water");
    }
    if (rnd.nextDouble() < rates.rate("request_household_year") * months / 12.0) {
      boolean trantib = rnd.nextBoolean();
      request(s, trantib ? SpmArea.TRANTIBUMLINMAS : SpmArea.SOSIAL, null, day,
          trantib ? "Laporan gangguan / incident report" : "Bantuan sosial / social assistance");
    }
  }

  private void memberHomeVisit(HouseholdState s, Resident r, LocalDate day) {
    if (day.isBefore(r.birthDate())) {
      return;
    }
    int age = (int) ChronoUnit.YEARS.between(r.birthDate(), day);
    List<ServiceRecord> records = new ArrayList<>(2);
    if (age >= 5 && age <= SCHOOL_TO) {
      SchoolEnrolment e = school(age);
      records.add(e);
      if (!e.enrolled() && age >= 7 && rnd.nextDouble() < rates.rate("out_of_school_referred")) {
        records.add(Referral.builder().referralArea(SpmArea.PENDIDIKAN)
            .destination(Referral.Destination.DESA)
            .reason("Anak tidak sekolah / out-of-school child").build());
        request(s, SpmArea.PENDIDIKAN, r, day, "Anak tidak sekolah / out-of-school child");
      }
    }
    boolean vulnerable = age >= LANSIA_FROM || age < SCHOOL_TO || !r.disabilities().isEmpty();
    if (vulnerable && rnd.nextDouble() < rates.rate("neglect") * 4) {
      NeglectAssessment.Builder n = NeglectAssessment.builder();
      if (rnd.nextDouble() < 0.25) {
        n.addCategories(age >= LANSIA_FROM ? NeglectAssessment.Category.LANSIA_TELANTAR
            : age < SCHOOL_TO ? NeglectAssessment.Category.ANAK_TELANTAR
            : NeglectAssessment.Category.DISABILITAS_TELANTAR);
      }
      NeglectAssessment assessment = n.build();
      records.add(assessment);
      if (!assessment.categories().isEmpty()
          && rnd.nextDouble() < rates.rate("neglect_rehabilitated")) {
        // ATENSI (social rehabilitation) visits each month from the assessment on
        for (YearMonth m = YearMonth.from(day).plusMonths(1); !m.isAfter(endMonth);
            m = m.plusMonths(1)) {
          LocalDate d = day(m.atDay(Math.min(day.getDayOfMonth(), m.lengthOfMonth())));
          if (!d.isAfter(asOf)) {
            visit(r, d, s.posyandu, VisitSetting.HOME_VISIT, new ArrayList<>(List.of(
                SocialAssistance.builder().addProgrammes(SocialAssistance.Programme.ATENSI)
                    .build())));
          }
        }
      }
    }
    if (!records.isEmpty()) {
      visit(r, day, s.posyandu, VisitSetting.HOME_VISIT, records);
    }
  }

  private SchoolEnrolment school(int age) {
    double rate;
    SchoolEnrolment.Level level;
    if (age <= 6) {
      rate = rates.rate("paud_5_6");
      level = SchoolEnrolment.Level.PAUD_TK;
    } else if (age <= 12) {
      rate = rates.rate("school_7_12");
      level = SchoolEnrolment.Level.SD;
    } else if (age <= 15) {
      rate = rates.rate("school_13_15");
      level = SchoolEnrolment.Level.SMP;
    } else {
      rate = rates.rate("school_16_18");
      level = rnd.nextDouble() < 0.45 ? SchoolEnrolment.Level.SMK : SchoolEnrolment.Level.SMA;
    }
    if (rnd.nextDouble() < rate) {
      return SchoolEnrolment.builder().enrolled(true).level(level).build();
    }
    SchoolEnrolment.OutOfSchoolReason[] reasons = SchoolEnrolment.OutOfSchoolReason.values();
    return SchoolEnrolment.builder().enrolled(false)
        .outOfSchoolReason(age <= 6 ? SchoolEnrolment.OutOfSchoolReason.NEVER_ENROLLED
            : reasons[1 + rnd.nextInt(reasons.length - 1)]).build();
  }

  private void request(HouseholdState s, SpmArea area, Resident r, LocalDate received,
      String summary) {
    ServiceRequest.Builder b = ServiceRequest.builder().id("S" + (++requestSeq))
        .posyandu(posyandu[s.posyandu]).area(area).householdId(s.household.id()).summary(summary)
        .addHistory(change(ServiceRequest.Status.RECEIVED, received, null));
    if (r != null) {
      b.residentId(r.id());
    }
    LocalDate day = received;
    ServiceRequest.Status[] next = {ServiceRequest.Status.VERIFIED,
        ServiceRequest.Status.FORWARDED, ServiceRequest.Status.RESOLVED};
    int slowest = (int) rates.rate("request_step_max_days");
    for (ServiceRequest.Status status : next) {
      day = day.plusDays(rnd.nextInt(slowest + 1));
      if (day.isAfter(asOf) || rnd.nextDouble() >= 0.75) {
        break;
      }
      b.addHistory(change(status, day, status == ServiceRequest.Status.FORWARDED
          ? FORWARD_TO[rnd.nextInt(FORWARD_TO.length)] : null));
    }
    out.addServiceRequest(b.build());
  }

  private static ServiceRequest.StatusChange change(ServiceRequest.Status status, LocalDate date,
      String forwardedTo) {
    ServiceRequest.StatusChange.Builder c = ServiceRequest.StatusChange.builder().status(status)
        .date(date);
    if (forwardedTo != null) {
      c.forwardedTo(forwardedTo);
    }
    return c.build();
  }

  // ---------------------------------------------------------------- helpers

  private void visit(Resident r, LocalDate day, int p, VisitSetting setting,
      List<ServiceRecord> records) {
    String[] kader = kaderIds[p];
    for (int i = 0; i < records.size(); i++) {
      ServiceRecord record = records.get(i);
      if (!(record instanceof Anthropometry)) {
        ServiceRecord old = recordInstances.putIfAbsent(record, record);
        if (old != null) {
          records.set(i, old);
        }
      }
    }
    out.addVisit(Visit.builder().id("V" + (++visitSeq)).residentId(r.id()).date(day)
        .posyandu(posyandu[p]).setting(setting).kaderId(kader[rnd.nextInt(kader.length)])
        .addAllRecords(records).build());
  }

  private String name(boolean female) {
    String first = female ? FEMALE_NAMES[rnd.nextInt(FEMALE_NAMES.length)]
        : MALE_NAMES[rnd.nextInt(MALE_NAMES.length)];
    return rnd.nextDouble() < 0.6
        ? shared(first + " " + SECOND_NAMES[rnd.nextInt(SECOND_NAMES.length)]) : first;
  }

  private void shuffle(List<Integer> list) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      Integer t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }

  private static int lowerBound(int[] sorted, int value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String ddmmyy(LocalDate d, boolean female) {
    return two(d.getDayOfMonth() + (female ? Nik.FEMALE_DAY_OFFSET : 0)) + two(d.getMonthValue())
        + two(d.getYear() % 100);
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String three(int v) {
    return v < 10 ? "00" + v : v < 100 ? "0" + v : Integer.toString(v % 1000);
  }

  private static String four(int v) {
    return v < 10 ? "000" + v : v < 100 ? "00" + v : v < 1000 ? "0" + v : Integer.toString(v);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /**
   * WHO 2006 LMS tables for the growth trajectories, loaded once: the resources of posyandu-rules
   * ({@code id/posyandu/rules/anthro/who2006_*.tsv}, read through the public
   * {@link ReferenceTable} loader), not copies. The measurement at a z is WHO's
   * {@code M * (1 + L*S*z)^(1/L)} without the restricted extension beyond +-3 SD, as the generator
   * has always drawn it (same seed, same records).
   */
  private static final class Growth {
    static final Growth INSTANCE = new Growth();
    private static final String DIR = "/id/posyandu/rules/anthro/";
    private static final int TENTHS = 10;
    final Lms lengthForAge = Lms.load(DIR + "who2006_length_height_for_age.tsv", "age_days", 1);
    final Lms weightForLength = Lms.load(DIR + "who2006_weight_for_length.tsv", "length_cm",
        TENTHS);
    final Lms weightForHeight = Lms.load(DIR + "who2006_weight_for_height.tsv", "height_cm",
        TENTHS);

    double length(Sex sex, int ageDays, double z) {
      return lengthForAge.value(sex, Math.min(ageDays, lengthForAge.lastKey), z);
    }

    double weight(Sex sex, int ageDays, double lengthCm, double z) {
      Lms t = ageDays < STANDING_FROM_DAYS ? weightForLength : weightForHeight;
      int key = (int) Math.round(lengthCm * TENTHS);
      key = Math.max(t.firstKey, Math.min(t.lastKey, key));
      return t.value(sex, key, z);
    }
  }

  /** One WHO LMS table by sex and integer key (days, or tenths of a centimetre). */
  private static final class Lms {
    final int firstKey;
    final int lastKey;
    private final double[][] l = new double[2][];
    private final double[][] m = new double[2][];
    private final double[][] s = new double[2][];

    private Lms(int firstKey, int lastKey) {
      this.firstKey = firstKey;
      this.lastKey = lastKey;
      for (int x = 0; x < 2; x++) {
        l[x] = new double[lastKey - firstKey + 1];
        m[x] = new double[lastKey - firstKey + 1];
        s[x] = new double[lastKey - firstKey + 1];
      }
    }

    static Lms load(String resource, String keyColumn, int keyScale) {
      ReferenceTable t = ReferenceTable.load(WhoGrowthStandards.class, resource)
          .requireColumns("sex", keyColumn, "l", "m", "s").requireUniqueKey("sex", keyColumn);
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (ReferenceTable.Row row : t.rows()) {
        int key = key(row, keyColumn, keyScale);
        first = Math.min(first, key);
        last = Math.max(last, key);
      }
      Lms lms = new Lms(first, last);
      int[] count = new int[2];
      for (ReferenceTable.Row row : t.rows()) {
        int sex = row.integer("sex") - 1;
        if (sex != 0 && sex != 1) {
          throw new ReferenceDataException(row + ": sex must be 1 or 2");
        }
        int at = key(row, keyColumn, keyScale) - first;
        lms.l[sex][at] = row.number("l");
        lms.m[sex][at] = row.number("m");
        lms.s[sex][at] = row.number("s");
        count[sex]++;
      }
      if (count[0] != last - first + 1 || count[1] != last - first + 1) {
        throw new ReferenceDataException(resource + ": not one row per sex and " + keyColumn);
      }
      return lms;
    }

    private static int key(ReferenceTable.Row row, String keyColumn, int keyScale) {
      return (int) Math.round(row.number(keyColumn) * keyScale);
    }

    double value(Sex sex, int key, double z) {
      int x = sex == Sex.MALE ? 0 : 1;
      double l = this.l[x][key - firstKey];
      double m = this.m[x][key - firstKey];
      double s = this.s[x][key - firstKey];
      return Math.abs(l) < 1e-9 ? m * Math.exp(s * z) : m * Math.pow(1 + l * s * z, 1 / l);
    }
  }
}
