package id.posyandu.examples.cli;

import id.posyandu.core.MessageValue;
import id.posyandu.core.code.Nik;
import id.posyandu.core.code.NomorKk;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ids that look personal: where a Posyandu uses NIKs (or KK numbers) as resident or household ids,
 * as is common in the field, every output that prints ids would print NIKs. An id holding a run of
 * 16 digits that is a valid-looking NIK or KK number is masked as a NIK is
 * ({@code 3204**********07}) in the lists, chart names and labels, and {@code validate} warns
 * about it ({@value #CODE}).
 */
final class PersonalIds {

  /** The code of the warning {@code validate} gives for such an id. */
  static final String CODE = "ID.LOOKS_PERSONAL";

  private static final Pattern SIXTEEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])");
  private static final Map<Class<?>, List<Method>> ID_ACCESSORS = new ConcurrentHashMap<>();

  private PersonalIds() {}

  /** Whether {@code id} holds a run of 16 digits that is a valid-looking NIK or KK number. */
  static boolean looksPersonal(String id) {
    if (id == null || id.length() < 16) {
      return false;
    }
    Matcher m = SIXTEEN_DIGITS.matcher(id);
    while (m.find()) {
      String run = m.group();
      if (Nik.isValid(run) || NomorKk.isValid(run)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} with every run of 16 digits that is a valid-looking NIK or KK number masked; the
   * rest as it is. Used on every line the list and chart commands print.
   */
  static String masked(String text) {
    if (text == null || text.length() < 16) {
      return text;
    }
    Matcher m = SIXTEEN_DIGITS.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String run = m.group();
      m.appendReplacement(out, Nik.isValid(run) || NomorKk.isValid(run)
          ? MessageValue.maskRun(run) : run);
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The id properties of a record that look personal: each accessor named {@code id} or ending in
   * {@code Id} that returns a string or an optional string.
   */
  static List<String> personalIdProperties(Object record) {
    List<String> found = new ArrayList<>();
    for (Method m : ID_ACCESSORS.computeIfAbsent(record.getClass(), PersonalIds::idAccessors)) {
      Object v;
      try {
        v = m.invoke(record);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (v instanceof Optional<?> o) {
        v = o.orElse(null);
      }
      if (v instanceof String s && looksPersonal(s)) {
        found.add(m.getName());
      }
    }
    return found;
  }

  private static List<Method> idAccessors(Class<?> type) {
    List<Method> out = new ArrayList<>();
    Class<?> api = type;
    while (api != null && !Modifier.isPublic(api.getModifiers())) {
      api = api.getSuperclass();
    }
    if (api == null) {
      return out;
    }
    for (Method m : api.getMethods()) {
      String n = m.getName();
      boolean named = n.equals("id") || n.endsWith("Id") && !n.startsWith("get")
          && !n.startsWith("with");
      if (named && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && (m.getReturnType() == String.class || m.getReturnType() == Optional.class)) {
        out.add(m);
      }
    }
    out.sort(java.util.Comparator.comparing(Method::getName));
    return out;
  }

  /** The warning's message, {Indonesian, English}, for the property {@code name}. */
  static String[] message(String name) {
    return new String[] {
        "id '" + name + "' tampak seperti NIK atau nomor KK; id tercetak di daftar dan grafik, "
            + "pakai id buatan sendiri (misalnya w-0001), bukan data pribadi",
        "id '" + name + "' looks like a NIK or KK number; ids are printed in lists and charts, "
            + "use ids of your own (e.g. w-0001), not personal data"};
  }
}
