package id.posyandu.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in Indonesian (the default) and English.
 *
 * @param id the text in Bahasa Indonesia
 * @param en the text in English
 */
public record LocalizedText(String id, String en) {

  /** Checks that both languages are present. */
  public LocalizedText {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(en, "en");
  }

  /** A text in both languages. */
  public static LocalizedText of(String id, String en) {
    return new LocalizedText(id, en);
  }

  /** The English text for an English locale, the Indonesian text for every other locale. */
  public String in(Locale locale) {
    return "en".equals(locale.getLanguage()) ? en : id;
  }

  /** Both texts joined with {@code " / "}, Indonesian first. */
  @Override
  public String toString() {
    return id + " / " + en;
  }
}
