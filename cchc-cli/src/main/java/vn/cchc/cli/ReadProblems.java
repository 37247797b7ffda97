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
   * {@return as {@link #line(Path, ReadProblem, boolean)}, with the place in the file's own terms instead
   * of line:column when there is one: "FILE: table 3, row 5, cell 2: severity: …"}
   */
  static String line(Path file, ReadProblem p, Optional<String> origin, Locale locale) {
    return line(file, p, origin, false, locale);
  }

  /**
   * {@return as {@link #line(Path, ReadProblem, Optional, boolean)}; when {@code originNamesFile}, the origin
   * names its file itself ("phu-luc.xlsx, Sheet1!D17") and is not put after FILE}
   */
  static String line(Path file, ReadProblem p, Optional<String> origin, boolean originNamesFile, Locale locale) {
    return origin.map(o -> originNamesFile ? o : file + ": " + o).orElse(file + ":" + p.location()) + ": " + severity(p.severity(), locale)
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

  /** {@return as {@link #lines(Path, List, boolean, boolean)}, each problem placed in the file's own terms when it can be} */
  static List<String> lines(Path file, List<ReadProblem> problems, Function<ReadProblem, Optional<String>> origin,
      boolean verbose, Locale locale) {
    return lines(file, problems, origin, false, verbose, locale);
  }

  /** {@return as {@link #lines(Path, List, Function, boolean, boolean)}, origins naming their file when {@code originNamesFile}} */
  static List<String> lines(Path file, List<ReadProblem> problems, Function<ReadProblem, Optional<String>> origin,
      boolean originNamesFile, boolean verbose, Locale locale) {
    return shown(problems, verbose).stream().map(p -> line(file, p, origin.apply(p), originNamesFile, locale))
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
    List<String> lines = lines(r.file(), r.problems(), r.origin(), r.originNamesFile(), verbose, locale);
    if (lines.isEmpty()) {
      return;
    }
    lines.forEach(err::println);
    err.println(r.file() + ": " + Texts.text(locale, r.partial() ? "read.partly" : "read.completely") + ": "
        + counts(r.problems(), locale) + (r.partial() ? " " + Texts.text(locale, "read.partly.why") : ""));
    err.flush();
  }

  /**
   * {@return the problems as JSON objects: location {line, column} (of the text read), origin (the place in
   * a DOCX, only for files that are not text), kind, severity, message (in the language asked for),
   * messageKey and arguments (the message's key and its arguments, as for findings), offendingText}
   */
  static List<Map<String, Object>> toJson(List<ReadProblem> problems, Function<ReadProblem, Optional<String>> origin,
      Locale locale) {
    return problems.stream().map(p -> {
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("line", p.location().line());
      location.put("column", p.location().column());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("location", location);
      origin.apply(p).ifPresent(o -> m.put("origin", o));
      m.put("kind", p.kind().name());
      m.put("severity", p.severity().name());
      m.put("message", p.message(locale));
      m.put("messageKey", p.text().key());
      m.put("arguments", p.text().jsonArguments(locale));
      m.put("offendingText", p.offendingText());
      return m;
    }).collect(Collectors.toUnmodifiableList());
  }

  private static long count(List<ReadProblem> problems, ProblemSeverity s) {
    return problems.stream().filter(p -> p.severity() == s).count();
  }
}
