package vn.cchc.render;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * How to render: the locale of the added labels, whether derived values and findings are shown,
 * whether CSV starts with a byte-order mark, and free-form properties for renderers that need more
 * (keys are namespaced by format, e.g. {@code "xlsx.sheetName"}).
 *
 * <pre>{@code
 * RenderOptions o = RenderOptions.builder().locale(Locale.ENGLISH).includeFindings(false).build();
 * }</pre>
 */
@Value.Immutable
public abstract class RenderOptions {
  RenderOptions() {}

  /** Vietnamese, {@code vi}: the default locale of added labels. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * {@return the locale of added labels and of the findings' messages; default Vietnamese ({@link #VIETNAMESE}).
   * Any locale: resolved through the bundles with the normal fallback chain, so a language without a bundle gets
   * the root bundle's English; the report's own text is never translated}
   */
  @Value.Default
  public Locale locale() {
    return VIETNAMESE;
  }

  /** {@return whether derived values (e.g. recomputed ratios) are shown; default true} */
  @Value.Default
  public boolean includeDerived() {
    return true;
  }

  /** {@return whether findings are shown; default true} */
  @Value.Default
  public boolean includeFindings() {
    return true;
  }

  /** {@return whether CSV output starts with a UTF-8 byte-order mark, which Excel needs to read UTF-8; default false} */
  @Value.Default
  public boolean csvBom() {
    return false;
  }

  /**
   * {@return which copy of an official document to make: {@link Profile#ISSUE} (default), the document to sign and
   * send with nothing added, or {@link Profile#REVIEW}, the working copy with findings as comments and derived
   * values. Used by DOCX; formats that are not official documents ignore it.}
   */
  @Value.Default
  public Profile profile() {
    return Profile.ISSUE;
  }

  /** {@return which reader CSV is written for: {@link CsvProfile#PIPELINE} (default, RFC 4180) or a spreadsheet} */
  @Value.Default
  public CsvProfile csvProfile() {
    return CsvProfile.PIPELINE;
  }

  /**
   * {@return where renderers report what they changed to fit their format instead of failing (a text cut to an
   * Excel cell's 32,767 characters, …); by default nowhere. Called on the rendering thread, in output order.
   * Not part of {@code equals}.}
   */
  @Value.Default
  @Value.Auxiliary
  public Consumer<RenderWarning> onWarning() {
    return w -> { };
  }

  /** {@return renderer-specific properties, keyed "format.name"; empty by default} */
  public abstract Map<String, String> properties();

  /**
   * A renderer-specific property.
   *
   * @param key the key, e.g. "xlsx.sheetName"
   * @return the value, or empty when not set
   */
  public Optional<String> property(String key) {
    java.util.Objects.requireNonNull(key, "key");
    return Optional.ofNullable(properties().get(key));
  }

  /** {@return the default options: Vietnamese, derived values and findings shown, no BOM} */
  public static RenderOptions defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static ImmutableRenderOptions.Builder builder() {
    return ImmutableRenderOptions.builder();
  }
}
