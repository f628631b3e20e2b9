package id.posyandu.rules.screening;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The four answers of the PHQ-4 style screen of the CKG / ILP kader forms, each scored 0 (not at
 * all) to 3 (nearly every day) over the last two weeks; an empty answer was not given.
 *
 * @param lackOfInterest PHQ-2 item 1: little interest or pleasure in doing things
 * @param feelingDown PHQ-2 item 2: feeling down, depressed or hopeless
 * @param nervous GAD-2 item 1: feeling nervous, anxious or on edge
 * @param uncontrollableWorry GAD-2 item 2: not being able to stop or control worrying
 */
public record Phq4Answers(
    OptionalInt lackOfInterest,
    OptionalInt feelingDown,
    OptionalInt nervous,
    OptionalInt uncontrollableWorry) {

  /** Checks that no answer is null. */
  public Phq4Answers {
    Objects.requireNonNull(lackOfInterest, "lackOfInterest");
    Objects.requireNonNull(feelingDown, "feelingDown");
    Objects.requireNonNull(nervous, "nervous");
    Objects.requireNonNull(uncontrollableWorry, "uncontrollableWorry");
  }

  /** All four answers given. */
  public static Phq4Answers of(
      int lackOfInterest, int feelingDown, int nervous, int uncontrollableWorry) {
    return new Phq4Answers(
        OptionalInt.of(lackOfInterest),
        OptionalInt.of(feelingDown),
        OptionalInt.of(nervous),
        OptionalInt.of(uncontrollableWorry));
  }
}
