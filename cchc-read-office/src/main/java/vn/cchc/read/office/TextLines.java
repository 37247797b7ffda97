package vn.cchc.read.office;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.SourceLocation;
import vn.cchc.model.text.ProblemKind;
import vn.cchc.model.text.ReadProblem;

/**
 * Report text as one part of a report read from two files: its lines, each with its own line number
 * as origin ("line 12"). A text file read alone goes to the text reader as it is; this is only for
 * the combination, where the text must be joined to another file's. UTF-8 with or without a byte-order
 * mark; the first malformed byte is a {@link ProblemKind#MALFORMED_ENCODING} problem at its line and
 * column and every malformed sequence becomes U+FFFD.
 */
final class TextLines {
  private TextLines() {}

  static DerivedText derive(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length + 16);
    List<ReadProblem> problems = new ArrayList<>();
    while (true) {
      CoderResult r = dec.decode(in, out, true);
      if (r.isError()) {
        if (problems.isEmpty()) {
          problems.add(ReadProblem.of(locate(out), ProblemKind.MALFORMED_ENCODING,
              OfficeProblems.of("text.malformed"), ""));
        }
        out.put('\uFFFD');
        in.position(in.position() + r.length());
      } else {
        dec.flush(out);
        break;
      }
    }
    out.flip();
    String text = out.toString();
    List<SourceLine> lines = new ArrayList<>();
    int lineStart = 0;
    int n = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        if (i == text.length() && lineStart == i) {
          break; // the text ends with a line end: no empty last line
        }
        n++;
        lines.add(SourceLine.of(text.substring(lineStart, i), new FileOrigin.TextLine(n)));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return new DerivedText(lines, problems, Optional.empty());
  }

  /** The line and column just after what has been decoded so far. */
  private static SourceLocation locate(CharBuffer decoded) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < decoded.position(); i++) {
      char c = decoded.get(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return SourceLocation.of(line, column);
  }
}
