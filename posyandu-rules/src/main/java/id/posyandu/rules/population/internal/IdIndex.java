package id.posyandu.rules.population.internal;

import java.util.List;
import java.util.function.Function;

/**
 * An open-addressing hash index from a string id to the position of an item in a list: eight bytes a
 * slot (position and hash), no boxed keys or values, because the item already holds its id; the
 * stored hash spares dereferencing an item on most probes. Built once, read-only after.
 *
 * @param <T> the type of the items
 */
public final class IdIndex<T> {
  private static final int EMPTY = 0;

  private final List<T> items;
  private final Function<T, String> idOf;
  private final int[] slots;
  private final int[] hashes;
  private final int mask;
  private final int[] duplicates;

  /**
   * Indexes {@code items} by {@code idOf}. The first item of a duplicated id wins; the positions of
   * the later ones are in {@link #duplicates()}.
   */
  public IdIndex(List<T> items, Function<T, String> idOf) {
    this.items = items;
    this.idOf = idOf;
    int capacity = Integer.highestOneBit(Math.max(4, items.size() * 2 - 1)) << 1;
    this.slots = new int[capacity];
    this.hashes = new int[capacity];
    this.mask = capacity - 1;
    int[] dup = new int[0];
    int dupCount = 0;
    for (int i = 0; i < items.size(); i++) {
      String id = idOf.apply(items.get(i));
      int hash = mix(id.hashCode());
      int slot = hash & mask;
      boolean duplicate = false;
      while (slots[slot] != EMPTY) {
        if (hashes[slot] == hash && idOf.apply(items.get(slots[slot] - 1)).equals(id)) {
          duplicate = true;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (duplicate) {
        if (dupCount == dup.length) {
          dup = java.util.Arrays.copyOf(dup, Math.max(4, dup.length * 2));
        }
        dup[dupCount++] = i;
      } else {
        slots[slot] = i + 1;
        hashes[slot] = hash;
      }
    }
    this.duplicates = java.util.Arrays.copyOf(dup, dupCount);
  }

  /** The position of the item with {@code id}, or -1. */
  public int indexOf(String id) {
    if (id == null) {
      return -1;
    }
    int hash = mix(id.hashCode());
    int slot = hash & mask;
    int v;
    while ((v = slots[slot]) != EMPTY) {
      if (hashes[slot] == hash && idOf.apply(items.get(v - 1)).equals(id)) {
        return v - 1;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Positions of items whose id an earlier item already had, ascending. */
  public int[] duplicates() {
    return duplicates.clone();
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
