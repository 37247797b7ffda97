package vn.cchc.render.office;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests (fields by commas, records by CRLF, doubled quotes). */
final class Csv {
  private Csv() {}

  static List<List<String>> parse(String csv) {
    String s = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"' && f.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else if (c == '"' || c == '\r' || c == '\n') {
        throw new IllegalArgumentException("not RFC 4180 at " + i);
      } else {
        f.append(c);
      }
    }
    if (quoted || f.length() > 0 || !row.isEmpty()) {
      throw new IllegalArgumentException("unterminated record");
    }
    return rows;
  }
}
