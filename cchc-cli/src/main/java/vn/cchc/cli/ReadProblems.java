package vn.cchc.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.cchc.model.ControlCharacters;
import vn.cchc.model.text.ProblemSeverity;
import vn.cchc.model.text.ReadProblem;
import vn.cchc.read.office.FileOrigin;

/**
 * How the commands show read problems: one line each, "FILE:line:column: severity: message: «offending
 * text»" (control characters in the message and the text escaped as <code>&#92;u001B</code>, tab and line feed
 * included, so that the line stays one line) (the severity and the message in the language asked for, through the bundles of the readers'
 * problems and the command's texts), a count by severity, and the JSON form of {@code check --format json}.
 */
final class ReadProblems {
  private ReadProblems() {}

  /** {@return "lỗi", "cảnh báo", "thông tin", or "error", "warning", "info"} */
  static String severity(ProblemSeverity s, Locale locale) {
    return Texts.text(locale, "severity." + s.name().toLowerCase(Locale.ROOT));
  }

  /** {@return "FILE:line:column: severity: message: «offending text»", without the last part when there is no such text} */
  static String line(Path file, ReadProblem p, Locale locale) {
    return line(file, p, Optional.empty(), locale);
  }

  /**
   * {@return as {@link #line(Path, ReadProblem, Locale)}, with the place in the file's own terms, in the language
   * asked for, instead of line:column when there is one: "FILE: bảng 3, dòng 5, ô 2: lỗi: …", "FILE: table 3, row
   * 5, cell 2: error: …"; a place that names its file ("phu-luc.xlsx, Sheet1!D17", a report and its appendix read
   * from two files) is not put after FILE}
   */
  static String line(Path file, ReadProblem p, Optional<FileOrigin> origin, Locale locale) {
    return origin.map(o -> (o instanceof FileOrigin.InFile ? "" : file + ": ") + o.describe(locale))
        .orElse(file + ":" + p.location()) + ": " + severity(p.severity(), locale)
        + ": " + ControlCharacters.escape(p.message(locale))
        + (p.offendingText().isEmpty() ? "" : ": «" + ControlCharacters.escape(p.offendingText()) + "»");
  }

  /** {@return the problems a listing shows: all of them with --verbose, otherwise those at warning or error} */
  static List<ReadProblem> shown(List<ReadProblem> problems, boolean verbose) {
    return verbose ? problems : problems.stream().filter(p -> p.severity() != ProblemSeverity.INFO)
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return the lines of the problems a listing shows, in document order} */
  static List<String> lines(Path file, List<ReadProblem> problems, boolean verbose, Locale locale) {
    return lines(file, problems, p -> Optional.empty(), verbose, locale);
  }

  /** {@return as {@link #lines(Path, List, boolean, Locale)}, each problem placed in the file's own terms when it can be} */
  static List<String> lines(Path file, List<ReadProblem> problems, Function<ReadProblem, Optional<FileOrigin>> origin,
      boolean verbose, Locale locale) {
    return shown(problems, verbose).stream().map(p -> line(file, p, origin.apply(p), locale))
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return "1 error, 0 warnings, 2 info" or "1 lỗi, 0 cảnh báo, 2 thông tin"} */
  static String counts(List<ReadProblem> problems, Locale locale) {
    long errors = count(problems, ProblemSeverity.ERROR);
    long warnings = count(problems, ProblemSeverity.WARNING);
    long infos = count(problems, ProblemSeverity.INFO);
    return Texts.text(locale, "read.counts", Texts.count(locale, "errors", errors), Texts.count(locale, "warnings", warnings),
        Texts.count(locale, "infos", infos));
  }

  /**
   * Prints the problems a listing shows and then, when it showed any, whether the report was read completely
   * or partly with the counts — the problems, severities and counts in a language ({@code --lang} of
   * {@code read}, {@code render} and {@code aggregate}): the standard-error form of those commands.
   */
  static void print(LoadedReport r, boolean verbose, PrintWriter err, Locale locale) {
    List<String> lines = lines(r.file(), r.problems(), r.origin(), verbose, locale);
    if (lines.isEmpty()) {
      return;
    }
    lines.forEach(err::println);
    err.println(r.file() + ": " + Texts.text(locale, r.partial() ? "read.partly" : "read.completely") + ": "
        + counts(r.problems(), locale) + (r.partial() ? " " + Texts.text(locale, "read.partly.why") : ""));
    err.flush();
  }

  /**
   * {@return the problems as JSON objects: location {line, column} (of the text read), origin (the place in a
   * DOCX, XLSX or PDF, or in one of two files, as {@link #toJson(FileOrigin, Locale)} gives it; only when there
   * is one), kind, severity, message (in the language asked for), messageKey and arguments (the message's key
   * and its arguments, as for findings), offendingText}
   */
  static List<Map<String, Object>> toJson(List<ReadProblem> problems, Function<ReadProblem, Optional<FileOrigin>> origin,
      Locale locale) {
    return problems.stream().map(p -> {
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("line", p.location().line());
      location.put("column", p.location().column());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", location);
      origin.apply(p).ifPresent(o -> m.put("origin", toJson(o, locale)));
      m.put("kind", p.kind().name());
      m.put("severity", p.severity().name());
      m.put("message", p.message(locale));
      m.put("messageKey", p.text().key());
      m.put("arguments", p.text().jsonArguments(locale));
      m.put("offendingText", p.offendingText());
      return m;
    }).collect(Collectors.toUnmodifiableList());
  }

  /**
   * {@return a place in a file as a JSON object: "file" (when a report and its appendix were read from two
   * files), "kind" (PARAGRAPH, CONTENT_CONTROL, TABLE, SHEET, PAGE, LINE), the kind's numbers (paragraph;
   * control; table, row, cell; sheet, row, column, reference; page, line, column; line: numbers counted from 1,
   * a part the place does not have left out), and "text", the place worded in the language asked for}
   */
  static Map<String, Object> toJson(FileOrigin origin, Locale locale) {
    Map<String, Object> m = new LinkedHashMap<>();
    FileOrigin place = origin;
    if (origin instanceof FileOrigin.InFile f) {
      m.put("file", f.file());
      place = f.place();
    }
    if (place instanceof FileOrigin.Paragraph p) {
      m.put("kind", "PARAGRAPH");
      m.put("paragraph", p.paragraph());
    } else if (place instanceof FileOrigin.ContentControl c) {
      m.put("kind", "CONTENT_CONTROL");
      m.put("control", c.control());
    } else if (place instanceof FileOrigin.Table t) {
      m.put("kind", "TABLE");
      m.put("table", t.table());
      m.put("row", t.row());
      t.cell().ifPresent(c -> m.put("cell", c));
    } else if (place instanceof FileOrigin.Sheet s) {
      m.put("kind", "SHEET");
      m.put("sheet", s.sheet());
      m.put("row", s.row());
      s.column().ifPresent(c -> m.put("column", c));
      s.reference().ifPresent(r -> m.put("reference", r));
    } else if (place instanceof FileOrigin.Page p) {
      m.put("kind", "PAGE");
      m.put("page", p.page());
      m.put("line", p.line());
      p.column().ifPresent(c -> m.put("column", c));
    } else if (place instanceof FileOrigin.TextLine l) {
      m.put("kind", "LINE");
      m.put("line", l.line());
    } else {
      throw new IllegalStateException("a kind of origin the JSON does not know: " + place.getClass().getName());
    }
    m.put("text", origin.describe(locale));
    return m;
  }

  private static long count(List<ReadProblem> problems, ProblemSeverity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }
}
