package vn.cchc.render.office.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Keeps the caller's stream open whatever POI does with it. */
final class Streams extends FilterOutputStream {
  private Streams(OutputStream out) {
    super(out);
  }

  static OutputStream nonClosing(OutputStream out) {
    return new Streams(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
