package id.posyandu.rules.spm;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * An immutable list whose elements are made on demand by a function of their position: the
 * resident and household views of {@link SixSpm#subjects}, which cost a few references each and
 * are garbage as soon as the engine has counted them.
 */
final class ViewList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private final IntFunction<T> make;

  ViewList(int size, IntFunction<T> make) {
    this.size = size;
    this.make = Objects.requireNonNull(make, "make");
  }

  @Override
  public T get(int index) {
    return make.apply(Objects.checkIndex(index, size));
  }

  @Override
  public int size() {
    return size;
  }
}
