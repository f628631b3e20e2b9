package id.posyandu.rules.population.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A one-to-many index in compressed sparse row form: for each owner {@code o}, the child positions
 * {@code children[offsets[o] .. offsets[o+1])}. Two int arrays for the whole relation.
 */
public final class Csr {
  private final int[] offsets;
  private final int[] children;

  private Csr(int[] offsets, int[] children) {
    this.offsets = offsets;
    this.children = children;
  }

  /**
   * Groups children by owner; {@code ownerOf[c]} is the owner of child {@code c}, or -1 for none
   * (left out). Within an owner, children keep their order.
   */
  public static Csr group(int owners, int[] ownerOf) {
    int[] offsets = new int[owners + 1];
    int total = 0;
    for (int o : ownerOf) {
      if (o >= 0) {
        offsets[o + 1]++;
        total++;
      }
    }
    for (int i = 0; i < owners; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] next = java.util.Arrays.copyOf(offsets, owners);
    int[] children = new int[total];
    for (int c = 0; c < ownerOf.length; c++) {
      int o = ownerOf[c];
      if (o >= 0) {
        children[next[o]++] = c;
      }
    }
    return new Csr(offsets, children);
  }

  /**
   * Sorts each owner's children by {@code key[child]} ascending, stably (insertion sort: the groups
   * are small, e.g. a resident's visits of a year).
   */
  public Csr sortEachBy(long[] key) {
    for (int o = 0; o + 1 < offsets.length; o++) {
      for (int i = offsets[o] + 1; i < offsets[o + 1]; i++) {
        int c = children[i];
        long k = key[c];
        int j = i - 1;
        while (j >= offsets[o] && key[children[j]] > k) {
          children[j + 1] = children[j];
          j--;
        }
        children[j + 1] = c;
      }
    }
    return this;
  }

  /** The number of children of {@code owner}. */
  public int size(int owner) {
    return offsets[owner + 1] - offsets[owner];
  }

  /** The child positions of {@code owner}, in order (a new array). */
  public int[] children(int owner) {
    return java.util.Arrays.copyOfRange(children, offsets[owner], offsets[owner + 1]);
  }

  /** A read-only view of the items of {@code owner}'s children, taken from {@code items}. */
  public <T> List<T> view(int owner, List<T> items) {
    int from = offsets[owner];
    int to = offsets[owner + 1];
    if (from == to) {
      return List.of();
    }
    return new Slice<>(items, children, from, to);
  }

  private static final class Slice<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> items;
    private final int[] children;
    private final int from;
    private final int to;

    Slice(List<T> items, int[] children, int from, int to) {
      this.items = items;
      this.children = children;
      this.from = from;
      this.to = to;
    }

    @Override
    public T get(int index) {
      if (index < 0 || index >= to - from) {
        // not IndexOutOfBoundsException(int): Java 16, missing on Android
        throw new IndexOutOfBoundsException("Index out of range: " + index);
      }
      return items.get(children[from + index]);
    }

    @Override
    public int size() {
      return to - from;
    }
  }
}
