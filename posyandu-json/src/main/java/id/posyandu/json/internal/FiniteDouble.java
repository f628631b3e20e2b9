package id.posyandu.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Floating-point values as JSON numbers that fit a {@code double}: {@code 1e999} is out of range
 * (Jackson would silently make it infinity), and a string, boolean or {@code null} is a wrong type.
 */
public final class FiniteDouble extends StdScalarDeserializer<Double> {
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer for {@code double} or {@code Double}. */
  public FiniteDouble(Class<Double> type) {
    super(type);
  }

  @Override
  public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      return (Double) ctxt.handleUnexpectedToken(handledType(), p);
    }
    double d = p.getDoubleValue();
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      throw new InputCoercionException(p, "number out of the range of double", t, double.class);
    }
    return d;
  }
}
