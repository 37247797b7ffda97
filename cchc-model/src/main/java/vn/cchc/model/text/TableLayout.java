package vn.cchc.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an appendix table is laid out in text: which separator divides its cells (tabs, "|" as in
 * Markdown, or runs of spaces that align the columns) and which column is which, read from the table's
 * header (one or two lines: "STT | Các chỉ tiêu | Kết quả | Ghi chú" over "Đơn vị tính | Số liệu").
 * Layout detection is a step of its own: the row reader asks the layout for a row's cells by role.
 * Internal.
 */
final class TableLayout {
  /** What divides the cells of a row. */
  enum Separator {
    /** Tabs, as office programs write a table as text. */
    TAB,
    /** "|", as Markdown and many web pages write a table; outer pipes and rule lines ("|---|") allowed. */
    PIPE,
    /** Runs of two or more spaces aligning the columns, as PDF extraction writes a table. */
    SPACES
  }

  /** What a column holds. */
  enum Role {
    /** STT: the indicator's code, or "Trong đó". */
    CODE,
    /** Các chỉ tiêu: the label. */
    LABEL,
    /**
     * Mã chỉ tiêu: the catalogue's indicator id, as cchc's own XLSX and CSV write it beside STT; checked
     * against the indicator the row's STT and label name.
     */
    ID,
    /** Đơn vị tính: the unit or the code list. */
    UNIT,
    /** Số liệu / Kết quả / Kỳ báo cáo: the value. */
    VALUE,
    /** Ghi chú: the note. */
    NOTE,
    /** A column the model has no place for: "Kỳ trước", "Cùng kỳ năm trước", "Lũy kế". */
    EXTRA
  }

  private static final Pattern RULE = Pattern.compile("\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?");
  private static final Pattern HEADER_WORD = Pattern.compile(
      ".*(?:stt|chỉ tiêu|nội dung|đơn vị tính|đvt|số liệu|kết quả|ghi chú|kỳ|lũy kế|luỹ kế|thực hiện|so sánh"
          + "|kế hoạch|giá trị).*");

  final Separator separator;
  final List<Role> roles;
  final List<String> headers;
  /** Every header cell's text, lower case: a line of these only is a repeated header line. */
  private final java.util.Set<String> headerWords = new java.util.HashSet<>();
  /** {@link #headerWords} as an array, iterated faster than the set for a comparison ignoring case. */
  private String[] headerWordList = new String[0];
  /** For {@link Separator#SPACES}: where each column starts in the header, or null without a header. */
  private final int[] starts;

  private TableLayout(Separator separator, List<Role> roles, List<String> headers, int[] starts) {
    this.separator = separator;
    this.roles = roles;
    this.headers = headers;
    this.starts = starts;
  }

  private TableLayout withHeaderWords(List<String> lines) {
    for (String l : lines) {
      for (String c : texts(l, separator)) {
        if (!c.isEmpty()) {
          headerWords.add(c.toLowerCase(Locale.ROOT));
        }
      }
    }
    headerWordList = headerWords.toArray(new String[0]);
    return this;
  }

  /**
   * {@return true when a line goes on with this header: a second header line ("Đơn vị" / "tính", "Số"
   * / "liệu"), with nothing under STT and the label, and no figure}
   */
  boolean continuesHeader(String line) {
    List<Cell> cells = cells(line);
    int code = column(Role.CODE);
    int label = column(Role.LABEL);
    boolean any = false;
    for (int k = 0; k < cells.size(); k++) {
      String t = cells.get(k).stripped();
      if (t.isEmpty()) {
        continue;
      }
      if (k == code || k == label || t.chars().anyMatch(Character::isDigit) || t.equals("-")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The template's five columns (STT, label, unit, value, note) for a table without a header. */
  static TableLayout standard(Separator separator) {
    return new TableLayout(separator, List.of(Role.CODE, Role.LABEL, Role.UNIT, Role.VALUE, Role.NOTE),
        List.of("", "", "", "", ""), null);
  }

  /** {@return the separator a line uses: tab if it has one, else "|" if it has one, else spaces} */
  static Separator separatorOf(String line) {
    return line.indexOf('\t') >= 0 ? Separator.TAB : line.indexOf('|') >= 0 ? Separator.PIPE : Separator.SPACES;
  }

  /** {@return true when a line starts a table header: an "STT" cell and a "chỉ tiêu"/"nội dung" cell} */
  static boolean isHeaderStart(String line) {
    if (line.indexOf("TT") < 0 && line.indexOf("tt") < 0) {
      return false;
    }
    boolean stt = false;
    boolean label = false;
    for (String c : texts(line, separatorOf(line))) {
      String f = c.toLowerCase(Locale.ROOT);
      stt |= f.equals("stt") || f.equals("tt") || f.equals("số tt") || f.equals("số thứ tự");
      label |= f.contains("chỉ tiêu") || f.contains("nội dung");
    }
    return stt && label;
  }

  /**
   * {@return true when a line is part of a table header in this layout: its first line, a second
   * header line of header words only, a Markdown rule line, or a column-numbering row "(1) (2) …"}
   */
  boolean isHeaderLine(String line) {
    return isHeaderLine(line, segments(line, separator));
  }

  /** As {@link #isHeaderLine(String)}, with the line's {@link #segments} already known. */
  boolean isHeaderLine(String line, List<int[]> segs) {
    if (line.contains("--") && RULE.matcher(Work.view(line.strip())).matches()) {
      return true;
    }
    // a quick no: a data row has a label the header does not have
    int label = column(Role.LABEL);
    if (label >= 0 && label < segs.size() && separator != Separator.SPACES) {
      int s = segs.get(label)[0];
      int e = segs.get(label)[1];
      while (s < e && Character.isWhitespace(line.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
        e--;
      }
      char c = s < e ? line.charAt(s) : '(';
      if (c != '(' && !Character.isDigit(c) && c != '-' && !isHeaderWord(line, s, e)) {
        return false;
      }
    }
    if (isHeaderStart(line) || RULE.matcher(Work.view(line.strip())).matches()) {
      return true;
    }
    List<String> cells = texts(line, separator);
    boolean known = true;
    for (String c : cells) {
      known &= c.isEmpty() || headerWords.contains(c.toLowerCase(Locale.ROOT));
    }
    if (known && cells.stream().anyMatch(c -> !c.isEmpty())) {
      return true;
    }
    boolean any = false;
    boolean words = true;
    boolean numbering = true;
    int expect = 1;
    for (String c : cells) {
      if (c.isEmpty()) {
        continue;
      }
      any = true;
      String f = c.toLowerCase(Locale.ROOT);
      words &= HEADER_WORD.matcher(Work.view(f)).matches() && !Character.isDigit(f.charAt(0));
      numbering &= f.equals("(" + expect + ")") || f.equals(Integer.toString(expect));
      expect++;
    }
    return any && (words || (numbering && expect > 3));
  }

  /**
   * Reads the layout from a table's header lines (the first, and optionally the second when it holds
   * header words only).
   */
  static TableLayout detect(List<String> headerLines) {
    Separator sep = separatorOf(headerLines.get(0));
    List<String> headers = new ArrayList<>();
    int[] starts = null;
    if (sep == Separator.SPACES) {
      List<Integer> cols = new ArrayList<>();
      for (String l : headerLines) {
        for (int[] s : segments(l, sep)) {
          boolean near = false;
          for (int c : cols) {
            near |= Math.abs(c - s[0]) <= 2;
          }
          if (!near) {
            cols.add(s[0]);
          }
        }
      }
      cols.sort(null);
      starts = cols.stream().mapToInt(Integer::intValue).toArray();
      for (int k = 0; k < starts.length; k++) {
        headers.add("");
      }
      for (String l : headerLines) {
        for (int[] s : segments(l, sep)) {
          int k = column(starts, s[0], s[1]);
          headers.set(k, (headers.get(k) + " " + Texts.plain(l.substring(s[0], s[1]))).strip());
        }
      }
    } else {
      for (String l : headerLines) {
        List<String> t = texts(l, sep);
        for (int k = 0; k < t.size(); k++) {
          if (k >= headers.size()) {
            headers.add("");
          }
          headers.set(k, (headers.get(k) + " " + t.get(k)).strip());
        }
      }
    }
    List<Role> roles = new ArrayList<>();
    boolean value = false;
    for (String h : headers) {
      Role r = role(h.toLowerCase(Locale.ROOT), value);
      value |= r == Role.VALUE;
      roles.add(r);
    }
    return new TableLayout(sep, List.copyOf(roles), List.copyOf(headers), starts).withHeaderWords(headerLines);
  }

  private static Role role(String h, boolean valueTaken) {
    if (h.contains("đơn vị") || h.contains("đvt")) {
      return Role.UNIT;
    }
    if (h.contains("ghi chú")) {
      return Role.NOTE;
    }
    if (h.equals("stt") || h.equals("tt") || h.equals("số tt") || h.equals("số thứ tự")) {
      return Role.CODE;
    }
    if (h.startsWith("mã chỉ tiêu") || h.equals("mã")) {
      return Role.ID;
    }
    if (h.contains("chỉ tiêu") || h.contains("nội dung")) {
      return Role.LABEL;
    }
    if (h.contains("trước") || h.contains("cùng kỳ") || h.contains("lũy kế") || h.contains("luỹ kế")
        || h.contains("so sánh") || h.contains("kế hoạch")) {
      return Role.EXTRA;
    }
    if (!valueTaken && (h.contains("số liệu") || h.contains("kết quả") || h.contains("kỳ báo cáo")
        || h.contains("kỳ này") || h.contains("thực hiện") || h.contains("giá trị"))) {
      return Role.VALUE;
    }
    return Role.EXTRA;
  }

  /**
   * Whether the stripped cell {@code line[start, end)} is one of the header's cells, compared without allocating
   * in the usual case.
   */
  private boolean isHeaderWord(String line, int start, int end) {
    if (hasMarkupOrDoubleSpace(line, start, end)) {
      return headerWords.contains(headerKey(line.substring(start, end)));
    }
    int n = end - start;
    for (String w : headerWordList) {
      if (w.length() == n && line.regionMatches(true, start, w, 0, n)) {
        return true;
      }
    }
    return false;
  }

  /** {@return whether {@code line[start, end)} holds "*", "<" or two spaces in a row} */
  private static boolean hasMarkupOrDoubleSpace(String line, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = line.charAt(k);
      if (c == '*' || c == '<' || c == ' ' && k + 1 < end && line.charAt(k + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** The look-up form of a cell: lower case, and only when needed without markup and extra spaces. */
  private static String headerKey(String cell) {
    String c = cell.indexOf('*') >= 0 || cell.indexOf('<') >= 0 || cell.contains("  ") || cell.indexOf('\u00A0') >= 0
        ? Texts.normalise(Texts.stripStars(cell)) : cell;
    return c.toLowerCase(Locale.ROOT);
  }

  /** {@return the index of the column with a role, or -1} */
  int column(Role role) {
    return roles.indexOf(role);
  }

  /** {@return true when the layout has the columns a row needs: STT, label and value} */
  boolean usable() {
    return roles.contains(Role.CODE) && roles.contains(Role.LABEL) && roles.contains(Role.VALUE);
  }

  /**
   * The cells of a row: one per column (a blank cell where the row has none), then any cells beyond
   * the last column.
   */
  List<Cell> cells(String line) {
    return cells(line, segments(line, separator));
  }

  /** As {@link #cells(String)}, with the line's {@link #segments} already known. */
  List<Cell> cells(String line, List<int[]> segs) {
    List<Cell> out = new ArrayList<>();
    if (separator == Separator.SPACES && starts != null) {
      int[][] span = new int[starts.length][];
      for (int[] s : segs) {
        int k = column(starts, s[0], s[1]);
        span[k] = span[k] == null ? s : new int[] {span[k][0], s[1]};
      }
      for (int k = 0; k < starts.length; k++) {
        int at = Math.min(starts[k], line.length());
        out.add(span[k] == null ? Cell.of(line, at, at) : Cell.of(line, span[k][0], span[k][1]));
      }
      return out;
    }
    for (int[] s : segs) {
      out.add(Cell.of(line, s[0], s[1]));
    }
    int end = line.length();
    while (out.size() < roles.size()) {
      out.add(Cell.of(line, end, end));
    }
    return out;
  }

  /** The column whose range overlaps a segment most. */
  private static int column(int[] starts, int s, int e) {
    int best = 0;
    int bestOverlap = -1;
    for (int k = 0; k < starts.length; k++) {
      int cs = starts[k];
      int ce = k + 1 < starts.length ? starts[k + 1] : Integer.MAX_VALUE;
      int overlap = Math.min(e, ce) - Math.max(s, cs);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = k;
      }
    }
    return best;
  }

  /** The stripped, markup-free texts of a line's segments. */
  private static List<String> texts(String line, Separator sep) {
    List<String> out = new ArrayList<>();
    for (int[] s : segments(line, sep)) {
      out.add(Texts.normalise(Texts.stripStars(line.substring(s[0], s[1]).strip())));
    }
    return out;
  }

  /** The {start, end} char indexes of a line's cells under a separator. */
  static List<int[]> segments(String line, Separator sep) {
    List<int[]> out = new ArrayList<>();
    switch (sep) {
      case TAB -> Texts.splitAt(line, '\t', out);
      case PIPE -> {
        Texts.splitAt(line, '|', out);
        if (out.size() > 1 && line.substring(out.get(0)[0], out.get(0)[1]).isBlank()) {
          out.remove(0);
        }
        if (out.size() > 1 && line.substring(out.get(out.size() - 1)[0], out.get(out.size() - 1)[1]).isBlank()) {
          out.remove(out.size() - 1);
        }
      }
      default -> {
        int i = 0;
        int n = line.length();
        while (i < n) {
          while (i < n && line.charAt(i) == ' ') {
            i++;
          }
          if (i >= n) {
            break;
          }
          int start = i;
          while (i < n && !(line.charAt(i) == ' ' && i + 1 < n && line.charAt(i + 1) == ' ')) {
            i++;
          }
          int end = i;
          while (end > start && line.charAt(end - 1) == ' ') {
            end--;
          }
          out.add(new int[] {start, end});
        }
      }
    }
    return out;
  }
}
