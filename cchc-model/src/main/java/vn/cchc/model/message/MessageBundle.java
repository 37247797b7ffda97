package vn.cchc.model.message;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A family of {@link ResourceBundle}s sharing a base name, e.g. {@code vn.cchc.rules.messages}
 * ({@code vn/cchc/rules/messages.properties}, {@code messages_vi.properties}, …), from which
 * {@link Message}s are resolved.
 *
 * <p>The bundles are loaded by a function the owner of the bundle supplies, normally
 * {@code locale -> ResourceBundle.getBundle(baseName, locale)} written in the owner's own code:
 * {@code getBundle} is caller-sensitive, so the call made there finds the bundles of the owner's
 * module on the module path and every bundle of that name on the class path (where a user adds a
 * language by adding a file such as {@code vn/cchc/rules/messages_fr.properties}).
 *
 * <p>Fallback: the normal chain of {@link ResourceBundle.Control#getCandidateLocales} — {@code fr_CA}
 * then {@code fr} then the root bundle — and a key missing from a language's bundle is taken from its
 * parent. The JVM's default locale is <em>not</em> part of the chain: a language without a bundle gets
 * the root bundle (English in cchc), the same on every machine. The bundle resolved for a locale is
 * kept by this object, so a bundle added to the class path later is seen by a new {@code MessageBundle}
 * only.
 *
 * <pre>{@code
 * static final MessageBundle BUNDLE = MessageBundle.of("com.example.messages",
 *     locale -> ResourceBundle.getBundle("com.example.messages", locale));
 * }</pre>
 */
public final class MessageBundle {
  private static final ResourceBundle.Control CANDIDATES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final String baseName;
  private final Function<Locale, ResourceBundle> loader;
  private final Set<String> rootKeys;
  private static final int MAX_CACHED = 64;

  /** The bundle resolved for each locale asked so far (a few languages): formatting a message is a map lookup. */
  private final Map<Locale, ResourceBundle> resolved = new ConcurrentHashMap<>();

  private MessageBundle(String baseName, Function<Locale, ResourceBundle> loader) {
    this.baseName = baseName;
    this.loader = loader;
    this.rootKeys = Set.copyOf(load(Locale.ROOT).keySet());
  }

  /**
   * A bundle family; its root bundle is loaded at once, so a missing bundle fails here, not when a
   * message is first shown.
   *
   * @param baseName the base name, e.g. {@code "vn.cchc.rules.messages"}
   * @param loader loads the bundle for a locale, normally {@code l -> ResourceBundle.getBundle(baseName, l)}
   * @return the bundle family
   * @throws MissingResourceException when the root bundle cannot be loaded
   * @throws NullPointerException when an argument is null
   */
  public static MessageBundle of(String baseName, Function<Locale, ResourceBundle> loader) {
    return new MessageBundle(Objects.requireNonNull(baseName, "baseName"), Objects.requireNonNull(loader, "loader"));
  }

  /** {@return the base name, e.g. "vn.cchc.rules.messages"} */
  public String baseName() {
    return baseName;
  }

  /** {@return the keys of the root bundle: every key a message of this family may use} */
  public Set<String> keys() {
    return rootKeys;
  }

  /**
   * The bundle for a locale, following the normal fallback chain without the JVM's default locale.
   *
   * @param locale the locale
   * @return the most specific bundle of the chain; the root bundle when no language bundle matches
   */
  public ResourceBundle resolve(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (resolved.size() >= MAX_CACHED && !resolved.containsKey(locale)) {
      resolved.clear(); // bounded: locales from requests (Accept-Language) cannot grow it without limit
    }
    return resolved.computeIfAbsent(locale, this::resolveOnce);
  }

  private ResourceBundle resolveOnce(Locale locale) {
    ResourceBundle b = load(locale);
    if (b.getLocale().equals(Locale.ROOT) || b.getLocale().equals(locale)) {
      return b;
    }
    List<Locale> chain = CANDIDATES.getCandidateLocales(baseName, locale);
    return chain.contains(b.getLocale()) ? b : load(Locale.ROOT);
  }

  private ResourceBundle load(Locale locale) {
    ResourceBundle b = loader.apply(locale);
    if (b == null) {
      throw new MissingResourceException("no bundle " + baseName + " for " + locale, baseName, "");
    }
    return b;
  }

  /** {@return the base name} */
  @Override
  public String toString() {
    return baseName;
  }
}
