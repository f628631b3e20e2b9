package id.posyandu.spring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;

/**
 * Fails on a property that a posyandu type (or its builder) does not have, whatever the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says (Spring Boot turns it off); other types are left to the
 * mapper's setting.
 */
final class RejectUnknownPosyanduProperties extends DeserializationProblemHandler {

  @Override
  public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
      JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName)
      throws IOException {
    Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
    if (LibraryTypes.isLibraryType(type)) {
      throw UnrecognizedPropertyException.from(p, beanOrClass, propertyName,
          deserializer == null ? null : deserializer.getKnownPropertyNames());
    }
    return false;
  }
}
