package id.posyandu.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Comparator;

/**
 * One element flowing between the job's stages: a line, a routed record, a join key, an id to check
 * for duplicates, a problem, the counts of a task, or a partition's result. Its place in the input
 * (file index and line number) travels with it, so problems are reported at the line at fault.
 */
final class Item implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line of a file ({@code bytes}), as read. */
  static final byte LINE = 0;
  /** A record for the partition of Posyandu {@code a}; a service request names its own {@code c}. */
  static final byte PART = 1;
  /** A household {@code a} lives at Posyandu {@code b}. */
  static final byte HKEY = 2;
  /** A resident {@code b} of household {@code a}. */
  static final byte RESIDENT = 3;
  /** A service request {@code b} about household {@code a}, own Posyandu {@code c}, resident {@code d}. */
  static final byte REQUEST_H = 4;
  /** A resident {@code a} belongs to the partition of Posyandu {@code b}. */
  static final byte RKEY = 5;
  /** A visit {@code b} of resident {@code a} at Posyandu {@code c} by kader {@code d}. */
  static final byte VISIT = 6;
  /** A pregnancy {@code b} of resident {@code a}. */
  static final byte PREGNANCY = 7;
  /** A service request {@code b} about resident {@code a}, own Posyandu {@code c}, partition {@code d}. */
  static final byte REQUEST_R = 8;
  /** An id {@code b} of record type {@code a}, checked for duplicates. */
  static final byte ID = 9;
  /** A kader id {@code a} (visits name it). */
  static final byte KADER = 10;
  /** A valid Posyandu record ({@code bytes}). */
  static final byte POSYANDU = 11;
  /** A line read only to count and report it (its references failed). */
  static final byte ORPHAN = 12;
  /** A problem ({@code problem}). */
  static final byte PROBLEM = 13;
  /** Counts of one task: {@code n} = read, blank, accepted, rejected, reference problems. */
  static final byte COUNT = 14;
  /** A partition's result ({@code value}). */
  static final byte VALUE = 15;

  static final Comparator<Item> PLACE = Comparator.comparingInt((Item i) -> i.file)
      .thenComparingLong(i -> i.line);

  byte tag;
  int file;
  long line;
  String a;
  String b;
  String c;
  String d;
  byte[] bytes;
  Problem problem;
  long[] n;
  /** A partition's result, Java-serialized (Kryo cannot read Java records such as the tallies'). */
  byte[] value;

  static Item of(byte tag, int file, long line, String a, String b, String c, String d,
      byte[] bytes) {
    Item i = new Item();
    i.tag = tag;
    i.file = file;
    i.line = line;
    i.a = a;
    i.b = b;
    i.c = c;
    i.d = d;
    i.bytes = bytes;
    return i;
  }

  static Item problem(Problem p) {
    Item i = new Item();
    i.tag = PROBLEM;
    i.problem = p;
    return i;
  }

  static Item count(long read, long blank, long accepted, long rejected, long references) {
    Item i = new Item();
    i.tag = COUNT;
    i.n = new long[] {read, blank, accepted, rejected, references};
    return i;
  }

  static Item value(Serializable v) {
    Item i = new Item();
    i.tag = VALUE;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(b)) {
      o.writeObject(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    i.value = b.toByteArray();
    return i;
  }

  /** The result of a {@link #VALUE}. */
  Object value() {
    try (ObjectInputStream o = new ObjectInputStream(new ByteArrayInputStream(value))) {
      return o.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
