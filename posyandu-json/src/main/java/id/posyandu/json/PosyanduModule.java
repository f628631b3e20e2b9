package id.posyandu.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import id.posyandu.json.internal.CodeEnums;
import id.posyandu.json.internal.CodeTypes;
import id.posyandu.json.internal.FiniteDouble;
import id.posyandu.json.internal.ModuleVersion;
import id.posyandu.json.internal.ModelMixins;
import id.posyandu.json.internal.ResultCodecs;
import id.posyandu.json.internal.StrictLocalDate;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The Jackson module of the posyandu model: registers the (de)serialization of every core type and
 * of the rules' results (z-scores, nutrition status, findings, indicator reports, follow-up and
 * home-visit lists). Core and rules stay free of Jackson annotations: the mappings are mix-ins and (de)serializers in this module's
 * {@code internal} package. Discoverable through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}, so
 * {@code ObjectMapper.findAndRegisterModules()} finds it.
 *
 * <p>What it defines, whatever the mapper's other settings:
 *
 * <ul>
 *   <li>{@link LocalDate} as {@code "YYYY-MM-DD"} only (impossible dates are errors);
 *   <li>enums of the model as stable codes ({@code code()} when the enum has one, else its name);
 *   <li>value types through their builders, code types (NIK, KK, kode wilayah) as strings, the
 *       service records of a visit as a list with an explicit {@code type} name (never a class
 *       name);
 *   <li>the rules' results as objects with their properties in name order, absent values left out
 *       (never {@code null} or {@code NaN}): a z-score not computed is {@code {"computed":false,
 *       "indicator":...,"reason":"OUT_OF_RANGE"}}; a report row names its indicator by reference
 *       (id, area, labels, source), never by its conditions. Plain values (z-scores, findings,
 *       periods, follow-ups, home visits) are read back; reports and assessments are written
 *       only.
 * </ul>
 *
 * <p>For the project's strict defaults (unknown properties, duplicate keys, wrong types and trailing
 * tokens are errors, limits on input) use {@link PosyanduJson}, which registers this module.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PosyanduModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PosyanduModule() {
    super("PosyanduModule", ModuleVersion.VERSION);
    addSerializer(LocalDate.class, new StrictLocalDate.Ser());
    addDeserializer(LocalDate.class, new StrictLocalDate.Deser());
    CodeTypes.register(this);
    ResultCodecs.register(this);
    addDeserializer(Double.class, new FiniteDouble(Double.class));
    addDeserializer(double.class, new FiniteDouble(double.class));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new CodeEnums.Ser());
    context.addDeserializers(new CodeEnums.Deser());
    ModelMixins.register(context);
  }
}
