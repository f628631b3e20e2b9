package id.posyandu.json.internal;

import com.fasterxml.jackson.databind.Module.SetupContext;

/** Mix-ins and (de)serializers of the core model types. */
public final class ModelMixins {

  private ModelMixins() {}

  /** Registers the model's mix-ins with a mapper being set up. */
  public static void register(SetupContext context) {
    // filled in as the core model lands
  }
}
