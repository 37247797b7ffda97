package vn.cchc.model.text;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.model.DocumentNumber;

/** Patterns and parsers for the metadata that several zones state (numbers, dates). Internal. */
final class Metadata {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** A date in short form "12/03/2024" (groups 1–3) or long form "ngày 12 tháng 03 năm 2024" (groups 4–6). */
  static final String DATE = "(?:(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})"
      + "|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))";
  /** A number and symbol, spaces allowed around "/" and "-": "45/BC-UBND", "228/ BC-UBND". */
  static final String NUMBER = "\\d{1,6}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?[\\p{L}]+\\s*-\\s*[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*";
  private static final Pattern SPACES = Pattern.compile("\\s*([/-])\\s*");

  private Metadata() {}

  /** {@return the number and symbol, spaces typed around "/" and "-" ignored; empty when it is none} */
  static Optional<DocumentNumber> number(String text) {
    String t = text.strip();
    Optional<DocumentNumber> n = DocumentNumber.parse(t);
    if (n.isPresent()) {
      return n;
    }
    return DocumentNumber.parse(SPACES.matcher(t).replaceAll("$1"));
  }

  static Pattern compile(String regex) {
    return Pattern.compile(regex, CI);
  }
}
