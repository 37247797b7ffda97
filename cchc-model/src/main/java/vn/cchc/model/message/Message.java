package vn.cchc.model.message;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cchc.model.ControlCharacters;
import vn.cchc.model.VietnameseNumber;

/**
 * A message key and its arguments, resolved for a {@link Locale} only when it is shown: the one
 * localisation mechanism of cchc (findings, their explanations, read problems, render labels and the
 * command line's texts).
 *
 * <p>The pattern is the value of {@link #key()} in the {@link MessageBundle} for the locale (normal
 * fallback chain, ending at the root bundle). {@code {0}}, {@code {1}}… are replaced by the arguments
 * in one pass (an argument holding "{1}" is not replaced again; a quote is an ordinary character, unlike
 * {@link java.text.MessageFormat}). Arguments are typed and formatted for the locale:
 * <ul>
 *   <li>numbers ({@link BigDecimal}, {@code long}, {@code int}) — Vietnamese ({@code vi}) groups
 *       thousands with "." and writes the decimal comma ("1.481", "89,5"); the root locale and English
 *       write the plain number ("1481", "89.5"), as cchc always has; any other language uses
 *       {@link NumberFormat#getNumberInstance(Locale)} with the number's own decimals;</li>
 *   <li>dates ({@link LocalDate}) — dd/MM/yyyy in Vietnamese, the root locale and English; the
 *       locale's medium date style otherwise;</li>
 *   <li>text ({@link String}, e.g. a phrase quoted from a report) — as is, NFC as read, with control
 *       characters escaped so that a message cannot drive a terminal or a log;</li>
 *   <li>a nested {@link Message} — formatted for the same locale.</li>
 * </ul>
 *
 * <pre>{@code
 * Message m = Message.of(BUNDLE, "online-intake.below-target", new BigDecimal("89.5"), new BigDecimal("90"));
 * m.format(Locale.forLanguageTag("vi"));   // "Tỷ lệ tiếp nhận trực tuyến 89,5% thấp hơn chỉ tiêu 90% của tỉnh."
 * m.format(Locale.ENGLISH);                // "Online intake 89.5% is below the province's target of 90%."
 * }</pre>
 */
public final class Message {
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MessageBundle bundle;
  private final String key;
  private final List<Object> arguments;

  private Message(MessageBundle bundle, String key, List<Object> arguments) {
    this.bundle = bundle;
    this.key = key;
    this.arguments = arguments;
  }

  /**
   * A message.
   *
   * @param bundle the bundle family the key belongs to
   * @param key the key; it must be in the family's root bundle
   * @param arguments the arguments: {@link BigDecimal}, {@link Long}, {@link Integer} (kept as a long),
   *     {@link String} (or another {@link CharSequence}, kept as its String), {@link LocalDate} or {@link Message}
   * @return the message
   * @throws IllegalArgumentException when the key is not in the root bundle, or an argument has another type
   * @throws NullPointerException when an argument is null
   */
  public static Message of(MessageBundle bundle, String key, Object... arguments) {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    if (!bundle.keys().contains(key)) {
      throw new IllegalArgumentException("message key \"" + key + "\" is not in the root bundle " + bundle.baseName());
    }
    List<Object> args = new ArrayList<>(arguments.length);
    for (int i = 0; i < arguments.length; i++) {
      Object a = arguments[i];
      if (a == null) {
        throw new NullPointerException("message " + key + ": argument " + i + " is null");
      }
      if (a instanceof Integer n) {
        a = n.longValue();
      } else if (a instanceof CharSequence t && !(a instanceof String)) {
        a = t.toString();
      } else if (!(a instanceof BigDecimal || a instanceof Long || a instanceof String || a instanceof LocalDate
          || a instanceof Message)) {
        throw new IllegalArgumentException("message " + key + ": argument " + i + " is a " + a.getClass().getName()
            + "; use BigDecimal, long, String, LocalDate or Message");
      }
      args.add(a);
    }
    return new Message(bundle, key, Collections.unmodifiableList(args));
  }

  /** {@return the bundle family the key belongs to} */
  public MessageBundle bundle() {
    return bundle;
  }

  /** {@return the message key, e.g. "ratio.mismatch"} */
  public String key() {
    return key;
  }

  /** {@return the arguments, in placeholder order: BigDecimal, Long, String, LocalDate or Message} */
  public List<Object> arguments() {
    return arguments;
  }

  /**
   * The arguments as JSON-friendly values: numbers as numbers, text as text, dates as ISO-8601 text
   * ("2024-03-12"), a nested message formatted for the locale.
   *
   * @param locale the locale of nested messages
   * @return an unmodifiable list
   */
  public List<Object> jsonArguments(Locale locale) {
    List<Object> out = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      out.add(a instanceof LocalDate d ? d.toString() : a instanceof Message m ? m.format(locale) : a);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The message in a language.
   *
   * @param locale the language; a language without a bundle gets the root bundle's text
   * @return the text
   */
  public String format(Locale locale) {
    String pattern = bundle.resolve(locale).getString(key);
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int k = Integer.parseInt(pattern.substring(i + 1, close));
        if (k < arguments.size()) {
          sb.append(text(arguments.get(k), locale));
          i = close + 1;
          continue;
        }
      }
      sb.append(c);
      i++;
    }
    return sb.toString();
  }

  /**
   * A number written for a locale, as in a message: Vietnamese "1.481" and "89,5"; "1481" and "89.5"
   * in the root locale and English; {@link NumberFormat} with the number's own decimals otherwise.
   *
   * @param value the number
   * @param locale the locale
   * @return the text
   */
  public static String formatNumber(BigDecimal value, Locale locale) {
    String lang = locale.getLanguage();
    if ("vi".equals(lang)) {
      return VietnameseNumber.format(value);
    }
    if (lang.isEmpty() || "en".equals(lang)) {
      return value.toPlainString();
    }
    NumberFormat f = NumberFormat.getNumberInstance(locale);
    int decimals = Math.max(0, value.scale());
    f.setMinimumFractionDigits(decimals);
    f.setMaximumFractionDigits(decimals);
    return f.format(value);
  }

  private static String text(Object o, Locale locale) {
    if (o instanceof BigDecimal b) {
      return formatNumber(b, locale);
    }
    if (o instanceof Long n) {
      return formatNumber(BigDecimal.valueOf(n), locale);
    }
    if (o instanceof LocalDate d) {
      String lang = locale.getLanguage();
      return lang.isEmpty() || "vi".equals(lang) || "en".equals(lang) ? DMY.format(d)
          : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }
    if (o instanceof Message m) {
      return m.format(locale);
    }
    return ControlCharacters.escape((String) o);
  }

  /** Equal when the bundle base name, the key and the arguments are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Message m && bundle.baseName().equals(m.bundle.baseName()) && key.equals(m.key)
        && arguments.equals(m.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bundle.baseName(), key, arguments);
  }

  /** {@return the message in the root locale (English in cchc)} */
  @Override
  public String toString() {
    return format(Locale.ROOT);
  }
}
