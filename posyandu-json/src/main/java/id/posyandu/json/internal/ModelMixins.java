package id.posyandu.json.internal;

import com.fasterxml.jackson.databind.Module.SetupContext;

/**
 * The JSON mapping of the core model, registered by {@code PosyanduModule}: value types through
 * their builders ({@link ValueTypeCodec}), and the explicit names of the kinds of service record
 * ({@link #TYPE_NAMES}).
 */
public final class ModelMixins {

  /** The explicit JSON names of polymorphic model types. */
  public static final TypeNames TYPE_NAMES = new TypeNames();

  private ModelMixins() {}

  /** Registers the model's (de)serializers with a mapper being set up. */
  public static void register(SetupContext context) {
    context.addSerializers(new ValueTypeCodec.Ser(TYPE_NAMES));
    context.addDeserializers(new ValueTypeCodec.Deser(TYPE_NAMES));
  }
}
