package id.posyandu.rules.population;

import java.util.List;

/**
 * Thrown by {@link Population.Builder#build()} when the records do not refer to each other
 * consistently; {@link #problems()} lists every problem found, not only the first.
 */
public final class PopulationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** How many problems the message lists before "and n more". */
  private static final int LISTED = 20;

  private final transient List<PopulationProblem> problems;

  /** An exception listing {@code problems} (not empty). */
  public PopulationException(List<PopulationProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order the records were given. */
  public List<PopulationProblem> problems() {
    return problems;
  }

  private static String message(List<PopulationProblem> problems) {
    StringBuilder sb = new StringBuilder()
        .append(problems.size())
        .append(" masalah rujukan dalam data populasi / referential problems in the population:");
    for (int i = 0; i < Math.min(LISTED, problems.size()); i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > LISTED) {
      sb.append("\n  ... dan ").append(problems.size() - LISTED).append(" lagi / and ")
          .append(problems.size() - LISTED).append(" more");
    }
    return sb.toString();
  }
}
