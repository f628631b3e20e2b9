package id.posyandu.core.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats every no-argument, non-void method as a property getter named after the method, so that
 * constraints on Immutables accessors such as {@code weightKg()} are validated (Hibernate Validator
 * otherwise sees only JavaBeans {@code getX()}/{@code isX()} getters). Methods of {@link Object} and
 * the generated {@code builder}/{@code copyOf} helpers are not properties.
 */
final class AccessorPropertyStrategy implements GetterPropertySelectionStrategy {

  private static final Set<String> NOT_PROPERTIES =
      Set.of("toString", "hashCode", "getClass", "clone", "finalize", "notify", "notifyAll", "wait",
          "builder");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}
