package vn.cchc.render.spi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stream helpers for renderers. A renderer writes to the caller's stream and must leave it open;
 * libraries that close the stream they are given (Jackson, Apache POI) get a {@link #nonClosing}
 * view instead.
 */
public final class OutputStreams {
  private OutputStreams() {}

  /**
   * A view of {@code out} whose {@code close()} only flushes, so that a library closing "its" stream
   * leaves the caller's open.
   *
   * @param out the caller's stream
   * @return a stream that writes through to {@code out} and never closes it
   */
  public static OutputStream nonClosing(OutputStream out) {
    java.util.Objects.requireNonNull(out, "out");
    return new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
