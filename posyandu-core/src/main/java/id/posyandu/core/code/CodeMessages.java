package id.posyandu.core.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;

/**
 * The messages of {@link CodeFormatException}, read once from the same resource files Jakarta
 * Validation uses ({@code ValidationMessages.properties}, {@code
 * ValidationMessages_id.properties}).
 *
 * <p>The files are read directly (as UTF-8) rather than through {@code ResourceBundle}, so the
 * language asked for is the language given whatever the default locale is, and so it works the same
 * in a named module.
 */
final class CodeMessages {
  static final CodeMessages ENGLISH = new CodeMessages("ValidationMessages.properties");
  static final CodeMessages INDONESIAN = new CodeMessages("ValidationMessages_id.properties");

  private final Properties messages = new Properties();

  private CodeMessages(String resource) {
    // This module's own file first (found this way in a named module), then every file of that
    // name on the class path: an application may ship its own ValidationMessages.properties, and
    // the posyandu keys must still be found.
    try (InputStream own = CodeMessages.class.getResourceAsStream("/" + resource)) {
      merge(own);
      ClassLoader loader = CodeMessages.class.getClassLoader();
      Enumeration<URL> all = loader == null ? Collections.emptyEnumeration()
          : loader.getResources(resource);
      while (all.hasMoreElements()) {
        try (InputStream in = all.nextElement().openStream()) {
          merge(in);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    if (messages.isEmpty()) {
      throw new IllegalStateException("Missing resource " + resource);
    }
  }

  /** Adds the messages of {@code in} (UTF-8) whose keys are not yet known. */
  private void merge(InputStream in) throws IOException {
    if (in == null) {
      return;
    }
    Properties p = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    for (String key : p.stringPropertyNames()) {
      messages.putIfAbsent(key, p.getProperty(key));
    }
  }

  /**
   * The message of {@code key} with each {@code {name}} replaced by its parameter; unknown keys
   * give the key itself, unknown parameters stay as written.
   */
  String format(String key, Map<String, String> parameters) {
    String template = messages.getProperty(key, key);
    StringBuilder out = new StringBuilder(template.length() + 32);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i + 1) : -1;
      if (close > 0) {
        String name = template.substring(i + 1, close);
        String value = parameters.get(name);
        if (value != null) {
          out.append(value);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
