package vn.cchc.render;

/**
 * One format as a registry sees it, for listings such as {@code cchc render --list}: the format,
 * and which provider serves it.
 *
 * @param descriptor the format
 * @param providerName the provider's name, e.g. "cchc-builtin"
 * @param providerClass the provider's class name
 * @param priority the provider's priority
 * @param origin how the provider came in: "registered", "system-property" or "service-loader"
 */
public record FormatInfo(FormatDescriptor descriptor, String providerName, String providerClass, int priority,
    String origin) {

  /** {@return the format name} */
  public String format() {
    return descriptor.name();
  }
}
