package id.posyandu.rules.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.posyandu.core.Sex;
import id.posyandu.core.SpmArea;
import id.posyandu.core.code.KodeWilayah;
import id.posyandu.core.code.PosyanduRegistrationNumber;
import id.posyandu.core.model.Address;
import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.RelationToHead;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.Visit;
import id.posyandu.core.record.VisitSetting;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PopulationTest {
  static final PosyanduRegistrationNumber P1 = PosyanduRegistrationNumber.parse("32.04.01.2001.001");
  static final PosyanduRegistrationNumber P2 = PosyanduRegistrationNumber.parse("32.04.02.1003.002");
  static final PosyanduRegistrationNumber P9 = PosyanduRegistrationNumber.parse("32.04.09.2009.009");

  static Posyandu posyandu(PosyanduRegistrationNumber n) {
    return Posyandu.builder().registrationNumber(n).name("Posyandu Melati " + n.sequence()).build();
  }

  static Kader kader(String id, PosyanduRegistrationNumber n) {
    return Kader.builder().id(id).name("Kader " + id).posyandu(n).addAreas(SpmArea.KESEHATAN)
        .build();
  }

  static Household household(String id, PosyanduRegistrationNumber n) {
    return Household.builder().id(id).posyandu(n)
        .address(Address.builder().rt("001").rw("002").kodeDesa(n.desa()).build()).build();
  }

  static Resident resident(String id, String householdId, LocalDate birth) {
    return Resident.builder().id(id).name("Siti " + id).sex(Sex.FEMALE).birthDate(birth)
        .householdId(householdId).relationToHead(RelationToHead.ANAK).build();
  }

  static Visit visit(String id, String residentId, LocalDate date, PosyanduRegistrationNumber n,
      String kaderId) {
    return Visit.builder().id(id).residentId(residentId).date(date).posyandu(n)
        .setting(VisitSetting.POSYANDU_SESSION).kaderId(kaderId).build();
  }

  static Pregnancy pregnancy(String id, String residentId) {
    return Pregnancy.builder().id(id).residentId(residentId)
        .lastMenstrualPeriod(LocalDate.of(2026, 3, 1)).build();
  }

  static ServiceRequest request(String id, PosyanduRegistrationNumber n, String residentId,
      String householdId) {
    ServiceRequest.Builder b = ServiceRequest.builder().id(id).posyandu(n)
        .area(SpmArea.PENDIDIKAN)
        .addHistory(ServiceRequest.StatusChange.builder().status(ServiceRequest.Status.RECEIVED)
            .date(LocalDate.of(2026, 5, 2)).build());
    if (residentId != null) {
      b.residentId(residentId);
    }
    if (householdId != null) {
      b.householdId(householdId);
    }
    return b.build();
  }

  static Population.Builder consistent() {
    return Population.builder()
        .addPosyandu(posyandu(P1)).addPosyandu(posyandu(P2))
        .addKader(kader("k1", P1)).addKader(kader("k2", P2)).addKader(kader("k3", P1))
        .addHousehold(household("h1", P1)).addHousehold(household("h2", P2))
        .addResident(resident("r1", "h1", LocalDate.of(2024, 1, 5)))
        .addResident(resident("r2", "h2", LocalDate.of(1995, 6, 1)))
        .addResident(resident("r3", "h1", LocalDate.of(1998, 2, 1)))
        .addPregnancy(pregnancy("g1", "r2"))
        .addVisit(visit("v3", "r1", LocalDate.of(2026, 6, 10), P1, "k1"))
        .addVisit(visit("v1", "r1", LocalDate.of(2026, 4, 10), P1, "k1"))
        .addVisit(visit("v2", "r2", LocalDate.of(2026, 5, 10), P2, "k2"))
        .addVisit(visit("v4", "r1", LocalDate.of(2026, 5, 10), P1, "k3"))
        .addServiceRequest(request("s1", P1, "r1", "h1"))
        .addServiceRequest(request("s2", P2, null, "h2"));
  }

  @Test
  void indexesAResidentsVisitsByDateAndAHouseholdsResidents() {
    Population p = consistent().build();

    assertThat(p.visitsOf("r1")).extracting(Visit::id).containsExactly("v1", "v4", "v3");
    assertThat(p.visitsOf("r2")).extracting(Visit::id).containsExactly("v2");
    assertThat(p.visitsOf("r3")).isEmpty();
    assertThat(p.visitsOf("nobody")).isEmpty();
    assertThat(p.residentsOf("h1")).extracting(Resident::id).containsExactly("r1", "r3");
    assertThat(p.pregnanciesOf("r2")).extracting(Pregnancy::id).containsExactly("g1");
    assertThat(p.pregnanciesOf("r1")).isEmpty();
  }

  @Test
  void positionalAccessAgreesWithTheIdLookups() {
    Population p = consistent().build();

    int r1 = p.indexOfResident("r1");
    assertThat(p.residents().get(r1).id()).isEqualTo("r1");
    assertThat(p.indexOfResident("nobody")).isEqualTo(-1);
    assertThat(p.visitsOfResidentAt(r1)).extracting(Visit::id).containsExactly("v1", "v4", "v3");
    assertThat(p.pregnanciesOfResidentAt(p.indexOfResident("r2"))).extracting(Pregnancy::id)
        .containsExactly("g1");
    assertThat(p.householdOfResidentAt(r1).id()).isEqualTo("h1");
    assertThat(p.posyanduIdOfResidentAt(r1)).isEqualTo(p.posyanduIdOfResident("r1"));
    int h1 = p.households().indexOf(p.household("h1").orElseThrow());
    assertThat(java.util.Arrays.stream(p.memberPositionsOfHouseholdAt(h1))
        .mapToObj(i -> p.residents().get(i).id())).containsExactly("r1", "r3");
    assertThat(p.posyanduIdOfHouseholdAt(h1)).isEqualTo(p.posyanduIdOfHousehold("h1"));
    assertThatThrownBy(() -> p.visitsOfResidentAt(p.residents().size()))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> p.memberPositionsOfHouseholdAt(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void resolvesAResidentsHouseholdAndPosyanduThroughTheHousehold() {
    Population p = consistent().build();

    assertThat(p.householdOf("r2")).map(Household::id).contains("h2");
    assertThat(p.posyanduOf("r2")).map(Posyandu::registrationNumber).contains(P2);
    assertThat(p.posyanduIdOfResident("r3")).isEqualTo("3204012001001");
    assertThat(p.posyanduIdOfHousehold("h2")).isEqualTo(P2.plain());
    assertThat(p.posyanduOf("nobody")).isEmpty();
    assertThatThrownBy(() -> p.posyanduIdOfResident("nobody"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void givesTheDesaOfEveryPosyanduKeyedByItsReportId() {
    Population p = consistent().build();

    assertThat(p.posyanduDesa()).containsOnlyKeys(P1.plain(), P2.plain());
    assertThat(p.posyanduDesa().get(p.posyanduId(P2)))
        .isEqualTo(KodeWilayah.parse("32.04.02.1003"));
  }

  @Test
  void listsKaderHouseholdsAndServiceRequestsByOwner() {
    Population p = consistent().build();

    assertThat(p.kaderOf(P1)).extracting(Kader::id).containsExactly("k1", "k3");
    assertThat(p.householdsOf(P2)).extracting(Household::id).containsExactly("h2");
    assertThat(p.serviceRequestsOfResident("r1")).extracting(ServiceRequest::id)
        .containsExactly("s1");
    assertThat(p.serviceRequestsOfHousehold("h2")).extracting(ServiceRequest::id)
        .containsExactly("s2");
    assertThat(p.kaderOf(P9)).isEmpty();
  }

  @Test
  void findsRecordsById() {
    Population p = consistent().build();

    assertThat(p.resident("r3")).isPresent();
    assertThat(p.household("h9")).isEmpty();
    assertThat(p.kader("k2")).isPresent();
    assertThat(p.posyandu(P1)).isPresent();
    assertThat(p.posyandu(P9)).isEmpty();
  }

  @Test
  void reportsEveryDanglingReferenceAtOnceInsteadOfDroppingRecords() {
    Population.Builder b = consistent()
        .addHousehold(household("h3", P9))
        .addResident(resident("r4", "h404", LocalDate.of(2000, 1, 1)))
        .addPregnancy(pregnancy("g2", "r404"))
        .addVisit(visit("v5", "r405", LocalDate.of(2026, 6, 1), P9, "k404"))
        .addKader(kader("k9", P9))
        .addServiceRequest(request("s3", P1, "r406", "h406"));

    List<String> problems = b.problems().stream().map(PopulationProblem::toString)
        .collect(Collectors.toList());

    assertThat(problems).containsExactly(
        "Kader k9: Posyandu tidak dikenal / unknown Posyandu 32.04.09.2009.009",
        "Household h3: Posyandu tidak dikenal / unknown Posyandu 32.04.09.2009.009",
        "Resident r4: rumah tangga tidak dikenal / unknown household h404",
        "Pregnancy g2: warga tidak dikenal / unknown resident r404",
        "Visit v5: warga tidak dikenal / unknown resident r405",
        "Visit v5: Posyandu tidak dikenal / unknown Posyandu 32.04.09.2009.009",
        "Visit v5: kader tidak dikenal / unknown kader k404",
        "ServiceRequest s3: warga tidak dikenal / unknown resident r406",
        "ServiceRequest s3: rumah tangga tidak dikenal / unknown household h406");
    assertThatThrownBy(b::build)
        .isInstanceOf(PopulationException.class)
        .hasMessageContaining("9 masalah rujukan")
        .satisfies(e -> assertThat(((PopulationException) e).problems()).hasSize(9));
  }

  @Test
  void reportsDuplicateIds() {
    Population.Builder b = consistent()
        .addPosyandu(posyandu(P1))
        .addResident(resident("r1", "h1", LocalDate.of(2010, 1, 1)))
        .addVisit(visit("v1", "r1", LocalDate.of(2026, 4, 11), P1, "k1"));

    assertThat(b.problems()).extracting(PopulationProblem::kind, PopulationProblem::recordType,
            PopulationProblem::recordId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PopulationProblem.Kind.DUPLICATE_ID, "Posyandu",
                "32.04.01.2001.001"),
            org.assertj.core.groups.Tuple.tuple(PopulationProblem.Kind.DUPLICATE_ID, "Resident",
                "r1"),
            org.assertj.core.groups.Tuple.tuple(PopulationProblem.Kind.DUPLICATE_ID, "Visit",
                "v1"));
  }

  @Test
  void listsOnlyTheFirstProblemsInTheMessageButKeepsThemAll() {
    Population.Builder b = consistent();
    for (int i = 0; i < 25; i++) {
      b.addResident(resident("x" + i, "nowhere", LocalDate.of(2001, 1, 1)));
    }

    assertThatThrownBy(b::build)
        .hasMessageContaining("dan 5 lagi / and 5 more")
        .satisfies(e -> assertThat(((PopulationException) e).problems()).hasSize(25));
  }

  @Test
  void isImmutableAndEqualByItsRecords() {
    Population a = consistent().build();
    Population b = consistent().build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Population.builder().build());
    assertThatThrownBy(() -> a.residents().add(resident("z", "h1", LocalDate.of(2000, 1, 1))))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.visitsOf("r1").set(0, null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void printsCountsButNoPersonalData() {
    Population p = consistent().build();

    assertThat(p.toString()).contains("residents=3", "visits=4").doesNotContain("Siti");
  }

  @Test
  void anEmptyPopulationIsValid() {
    Population p = Population.builder().build();

    assertThat(p.residents()).isEmpty();
    assertThat(p.posyanduDesa()).isEmpty();
  }
}
