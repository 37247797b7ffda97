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

  /**
   * Checks that no component is null.
   *
   * @param descriptor the record's descriptor
   * @param providerName the record's providerName
   * @param providerClass the record's providerClass
   * @param priority the record's priority
   * @param origin the record's origin
   * @throws NullPointerException naming the component that is null
   */
  public FormatInfo {
    java.util.Objects.requireNonNull(descriptor, "descriptor");
    java.util.Objects.requireNonNull(providerName, "providerName");
    java.util.Objects.requireNonNull(providerClass, "providerClass");
    java.util.Objects.requireNonNull(origin, "origin");
  }

  /** {@return the format name} */
  public String format() {
    return descriptor.name();
  }
}
