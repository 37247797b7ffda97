package vn.cchc.render;

/**
 * A renderer provider that could not be loaded or asked, and was skipped.
 *
 * @param provider the provider's class name, or the service-file entry when the class could not be named
 * @param message what went wrong
 * @param cause the error
 */
public record ProviderLoadFailure(String provider, String message, Throwable cause) {}
