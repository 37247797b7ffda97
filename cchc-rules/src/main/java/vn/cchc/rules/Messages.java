package vn.cchc.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import vn.cchc.model.VietnameseNumber;

/**
 * The finding messages, from the resource bundles {@code vn/cchc/rules/messages.properties}
 * (English) and {@code messages_vi.properties} (Vietnamese), read as UTF-8 through this class's own
 * module, so they load the same on the class path and on the module path. Placeholders {@code {0}}…
 * are replaced literally; numbers are written the Vietnamese way in Vietnamese ("1.492", "99,3").
 */
final class Messages {
  private static final ResourceBundle EN = load("messages.properties");
  private static final ResourceBundle VI = load("messages_vi.properties");

  private Messages() {}

  private static ResourceBundle load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource bundle vn/cchc/rules/" + name + " is missing from cchc-rules");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String vi(String key, Object... args) {
    return format(VI.getString(key), true, args);
  }

  static String en(String key, Object... args) {
    return format(EN.getString(key), false, args);
  }

  static boolean has(String key) {
    return EN.containsKey(key) && VI.containsKey(key);
  }

  static java.util.Set<String> keys() {
    return EN.keySet();
  }

  static java.util.Set<String> viKeys() {
    return VI.keySet();
  }

  private static String format(String pattern, boolean vi, Object... args) {
    String s = pattern;
    for (int i = 0; i < args.length; i++) {
      s = s.replace("{" + i + "}", text(args[i], vi));
    }
    return s;
  }

  private static String text(Object o, boolean vi) {
    if (o instanceof BigDecimal) {
      BigDecimal b = (BigDecimal) o;
      return vi ? VietnameseNumber.format(b) : b.toPlainString();
    }
    if (o instanceof Long || o instanceof Integer) {
      return vi ? VietnameseNumber.format(BigDecimal.valueOf(((Number) o).longValue())) : o.toString();
    }
    return String.valueOf(o);
  }
}
