package id.posyandu.json;

import id.posyandu.core.SpmArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A small record type of the tests, standing in for model types in reader tests. */
public record Sample(String name, int count, LocalDate date, SpmArea area, boolean flag,
    List<String> tags) {

  /** Rejects what a builder would reject. */
  public Sample {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(area, "area");
    tags = List.copyOf(tags);
    if (count < 0) {
      throw new IllegalArgumentException("count < 0");
    }
  }

  static String json(String name, int count) {
    return "{\"name\":\"" + name + "\",\"count\":" + count
        + ",\"date\":\"2024-02-29\",\"area\":\"KES\",\"flag\":true,\"tags\":[\"a\"]}";
  }
}
