package vn.cchc.model.message;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a translation bundle with the bundle it translates, so that a team adding a language (or
 * keeping cchc's own Vietnamese bundles) can test that nothing is missing: every key of the reference is
 * translated, no key is invented, and each translation uses the same {@code {n}} arguments as its
 * reference — a translation that drops <code>{1}</code> would silently lose a figure from the sentence.
 *
 * <pre>{@code
 * Properties root = Translations.load(Path.of("src/main/resources/vn/cchc/rules/messages.properties"));
 * Properties fr = Translations.load(Path.of("src/test/resources/vn/cchc/rules/messages_fr.properties"));
 * assertThat(Translations.differences(root, fr)).isEmpty();   // or list them: "missing: ratio.mismatch"
 * }</pre>
 *
 * <p>A partial translation is legal at run time (missing keys fall back to the root bundle, see
 * {@link MessageBundle}); {@link #differences} reports them so that the choice is deliberate.
 */
public final class Translations {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

  private Translations() {}

  /**
   * Reads a {@code .properties} file as UTF-8, as {@link java.util.ResourceBundle} reads bundles since Java 9.
   *
   * @param file the bundle file
   * @return its keys and patterns
   * @throws IOException when the file cannot be read
   */
  public static Properties load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }

  /**
   * The argument references of a message pattern, e.g. {@code ["{0}", "{2}"]} for
   * <code>"Chỉ tiêu {0}: {2}%"</code>; a reference used twice is listed once.
   *
   * @param pattern a message pattern
   * @return its argument references, sorted
   */
  public static Set<String> placeholders(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    Matcher m = PLACEHOLDER.matcher(pattern);
    Set<String> out = new TreeSet<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * What a translation lacks or adds against its reference, one sentence per difference in key order:
   * {@code "missing: KEY"}, {@code "not in the reference: KEY"}, and
   * {@code "arguments of KEY: [{0}] where the reference has [{0}, {1}]"}.
   *
   * @param reference the bundle translated (cchc's root bundle is English)
   * @param translation the translation
   * @return the differences; empty when the translation is complete and consistent
   */
  public static List<String> differences(Properties reference, Properties translation) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(translation, "translation");
    Set<String> keys = new TreeSet<>(reference.stringPropertyNames());
    keys.addAll(translation.stringPropertyNames());
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      String ref = reference.getProperty(key);
      String tr = translation.getProperty(key);
      if (tr == null) {
        out.add("missing: " + key);
      } else if (ref == null) {
        out.add("not in the reference: " + key);
      } else if (!placeholders(ref).equals(placeholders(tr))) {
        out.add("arguments of " + key + ": " + placeholders(tr) + " where the reference has " + placeholders(ref));
      }
    }
    return List.copyOf(out);
  }
}
