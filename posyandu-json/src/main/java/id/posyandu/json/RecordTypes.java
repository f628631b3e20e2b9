package id.posyandu.json;

import id.posyandu.core.model.Household;
import id.posyandu.core.model.Kader;
import id.posyandu.core.model.Posyandu;
import id.posyandu.core.model.Pregnancy;
import id.posyandu.core.model.Resident;
import id.posyandu.core.model.ServiceRequest;
import id.posyandu.core.record.ResidentRecords;
import id.posyandu.core.record.Visit;
import id.posyandu.rules.Finding;
import id.posyandu.rules.anthro.AnthroPlusResult;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.ConditionResult;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.NutritionStatus;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.spm.HomeVisit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of record types in NDJSON files of mixed records, as written in each line's
 * {@code type} member ({@code {"type":"visit", ...}}). Names are explicit and stable: never Java
 * class names.
 */
public final class RecordTypes {

  private final Map<String, Class<?>> byName;
  private final Map<Class<?>, String> byClass;

  private RecordTypes(Map<String, Class<?>> byName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    Map<Class<?>, String> rev = new LinkedHashMap<>();
    byName.forEach((n, c) -> rev.put(c, n));
    this.byClass = Collections.unmodifiableMap(rev);
  }

  /**
   * The record types of the core model with their stable names: {@code posyandu}, {@code kader},
   * {@code household}, {@code resident}, {@code pregnancy}, {@code visit}, {@code serviceRequest}
   * and {@code residentRecords} (a resident with their visits and pregnancies, validated together).
   */
  public static RecordTypes core() {
    return CORE;
  }

  private static final RecordTypes CORE = builder()
      .add("posyandu", Posyandu.class)
      .add("kader", Kader.class)
      .add("household", Household.class)
      .add("resident", Resident.class)
      .add("pregnancy", Pregnancy.class)
      .add("visit", Visit.class)
      .add("serviceRequest", ServiceRequest.class)
      .add("residentRecords", ResidentRecords.class)
      .build();

  /**
   * The result types of the rules with their stable names, for their JSON Schemas and for NDJSON
   * output: {@code zScore}, {@code anthroResult}, {@code anthroPlusResult}, {@code nutritionStatus},
   * {@code conditionResult}, {@code nutritionAssessment}, {@code finding}, {@code reportingPeriod},
   * {@code reportRow}, {@code indicatorReport}, {@code followUp} and {@code homeVisit}. Of these,
   * the plain values are read back ({@code zScore}, {@code finding}, {@code reportingPeriod},
   * {@code followUp}, {@code homeVisit}); the others are written only, as the rules build them
   * from data (a report row, for instance, names its indicator by reference, not by its
   * conditions).
   */
  public static RecordTypes results() {
    return RESULTS;
  }

  private static final RecordTypes RESULTS = builder()
      .add("zScore", ZScore.class)
      .add("anthroResult", AnthroResult.class)
      .add("anthroPlusResult", AnthroPlusResult.class)
      .add("nutritionStatus", NutritionStatus.class)
      .add("conditionResult", ConditionResult.class)
      .add("nutritionAssessment", NutritionAssessment.class)
      .add("finding", Finding.class)
      .add("reportingPeriod", ReportingPeriod.class)
      .add("reportRow", ReportRow.class)
      .add("indicatorReport", IndicatorReport.class)
      .add("followUp", FollowUp.class)
      .add("homeVisit", HomeVisit.class)
      .build();

  /**
   * The class-path resource of the JSON Schema (draft 2020-12) of a core record type or a result
   * type ({@link #core()}, {@link #results()}), e.g.
   * {@code id/posyandu/json/schema/visit.schema.json} for {@code visit}; non-Java systems can
   * validate the same records with it.
   */
  public static String schemaResource(String name) {
    return "id/posyandu/json/schema/" + name + ".schema.json";
  }

  /** A builder of a registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** The class registered under {@code name}. */
  public Optional<Class<?>> classOf(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The name of {@code type}: of the type itself, or else of the nearest registered supertype
   * (so an implementation class finds its abstract model type).
   */
  public Optional<String> nameOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      String n = byClass.get(c);
      if (n != null) {
        return Optional.of(n);
      }
      for (Class<?> i : c.getInterfaces()) {
        n = byClass.get(i);
        if (n != null) {
          return Optional.of(n);
        }
      }
    }
    return Optional.empty();
  }

  /** The registered names and classes, in registration order. */
  public Map<String, Class<?>> asMap() {
    return byName;
  }

  /** The registered names, comma-separated (for messages). */
  public String namesList() {
    return String.join(", ", byName.keySet());
  }

  @Override
  public String toString() {
    return "RecordTypes" + byName.keySet();
  }

  /** Builds a {@link RecordTypes}. */
  public static final class Builder {
    private final Map<String, Class<?>> byName = new LinkedHashMap<>();

    private Builder() {}

    /** Adds everything of another registry. */
    public Builder addAll(RecordTypes other) {
      other.byName.forEach(this::add);
      return this;
    }

    /**
     * Registers {@code type} under {@code name}.
     *
     * @throws IllegalArgumentException when the name is blank or already taken
     */
    public Builder add(String name, Class<?> type) {
      if (name == null || name.isBlank() || !name.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
        throw new IllegalArgumentException("record type name must be a simple name: " + name);
      }
      if (byName.containsKey(name)) {
        throw new IllegalArgumentException("record type name already registered: " + name);
      }
      byName.put(name, type);
      return this;
    }

    /** The registry. */
    public RecordTypes build() {
      return new RecordTypes(byName);
    }
  }
}
