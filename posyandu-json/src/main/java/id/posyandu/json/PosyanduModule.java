package id.posyandu.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module of the posyandu model: registers the (de)serialization of every core type and
 * rules result. Discoverable through {@code META-INF/services/com.fasterxml.jackson.databind.Module},
 * so {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
public final class PosyanduModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public PosyanduModule() {
    super("PosyanduModule", new Version(0, 1, 0, "SNAPSHOT", "id.posyandu", "posyandu-json"));
  }
}
