package id.posyandu.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A text for people, in Indonesian (first: kader and Puskesmas staff read it) and in English.
 *
 * @param id the Indonesian text
 * @param en the English text
 */
public record BilingualText(String id, String en) {

  /** Checks that both texts are present. */
  public BilingualText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
  }

  /** The text in this language: English for {@code en}, Indonesian otherwise. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : id;
  }

  /** Both texts, Indonesian first: {@code "id / en"}. */
  @Override
  public String toString() {
    return id + " / " + en;
  }
}
