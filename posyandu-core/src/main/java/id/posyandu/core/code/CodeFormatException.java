package id.posyandu.core.code;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A malformed identity or area code: a NIK, KK number, kode wilayah or Posyandu registration number
 * that does not follow its format.
 *
 * <p>{@link #code()} is stable (for example {@code NIK.MONTH}) and is the suffix of the message key
 * {@code posyandu.code.<CODE>} in {@code ValidationMessages.properties} (English, the default) and
 * {@code ValidationMessages_id.properties} (Indonesian). {@link #getMessage()} gives the Indonesian
 * message, then {@code " / "}, then the English one.
 *
 * <p>Personal data is never printed in full: the {@link #parameters()} and messages of NIK and KK
 * failures hold only a masked form of the input ({@code 3174**********21}) and, where useful, the
 * one offending part (such as the month {@code 13}). A kode wilayah is not personal and is printed
 * as given.
 */
public class CodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Prefix of the message keys of every code. */
  public static final String KEY_PREFIX = "posyandu.code.";

  private final String code;
  private final Map<String, String> parameters;

  /**
   * A failure with a stable code and the message parameters its messages refer to as {@code
   * {name}}.
   *
   * @param code the stable code, e.g. {@code NIK.MONTH}; the message key is {@code posyandu.code.}
   *     followed by it
   * @param parameters message parameters; they must not hold unmasked personal data
   */
  public CodeFormatException(String code, Map<String, String> parameters) {
    super(code);
    this.code = code;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The stable code, for example {@code NIK.MONTH} or {@code KODE_WILAYAH.VILLAGE_TYPE}. */
  public String code() {
    return code;
  }

  /** The message key, {@code posyandu.code.} followed by {@link #code()}. */
  public String messageKey() {
    return KEY_PREFIX + code;
  }

  /**
   * The message parameters by name (masked values only), in the order they were given; Jakarta
   * Validation message templates use them as {@code {name}}.
   */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** The message in Indonesian. */
  public String messageId() {
    return CodeMessages.INDONESIAN.format(messageKey(), parameters);
  }

  /** The message in English. */
  public String messageEn() {
    return CodeMessages.ENGLISH.format(messageKey(), parameters);
  }

  /** The Indonesian message, {@code " / "}, and the English message. */
  @Override
  public String getMessage() {
    return messageId() + " / " + messageEn();
  }
}
