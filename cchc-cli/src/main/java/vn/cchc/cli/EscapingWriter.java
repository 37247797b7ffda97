package vn.cchc.cli;

import java.io.IOException;
import java.io.Writer;
import vn.cchc.model.ControlCharacters;

/**
 * A writer that passes text on with its control characters escaped as <code>&#92;u001B</code>
 * ({@link ControlCharacters#escapeLines(CharSequence)}): tab and line feed pass, and a carriage return
 * only directly before a line feed (CSV's CRLF). Everything the command line prints goes through one, so
 * that text quoted from an input can never drive the terminal (retitle it, clear it, move the cursor).
 */
final class EscapingWriter extends Writer {
  private final Writer out;
  /** A carriage return held back until the next character says whether it ends a line. */
  private boolean pendingCr;

  EscapingWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    StringBuilder sb = new StringBuilder(len + 8);
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (pendingCr) {
        pendingCr = false;
        sb.append(c == '\n' ? "\r" : "\\u000D");
      }
      if (c == '\r') {
        pendingCr = true;
      } else if (c == '\t' || c == '\n' || !ControlCharacters.isControl(c)) {
        sb.append(c);
      } else {
        sb.append(ControlCharacters.escape(String.valueOf(c)));
      }
    }
    out.write(sb.toString());
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      out.write("\\u000D");
    }
    out.close();
  }
}
