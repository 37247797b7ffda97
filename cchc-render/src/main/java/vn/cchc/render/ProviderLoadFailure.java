package vn.cchc.render;

/**
 * A renderer provider that could not be loaded or asked, and was skipped.
 *
 * @param provider the provider's class name, or the service-file entry when the class could not be named
 * @param message what went wrong
 * @param cause the error
 */
public record ProviderLoadFailure(String provider, String message, Throwable cause) {
  /**
   * Checks that no component is null.
   *
   * @param provider the record's provider
   * @param message the record's message
   * @param cause the record's cause
   * @throws NullPointerException naming the component that is null
   */
  public ProviderLoadFailure {
    java.util.Objects.requireNonNull(provider, "provider");
    java.util.Objects.requireNonNull(message, "message");
    java.util.Objects.requireNonNull(cause, "cause");
  }
}
