package id.posyandu.core.testing;

import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Address;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Disability;
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
import id.posyandu.core.record.DevelopmentScreening;
import id.posyandu.core.record.DisasterPreparedness;
import id.posyandu.core.record.DrinkingWater;
import id.posyandu.core.record.DtsenRegistration;
import id.posyandu.core.record.KiaBook;
import id.posyandu.core.record.Haemoglobin;
import id.posyandu.core.record.HouseCondition;
import id.posyandu.core.record.Immunization;
import id.posyandu.core.record.IncidentReport;
import id.posyandu.core.record.MeasurePosition;
import id.posyandu.core.record.NeglectAssessment;
import id.posyandu.core.record.Phq4Screening;
import id.posyandu.core.record.PumaScreening;
import id.posyandu.core.record.Referral;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Sanitation;
import id.posyandu.core.record.SchoolEnrolment;
import id.posyandu.core.record.ServiceRecord;
import id.posyandu.core.record.SkilasScreening;
import id.posyandu.core.record.SocialAssistance;
import id.posyandu.core.record.Srq20Screening;
import id.posyandu.core.record.Supplement;
import id.posyandu.core.record.TbSymptomScreening;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import id.posyandu.core.record.VisionHearingScreening;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators of valid instances of every model and record type: each value lies inside the
 * type's constraints, so validation must find nothing. Failing tests print the seed.
 */
public final class ValidInstances {

  /** A Posyandu registration number of real shape (desa 11.01.10.2001). */
  public static final PosyanduRegistrationNumber POSYANDU =
      PosyanduRegistrationNumber.parse("11.01.10.2001.001");

  private final Random r;
  private final LocalDate asOf;

  public ValidInstances(long seed, LocalDate asOf) {
    this.r = new Random(seed);
    this.asOf = asOf;
  }

  double between(double min, double max) {
    return Math.round((min + r.nextDouble() * (max - min)) * 10) / 10.0;
  }

  int between(int min, int max) {
    return min + r.nextInt(max - min + 1);
  }

  <E extends Enum<E>> E one(Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  <E extends Enum<E>> Set<E> some(Class<E> type) {
    EnumSet<E> s = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextInt(3) == 0) {
        s.add(e);
      }
    }
    return s;
  }

  LocalDate dateBefore(LocalDate end, int maxDays) {
    return end.minusDays(r.nextInt(maxDays + 1));
  }

  String id() {
    return Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
  }

  /** One valid instance of every service record type (the list {@link #recordTypes()} names). */
  public List<ServiceRecord> everyRecord() {
    List<ServiceRecord> all = new ArrayList<>();
    Anthropometry.Builder a = Anthropometry.builder().weightKg(between(0.5, 250.0));
    if (r.nextBoolean()) {
      a.lengthOrHeightCm(between(30.0, 250.0)).position(one(MeasurePosition.class));
    }
    if (r.nextBoolean()) {
      a.headCircumferenceCm(between(20.0, 70.0)).muacCm(between(5.0, 60.0))
          .tricepsSkinfoldMm(between(1.0, 60.0)).subscapularSkinfoldMm(between(1.0, 60.0))
          .oedema(r.nextBoolean());
    } else {
      a.waistCm(between(30.0, 250.0));
    }
    all.add(a.build());
    int sys = between(60, 300);
    all.add(BloodPressure.builder().systolicMmHg(sys).diastolicMmHg(between(20, Math.min(200, sys - 1)))
        .build());
    all.add(BloodGlucose.builder().mgPerDl(between(10.0, 700.0))
        .testType(one(BloodGlucose.TestType.class)).build());
    all.add(Haemoglobin.builder().gPerDl(between(2.0, 25.0)).build());
    all.add(Immunization.builder().antigen(one(Immunization.Antigen.class)).build());
    all.add(Supplement.builder().kind(one(Supplement.Kind.class)).quantity(between(1, 180)).build());
    all.add(AncContact.builder().pregnancyId(id()).gestationalAgeWeeks(between(1, 44))
        .provider(one(AncContact.Provider.class)).build());
    all.add(TbSymptomScreening.builder().symptoms(some(TbSymptomScreening.Symptom.class)).build());
    PumaScreening.Builder puma = PumaScreening.builder();
    for (int i = 0; i < PumaScreening.ITEMS; i++) {
      puma.addItemPoints(between(0, 2));
    }
    all.add(puma.build());
    all.add(Phq4Screening.builder().addAnswers(between(0, 3), between(0, 3), between(0, 3),
        between(0, 3)).build());
    Srq20Screening.Builder srq = Srq20Screening.builder();
    for (int i = 0; i < 20; i++) {
      srq.addAnswers(r.nextBoolean());
    }
    all.add(srq.build());
    all.add(SkilasScreening.builder().positiveItems(some(SkilasScreening.Item.class)).build());
    all.add(AdlScreening.builder().barthelScore(between(0, 20)).build());
    all.add(VisionHearingScreening.builder().vision(one(VisionHearingScreening.Result.class))
        .build());
    all.add(DevelopmentScreening.builder().formAgeMonths(between(3, 72)).yesAnswers(between(0, 10))
        .build());
    all.add(Referral.builder().referralArea(one(SpmArea.class))
        .destination(one(Referral.Destination.class)).reason("rujukan").build());
    boolean enrolled = r.nextBoolean();
    all.add(enrolled
        ? SchoolEnrolment.builder().enrolled(true).level(one(SchoolEnrolment.Level.class)).build()
        : SchoolEnrolment.builder().enrolled(false)
            .outOfSchoolReason(one(SchoolEnrolment.OutOfSchoolReason.class)).build());
    all.add(NeglectAssessment.builder().categories(some(NeglectAssessment.Category.class)).build());
    all.add(SocialAssistance.builder().programmes(some(SocialAssistance.Programme.class)).build());
    all.add(KiaBook.builder().owned(r.nextBoolean()).build());
    DtsenRegistration.Builder d = DtsenRegistration.builder().registered(r.nextBoolean())
        .checkedOn(dateBefore(asOf, 400));
    all.add(d.build().registered() ? d.decile(between(1, 10)).build() : d.build());
    all.add(HouseCondition.builder().roof(one(HouseCondition.Roof.class))
        .wall(one(HouseCondition.Wall.class)).floor(one(HouseCondition.Floor.class))
        .damagedComponents(some(HouseCondition.Component.class))
        .floorAreaM2(between(1.0, 5000.0)).occupants(between(1, 100))
        .ceilingHeightM(between(1.0, 10.0)).ownMck(r.nextBoolean()).build());
    all.add(DrinkingWater.builder().mainSource(one(DrinkingWater.Source.class))
        .distanceToSepticM(between(0.0, 10000.0)).collectionMinutes(between(0, 1440))
        .availableWhenNeeded(r.nextBoolean()).build());
    all.add(Sanitation.builder().toilet(one(Sanitation.Toilet.class))
        .disposal(one(Sanitation.Disposal.class)).use(one(Sanitation.Use.class)).build());
    all.add(DisasterPreparedness.builder().inDisasterProneArea(r.nextBoolean())
        .hazards(some(DisasterPreparedness.Hazard.class)).riskInformationReceived(r.nextBoolean())
        .measures(some(DisasterPreparedness.Measure.class)).build());
    all.add(IncidentReport.builder().kind(one(IncidentReport.Kind.class))
        .occurredOn(dateBefore(asOf, 100)).description("banjir").build());
    return all;
  }

  /** The service record types {@link #everyRecord()} covers. */
  public List<Class<?>> recordTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (ServiceRecord s : everyRecord()) {
      types.add(s.getClass().getSuperclass());
    }
    return types;
  }

  /** A NIK registered in Kota Jakarta Selatan, Kebayoran Baru, matching sex and birth date. */
  public Nik nik(Sex sex, LocalDate birth) {
    int day = birth.getDayOfMonth() + (sex == Sex.FEMALE ? Nik.FEMALE_DAY_OFFSET : 0);
    return Nik.parse(String.format("317401%02d%02d%02d%04d", day, birth.getMonthValue(),
        birth.getYear() % 100, between(1, 9999)));
  }

  /** A valid resident, with a matching NIK two times in three. */
  public Resident resident(Sex sex, LocalDate birthDate) {
    Resident.Builder b = Resident.builder().id(id()).name("Siti Aminah").sex(sex)
        .birthDate(birthDate).birthDateEstimated(r.nextInt(10) == 0).householdId(id())
        .relationToHead(one(RelationToHead.class)).disabilities(some(Disability.class));
    if (r.nextInt(3) > 0) {
      b.nik(nik(sex, birthDate));
    }
    return b.build();
  }

  /** A valid Posyandu. */
  public Posyandu posyandu() {
    return Posyandu.builder().registrationNumber(POSYANDU).name("Posyandu Melati " + between(1, 9))
        .legacyId("P" + between(1000, 9999)).build();
  }

  /** A valid kader with 0-3 trainings. */
  public Kader kader() {
    Kader.Builder b = Kader.builder().id(id()).name("Wati").posyandu(POSYANDU)
        .areas(some(SpmArea.class));
    for (int i = between(0, 3); i > 0; i--) {
      b.addTrainings(Kader.Training.builder().topic("Keterampilan dasar kader")
          .area(one(SpmArea.class)).completedOn(dateBefore(asOf, 2000)).build());
    }
    return b.build();
  }

  /** A valid household, with a KK number half of the time. */
  public Household household() {
    Household.Builder b = Household.builder().id(id()).posyandu(POSYANDU)
        .address(Address.builder().street("Jl. Mawar No. " + between(1, 200))
            .rt(String.format("%03d", between(1, 20))).rw(String.format("%03d", between(1, 12)))
            .kodeDesa(KodeWilayah.parse("11.01.10.2001")).build());
    if (r.nextBoolean()) {
      b.kkNumber(NomorKk.parse(String.format("317401%02d%02d%02d%04d", between(1, 28),
          between(1, 12), between(0, 25), between(1, 9999))));
    }
    return b.build();
  }

  /** A woman of 20-40 with a pregnancy and visits holding every record type. */
  public ResidentRecords residentRecords() {
    LocalDate birth = asOf.minusYears(between(20, 40)).minusDays(between(0, 364));
    Resident mother = resident(Sex.FEMALE, birth);
    LocalDate hpht = dateBefore(asOf.minusDays(30), 400);
    Pregnancy.Builder p = Pregnancy.builder().id(id()).residentId(mother.id())
        .lastMenstrualPeriod(hpht);
    if (r.nextBoolean()) {
      p.estimatedDeliveryDate(hpht.plusDays(Pregnancy.GESTATION_DAYS));
    }
    if (hpht.plusDays(Pregnancy.GESTATION_DAYS).isBefore(asOf)) {
      p.outcome(one(PregnancyOutcome.class)).outcomeDate(hpht.plusDays(between(100, 280)));
    }
    List<ServiceRecord> records = new ArrayList<>(everyRecord());
    records.removeIf(s -> s instanceof Anthropometry
        && ((Anthropometry) s).position().filter(x -> x == MeasurePosition.RECUMBENT).isPresent());
    Visit visit = Visit.builder().id(id()).residentId(mother.id()).date(dateBefore(asOf, 300))
        .setting(one(VisitSetting.class)).posyandu(POSYANDU).kaderId(id()).records(records).build();
    return ResidentRecords.builder().resident(mother).addVisits(visit).addPregnancies(p.build())
        .build();
  }

  /** A valid service request with a history of 1-4 steps in date order. */
  public ServiceRequest serviceRequest() {
    ServiceRequest.Builder b = ServiceRequest.builder().id(id()).posyandu(POSYANDU)
        .area(one(SpmArea.class))
        .householdId(id()).summary("rumah tidak layak huni");
    LocalDate day = dateBefore(asOf, 60);
    int steps = between(1, 4);
    for (int i = 0; i < steps; i++) {
      ServiceRequest.Status status = ServiceRequest.Status.values()[i];
      ServiceRequest.StatusChange.Builder c = ServiceRequest.StatusChange.builder().status(status)
          .date(day);
      if (status == ServiceRequest.Status.FORWARDED) {
        c.forwardedTo("Dinas Sosial");
      }
      b.addHistory(c.build());
      day = day.plusDays(between(0, 5));
      if (day.isAfter(asOf)) {
        day = asOf;
      }
    }
    return b.build();
  }
}
