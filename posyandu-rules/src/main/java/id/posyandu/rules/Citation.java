package id.posyandu.rules;

import java.util.Objects;

/**
 * Where a rule or a reference value comes from: the document (a regulation, a WHO publication, a
 * Kemenkes guideline), the place in it, and how confident the project is in the transcription.
 *
 * @param document the source document, e.g. {@code "Permenkes 2/2020 tentang Standar Antropometri Anak"}
 * @param locator  the place in it (article, table, page), or an empty string
 * @param confidence how well it is established
 */
public record Citation(String document, String locator, Confidence confidence) {

  /** Checks that every part is present. */
  public Citation {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(confidence, "confidence");
    if (document.isBlank()) {
      throw new IllegalArgumentException("a citation needs a document");
    }
  }

  /** The citation as one line, e.g. {@code "Permenkes 2/2020, Pasal 4 [3P]"}. */
  @Override
  public String toString() {
    return document + (locator.isEmpty() ? "" : ", " + locator) + " [" + confidence.tag() + "]";
  }
}
