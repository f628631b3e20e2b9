package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import id.posyandu.rules.Citation;
import id.posyandu.rules.Confidence;
import id.posyandu.rules.LocalizedText;
import id.posyandu.rules.anthro.AnthroPlusResult;
import id.posyandu.rules.anthro.AnthroResult;
import id.posyandu.rules.anthro.ConditionResult;
import id.posyandu.rules.anthro.GrowthStandard;
import id.posyandu.rules.anthro.Indicator;
import id.posyandu.rules.anthro.NotComputedReason;
import id.posyandu.rules.anthro.NutritionAssessment;
import id.posyandu.rules.anthro.NutritionCondition;
import id.posyandu.rules.anthro.NutritionStatus;
import id.posyandu.rules.anthro.PermenkesIndex;
import id.posyandu.rules.anthro.ZScore;
import id.posyandu.rules.indicator.Count;
import id.posyandu.rules.indicator.FollowUp;
import id.posyandu.rules.indicator.IndicatorDefinition;
import id.posyandu.rules.indicator.IndicatorReport;
import id.posyandu.rules.indicator.PeriodType;
import id.posyandu.rules.indicator.ReportRow;
import id.posyandu.rules.indicator.ReportingPeriod;
import id.posyandu.rules.indicator.SubjectType;
import id.posyandu.rules.indicator.WilsonInterval;
import id.posyandu.rules.spm.HomeVisit;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The canonical JSON of the rules' results, registered by {@code PosyanduModule}. Every object is
 * written with its properties in name order (as the core's records); an absent value is left out,
 * never written as {@code null}, {@code NaN} or {@code 0}.
 *
 * <ul>
 *   <li>{@link ZScore}: {@code {"computed":true,"flagged":false,"indicator":"WEIGHT_FOR_AGE",
 *       "rounded":-2.31,"value":-2.3079...}} or {@code {"computed":false,
 *       "indicator":"WEIGHT_FOR_LENGTH_HEIGHT","reason":"OUT_OF_RANGE"}}; read back strictly (a
 *       computed z has no reason, a z not computed has no value).
 *   <li>{@link AnthroResult}, {@link AnthroPlusResult}: WHO's derived measurements and the
 *       z-scores of the standard, in indicator order. Written only (built by the rules).
 *   <li>{@link NutritionStatus}, {@link ConditionResult}, {@link NutritionAssessment}: the
 *       Permenkes 2/2020 categories with their z-score, cut-off and source. Written only.
 *   <li>{@link IndicatorDefinition}: as a reference (id, area, labels, subject, period type, level,
 *       source), never its conditions: look the definition up in the catalog by id. Written only.
 *   <li>{@link ReportingPeriod}: {@code {"end","label","start","type"}}; read back (the label, when
 *       given, must be the period's own).
 *   <li>{@link ReportRow}, {@link IndicatorReport}: counts, percent, target, met and the Wilson
 *       95 % interval, each left out when it does not exist (denominator 0, no target). Written
 *       only (a report is made from a tally and a catalog).
 *   <li>The plain records ({@link LocalizedText} as {@code {"en","id"}}, {@link Citation},
 *       {@link WilsonInterval}, {@link Count}, {@link FollowUp}, {@link HomeVisit}) through
 *       {@link RecordCodec}, read back. A {@code Finding} is an Immutables value type of the rules:
 *       {@link ValueTypeCodec} writes and reads it like the core's records.
 * </ul>
 */
public final class ResultCodecs {

  private ResultCodecs() {}

  /**
   * Registers the plain records with {@link RecordCodec}, each with its components in declaration
   * order and its canonical constructor.
   *
   * @return the components of each record type, for the test that compares them with the records
   */
  @SuppressWarnings("unchecked")
  public static Map<Class<?>, List<? extends RecordCodec.Component<?>>> registerRecords(
      SimpleModule module) {
    Map<Class<?>, List<? extends RecordCodec.Component<?>>> out = new LinkedHashMap<>();
    out.put(LocalizedText.class, RecordCodec.register(module, LocalizedText.class,
        a -> new LocalizedText((String) a[0], (String) a[1]),
        RecordCodec.component("id", String.class, LocalizedText::id),
        RecordCodec.component("en", String.class, LocalizedText::en)));
    out.put(Citation.class, RecordCodec.register(module, Citation.class,
        a -> new Citation((String) a[0], (String) a[1], (Confidence) a[2]),
        RecordCodec.component("document", String.class, Citation::document),
        RecordCodec.component("locator", String.class, Citation::locator),
        RecordCodec.component("confidence", Confidence.class, Citation::confidence)));
    out.put(WilsonInterval.class, RecordCodec.register(module, WilsonInterval.class,
        a -> new WilsonInterval((Double) a[0], (Double) a[1], (Double) a[2]),
        RecordCodec.component("lower", double.class, WilsonInterval::lower),
        RecordCodec.component("upper", double.class, WilsonInterval::upper),
        RecordCodec.component("confidence", double.class, WilsonInterval::confidence)));
    out.put(Count.class, RecordCodec.register(module, Count.class,
        a -> new Count((Long) a[0], (Long) a[1]),
        RecordCodec.component("numerator", long.class, Count::numerator),
        RecordCodec.component("denominator", long.class, Count::denominator)));
    out.put(FollowUp.class, RecordCodec.register(module, FollowUp.class,
        a -> new FollowUp((String) a[0], (String) a[1], (String) a[2], (Boolean) a[3],
            (Boolean) a[4], (Boolean) a[5], (List<LocalizedText>) a[6]),
        RecordCodec.component("indicatorId", String.class, FollowUp::indicatorId),
        RecordCodec.component("subjectId", String.class, FollowUp::subjectId),
        RecordCodec.component("posyanduId", String.class, FollowUp::posyanduId),
        RecordCodec.component("inDenominator", boolean.class, FollowUp::inDenominator),
        RecordCodec.component("excluded", boolean.class, FollowUp::excluded),
        RecordCodec.component("inNumerator", boolean.class, FollowUp::inNumerator),
        RecordCodec.list("reasons", LocalizedText.class, FollowUp::reasons)));
    out.put(HomeVisit.class, RecordCodec.register(module, HomeVisit.class,
        a -> new HomeVisit((SubjectType) a[0], (String) a[1], (String) a[2], (String) a[3],
            (Integer) a[4], (List<String>) a[5], (List<LocalizedText>) a[6]),
        RecordCodec.component("subjectType", SubjectType.class, HomeVisit::subjectType),
        RecordCodec.component("subjectId", String.class, HomeVisit::subjectId),
        RecordCodec.component("householdId", String.class, HomeVisit::householdId),
        RecordCodec.component("posyanduId", String.class, HomeVisit::posyanduId),
        RecordCodec.component("urgency", int.class, HomeVisit::urgency),
        RecordCodec.list("findings", String.class, HomeVisit::findings),
        RecordCodec.list("reasons", LocalizedText.class, HomeVisit::reasons)));
    return out;
  }

  /** Registers the (de)serializers of the rules' results with {@code module}. */
  public static void register(SimpleModule module) {
    registerRecords(module);
    module.addSerializer(ZScore.class, new Ser<>(ZScore.class, ResultCodecs::zScore));
    module.addDeserializer(ZScore.class, new Deser<>(ZScore.class, ResultCodecs::zScore,
        List.of("computed", "flagged", "indicator", "reason", "rounded", "value")));
    module.addSerializer(AnthroResult.class, new Ser<>(AnthroResult.class, ResultCodecs::anthro));
    module.addSerializer(AnthroPlusResult.class,
        new Ser<>(AnthroPlusResult.class, ResultCodecs::anthroPlus));
    module.addSerializer(NutritionStatus.class,
        new Ser<>(NutritionStatus.class, ResultCodecs::status));
    module.addSerializer(ConditionResult.class,
        new Ser<>(ConditionResult.class, ResultCodecs::condition));
    module.addSerializer(NutritionAssessment.class,
        new Ser<>(NutritionAssessment.class, ResultCodecs::assessment));
    module.addSerializer(IndicatorDefinition.class,
        new Ser<>(IndicatorDefinition.class, ResultCodecs::indicatorReference));
    module.addSerializer(ReportingPeriod.class,
        new Ser<>(ReportingPeriod.class, ResultCodecs::period));
    module.addDeserializer(ReportingPeriod.class, new Deser<>(ReportingPeriod.class,
        ResultCodecs::period, List.of("end", "label", "start", "type")));
    module.addSerializer(ReportRow.class, new Ser<>(ReportRow.class, ResultCodecs::row));
    module.addSerializer(IndicatorReport.class,
        new Ser<>(IndicatorReport.class, ResultCodecs::report));
  }

  /** Writes the members of one object (the braces are written around them). */
  @FunctionalInterface
  private interface Members<T> {
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
  }

  /** Builds a value from a strictly read object. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(StrictObject o) throws IOException;
  }

  // ---- anthropometry ----

  private static void zScore(ZScore z, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    gen.writeBooleanField("computed", z.isComputed());
    if (z.isComputed()) {
      gen.writeBooleanField("flagged", z.isFlagged());
    }
    p.defaultSerializeField("indicator", z.indicator(), gen);
    if (z.isComputed()) {
      gen.writeNumberField("rounded", z.rounded());
      gen.writeNumberField("value", z.value());
    } else {
      p.defaultSerializeField("reason", z.reason().orElseThrow(), gen);
    }
  }

  private static ZScore zScore(StrictObject o) throws IOException {
    boolean computed = o.required("computed", Boolean.class);
    Indicator indicator = o.required("indicator", Indicator.class);
    if (!computed) {
      o.forbid("flagged");
      o.forbid("rounded");
      o.forbid("value");
      return ZScore.notComputed(indicator, o.required("reason", NotComputedReason.class));
    }
    o.forbid("reason");
    double value = o.required("value", Double.class);
    double rounded = o.required("rounded", Double.class);
    boolean flagged = o.required("flagged", Boolean.class);
    try {
      return ZScore.computed(indicator, value, rounded, flagged);
    } catch (IllegalArgumentException e) {
      throw o.invalid(e);
    }
  }

  private static void anthro(AnthroResult r, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    number(gen, "cbmi", r.cbmi());
    number(gen, "clenhei", r.clenhei());
    gen.writeBooleanField("positionImplausible", r.positionImplausible());
    p.defaultSerializeField("zScores", zScores(GrowthStandard.WHO_2006, r::zScore), gen);
  }

  private static void anthroPlus(AnthroPlusResult r, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    number(gen, "cbmi", r.cbmi());
    p.defaultSerializeField("zScores", zScores(GrowthStandard.WHO_2007, r::zScore), gen);
  }

  /** The z-scores of every indicator of a standard, in indicator order. */
  private static List<ZScore> zScores(GrowthStandard standard, Function<Indicator, ZScore> of) {
    List<ZScore> zs = new ArrayList<>();
    for (Indicator i : Indicator.values()) {
      if (i.standard() == standard) {
        zs.add(of.apply(i));
      }
    }
    return zs;
  }

  private static void status(NutritionStatus s, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    gen.writeBooleanField("assessed", s.isAssessed());
    if (s.category().isPresent()) {
      p.defaultSerializeField("category", s.category().get(), gen);
    }
    p.defaultSerializeField("citation", s.citation(), gen);
    List<NutritionCondition> counts = new ArrayList<>(s.countsAs());
    counts.sort(null);
    p.defaultSerializeField("countsAs", counts, gen);
    if (!s.cutOff().isEmpty()) {
      gen.writeStringField("cutOff", s.cutOff());
    }
    gen.writeBooleanField("implausible", s.isImplausible());
    p.defaultSerializeField("index", s.index(), gen);
    p.defaultSerializeField("label", LocalizedText.of(s.labelId(), s.labelEn()), gen);
    p.defaultSerializeField("zScore", s.zScore(), gen);
  }

  private static void condition(ConditionResult c, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    p.defaultSerializeField("basis", c.basis(), gen);
    p.defaultSerializeField("condition", c.condition(), gen);
    p.defaultSerializeField("outcome", c.outcome(), gen);
  }

  private static void assessment(NutritionAssessment a, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    List<ConditionResult> conditions = new ArrayList<>();
    for (NutritionCondition c : NutritionCondition.values()) {
      Optional.ofNullable(a.condition(c)).ifPresent(conditions::add);
    }
    p.defaultSerializeField("conditions", conditions, gen);
    List<NutritionStatus> statuses = new ArrayList<>();
    for (PermenkesIndex i : PermenkesIndex.values()) {
      Optional.ofNullable(a.status(i)).ifPresent(statuses::add);
    }
    p.defaultSerializeField("statuses", statuses, gen);
  }

  // ---- indicators ----

  private static void indicatorReference(IndicatorDefinition d, JsonGenerator gen,
      SerializerProvider p) throws IOException {
    p.defaultSerializeField("area", d.area(), gen);
    gen.writeBooleanField("higherIsBetter", d.higherIsBetter());
    gen.writeStringField("id", d.id());
    p.defaultSerializeField("label", LocalizedText.of(d.labelId(), d.labelEn()), gen);
    p.defaultSerializeField("level", d.level(), gen);
    p.defaultSerializeField("periodType", d.periodType(), gen);
    p.defaultSerializeField("source", d.source(), gen);
    p.defaultSerializeField("subject", d.subject(), gen);
  }

  private static void period(ReportingPeriod r, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    p.defaultSerializeField("end", r.end(), gen);
    gen.writeStringField("label", r.label());
    p.defaultSerializeField("start", r.start(), gen);
    p.defaultSerializeField("type", r.type(), gen);
  }

  private static ReportingPeriod period(StrictObject o) throws IOException {
    PeriodType type = o.required("type", PeriodType.class);
    LocalDate start = o.required("start", LocalDate.class);
    LocalDate end = o.required("end", LocalDate.class);
    Optional<String> label = o.optional("label", String.class);
    ReportingPeriod r;
    try {
      r = new ReportingPeriod(type, start, end);
    } catch (IllegalArgumentException e) {
      throw o.invalid(e);
    }
    if (label.isPresent() && !label.get().equals(r.label())) {
      throw o.invalid(new IllegalArgumentException("label " + label.get() + " is not the label "
          + r.label() + " of the period"));
    }
    return r;
  }

  private static void row(ReportRow r, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    gen.writeNumberField("denominator", r.count().denominator());
    p.defaultSerializeField("indicator", r.indicator(), gen);
    p.defaultSerializeField("level", r.level(), gen);
    if (r.met().isPresent()) {
      gen.writeBooleanField("met", r.met().get());
    }
    gen.writeNumberField("numerator", r.count().numerator());
    number(gen, "percent", r.percent());
    p.defaultSerializeField("period", r.period(), gen);
    if (r.target().isPresent()) {
      gen.writeNumberField("target", r.target().get());
    }
    gen.writeStringField("unit", r.unit());
    if (r.wilson95().isPresent()) {
      p.defaultSerializeField("wilson95", r.wilson95().get(), gen);
    }
  }

  private static void report(IndicatorReport r, JsonGenerator gen, SerializerProvider p)
      throws IOException {
    p.defaultSerializeField("level", r.level(), gen);
    p.defaultSerializeField("rows", r.rows(), gen);
  }

  private static void number(JsonGenerator gen, String name, OptionalDouble v)
      throws IOException {
    if (v.isPresent()) {
      gen.writeNumberField(name, v.getAsDouble());
    }
  }

  private static final class Ser<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Members<T> members;

    Ser(Class<T> type, Members<T> members) {
      super(type);
      this.members = members;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject(value);
      members.write(value, gen, provider);
      gen.writeEndObject();
    }
  }

  private static final class Deser<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Reader<T> reader;
    private final transient List<String> names;

    Deser(Class<T> type, Reader<T> reader, List<String> names) {
      super(type);
      this.reader = reader;
      this.names = names;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return reader.read(StrictObject.read(p, ctxt, handledType(), names));
    }
  }
}
