package id.posyandu.rules;

/**
 * How well a rule's threshold or table is established, in the tags of the project's domain review
 * ({@code docs/VERIFIED.md}). Every reference value carries one, so a user can see which
 * figures rest on a primary source and which still wait for one.
 *
 * <p>A fourth tag, [I], appears in notes and comments: an inference or design decision of this
 * project, not a fact about a source (defined in {@code docs/README.md}). It is not a confidence:
 * a row that rests on one carries the confidence of the facts it combines, or {@link #BACKGROUND}.
 */
public enum Confidence {
  /** [C]: confirmed from the regulation text or an official document. */
  CONFIRMED("C"),
  /** [3P]: secondary: news, teaching material or code that cites the rule. */
  SECONDARY("3P"),
  /** [B]: background knowledge; no source found yet. Treat as configurable. */
  BACKGROUND("B");

  private final String tag;

  Confidence(String tag) {
    this.tag = tag;
  }

  /** The tag as printed in the domain review: {@code C}, {@code 3P} or {@code B}. */
  public String tag() {
    return tag;
  }

  /**
   * The confidence with this {@link #tag()}.
   *
   * @throws IllegalArgumentException when the tag is unknown
   */
  public static Confidence fromTag(String tag) {
    for (Confidence c : values()) {
      if (c.tag.equalsIgnoreCase(tag)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown confidence tag '" + tag + "' (C, 3P, B)");
  }
}
