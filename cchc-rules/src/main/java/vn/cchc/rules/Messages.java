package vn.cchc.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import vn.cchc.model.ControlCharacters;
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

  /** Replaces "{i}" in one pass, so that an argument holding "{1}" is not replaced again. */
  private static String format(String pattern, boolean vi, Object... args) {
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int k = Integer.parseInt(pattern.substring(i + 1, close));
        if (k < args.length) {
          sb.append(text(args[k], vi));
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  private static String text(Object o, boolean vi) {
    if (o instanceof BigDecimal) {
      BigDecimal b = (BigDecimal) o;
      return vi ? VietnameseNumber.format(b) : b.toPlainString();
    }
    if (o instanceof Long || o instanceof Integer) {
      return vi ? VietnameseNumber.format(BigDecimal.valueOf(((Number) o).longValue())) : o.toString();
    }
    // text quoted from the report: its control characters escaped, so that a message cannot drive a terminal or a log
    return ControlCharacters.escape(String.valueOf(o));
  }
}
