package id.posyandu.core.code;

import id.posyandu.core.MessageValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * <p>Personal data is never printed: the {@link #parameters()} and messages show the input as
 * {@link MessageValue} allows, a masked form ({@code 3174**********21}, or {@code a text of 17
 * characters (letters)} for what is not digits) and, where useful, the one offending part (such as
 * the month {@code 13}). A malformed kode wilayah or Posyandu number is masked too, since what was
 * typed may be anything (a KK number, an address); a valid one is shown.
 */
public class CodeFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Prefix of the message keys of every code. */
  public static final String KEY_PREFIX = "posyandu.code.";

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final String code;
  private final Map<String, MessageValue> parameters;

  /**
   * A failure with a stable code and the message parameters its messages refer to as {@code
   * {name}}.
   *
   * @param code the stable code, e.g. {@code NIK.MONTH}; the message key is {@code posyandu.code.}
   *     followed by it
   * @param parameters message parameters; they must not hold unmasked personal data
   */
  public CodeFormatException(String code, Map<String, String> parameters) {
    this(code, safe(parameters), true);
  }

  private CodeFormatException(String code, Map<String, MessageValue> parameters, boolean own) {
    super(code);
    this.code = code;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** A failure whose parameters are already as {@link MessageValue} lets them be shown. */
  static CodeFormatException of(String code, Map<String, MessageValue> parameters) {
    return new CodeFormatException(code, parameters, true);
  }

  private static Map<String, MessageValue> safe(Map<String, String> parameters) {
    Map<String, MessageValue> out = new LinkedHashMap<>();
    parameters.forEach((k, v) -> out.put(k, MessageValue.safe(v)));
    return out;
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
   * The message parameters by name (masked values only, in their English form), in the order they
   * were given; Jakarta Validation message templates use them as {@code {name}}.
   */
  public Map<String, String> parameters() {
    return parameters(Locale.ENGLISH);
  }

  /** The message parameters by name, each as {@link MessageValue} lets messages show it. */
  public Map<String, MessageValue> messageValues() {
    return parameters;
  }

  /**
   * The message parameters by name as a message in {@code locale} shows them (Indonesian unless
   * the language is English): a masked text reads {@code teks 17 karakter (huruf)} in Indonesian.
   */
  public Map<String, String> parameters(Locale locale) {
    Map<String, String> out = new LinkedHashMap<>();
    parameters.forEach((k, v) -> out.put(k, v.in(locale)));
    return Collections.unmodifiableMap(out);
  }

  /** The message in Indonesian. */
  public String messageId() {
    return CodeMessages.INDONESIAN.format(messageKey(), parameters(INDONESIAN));
  }

  /** The message in English. */
  public String messageEn() {
    return CodeMessages.ENGLISH.format(messageKey(), parameters(Locale.ENGLISH));
  }

  /** The Indonesian message, {@code " / "}, and the English message. */
  @Override
  public String getMessage() {
    return messageId() + " / " + messageEn();
  }
}
